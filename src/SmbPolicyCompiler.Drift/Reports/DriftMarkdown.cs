using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Drift.Model;
using SmbPolicyCompiler.Formats;

namespace SmbPolicyCompiler.Drift.Reports;

/// <summary>The report as Markdown for a pipeline summary or a comment: counts first, problems in a table, then the notes.</summary>
public sealed class DriftMarkdown : IReportWriter<DriftReport>
{
    public ReportFormat Format => ReportFormat.Markdown;

    public void Write(TextWriter output, DriftReport report)
    {
        output.WriteLine($"### smbpol drift (as of {report.AsOf:yyyy-MM-dd})");
        output.WriteLine();
        output.WriteLine(Escape.Markdown(DriftText.Summary(report)));
        output.WriteLine();
        var rows = DriftText.Problems(report).ToList();
        var reasons = UnknownReasons.Of(rows);
        if (rows.Count == 0)
        {
            output.WriteLine(report.Count(DriftStatus.Compliant) > 0
                ? "Every setting that could be read matches the policy."
                : "No setting could be compared with the policy.");
        }
        else
        {
            output.WriteLine("| host | ring | control | setting | expected | actual | status | source | expected by | detail |");
            output.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
            foreach (var f in rows)
            {
                var control = f.Control == "-" ? "-" : $"{f.Control} {f.Stage}";
                output.WriteLine($"| {Escape.Markdown(f.Host)} | {Escape.Markdown(f.Ring ?? "-")} | {Escape.Markdown(control)} | {Escape.Markdown(f.Setting)} | {Escape.Markdown(f.Expected)} | {Escape.Markdown(f.Actual)} | {f.Status.Words()} | {Escape.Markdown(f.Source)} | {Escape.Markdown(DriftText.ExpectedBy(f))} | {Escape.Markdown(reasons.DetailOf(f))} |");
            }
        }

        if (reasons.Shared.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Why settings are unknown:");
            output.WriteLine();
            foreach (var reason in reasons.Shared)
            {
                output.WriteLine($"{reason.Number}. {Escape.Markdown(reason.Scope)}: {Escape.Markdown(reason.Detail)}");
            }
        }

        if (report.Notes.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Input that could not be read:");
            output.WriteLine();
            foreach (var note in report.Notes)
            {
                output.WriteLine("- " + Escape.Markdown(note));
            }
        }
    }
}
