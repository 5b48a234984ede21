using System.Text.Json;
using System.Text.RegularExpressions;
using SmbPolicyCompiler.Core.Binding;
using SmbPolicyCompiler.Core.Compilation;
using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Readiness.Model;
using SmbPolicyCompiler.Readiness.Output;
using SmbPolicyCompiler.Readiness.Tests.Support;
using SmbPolicyCompiler.TestSupport;
using static SmbPolicyCompiler.Readiness.Tests.Support.TestEstate;

namespace SmbPolicyCompiler.Readiness.Tests.Verdicts;

/// <summary>
/// The daily alert rule takes each ring's auditThresholds monitor threshold, as the SIEM daily alerts do: the test
/// estate with pilot at 2, broad at 8 and policy.monitors at 4 (so ring late, which says nothing, and servers in no
/// ring use 4). Events count per client, day and ring of the server that logged them. An explicit threshold is one
/// number for every ring, and the report says which it used.
/// </summary>
public sealed class AlertThresholdPerRingTests
{
    private const string Pfs1 = "PFS1.corp.example.com";
    private const string Bfs1 = "BFS1.corp.example.com";
    private const string Bfs2 = "BFS2.corp.example.com";
    private const string Other = "OTHER-FS.corp.example.com";

    private static readonly Lazy<ResolvedPolicy> Policy = new(() =>
    {
        using var temp = new TempFolder("smbpol-alert-rings");
        temp.Write("policy.yaml", PolicyWithAlertThresholds(policyWide: 4, pilot: 2, broad: 8));
        var compilation = PolicyLoader.Load(temp.Path, AsOf);
        return compilation.Resolved ?? throw new InvalidOperationException(string.Join("; ", compilation.Diagnostics));
    });

    /// <summary>
    /// ws-1: 3 on a pilot server, 3 on a broad one (6 in all); ws-2: 8 then 9 on broad servers on two days;
    /// ws-3: 5 on a server in no ring; ws-4: 4 there; ws-5: 2 on a pilot server.
    /// </summary>
    private static EventLog Log()
    {
        var log = new EventLog();
        for (var i = 0; i < 9; i++)
        {
            if (i < 3)
            {
                log = log.Signing(Pfs1, @"\\WS-1", April(1, 8 + i)).NoSpn(Bfs1, @"\\WS-1", April(1, 8 + i));
            }

            if (i < 8)
            {
                log = log.Signing(Bfs1, @"\\WS-2", April(1, 8 + i));
            }

            log = log.Signing(i % 2 == 0 ? Bfs1 : Bfs2, @"\\WS-2", April(2, 8 + i));
            if (i < 5)
            {
                log = log.NoSpn(Other, @"\\WS-3", April(1, 8 + i));
            }

            if (i < 4)
            {
                log = log.Signing(Other, @"\\WS-4", April(1, 8 + i));
            }

            if (i < 2)
            {
                log = log.Signing(Pfs1, @"\\WS-5", April(1, 8 + i));
            }
        }

        return log;
    }

    private static IEnumerable<(string Client, int Day, string? Ring, int Threshold, long Events)> Fired(ReadinessReport report) =>
        report.Alerts.Select(a => (a.Client, a.Day.Day, a.Ring, a.Threshold, a.Events));

    [Fact]
    public void EachRing_ComparesItsOwnServersEventsWithItsOwnThreshold()
    {
        var report = ReadinessRunner.Run(Policy.Value, Log());

        Fired(report).Should().Equal(
            ("ws-3", 1, null, 4, 5L),
            ("ws-1", 1, "pilot", 2, 3L),
            ("ws-2", 2, "broad", 8, 9L));
        report.Alerts.Single(a => a.Client == "ws-2").Servers.Should().Equal("bfs1.corp.example.com", "bfs2.corp.example.com");
        report.AlertThresholds.FromOption.Should().BeFalse();
        report.AlertThresholds.Rings.Should().Equal(new RingThreshold("pilot", 2), new RingThreshold("broad", 8), new RingThreshold("late", 4));
        report.AlertThresholds.OutsideRings.Should().Be(4);
    }

    [Fact]
    public void TheSameEvents_UnderTheTestEstatesDefaultThreshold_FireOnOtherClients()
    {
        var report = ReadinessRunner.Run(Log());

        Fired(report).Should().Equal(
            ("ws-2", 1, "broad", 5, 8L),
            ("ws-2", 2, "broad", 5, 9L));
        report.AlertThresholds.Rings.Should().OnlyContain(r => r.Threshold == 5);
    }

