using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>
/// The report as one self-contained HTML page: inline CSS and SVG charts, no scripts, no external resources (a
/// Content-Security-Policy forbids them), so it works offline and attached to a ticket. It opens with what to do per
/// ring (a headline per control), then a section per ring with a burn-down per control and who blocks it; long lists
/// are capped (the CSV and JSON reports have them all). Every value is encoded by <see cref="HtmlText"/>.
/// </summary>
public sealed class ReadinessHtml : IReportWriter<ReadinessReport>
{
    public ReportFormat Format => ReportFormat.Html;

    /// <summary>Rows of the clients and computers tables; the JSON report lists all.</summary>
    public const int MaxClientRows = 200;

    /// <summary>Rows of the daily alerts table; the JSON report lists all.</summary>
    public const int MaxAlertRows = 50;

    private const string Style = """
        body{font-family:system-ui,Segoe UI,Arial,sans-serif;margin:2em auto;max-width:1100px;padding:0 1em;color:#222;line-height:1.4}
        table{border-collapse:collapse;margin:.5em 0 1.5em;max-width:100%}
        th,td{border:1px solid #ccc;padding:3px 8px;text-align:left;vertical-align:top;font-size:13px;overflow-wrap:anywhere}th{background:#f3f3f3;white-space:nowrap}
        p,li,h1,h2,h3,h4,summary{overflow-wrap:anywhere}td.n{text-align:right;white-space:nowrap}td.t,table.verdicts td{white-space:nowrap}td.c{min-width:8em}
        table.verdicts th{white-space:normal;overflow-wrap:normal}table.verdicts td:last-child{white-space:normal;overflow-wrap:break-word;min-width:16em}
        .badge{display:inline-block;font-weight:700;font-size:12px;padding:1px 6px;border:2px solid;border-radius:3px;margin-right:.2em;white-space:nowrap}
        .go{color:#14532d;background:#e6f4ea;border-style:solid}.nogo{color:#8b0000;background:#fdecea;border-style:double;border-width:3px}
        .thin{color:#6b4200;background:#fff4d6;border-style:dashed}.wait{color:#444;background:#eee;border-style:dotted}
        .breaking{color:#8b0000;background:#fdecea;border-style:double;border-width:3px}.clear{color:#14532d;background:#e6f4ea;border-style:solid}
        .banner{border:2px solid #a4161a;background:#fdecea;padding:.5em 1em;margin:1em 0}.hint{border-left:4px solid #0072B2;background:#eef6fb;padding:.4em .8em}
        .note{color:#555}ul.headlines{list-style:none;padding-left:0}ul.headlines li{margin:.3em 0}
        nav.toc{border:1px solid #ddd;background:#fafafa;padding:.4em 1em}nav.toc ol{display:flex;flex-wrap:wrap;gap:.2em 2.2em;margin:.3em 0}
        section.ring{border-top:3px solid #0072B2;margin-top:2em}section.control{margin-left:1em}details{margin:.3em 0}
        svg.chart{max-width:100%;height:auto;display:block}svg .tick{font-size:11px;fill:#333}svg .axistitle{font-size:12px;fill:#222}
        svg .axis{stroke:#666}svg .grid{stroke:#e2e2e2}svg .track{fill:#fff;stroke:#999}
        svg .gateline{stroke:#000;stroke-width:1.5;stroke-dasharray:2 3}svg .enforceline{stroke:#D55E00;stroke-width:2;stroke-dasharray:7 4}
        """;

