using System.Globalization;
using System.Text.RegularExpressions;
using SmbPolicyCompiler.Core.Diagnostics;
using SmbPolicyCompiler.Core.Model;
using SmbPolicyCompiler.TestSupport;

namespace SmbPolicyCompiler.Core.Tests.Monitors;

/// <summary>docs/monitors.md states what the code decides: the placeholders, the defaults, the diagnostics.</summary>
public class MonitorsDocTests
{
    private static readonly string Text = File.ReadAllText(Path.Combine(RepoPaths.Docs, "monitors.md"));

    [Fact]
    public void PlaceholderTable_IsTheCataloguesEveryPlaceholder_InOrder()
    {
        var rows = Regex.Matches(Text, @"^\| `(%[A-Z]+%)` \| (when the script runs|at compile time) \| (.+) \|$", RegexOptions.Multiline)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value == "when the script runs", m.Groups[3].Value));

        rows.Should().Equal(TicketPlaceholders.All.Select(p => (p.Token, p.AtRun, p.Meaning)));
    }

    [Fact]
    public void DefaultsTable_IsSmbpolsDefaults()
    {
        var smb1 = MonitorDefaults.For(MonitorKind.Smb1Traffic);
        var thresholds = MonitorDefaults.For(MonitorKind.AuditThresholds);

        Text.Should().Contain($"| `interval` | {Durations.Format(smb1.Interval!.Value)} | {Durations.Format(thresholds.Interval!.Value)} |");
        Text.Should().Contain($"| `window` | {Durations.Format(smb1.Window!.Value)} | {Durations.Format(thresholds.Window!.Value)} |");
        Text.Should().Contain($"| `threshold` | {smb1.Threshold} | {thresholds.Threshold} |");
        Text.Should().Contain($"| `maxClients` | {smb1.MaxClients} | {thresholds.MaxClients} |");
        Text.Should().Contain($"| `ticket.subject` | `{smb1.Subject!.Text}` | `{thresholds.Subject!.Text}` |");
        Text.Should().Contain(string.Create(CultureInfo.InvariantCulture, $"(the default threshold is {thresholds.Threshold})"));
    }

    [Fact]
    public void DiagnosticsTable_NamesEveryMonitorDiagnosticWithItsSeverity()
    {
        foreach (var descriptor in new[] { DiagnosticCatalogue.UnknownPlaceholder, DiagnosticCatalogue.WindowShorterThanInterval, DiagnosticCatalogue.MonitorSeesNothing })
        {
            Text.Should().Contain($"| {descriptor.Code} | {descriptor.Severity.ToString().ToLowerInvariant()} |");
        }
    }
}
