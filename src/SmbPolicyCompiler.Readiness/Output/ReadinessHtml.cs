using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>
/// The report as one self-contained HTML page: inline CSS and SVG charts, no scripts, no external resources (a
/// Content-Security-Policy forbids them), so it works offline and attached to a ticket. Every value is encoded by
/// <see cref="HtmlText"/>.
/// </summary>
public static class ReadinessHtml
{
    public const int MaxClientRows = 10_000;

    private const string Style = """
        body{font-family:system-ui,Segoe UI,Arial,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:.5em 0 1.5em}
        th,td{border:1px solid #ccc;padding:3px 8px;text-align:left;vertical-align:top;font-size:13px}th{background:#f3f3f3}
        td.n{text-align:right}.ready{fill:#59a14f;color:#2d6a27}.notready{fill:#e15759;color:#a4161a}.nodata{fill:#bab0ac;color:#6b6b6b}
        .banner{border:2px solid #a4161a;background:#fdecea;padding:.5em 1em;margin:1em 0}.note{color:#555}.label{font-size:12px;fill:#333}
        .axis{stroke:#999}section.ring{border-top:3px solid #4e79a7;margin-top:2em}details{margin:.3em 0}
        """;

    public static void Write(TextWriter o, ReadinessReport report)
    {
        o.WriteLine("<!DOCTYPE html>");
        o.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        o.WriteLine("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">");
        o.WriteLine($"<title>smbpol readiness: {H(report.Policy)}, {Format.Day(report.AsOf)}</title>");
        o.WriteLine($"<style>{Style}</style></head><body>");
        o.WriteLine($"<h1>smbpol readiness: {H(report.Policy)}</h1>");
        o.WriteLine($"<p>As of {Format.Day(report.AsOf)}. {H(ReadReportText.Counts(report.Input), 1000)}.</p>");
        WriteBanner(o, report.Input);
        WriteSummary(o, report);
        foreach (var ring in report.Rings)
        {
            ReadinessHtmlRing.Write(o, ring);
        }

        ReadinessHtmlTables.WriteAlerts(o, report);
        ReadinessHtmlTables.WriteComputers(o, report);
        ReadinessHtmlTables.WriteClients(o, report, MaxClientRows);
        ReadinessHtmlTables.WriteInput(o, report.Input);
        o.WriteLine("</body></html>");
    }

    internal static string H(string? text, int maxLength = SafeText.DefaultMaxLength) => HtmlText.Encode(text, maxLength);

    internal static string Css(Verdict verdict) => verdict switch
    {
        Verdict.Ready => "ready",
        Verdict.NotReady => "notready",
        _ => "nodata",
    };

    private static void WriteBanner(TextWriter o, InputSummary input)
    {
        if (!input.Complete)
        {
            o.WriteLine("<div class=\"banner\"><strong>Incomplete input: the verdicts rest on partial data.</strong><ul>");
            foreach (var problem in input.Problems)
            {
                o.WriteLine($"<li>{H(problem, 400)}</li>");
            }

            o.WriteLine("</ul></div>");
        }

        if (input.Cautions.Count > 0)
        {
            o.WriteLine("<ul class=\"note\">");
            foreach (var caution in input.Cautions)
            {
                o.WriteLine($"<li>{H(caution, 400)}</li>");
            }

            o.WriteLine("</ul>");
        }
    }

    private static void WriteSummary(TextWriter o, ReadinessReport report)
    {
        o.WriteLine("<h2>Verdicts</h2>");
        o.WriteLine("<table><tr><th>ring</th><th>control</th><th>stage</th><th>verdict</th><th>clients</th><th>would break</th><th>ready</th><th>audit days</th><th>gate</th><th>summary</th></tr>");
        foreach (var c in report.Controls)
        {
            o.WriteLine($"<tr><td>{H(c.Ring)}</td><td>{H(c.Control)}</td><td>{H(c.Stage)}</td><td class=\"{Css(c.Verdict)}\">{Format.Verdict(c.Verdict)}{(c.LowConfidenceOnly ? " (low confidence)" : string.Empty)}</td>" +
                        $"<td class=\"n\">{c.Denominator}</td><td class=\"n\">{c.Blocking.Count}</td><td class=\"n\">{Format.Percent(c.PercentReady)}</td><td class=\"n\">{Format.AuditDays(c)}</td>" +
                        $"<td>{H(Format.Gate(c.Gate))}</td><td>{H(c.Summary, 400)}</td></tr>");
        }

        o.WriteLine("</table>");
        o.WriteLine("<p class=\"note\">Clients: distinct clients in any SMB audit event at the ring's servers, plus inventory clients no event named (for controls enforced on clients: the ring's client hosts). Audit events name only clients that would break, so a client that never appears is not counted.</p>");
    }
}
