using System.Globalization;
using System.Text.Json;
using SmbPolicyCompiler.Cli;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Core.Model;
using SmbPolicyCompiler.Formats;
using SmbPolicyCompiler.Scripts.Tests.Support;

namespace SmbPolicyCompiler.Scripts.Tests;

/// <summary>
/// Issue 10: the monitors compiled from Cases/monitors run on simulated hosts (Pester/Monitors.Tests.ps1) whose
/// Get-WinEvent serves events built from the catalogue's field tables; then `smbpol readiness` reads the very events the
/// thresholds monitor read, and names the same clients in its daily alerts.
/// </summary>
[Trait("Category", "Interop")]
public class MonitorTests
{
    private static readonly DateTimeOffset Until = new(2026, 11, 20, 23, 59, 59, TimeSpan.Zero);

    [Fact]
    public void GeneratedMonitors_PrintTheExactTicket_AndReadinessNamesTheSameClients()
    {
        using var compiled = new CompiledCase("monitors");
        var policy = HostCases.Load(compiled.Policy);
        var work = compiled.Work("pester");

        var result = PesterSuite.Run("Monitors", new Dictionary<string, object?>
        {
            ["Module"] = PesterSuite.SimulationModule,
            ["Work"] = work,
            ["Rings"] = policy.Rings.ToDictionary(r => r.Name, r => Path.Combine(compiled.Output, Escape.FileNameSegment(r.Name), "monitors")),
            ["FieldTables"] = AuditEvents.All.ToDictionary(
                e => e.Id.ToString(CultureInfo.InvariantCulture),
                e => e.Versions.ToDictionary(v => v.Version.ToString(CultureInfo.InvariantCulture), v => v.Fields)),
            ["UntilUnix"] = Until.ToUnixTimeSeconds(),
        });

        result.ShouldAllPass(20);

        var threshold = policy.Ring("wide")!.Monitor(MonitorKind.AuditThresholds).Threshold;
        var readiness = ReadinessAlerts(compiled.Policy, Path.Combine(work, "agreement", "FS03.xml"), threshold, DateOnly.FromDateTime(Until.UtcDateTime));
        var monitor = MonitorListed(Path.Combine(work, "agreement", "FS03.run.json"));

        readiness.Should().Equal(["10.0.0.5", "ws-d.corp.example.com", "ws-f"], "the known truth: the clients over 5 events of 3021 and 3024 on that day");
        monitor.OverThreshold.Should().Equal(readiness, "the monitor flags the clients readiness' daily alert rule names");
        monitor.HighPriority.Should().Equal(["ws-c"], "3027 clients are flagged whatever their count; readiness' alert rule does not count 3027");
    }

    private static List<string> ReadinessAlerts(string policy, string events, int threshold, DateOnly day)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        CliApp.Run(
            ["readiness", policy, "--events", events, "--format", "json", "--as-of", CompiledCase.AsOf, "--alert-threshold", threshold.ToString(CultureInfo.InvariantCulture)],
            new CliConsole(stdout, stderr, false));
        stderr.ToString().Should().NotContain("error", "readiness reads the exported events:\n" + stderr);
        using var report = JsonDocument.Parse(stdout.ToString());
        return [.. report.RootElement.GetProperty("alerts").GetProperty("items").EnumerateArray()
            .Where(a => a.GetProperty("day").GetString() == day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Select(a => a.GetProperty("client").GetString()!)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>The clients the monitor's ticket lists after "Details:" ("name: counts..."), high-priority ones apart.</summary>
    private static (List<string> OverThreshold, List<string> HighPriority) MonitorListed(string runFile)
    {
        using var run = JsonDocument.Parse(File.ReadAllText(runFile));
        run.RootElement.GetProperty("ExitCode").GetInt32().Should().Be(1);
        var lines = run.RootElement.GetProperty("Output").EnumerateArray().Select(l => l.GetString()!).SkipWhile(l => l != "Details:").Skip(1).ToList();
        var names = lines.Select(l => l[..l.IndexOf(": ", StringComparison.Ordinal)]).ToList();
        return (
            [.. names.Where(n => !n.StartsWith("HIGH ", StringComparison.Ordinal)).Order(StringComparer.Ordinal)],
            [.. names.Where(n => n.StartsWith("HIGH ", StringComparison.Ordinal)).Select(n => n["HIGH ".Length..]).Order(StringComparer.Ordinal)]);
    }
}
