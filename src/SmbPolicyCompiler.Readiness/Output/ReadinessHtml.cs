using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>
/// The report as one self-contained HTML page: inline CSS and SVG charts, no scripts, no external resources (a
/// Content-Security-Policy forbids them), so it works offline and attached to a ticket. Every value is encoded by
/// <see cref="HtmlText"/>.
/// </summary>
public sealed class ReadinessHtml : IReportWriter<ReadinessReport>
{
    public ReportFormat Format => ReportFormat.Html;

    public const int MaxClientRows = 10_000;

    private const string Style = """
        body{font-family:system-ui,Segoe UI,Arial,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:.5em 0 1.5em}
        th,td{border:1px solid #ccc;padding:3px 8px;text-align:left;vertical-align:top;font-size:13px}th{background:#f3f3f3}
        td.n{text-align:right}.ready{fill:#59a14f;color:#2d6a27}.notready{fill:#e15759;color:#a4161a}.nodata{fill:#bab0ac;color:#6b6b6b}
        .banner{border:2px solid #a4161a;background:#fdecea;padding:.5em 1em;margin:1em 0}.note{color:#555}.label{font-size:12px;fill:#333}
        .axis{stroke:#999}section.ring{border-top:3px solid #4e79a7;margin-top:2em}details{margin:.3em 0}
        """;

    public void Write(TextWriter output, ReadinessReport report)
    {
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        output.WriteLine("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">");
        output.WriteLine($"<title>smbpol readiness: {Encoded(report.Policy)}, {Formatting.Day(report.AsOf)}</title>");
        output.WriteLine($"<style>{Style}</style></head><body>");
        output.WriteLine($"<h1>smbpol readiness: {Encoded(report.Policy)}</h1>");
        output.WriteLine($"<p>As of {Formatting.Day(report.AsOf)}. {Encoded(ReadReportText.Counts(report.Input), 1000)}.</p>");
        WriteBanner(output, report.Input);
        WriteSummary(output, report);
        foreach (var ring in report.Rings)
        {
            ReadinessHtmlRing.Write(output, ring);
        }

        ReadinessHtmlTables.WriteAlerts(output, report);
        ReadinessHtmlTables.WriteComputers(output, report);
        ReadinessHtmlTables.WriteClients(output, report, MaxClientRows);
        ReadinessHtmlTables.WriteInput(output, report.Input);
        output.WriteLine("</body></html>");
    }

    internal static string Encoded(string? text, int maxLength = SafeText.DefaultMaxLength) => HtmlText.Encode(text, maxLength);

    internal static string Css(Verdict verdict) => verdict switch
    {
        Verdict.Ready => "ready",
        Verdict.NotReady => "notready",
        _ => "nodata",
    };

    private static void WriteBanner(TextWriter output, InputSummary input)
    {
        if (!input.Complete)
        {
            output.WriteLine("<div class=\"banner\"><strong>Incomplete input: the verdicts rest on partial data.</strong><ul>");
            foreach (var problem in input.Problems)
            {
                output.WriteLine($"<li>{Encoded(problem, 400)}</li>");
            }

            output.WriteLine("</ul></div>");
        }

        if (input.Cautions.Count > 0)
        {
            output.WriteLine("<ul class=\"note\">");
            foreach (var caution in input.Cautions)
            {
                output.WriteLine($"<li>{Encoded(caution, 400)}</li>");
            }

            output.WriteLine("</ul>");
        }
    }

    private static void WriteSummary(TextWriter output, ReadinessReport report)
    {
        output.WriteLine("<h2>Verdicts</h2>");
        output.WriteLine("<table><tr><th>ring</th><th>control</th><th>stage</th><th>verdict</th><th>clients</th><th>would break</th><th>ready</th><th>audit days</th><th>gate</th><th>summary</th></tr>");
        foreach (var c in report.Controls)
        {
            output.WriteLine($"<tr><td>{Encoded(c.Ring)}</td><td>{Encoded(c.Control)}</td><td>{Encoded(c.Stage)}</td><td class=\"{Css(c.Verdict)}\">{Formatting.Verdict(c.Verdict)}{(c.LowConfidenceOnly ? " (low confidence)" : string.Empty)}</td>" +
                        $"<td class=\"n\">{c.Denominator}</td><td class=\"n\">{c.Blocking.Count}</td><td class=\"n\">{Formatting.Percent(c.PercentReady)}</td><td class=\"n\">{Formatting.AuditDays(c)}</td>" +
                        $"<td>{Encoded(Formatting.Gate(c.Gate))}</td><td>{Encoded(c.Summary, 400)}</td></tr>");
        }

        output.WriteLine("</table>");
        output.WriteLine("<p class=\"note\">Clients: distinct clients in any SMB audit event at the ring's servers, plus inventory clients no event named (for controls enforced on clients: the ring's client hosts). Audit events name only clients that would break, so a client that never appears is not counted.</p>");
    }
}
