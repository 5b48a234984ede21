using System.Text.Json;
using SmbPolicyCompiler.Readiness.Tests.Events.Fixtures;
using SmbPolicyCompiler.Readiness.Tests.Support;
using SmbPolicyCompiler.TestSupport;
using static SmbPolicyCompiler.Readiness.Tests.Cli.ReadinessCli;
using static SmbPolicyCompiler.Readiness.Tests.Support.TestEstate;

namespace SmbPolicyCompiler.Readiness.Tests.Cli;

public sealed class ReadinessCommandTests : IDisposable
{
    private const string AsOfText = "2026-05-01";
    private readonly TempFolder _folder = new();

    private string Events(EventLog log, string name = "audit.xml") => _folder.Write(name, WevtutilXmlWriter.Write(log.Events, XmlShape.EventData));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Readiness_GatedRingNotReady_ExitsOneAndPrintsTheTable()
    {
        var result = Run("readiness", Folder, "--events", Events(KnownScenario.Log()), "--as-of", AsOfText);

        result.ExitCode.Should().Be(1, result.Error);
        result.Out.Should().StartWith("smbpol readiness: readiness-test, as of 2026-05-01")
            .And.Contain("pilot  serverSigning  enforce  not ready");
        result.Error.Should().BeEmpty();
    }

