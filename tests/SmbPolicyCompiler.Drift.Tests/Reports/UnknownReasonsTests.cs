using System.Text.Json;
using SmbPolicyCompiler.Drift.Evaluation;
using SmbPolicyCompiler.Drift.Model;
using SmbPolicyCompiler.Drift.Reports;
using SmbPolicyCompiler.Drift.Sources;
using SmbPolicyCompiler.Drift.Tests.Support;

namespace SmbPolicyCompiler.Drift.Tests.Reports;

/// <summary>The reports for people state a reason shared by many unknown rows once; machine-readable ones keep it on every finding.</summary>
public class UnknownReasonsTests
{
    private const string RuntimeMissing = "the Windows management runtime (MI) is not available on this machine; use --source snapshots=DIR";

    private static DriftReport EveryHostUnreadable() =>
        DriftEvaluator.Evaluate(DriftCases.Targets, [SourceResult.Of("wmi", [.. DriftCases.Targets.Select(t => HostObservation.Failed(t.Name, "wmi", RuntimeMissing))])], DriftCases.AsOf);

    private static int Occurrences(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    [Fact]
    public void OneReasonForEveryHost_IsSaidOnceInTheTable_WithEveryRowStillUnknown()
    {
        var report = EveryHostUnreadable();
        var unknown = report.Count(DriftStatus.Unknown);
        unknown.Should().BeGreaterThan(DriftCases.Targets.Count(t => t.Host?.Ring is not null), "several settings per host");
        var hosts = report.Findings.Where(f => f.Status == DriftStatus.Unknown).Select(f => f.Host).Distinct().Count();

        var text = Text(report);

        Occurrences(text, RuntimeMissing).Should().Be(1, text);
        text.Should().Contain($"why settings are unknown:\n  1. {unknown} settings on {hosts} hosts: {RuntimeMissing}\n");
        text.Split('\n').Count(l => l.Contains(" UNKNOWN ", StringComparison.Ordinal) && l.EndsWith("see reason 1 below", StringComparison.Ordinal)).Should().Be(unknown);
    }

    [Fact]
    public void OneReasonForEveryHost_IsSaidOnceInMarkdown_WithEveryRowStillUnknown()
    {
        var report = EveryHostUnreadable();
        var markdown = Markdown(report);

        Occurrences(markdown, "the Windows management runtime").Should().Be(1, markdown);
        markdown.Should().Contain("Why settings are unknown:\n\n1. ").And.Contain(" hosts: the Windows management runtime (MI) is not available");
        markdown.Split('\n').Count(l => l.Contains("| unknown |", StringComparison.Ordinal) && l.EndsWith("| see reason 1 below |", StringComparison.Ordinal))
            .Should().Be(report.Count(DriftStatus.Unknown));
    }

    [Fact]
    public void MachineReadableReports_KeepTheReasonOnEveryFinding()
    {
        var report = EveryHostUnreadable();
        var json = new StringWriter();
        new DriftJson().Write(json, report);

        using var document = JsonDocument.Parse(json.ToString());
        document.RootElement.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("status").GetString() == "unknown")
            .Select(f => f.GetProperty("detail").GetString()).Should().HaveCount(report.Count(DriftStatus.Unknown)).And.OnlyContain(d => d == RuntimeMissing);
    }

    [Fact]
    public void SameRuleForEverySource_EachSharedReasonNumberedOnce_ARowOfItsOwnKeepsItsDetail()
    {
        // The fixture: hosts without a snapshot (beside the wire), a snapshot that is not JSON, a value absent on 26100.
        var report = ReportFixture.Build();
        var text = Text(report);

        var missing = report.Findings.First(f => f.Host == "FILESRV-PARIS-LONG01" && f.Status == DriftStatus.Unknown).Detail;
        var broken = report.Findings.First(f => f.Host == "FS-PAR-03" && f.Status == DriftStatus.Unknown).Detail;
        var own = report.Findings.Single(f => f.Host == "FS-NEW-01" && f.Status == DriftStatus.Unknown).Detail;
        Occurrences(text, missing).Should().Be(1);
        Occurrences(text, broken).Should().Be(1);
        Occurrences(text, own).Should().Be(1);
        text.Should().Contain($"  1. 6 settings on FILESRV-PARIS-LONG01: {missing}\n  2. 8 settings on FS-PAR-03: {broken}\n");
        text.Split('\n').Single(l => l.StartsWith("FS-NEW-01", StringComparison.Ordinal) && l.Contains("UNKNOWN", StringComparison.Ordinal)).Should().EndWith(own);
        Markdown(report).Should().Contain("1. 6 settings on FILESRV-PARIS-LONG01: ").And.Contain("2. 8 settings on FS-PAR-03: ");
    }

    private static string Text(DriftReport report)
    {
        var output = new StringWriter { NewLine = "\n" };
        new DriftText().Write(output, report);
        return output.ToString();
    }

    private static string Markdown(DriftReport report)
    {
        var output = new StringWriter { NewLine = "\n" };
        new DriftMarkdown().Write(output, report);
        return output.ToString();
    }
}