    [Fact]
    public void AnExplicitThreshold_IsOneNumberForEveryRing()
    {
        var report = ReadinessRunner.Run(Policy.Value, Log(), new ReadinessOptions { AlertThreshold = 3 });

        Fired(report).Should().Equal(
            ("ws-2", 1, "broad", 3, 8L),
            ("ws-3", 1, null, 3, 5L),
            ("ws-4", 1, null, 3, 4L),
            ("ws-2", 2, "broad", 3, 9L));
        report.AlertThresholds.FromOption.Should().BeTrue();
        report.AlertThresholds.Rings.Select(r => r.Threshold).Append(report.AlertThresholds.OutsideRings!.Value).Should().OnlyContain(t => t == 3);
    }

    [Fact]
    public void OneRing_ListsThatRingsAlertsAndThreshold()
    {
        var report = ReadinessRunner.Run(Policy.Value, Log(), new ReadinessOptions { Ring = "PILOT" });

        Fired(report).Should().Equal([("ws-1", 1, "pilot", 2, 3L)]);
        report.AlertThresholds.Rings.Should().Equal(new RingThreshold("pilot", 2));
        report.AlertThresholds.OutsideRings.Should().BeNull();
    }

    [Fact]
    public void EveryReport_ShowsTheThresholdOfEachRingAndOfEachAlert()
    {
        var report = ReadinessRunner.Run(Policy.Value, Log());

        var text = Write(new ReadinessText(), report);
        text.Should().Contain("(per ring, from the auditThresholds monitors: pilot 2, broad 8, late 4; 4 for servers in no ring): 3");
        text.Split('\n').Where(l => l.Contains(" (>", StringComparison.Ordinal)).Select(l => Regex.Replace(l.Trim(), " {2,}", " | "))
            .Should().Equal("2026-04-01 | ws-3 | (no ring) (>4) | 5 | other-fs.corp.example.com | -", "2026-04-01 | ws-1 | pilot (>2) | 3 | pfs1.corp.example.com | -",
                "2026-04-02 | ws-2 | broad (>8) | 9 | bfs1.corp.example.com; bfs2.corp.example.com | -");

        var markdown = Write(new ReadinessMarkdown(), report);
        markdown.Should().Contain("pilot 2, broad 8, late 4; 4 for servers in no ring").And.Contain("| ws-2 | broad (>8) | 9 |");

        var html = Write(new ReadinessHtml(), report);
        html.Should().Contain("pilot 2, broad 8, late 4; 4 for servers in no ring").And.Contain("<td>ws-3</td><td>(no ring) (&gt;4)</td>");

        using var json = JsonDocument.Parse(Write(new ReadinessJson(), report));
        var alerts = json.RootElement.GetProperty("alerts");
        alerts.GetProperty("thresholdFrom").GetString().Should().Be("policy");
        alerts.GetProperty("thresholds").EnumerateArray().Select(t => (t.GetProperty("ring").GetString(), t.GetProperty("threshold").GetInt32()))
            .Should().Equal(("pilot", 2), ("broad", 8), ("late", 4));
        alerts.GetProperty("outsideRingsThreshold").GetInt32().Should().Be(4);
        alerts.GetProperty("items").EnumerateArray().Select(a => (a.GetProperty("client").GetString(), a.GetProperty("ring").GetString(), a.GetProperty("threshold").GetInt32()))
            .Should().Equal(("ws-3", null, 4), ("ws-1", "pilot", 2), ("ws-2", "broad", 8));

        var explicitText = Write(new ReadinessText(), ReadinessRunner.Run(Policy.Value, Log(), new ReadinessOptions { AlertThreshold = 3 }));
        explicitText.Should().Contain("(3 in every ring, from --alert-threshold): 4");
    }

    [Fact]
    public void TheBundledPolicy_HasTheThresholdsItsCompiledSiemLookupCarries()
    {
        var compilation = PolicyLoader.Load(RepoPaths.Policies, AsOf);
        var report = ReadinessRunner.Run(compilation.Resolved!, new EventLog().Signing(Pfs1, @"\\WS-1", April(1)));
        var lookup = File.ReadAllLines(Path.Combine(RepoPaths.Generated, "siem", "lookup", "smbpol_hosts.csv")).Select(l => l.Split(',')).ToList();
        lookup[0][2].Should().Be("ring");
        lookup[0][5].Should().Be("daily_threshold");

        var compiled = lookup.Skip(1).Select(r => new RingThreshold(r[2], int.Parse(r[5], System.Globalization.CultureInfo.InvariantCulture))).Distinct().ToList();

        compiled.Select(r => r.Threshold).Distinct().Should().HaveCountGreaterThan(1, "the example policy gives its rings different thresholds");
        report.AlertThresholds.Rings.Where(r => compiled.Any(c => c.Ring == r.Ring)).Should().BeEquivalentTo(compiled);
    }

    private static string Write(IReportWriter<ReadinessReport> writer, ReadinessReport report)
    {
        using var output = new StringWriter();
        writer.Write(output, report);
        return output.ToString();
    }
}