    [Fact]
    public void Readiness_EveryGatedControlOfTheRingReady_ExitsZero()
    {
        var log = new EventLog().Smb1("BFS1.corp.example.com", "10.0.0.1", April(1));

        var result = Run("readiness", Folder, "--events", Events(log), "--as-of", AsOfText, "--ring", "broad", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("rings").EnumerateArray().Select(r => r.GetProperty("name").GetString()).Should().Equal("broad");
        result.Error.Should().StartWith("readiness: 1 ready, 1 not ready, 0 thin evidence, 0 not enough data, of 2 ring control(s).");
    }

    [Fact]
    public void Readiness_OutputFile_IsWrittenAndTheSummaryGoesToStderr()
    {
        var target = _folder.Combine("reports", "readiness.html");

        var result = Run("readiness", Folder, "-e", Events(KnownScenario.Log()), "--as-of", AsOfText, "--format", "html", "--output", target);

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        File.ReadAllText(target).Should().StartWith("<!DOCTYPE html>").And.EndWith("</body></html>\n");
        Directory.GetFiles(Path.GetDirectoryName(target)!).Should().ContainSingle("no temporary file is left behind");
        result.Error.Should().Contain($"report written to {target}").And.Contain("input: 1 file(s), 14 record(s) read");
    }

    [Fact]
    public void Readiness_CsvWithInventoryAndBadInput_ListsTheProblemsOnStderr()
    {
        var inventory = _folder.Write("clients.csv", "PC;Verantwortlich\nWS-1;alice\n");
        _folder.Write("events/garbage.bin", [0x00, 0x01, 0x02, 0xFF]);
        Events(KnownScenario.Log(), "events/audit.xml");

        var result = Run("readiness", Folder, "--events", _folder.Combine("events"), "--as-of", AsOfText, "--format", "csv",
            "--inventory", inventory, "--inventory-column", "Host=PC", "Owner=Verantwortlich");

        result.ExitCode.Should().Be(1);
        result.Out.Split("\r\n")[0].Should().StartWith("client,ring,control,verdict,event_ids");
        result.Out.Should().Contain("ws-1,pilot,serverSigning,not ready,3021,2,").And.Contain(",alice,");
        result.Error.Should().Contain("!! INCOMPLETE INPUT").And.Contain("garbage.bin");
    }

    [Fact]
    public void Readiness_CsvEventsWithLocalTimes_UseTheTimeZoneAndCulture()
    {
        var csv = _folder.Write("events.csv", "Zeit;Id;Rechner;Client\n01.04.2026 11:00:00;3021;BFS1;\\\\WS-1\n");

        var result = Run("readiness", Folder, "--events", csv, "--as-of", AsOfText, "--format", "json", "--csv-culture", "de-DE",
            "--time-zone", "+02:00", "--csv-columns", "Zeit=TimeCreated", "Rechner=MachineName", "Client=ClientName");

        result.ExitCode.Should().Be(1, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("clients")[0].GetProperty("firstSeen").GetString().Should().Be("2026-04-01T09:00:00Z");
    }

    [Fact]
    public void Readiness_AlertThreshold_IsEachRingsMonitorThresholdUnlessGiven()
    {
        var policy = _folder.Write("thresholds/policy.yaml", PolicyWithAlertThresholds(policyWide: 4, pilot: 2, broad: 8));
        var log = new EventLog();
        for (var i = 0; i < 6; i++)
        {
            log = log.Signing("PFS1.corp.example.com", @"\\WS-1", April(1, 8 + i)).Signing("BFS1.corp.example.com", @"\\WS-2", April(1, 8 + i));
        }

        var events = Events(log);
        static IEnumerable<(string?, string?, int)> Alerts(JsonDocument json) => json.RootElement.GetProperty("alerts").GetProperty("items").EnumerateArray()
            .Select(a => (a.GetProperty("client").GetString(), a.GetProperty("ring").GetString(), a.GetProperty("threshold").GetInt32()));

        var fromPolicy = Run("readiness", Path.GetDirectoryName(policy)!, "--events", events, "--as-of", AsOfText, "--format", "json");
        var given = Run("readiness", Path.GetDirectoryName(policy)!, "--events", events, "--as-of", AsOfText, "--format", "json", "--alert-threshold", "5");
        var table = Run("readiness", Path.GetDirectoryName(policy)!, "--events", events, "--as-of", AsOfText, "--alert-threshold", "5");

        using var policyJson = JsonDocument.Parse(fromPolicy.Out);
        Alerts(policyJson).Should().Equal([("ws-1", "pilot", 2)], "6 events are over pilot's 2 but not over broad's 8");
        policyJson.RootElement.GetProperty("alerts").GetProperty("thresholdFrom").GetString().Should().Be("policy");
        using var givenJson = JsonDocument.Parse(given.Out);
        Alerts(givenJson).Should().Equal(("ws-1", "pilot", 5), ("ws-2", "broad", 5));
        givenJson.RootElement.GetProperty("alerts").GetProperty("thresholdFrom").GetString().Should().Be("option");
        table.Out.Should().Contain("(5 in every ring, from --alert-threshold): 2");
    }

    [Theory]
    [InlineData("missing-events", "/no/such/events.xml: no such file or folder")]
    [InlineData("empty-folder", "the folder contains no files")]
    [InlineData("bad-policy", "could not be loaded")]
    [InlineData("unknown-ring", "the policy has no ring 'middle'; its rings are pilot, broad, late.")]
    [InlineData("bad-zone", "'Mars/Olympus' is not a time zone")]
    [InlineData("bad-culture", "Unknown CSV culture 'xx-XX'")]
    [InlineData("bad-columns", "--csv-columns: 'Client' is not a column mapping")]
    [InlineData("bad-inventory", "no column names the client")]
    [InlineData("inventory-map-alone", "--inventory-column needs --inventory")]
    [InlineData("negative-threshold", "--alert-threshold must be 0 or more")]
    public void Readiness_CannotRun_ExitsTwoWithAClearMessage(string @case, string message)
    {
        var events = Events(KnownScenario.Log());
        Directory.CreateDirectory(_folder.Combine("empty"));
        var badInventory = _folder.Write("bad.csv", "Owner\nnobody\n");
        string[] args = @case switch
        {
            "missing-events" => ["readiness", Folder, "--events", "/no/such/events.xml"],
            "empty-folder" => ["readiness", Folder, "--events", _folder.Combine("empty")],
            "bad-policy" => ["readiness", _folder.Write("policy.yaml", "policy: [not, a, mapping]\n"), "--events", events],
            "unknown-ring" => ["readiness", Folder, "--events", events, "--ring", "middle"],
            "bad-zone" => ["readiness", Folder, "--events", events, "--time-zone", "Mars/Olympus"],
            "bad-culture" => ["readiness", Folder, "--events", events, "--csv-culture", "xx-XX"],
            "bad-columns" => ["readiness", Folder, "--events", events, "--csv-columns", "Client"],
            "bad-inventory" => ["readiness", Folder, "--events", events, "--inventory", badInventory],
            "inventory-map-alone" => ["readiness", Folder, "--events", events, "--inventory-column", "Host=PC"],
            _ => ["readiness", Folder, "--events", events, "--alert-threshold", "-1"],
        };

        var result = Run([.. args, "--as-of", AsOfText]);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(message);
        result.Out.Should().NotContain("RING");
    }

    [Fact]
    public void Readiness_WithoutEvents_IsAUsageError()
    {
        var result = Run("readiness", Folder);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--events");
    }

    [Fact]
    public void Readiness_StderrATerminal_ShowsTheProgressBarThereAndLeavesStdoutTheReport()
    {
        var result = Run(true, "readiness", Folder, "--events", Events(KnownScenario.Log()), "--as-of", AsOfText, "--format", "json");

        result.Error.Should().Contain("read 1 file(s)").And.Contain("events");
        using var report = System.Text.Json.JsonDocument.Parse(result.Out);
        report.RootElement.ValueKind.Should().Be(System.Text.Json.JsonValueKind.Object);
    }

    [Fact]
    public void Readiness_NotATerminal_PrintsNoProgress()
    {
        var result = Run(false, "readiness", Folder, "--events", Events(KnownScenario.Log()), "--as-of", AsOfText, "--format", "json");

        result.Error.Should().NotContain("\r").And.NotContain("reading ");
    }
}