    public void Write(TextWriter output, ReadinessReport report)
    {
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        output.WriteLine("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">");
        output.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        output.WriteLine($"<title>smbpol readiness: {Encoded(report.Policy)}, {Formatting.Day(report.AsOf)}</title>");
        output.WriteLine($"<style>{Style}</style></head><body>");
        output.WriteLine($"<h1>smbpol readiness: {Encoded(report.Policy)}</h1>");
        output.WriteLine($"<p>As of {Formatting.Day(report.AsOf)}. {Encoded(ReadReportText.Counts(report.Input), 1000)}.</p>");
        WriteContents(output, report);
        WriteBanner(output, report.Input);
        WriteHeadlines(output, report);
        WriteSummary(output, report);
        var shown = new ReadinessHtmlBlockers(report.Input.InventoryPath is not null);
        for (var i = 0; i < report.Rings.Count; i++)
        {
            ReadinessHtmlRing.Write(output, report.Rings[i], RingId(i), shown);
        }

        ReadinessHtmlTables.WriteAlerts(output, report, MaxAlertRows);
        ReadinessHtmlTables.WriteComputers(output, report, MaxClientRows);
        ReadinessHtmlTables.WriteClients(output, report, MaxClientRows);
        ReadinessHtmlTables.WriteInput(output, report.Input);
        output.WriteLine("</body></html>");
    }

    internal static string Encoded(string? text, int maxLength = SafeText.DefaultMaxLength) => HtmlText.Encode(text, maxLength);

    internal static string RingId(int index) => $"ring-{index + 1}";

    internal static string Badge(Headline headline) => $"<span class=\"badge {headline.Kind}\">{headline.Decision}</span>";

    private static void WriteContents(TextWriter output, ReadinessReport report)
    {
        output.WriteLine("<nav class=\"toc\" aria-label=\"Contents\"><strong>Contents</strong><ol>");
        output.WriteLine("<li><a href=\"#what-to-do\">What to do, per ring</a></li><li><a href=\"#verdicts\">All verdicts</a></li>");
        for (var i = 0; i < report.Rings.Count; i++)
        {
            output.WriteLine($"<li><a href=\"#{RingId(i)}\">Ring {Encoded(report.Rings[i].Name)}</a></li>");
        }

        output.WriteLine("<li><a href=\"#alerts\">Daily alerts</a></li><li><a href=\"#computers\">Computers</a></li><li><a href=\"#clients\">Clients</a></li><li><a href=\"#input\">Input</a></li>");
        output.WriteLine("</ol></nav>");
    }

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

        if (input.InventoryPath is null)
        {
            output.WriteLine("<p class=\"hint\">No client inventory was given: pass <code>--inventory clients.csv</code> (columns Name, IP, Owner, DeviceType, Location) to see who owns each blocking client, what it is and where.</p>");
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

    private static void WriteHeadlines(TextWriter output, ReadinessReport report)
    {
        output.WriteLine("<h2 id=\"what-to-do\">What to do, per ring</h2>");
        for (var i = 0; i < report.Rings.Count; i++)
        {
            var ring = report.Rings[i];
            output.WriteLine($"<h3><a href=\"#{RingId(i)}\">Ring {Encoded(ring.Name)}</a></h3>");
            if (ring.Controls.Count == 0)
            {
                output.WriteLine("<p class=\"note\">No control of this ring is at audit or beyond.</p>");
                continue;
            }

            output.WriteLine("<ul class=\"headlines\">");
            foreach (var c in ring.Controls)
            {
                var headline = Headline.For(c);
                output.WriteLine($"<li class=\"headline\">{Badge(headline)} <strong>{Encoded(c.Control)}</strong> {Encoded(headline.Step)}: {Encoded(headline.Text, 600)}</li>");
            }

            output.WriteLine("</ul>");
        }
    }

    private static void WriteSummary(TextWriter output, ReadinessReport report)
    {
        output.WriteLine("<h2 id=\"verdicts\">All verdicts</h2>");
        output.WriteLine("<table class=\"verdicts\"><tr><th>ring</th><th>control</th><th>stage</th><th>verdict</th><th>clients seen</th><th>would break</th><th>ready</th><th>reporting</th><th>days of data</th><th>audit days</th><th>gate</th></tr>");
        foreach (var c in report.Controls)
        {
            output.WriteLine($"<tr><td>{Encoded(c.Ring)}</td><td>{Encoded(c.Control)}</td><td>{Encoded(c.Stage)}</td><td>{Formatting.Verdict(c.Verdict)}{(c.LowConfidenceOnly ? " (low confidence)" : string.Empty)}</td>" +
                        $"<td class=\"n\">{c.Denominator}</td><td class=\"n\">{c.Blocking.Count}</td><td class=\"n\">{Formatting.Percent(c.PercentReady)}</td><td class=\"n\">{c.RingHostsWithEvents} of {c.RingHosts} {c.Direction.RingHosts()}</td>" +
                        $"<td class=\"n\">{c.DaysWithEvents}</td><td class=\"n\">{Formatting.AuditDays(c)}</td><td>{Encoded(Formatting.Gate(c.Gate))}</td></tr>");
        }

        output.WriteLine("</table>");
        output.WriteLine("<p class=\"note\">Clients seen: distinct clients in any SMB audit event at the ring's servers, plus inventory clients no event named (for controls enforced on clients: the ring's client hosts). Audit events name only clients that would break, so a client that never appears is not counted. " +
                         "Thin evidence: no client would break, but fewer of the ring's hosts reported than the gate's minReportingPercent, or on fewer days than its minDaysOfData. Audit days stop counting at enforce.</p>");
    }
}
