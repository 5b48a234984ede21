using System.Text;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Readiness.Tests.Events;

public sealed class InputFilesTests
{
    [Fact]
    public void Read_FolderOfMixedFiles_ReadsEveryFormatAndReportsEachFile()
    {
        using var temp = new TempFolder("smbpol-events");
        var garbage = new byte[4096];
        new Random(7).NextBytes(garbage);
        temp.Write("a/server.xml", WevtutilXmlWriter.Write(AuditFixtures.Audit.Take(3), XmlShape.UserData));
        temp.Write("a/server.json.gz", Exports.Gzip(Exports.Encode(GetWinEventJsonWriter.Write([.. AuditFixtures.Audit.Skip(3).Take(3)], false), "utf16le")));
        temp.Write("b/winlogbeat.ndjson", WinlogbeatWriter.Write(AuditFixtures.Audit.Skip(6).Take(3), dotted: false));
        temp.Write("b/admin.csv", EventCsvWriter.Columns(AuditFixtures.Audit.Skip(9), t => t.ToString("o"), ';', ["TimeCreated", "Id", "Version", "MachineName", "RecordId", "LogName", "ServerName", "ClientRequireSigning", "ClientRequireEncryption"]));
        temp.Write("b/operational.xml", WevtutilXmlWriter.Write([AuditFixtures.Operational], XmlShape.UserData));
        temp.Write("c/garbage.bin", garbage);
        temp.Write("c/notes.txt", "Collected on the file servers by the ops team.\n");
        temp.Write("c/empty.xml", string.Empty);
        temp.Write("c/.hidden.xml", WevtutilXmlWriter.Write(AuditFixtures.Audit, XmlShape.EventData));

        var (events, report) = Reading.Files([temp.Path, temp.Combine("missing.xml")]);

        events.Select(e => TypedView.Of(e)).Should().BeEquivalentTo(TypedView.Expected());
        report.Files.Select(f => (Path.GetFileName(f.Path), f.Format, f.Outcome, f.Records)).Should().Equal(
            ("server.json.gz", EventInputFormat.GetWinEventJson, FileOutcome.Read, 3L),
            ("server.xml", EventInputFormat.WevtutilXml, FileOutcome.Read, 3L),
            ("admin.csv", EventInputFormat.Csv, FileOutcome.Read, 2L),
            ("operational.xml", EventInputFormat.WevtutilXml, FileOutcome.OtherChannelOnly, 1L),
            ("winlogbeat.ndjson", EventInputFormat.WinlogbeatNdjson, FileOutcome.Read, 3L),
            ("empty.xml", (EventInputFormat?)null, FileOutcome.Empty, 0L),
            ("garbage.bin", null, FileOutcome.NotAnEventFile, 0L),
            ("notes.txt", null, FileOutcome.NotAnEventFile, 0L),
            ("missing.xml", null, FileOutcome.Unreadable, 0L));
        report.Problems.Select(p => (p.Kind, Path.GetFileName(p.File))).Should().Equal(
            (ReadProblemKind.OtherChannelFile, "operational.xml"),
            (ReadProblemKind.EmptyFile, "empty.xml"),
            (ReadProblemKind.NotAnEventFile, "garbage.bin"),
            (ReadProblemKind.NotAnEventFile, "notes.txt"),
            (ReadProblemKind.UnreadableFile, "missing.xml"));
    }

    [Fact]
    public void Read_BinaryEvtxIsReadAndZipSaysToExtract()
    {
        var (_, evtx) = Reading.Audit([.. "ElfFile\0"u8, .. new byte[4088]]);
        var (_, zip) = Reading.Audit([.. "PK\u0003\u0004"u8, .. new byte[100]]);

        evtx.Files.Single().Format.Should().Be(EventInputFormat.Evtx);
        evtx.Problems.Should().Contain(p => p.Kind == ReadProblemKind.EvtxDamage);
        zip.Problems.Single().Message.Should().Contain("extract it");
    }

    [Fact]
    public void Read_WevtutilTextOutput_SaysToExportXml()
    {
        var (_, report) = Reading.Audit("Event[0]:\r\n  Log Name: Microsoft-Windows-SMBServer/Audit\r\n  Event ID: 3021\r\n");

        report.Files.Single().Outcome.Should().Be(FileOutcome.NotAnEventFile);
        report.Problems.Single().Message.Should().Contain("/f:xml");
    }

    [Fact]
    public void Read_GzipCutShort_KeepsWhatWasDecompressedAndReportsDamage()
    {
        var xml = Encoding.UTF8.GetBytes(WevtutilXmlWriter.Write(Enumerable.Range(0, 2000).Select(i => AuditFixtures.Audit[0] with { RecordId = i }), XmlShape.EventData));
        var gzip = Exports.Gzip(xml);

        var (events, report) = Reading.Audit(gzip[..(gzip.Length / 2)]);

        events.Should().NotBeEmpty().And.HaveCountLessThan(2000);
        report.Problems.Should().ContainSingle().Which.Kind.Should().Be(ReadProblemKind.TruncatedFile);
        report.Files.Single().Compressed.Should().BeTrue();
    }

    [Theory]
    [InlineData(EventInputFormat.Csv)]
    [InlineData(EventInputFormat.WinlogbeatNdjson)]
    public void Read_ForcedFormat_IsUsedWhateverTheContent(EventInputFormat format)
    {
        var xml = WevtutilXmlWriter.Write(AuditFixtures.Audit.Take(2), XmlShape.EventData);

        var (events, report) = Reading.Audit(xml, new EventReadOptions { Format = format });

        events.Should().BeEmpty();
        report.Files.Single().Format.Should().Be(format);
        report.Problems.Should().NotBeEmpty();
    }
}
