using System.IO.Compression;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Readiness.Tests.Events.Evtx;

/// <summary>readiness --events reads .evtx files by their signature (any name, in folders, in gzip) and reports their damage.</summary>
public sealed class EvtxReadinessTests
{
    [Fact]
    public void Read_FolderOfEvtxFiles_DetectsThemBySignatureAndCountsEveryChannel()
    {
        using var folder = new TempFolder();
        foreach (var server in new[] { "srv1", "srv2", "srv3" })
        {
            Directory.CreateDirectory(folder.Combine(server));
        }

        File.Copy(EvtxCorpus.PathOf("system.evtx"), folder.Combine("srv1", "System.dat"));
        File.Copy(EvtxCorpus.PathOf("sample_with_a_bad_chunk_magic.evtx"), folder.Combine("srv2", "damaged.evtx"));
        using (var gzip = new GZipStream(File.Create(folder.Combine("srv3", "Application.evtx.gz")), CompressionLevel.Fastest))
        {
            gzip.Write(File.ReadAllBytes(EvtxCorpus.PathOf("Application_no_crc32.evtx")));
        }

        var reader = new AuditEventReader();
        var audit = reader.ReadAudit([folder.Path]).ToList();
        var report = reader.Report;

        audit.Should().BeEmpty("the corpus holds no SMB audit events");
        report.RecordsRead.Should().Be(1881 + 298 + 17);
        report.OtherChannelEvents.Sum(e => e.Count).Should().Be(1881 + 298 + 17 - report.DuplicatesRemoved);
        report.Files.Should().OnlyContain(f => f.Format == EventInputFormat.Evtx && f.Outcome == FileOutcome.OtherChannelOnly);
        report.Files.Single(f => f.Path.EndsWith(".gz", StringComparison.Ordinal)).Compressed.Should().BeTrue();
        report.EvtxDamage.Should().BeGreaterThan(0);
        report.Problems.Should().Contain(p => p.Kind == ReadProblemKind.EvtxDamage && p.File.EndsWith("damaged.evtx", StringComparison.Ordinal) &&
            p.ToString().Contains("damaged.evtx: chunk 6 (offset 0x61000): no chunk signature"));
        report.Problems.Should().Contain(p => p.Kind == ReadProblemKind.EvtxDirty && p.File.EndsWith("System.dat", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_SignatureOnly_IsAnEvtxFileWithADamagedHeader()
    {
        using var folder = new TempFolder();
        var path = folder.Write("short.evtx", [.. "ElfFile\0"u8, .. new byte[4088]]);

        var reader = new AuditEventReader();
        reader.ReadAll([path]).Should().BeEmpty();

        reader.Report.Files.Single().Format.Should().Be(EventInputFormat.Evtx);
        reader.Report.Problems.Should().Contain(p => p.Kind == ReadProblemKind.EvtxDamage && p.Message.Contains("header checksum does not match"));
    }
}
