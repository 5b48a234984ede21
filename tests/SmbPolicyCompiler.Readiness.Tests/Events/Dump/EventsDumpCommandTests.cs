using System.Text.Json;
using SmbPolicyCompiler.Readiness.Events;
using SmbPolicyCompiler.Readiness.Tests.Cli;
using SmbPolicyCompiler.Readiness.Tests.Events.Evtx;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Readiness.Tests.Events.Dump;

/// <summary>smbpol events dump: the normalised stream in each format, filters, atomic output and exit codes 0/1/2.</summary>
public sealed class EventsDumpCommandTests
{
    private static readonly string System = EvtxCorpus.PathOf("system.evtx");

    [Fact]
    public void Dump_EvtxAsNdjson_WritesOneObjectPerRecordWithTheNormalisedFields()
    {
        var result = ReadinessCli.Run("events", "dump", System);

        result.ExitCode.Should().Be(0, result.Error);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(1881);
        using var first = JsonDocument.Parse(lines[0]);
        var root = first.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal("recordId", "time", "provider", "channel", "eventId", "version", "level", "computer", "data");
        root.GetProperty("recordId").GetInt64().Should().Be(1);
        root.GetProperty("channel").GetString().Should().Be("System");
        root.GetProperty("time").GetString().Should().MatchRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$");
        lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("recordId").GetInt64()).Should().BeInAscendingOrder();
        result.Error.Should().Contain("1881 record(s) written").And.Contain("note: ").And.Contain("not closed cleanly");
    }

    [Fact]
    public void Dump_EvtxAsXml_ReadsBackThroughTheXmlReaderAsTheSameEvents()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("system.xml");

        var result = ReadinessCli.Run("events", "dump", System, "--format", "xml", "--output", output);

        result.ExitCode.Should().Be(0, result.Error);
        var options = new EventReadOptions { RemoveDuplicates = false };
        var native = new AuditEventReader(options).ReadAll([System]).ToList();
        var viaXml = new AuditEventReader(options).ReadAll([output]).ToList();
        viaXml.Select(e => e with { Location = default }).Should().Equal(native.Select(e => e with { Location = default }));
    }

    [Fact]
    public void Dump_AsCsv_HasAHeaderAndTheDataAsJson()
    {
        var result = ReadinessCli.Run("events", "dump", EvtxCorpus.PathOf("Application_no_crc32.evtx"), "--format", "csv");

        result.ExitCode.Should().Be(0, result.Error);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("recordId,time,provider,channel,eventId,version,level,computer,data");
        lines.Should().HaveCount(1 + 17);
        lines[1].Should().StartWith("426,2021-03-31T23:51:45.0187674Z,SecurityCenter,Application,1,0,4,DESKTOP-0HIJB49,");
    }

    [Fact]
    public void Dump_ChannelAndIdFilters_KeepOnlyMatchingRecords()
    {
        var all = ReadinessCli.Run("events", "dump", System, EvtxCorpus.PathOf("security.evtx"), "--channel", "security");
        var ids = ReadinessCli.Run("events", "dump", System, "--id", "7036", "--id", "6005");

        all.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2261).And.OnlyContain(l => l.Contains("\"channel\":\"Security\""));
        ids.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().NotBeEmpty()
            .And.OnlyContain(l => l.Contains("\"eventId\":7036,") || l.Contains("\"eventId\":6005,"));
    }

    [Fact]
    public void Dump_DamagedFile_WritesWhatCouldBeReadAndExits1()
    {
        var result = ReadinessCli.Run("events", "dump", EvtxCorpus.PathOf("sample_with_a_bad_chunk_magic.evtx"));

        result.ExitCode.Should().Be(1);
        result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(298);
        result.Error.Should().Contain("skipped: ").And.Contain("chunk 6 (offset 0x61000): no chunk signature").And.Contain("35 records lost (ids 47640-47674)");
    }

    [Fact]
    public void Dump_NothingUsable_Exits2AndLeavesTheOutputFileAlone()
    {
        using var folder = new TempFolder();
        var garbage = folder.Write("notes.txt", "just some text without any structure");
        var output = folder.Write("out.ndjson", "previous");

        var result = ReadinessCli.Run("events", "dump", garbage, "--output", output);

        result.ExitCode.Should().Be(2);
        File.ReadAllText(output).Should().Be("previous");
        Directory.EnumerateFiles(folder.Path, "*.tmp", SearchOption.AllDirectories).Should().BeEmpty();
        result.Error.Should().Contain("nothing usable");
    }

    [Fact]
    public void Dump_MissingPathOrBadFormat_Exits2()
    {
        ReadinessCli.Run("events", "dump", "/no/such/file.evtx").ExitCode.Should().Be(2);
        ReadinessCli.Run("events", "dump", System, "--format", "yaml").ExitCode.Should().Be(2);
    }

    [Fact]
    public void Dump_TextExport_IsNormalisedLikeEvtx()
    {
        var sample = Directory.EnumerateFiles(RepoPaths.Tests("SmbPolicyCompiler.Readiness.Tests", "Events", "Corpus", "EricZimmerman-evtx-maps"), "*_3000.xml").Single();

        var result = ReadinessCli.Run("events", "dump", sample);

        result.ExitCode.Should().Be(0, result.Error);
        using var line = JsonDocument.Parse(result.Out.Trim());
        line.RootElement.GetProperty("eventId").GetInt32().Should().Be(3000);
        line.RootElement.GetProperty("level").GetInt32().Should().Be(4);
        line.RootElement.GetProperty("data").GetProperty("ClientName").GetString().Should().Be("10.11.12.13");
    }
}
