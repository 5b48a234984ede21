using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Drift.Model;

namespace SmbPolicyCompiler.Drift.Reports;

/// <summary>The report as Markdown for a pipeline summary or a comment: counts first, problems in a table.</summary>
public static class DriftMarkdown
{
    public static void Write(TextWriter o, DriftReport report)
    {
        o.WriteLine($"### smbpol drift: {Escape(DriftText.Summary(report))}");
        o.WriteLine();
        var rows = report.Findings.Where(f => f.Status != DriftStatus.Compliant).ToList();
        if (rows.Count == 0)
        {
            o.WriteLine("Every setting that could be read matches the policy.");
            return;
        }

        o.WriteLine("| host | ring | control | setting | expected | actual | status | source | detail |");
        o.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var f in rows)
        {
            o.WriteLine($"| {Escape(f.Host)} | {Escape(f.Ring ?? "-")} | {f.Control} {f.Stage} | {f.Setting} | {Escape(f.Expected)} | {Escape(f.Actual)} | {f.Status.ToString().ToLowerInvariant()} | {Escape(f.Source)} | {Escape(f.Detail)} |");
        }
    }

    private static string Escape(string text) => Markdown.Escape(text);
}
