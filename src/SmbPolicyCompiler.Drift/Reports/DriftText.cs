using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Drift.Model;

namespace SmbPolicyCompiler.Drift.Reports;

/// <summary>The report for people: a summary, every drifted, unknown or unmanaged finding as a table, then the notes.</summary>
public static class DriftText
{
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

    public static void Write(TextWriter o, DriftReport report)
    {
        o.WriteLine($"drift (as of {report.AsOf:yyyy-MM-dd}): {Summary(report)}");
        var rows = Problems(report).ToList();
        if (rows.Count > 0)
        {
            o.WriteLine();
            var table = new TextTable("HOST", "RING", "CONTROL", "SETTING", "EXPECTED", "ACTUAL", "STATUS", "SOURCE", "EXPECTED BY", "DETAIL") { MaxCellLength = int.MaxValue };
            foreach (var f in rows)
            {
                table.Add(f.Host, f.Ring ?? "-", f.Control == "-" ? "-" : $"{f.Control}/{f.Stage}", f.Setting, f.Expected, f.Actual,
                    f.Status.Words().ToUpperInvariant(), f.Source, ExpectedBy(f), f.Detail);
            }

            table.Write(o);
        }

        if (report.Notes.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("input that could not be read:");
            foreach (var note in report.Notes)
            {
                o.WriteLine("  " + note);
            }
        }
    }
}
