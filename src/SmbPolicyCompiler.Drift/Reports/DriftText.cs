using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Drift.Model;

namespace SmbPolicyCompiler.Drift.Reports;

/// <summary>The report for people: a summary, every drifted, unknown or unmanaged finding as a table, then the notes.</summary>
public sealed class DriftText : IReportWriter<DriftReport>
{
    public ReportFormat Format => ReportFormat.Table;

    public static string Summary(DriftReport report) =>
        $"{report.Hosts.Count} host(s) checked with {(report.Sources.Count == 0 ? "no source" : string.Join(", ", report.Sources))}: " +
        string.Join(", ", Enum.GetValues<DriftStatus>().Select(s => $"{report.HostCount(s)} {s.Words()}")) +
        "; settings: " +
        string.Join(", ", Enum.GetValues<DriftStatus>().Where(s => s != DriftStatus.Unmanaged).Select(s => $"{report.Count(s)} {s.Words()}"));

    /// <summary>The rows people need to act on: drifted, unknown and unmanaged.</summary>
    public static IEnumerable<DriftFinding> Problems(DriftReport report) =>
        report.Findings.Where(f => f.Status is DriftStatus.Drifted or DriftStatus.Unknown or DriftStatus.Unmanaged);

    public static string ExpectedBy(DriftFinding finding) =>
        finding.DecidedBy is { } by ? $"{by.KindText} '{by.Name}' ({by.Location})" : "-";

    public void Write(TextWriter output, DriftReport report)
    {
        output.WriteLine($"drift (as of {report.AsOf:yyyy-MM-dd}): {Summary(report)}");
        var rows = Problems(report).ToList();
        var reasons = UnknownReasons.Of(rows);
        if (rows.Count > 0)
        {
            output.WriteLine();
            var table = new TextTable("HOST", "RING", "CONTROL", "SETTING", "EXPECTED", "ACTUAL", "STATUS", "SOURCE", "EXPECTED BY", "DETAIL") { MaxCellLength = int.MaxValue };
            foreach (var f in rows)
            {
                table.Add(f.Host, f.Ring ?? "-", f.Control == "-" ? "-" : $"{f.Control}/{f.Stage}", f.Setting, f.Expected, f.Actual,
                    f.Status.Words().ToUpperInvariant(), f.Source, ExpectedBy(f), reasons.DetailOf(f));
            }

            table.Write(output);
        }

        if (reasons.Shared.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("why settings are unknown:");
            foreach (var reason in reasons.Shared)
            {
                output.WriteLine($"  {reason.Number}. {reason.Scope}: {reason.Detail}");
            }
        }

        if (report.Notes.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("input that could not be read:");
            foreach (var note in report.Notes)
            {
                output.WriteLine("  " + note);
            }
        }
    }
}
