using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Drift.Model;
using SmbPolicyCompiler.Formats;

namespace SmbPolicyCompiler.Drift.Reports;

/// <summary>The report as Markdown for a pipeline summary or a comment: counts first, problems in a table, then the notes.</summary>
public static class DriftMarkdown
{
    public static void Write(TextWriter o, DriftReport report)
    {
        o.WriteLine($"### smbpol drift (as of {report.AsOf:yyyy-MM-dd})");
        o.WriteLine();
        o.WriteLine(Escape.Markdown(DriftText.Summary(report)));
        o.WriteLine();
        var rows = DriftText.Problems(report).ToList();
        if (rows.Count == 0)
        {
            o.WriteLine(report.Count(DriftStatus.Compliant) > 0
                ? "Every setting that could be read matches the policy."
                : "No setting could be compared with the policy.");
        }
        else
        {
            o.WriteLine("| host | ring | control | setting | expected | actual | status | source | expected by | detail |");
            o.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
            foreach (var f in rows)
            {
                var control = f.Control == "-" ? "-" : $"{f.Control} {f.Stage}";
                o.WriteLine($"| {E(f.Host)} | {E(f.Ring ?? "-")} | {E(control)} | {E(f.Setting)} | {E(f.Expected)} | {E(f.Actual)} | {f.Status.Words()} | {E(f.Source)} | {E(DriftText.ExpectedBy(f))} | {E(f.Detail)} |");
            }
        }

        if (report.Notes.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("Input that could not be read:");
            o.WriteLine();
            foreach (var note in report.Notes)
            {
                o.WriteLine("- " + E(note));
            }
        }
    }

    private static string E(string text) => Escape.Markdown(text);
}
