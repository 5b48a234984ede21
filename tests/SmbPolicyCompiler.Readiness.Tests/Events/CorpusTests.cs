using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Readiness.Tests.Events;

/// <summary>The real (sanitized) event samples from the EvtxECmd maps, two of which are not well-formed XML.</summary>
public sealed class CorpusTests
{
    private static readonly string Folder = RepoPaths.Tests("SmbPolicyCompiler.Readiness.Tests", "Events", "Corpus", "EricZimmerman-evtx-maps");

    private static string Sample(string id) =>
        Directory.EnumerateFiles(Folder, $"*_{id}.xml").Single();

    [Theory]
    [InlineData(XmlEngine.Fast)]
    [InlineData(XmlEngine.XmlReader)]
    public void Read_Smb1AuditSample_IsTheOnlyAuditEventWithItsClient(XmlEngine engine)
    {
        var (events, report) = Reading.Files([Sample("3000")], new EventReadOptions { XmlEngine = engine });

        var e = events.Should().ContainSingle().Subject;
        e.Kind.Should().Be(AuditEvents.Smb1Access);
        e.Client.Should().Be(new NetworkName("10.11.12.13", NetworkNameKind.IPv4));
        e.Server.Should().Be(new NetworkName("hostname.domain", NetworkNameKind.Name));
        e.Raw.RecordId.Should().Be(6);
        e.TimeUtc.Should().Be(new DateTime(2020, 1, 20, 7, 45, 27, DateTimeKind.Utc).AddTicks(2812378));
        e.TimeLacksOffset.Should().BeTrue("EvtxECmd wrote SystemTime without 'Z'");
        report.TimesWithoutOffset.Should().Be(1);
        report.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Read_UserDataSample_CollectsFieldsByLocalNameIncludingLengthSlots()
    {
        var reader = new AuditEventReader();
        var record = reader.ReadAll([Sample("1020")]).Single();

        record.Channel.Should().Be("Microsoft-Windows-SMBServer/Operational");
        record.Fields["ClientName"].Should().Be(@"\\10.1.10.20");
        record.Fields["ClientNameLength"].Should().Be("12");
        record.Fields["UserName"].Should().Be(@"HOSTNAME\username");
        record.Fields.Count.Should().Be(19);
        reader.Report.Files.Single().Outcome.Should().Be(FileOutcome.OtherChannelOnly);
        reader.Report.Problems.Should().ContainSingle().Which.Kind.Should().Be(ReadProblemKind.OtherChannelFile);
    }

    [Theory]
    [InlineData(XmlEngine.Fast)]
    [InlineData(XmlEngine.XmlReader)]
    public void Read_SampleWithDuplicatedEventStartTag_KeepsTheInnerEventAndReportsTheOuterOne(XmlEngine engine)
    {
        var reader = new AuditEventReader(new EventReadOptions { XmlEngine = engine });
        var records = reader.ReadAll([Sample("551")]).ToList();

        records.Should().ContainSingle().Which.Should().Match<AuditEvent>(r =>
            r.EventId == 551 && r.RecordId == 86585 && r.Location.Line == 2 && r.Fields["SPNValidationPolicy"] == "0");
        reader.Report.MalformedRecords.Should().Be(1);
        reader.Report.Problems.Where(p => p.Kind == ReadProblemKind.MalformedRecord).Should().ContainSingle()
            .Which.Should().Match<ReadProblem>(p => p.Line == 1 && p.Message.Contains("next <Event> at line 2"));
    }

    [Theory]
    [InlineData(XmlEngine.Fast)]
    [InlineData(XmlEngine.XmlReader)]
    public void Read_SampleWithoutEventEndTag_IsReportedAsTruncatedAtItsFirstLine(XmlEngine engine)
    {
        var reader = new AuditEventReader(new EventReadOptions { XmlEngine = engine });
        var records = reader.ReadAll([Sample("30806")]).ToList();

        records.Should().BeEmpty();
        reader.Report.Problems.Should().ContainSingle().Which.Should().Match<ReadProblem>(p =>
            p.Kind == ReadProblemKind.TruncatedFile && p.Line == 1 && p.File.EndsWith("_30806.xml"));
        reader.Report.Files.Single().Should().Match<FileReadSummary>(f => f.Outcome == FileOutcome.Empty && f.MalformedRecords == 1);
    }

    [Theory]
    [InlineData(XmlEngine.Fast)]
    [InlineData(XmlEngine.XmlReader)]
    public void Read_WholeCorpusFolder_GivesKnownTotals(XmlEngine engine)
    {
        var reader = new AuditEventReader(new EventReadOptions { XmlEngine = engine });
        var audit = reader.ReadAudit([Folder]).ToList();
        var report = reader.Report;

        audit.Should().ContainSingle().Which.Kind.Should().Be(AuditEvents.Smb1Access);
        report.Files.Should().HaveCount(11);
        report.RecordsRead.Should().Be(9);
        report.MalformedRecords.Should().Be(2);
        report.DuplicatesRemoved.Should().Be(0);
        report.AuditEventsById.Should().Equal([new KeyValuePair<int, long>(3000, 1)]);
        report.UnknownEvents.Should().BeEmpty();
        report.OtherChannelEvents.Select(c => (c.Channel, c.EventId, c.Count)).Should().Equal(
            ("Microsoft-Windows-SMBServer/Operational", 1016, 1L),
            ("Microsoft-Windows-SMBServer/Operational", 1017, 1L),
            ("Microsoft-Windows-SMBServer/Operational", 1020, 1L),
            ("Microsoft-Windows-SMBServer/Security", 551, 1L),
            ("Microsoft-Windows-SmbClient/Connectivity", 30805, 1L),
            ("Microsoft-Windows-SmbClient/Connectivity", 30807, 1L),
            ("Microsoft-Windows-SmbClient/Security", 31001, 1L),
            ("Microsoft-Windows-SmbClient/Security", 31010, 1L));
        report.Files.Count(f => f.Outcome == FileOutcome.OtherChannelOnly).Should().Be(8);
        report.Files.Should().ContainSingle(f => f.Outcome == FileOutcome.NotAnEventFile).Which.Path.Should().EndWith("PROVENANCE.md");
    }
}
