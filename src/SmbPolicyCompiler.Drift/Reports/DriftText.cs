using SmbPolicyCompiler.Drift.Model;

namespace SmbPolicyCompiler.Drift.Reports;

/// <summary>The report for people: a summary, then every drifted or unknown finding as a table.</summary>
public static class DriftText
{
    public static string Summary(DriftReport report)
    {
        var hosts = report.Hosts;
        var drifted = hosts.Count(h => report.StatusOf(h) == DriftStatus.Drifted);
        var unknown = hosts.Count(h => report.StatusOf(h) == DriftStatus.Unknown);
        return $"{hosts.Count} host(s) checked with {string.Join(", ", report.Sources)}: {hosts.Count - drifted - unknown} compliant, {drifted} drifted, {unknown} unknown " +
               $"({report.Count(DriftStatus.Compliant)} setting(s) compliant, {report.Count(DriftStatus.Drifted)} drifted, {report.Count(DriftStatus.Unknown)} unknown)";
    }

    public static void Write(TextWriter o, DriftReport report)
    {
        o.WriteLine($"drift (as of {report.AsOf:yyyy-MM-dd}): {Summary(report)}");
        var rows = report.Findings.Where(f => f.Status != DriftStatus.Compliant).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        o.WriteLine();
        var table = new List<string[]> { new[] { "HOST", "RING", "CONTROL", "SETTING", "EXPECTED", "ACTUAL", "STATUS", "SOURCE", "DETAIL" } };
        table.AddRange(rows.Select(f => new[]
        {
            f.Host, f.Ring ?? "-", $"{f.Control}/{f.Stage}", f.Setting, f.Expected, f.Actual, f.Status.ToString().ToUpperInvariant(), f.Source,
            f.Detail + (f.DecidedBy is { } by ? $" [expected by {by.Describe()}]" : ""),
        }));
        var widths = Enumerable.Range(0, table[0].Length - 1).Select(i => table.Max(r => r[i].Length)).ToArray();
        foreach (var row in table)
        {
            o.WriteLine(string.Join("  ", row.Select((cell, i) => i < widths.Length ? cell.PadRight(widths[i]) : cell)).TrimEnd());
        }
    }
}
