using SmbPolicyCompiler.Readiness.Model;
using static SmbPolicyCompiler.Readiness.Output.ReadinessHtml;

namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>The HTML report's tables after the rings: alerts, computers, clients and what was read.</summary>
internal static class ReadinessHtmlTables
{
    public static void WriteAlerts(TextWriter output, ReadinessReport report, int maxRows)
    {
        output.WriteLine($"<h2 id=\"alerts\">Daily alerts</h2><p>Clients with more than the threshold of events of {Formatting.AlertIds} on one UTC day against one ring's servers ({Encoded(Formatting.AlertThresholds(report.AlertThresholds), 2000)}): {report.Alerts.Count}{(report.Alerts.Count > maxRows ? $"; the {maxRows} with the most events are listed (the JSON report, --format json, has every one)" : string.Empty)}.</p>");
        if (report.Alerts.Count == 0)
        {
            return;
        }

        output.WriteLine("<table><tr><th>day</th><th>client</th><th>ring (threshold)</th><th>events</th><th>servers</th><th>owner</th></tr>");
        var shown = report.Alerts.OrderByDescending(a => a.Events).ThenBy(a => a.Day).ThenBy(a => a.Client, StringComparer.Ordinal).Take(maxRows).OrderBy(a => a.Day).ThenBy(a => a.Client, StringComparer.Ordinal);
        foreach (var a in shown)
        {
            output.WriteLine($"<tr><td>{Formatting.Day(a.Day)}</td><td>{Encoded(a.Client)}</td><td>{Encoded(Formatting.AlertRing(a))}</td><td class=\"n\">{a.Events}</td><td>{Encoded(Formatting.List(a.Servers, 8), 2000)}{(a.MoreServers ? "; …" : string.Empty)}</td><td>{Encoded(a.Owner ?? "-")}</td></tr>");
        }

        output.WriteLine("</table>");
    }

    public static void WriteComputers(TextWriter output, ReadinessReport report, int maxRows)
    {
        var unknown = report.Computers.Count(c => !c.Known);
        output.WriteLine($"<h2 id=\"computers\">Computers that logged events</h2><p>{report.Computers.Count} computer(s){(unknown > 0 ? $"; {unknown} not in the policy (their events count for no ring)" : string.Empty)}{(report.Computers.Count > maxRows ? $"; the first {maxRows} are listed (the JSON report has all)" : string.Empty)}.</p>");
        output.WriteLine($"<details><summary>{Math.Min(maxRows, report.Computers.Count)} computer(s)</summary>");
        output.WriteLine("<table><tr><th>computer</th><th>host</th><th>ring</th><th>group</th><th>events</th><th>event ids</th><th>peers</th><th>exceptions</th></tr>");
        foreach (var c in report.Computers.Take(maxRows))
        {
            var exceptions = string.Join("; ", c.Exceptions.Select(e => $"{e.Id} {e.Control}@{e.Stage} until {Formatting.Day(e.Expires)}" + (e.Active ? string.Empty : " (expired)")));
            output.WriteLine($"<tr><td>{Encoded(c.Name)}</td><td>{Encoded(c.Host ?? "(not in policy)")}</td><td>{Encoded(c.Ring ?? "-")}</td><td>{Encoded(c.Group ?? "-")}</td><td class=\"n\">{c.Events}</td>" +
                        $"<td>{Encoded(Formatting.Kinds(c.ByKind))}</td><td class=\"n\">{c.Peers}</td><td>{Encoded(exceptions, 1000)}</td></tr>");
        }

        output.WriteLine("</table></details>");
    }

    public static void WriteClients(TextWriter output, ReadinessReport report, int maxRows)
    {
        output.WriteLine($"<h2 id=\"clients\">Clients</h2><p>{report.Clients.Count} client(s){(report.Clients.Count > maxRows ? $"; the first {maxRows} are listed (the JSON report has all)" : string.Empty)}.</p>");
        output.WriteLine($"<details><summary>{Math.Min(maxRows, report.Clients.Count)} client(s)</summary>");
        output.WriteLine("<table><tr><th>client</th><th>policy host</th><th>first seen</th><th>last seen</th><th>events</th><th>event ids</th><th>days</th><th>servers</th><th>users</th><th>SPNs</th><th>owner</th><th>device</th><th>location</th></tr>");
        foreach (var c in report.Clients.Take(maxRows))
        {
            output.WriteLine($"<tr><td class=\"c\">{Encoded(c.Name)}</td><td>{Encoded(c.PolicyHost ?? "-")}</td><td>{Formatting.Time(c.FirstSeen)}</td><td>{Formatting.Time(c.LastSeen)}</td><td class=\"n\">{c.Events}</td>" +
                        $"<td>{Encoded(Formatting.Kinds(c.ByKind))}</td><td class=\"n\">{c.ByDay.Count}</td><td>{Encoded(Formatting.List([.. c.Servers.Select(s => s.Name)], 10), 1000)}</td>" +
                        $"<td>{Encoded(Formatting.List(c.Users, 5), 1000)}</td><td>{Encoded(Formatting.List(c.Spns, 5), 1000)}</td><td>{Encoded(c.Inventory?.Owner ?? "-")}</td><td>{Encoded(c.Inventory?.DeviceType ?? "-")}</td><td>{Encoded(c.Inventory?.Location ?? "-")}</td></tr>");
        }

        output.WriteLine("</table></details>");
    }

    public static void WriteInput(TextWriter output, InputSummary input)
    {
        output.WriteLine("<h2 id=\"input\">Input</h2>");
        output.WriteLine("<table><tr><th>file</th><th>format</th><th>records</th><th>audit</th><th>malformed</th><th>outcome</th></tr>");
        foreach (var f in input.Read.Files)
        {
            output.WriteLine($"<tr><td>{Encoded(f.Path, 400)}</td><td>{f.Format?.ToString() ?? "-"}{(f.Compressed ? " (gzip)" : string.Empty)}</td><td class=\"n\">{f.Records}</td><td class=\"n\">{f.AuditRecords}</td>" +
                        $"<td class=\"n\">{f.MalformedRecords}</td><td>{f.Outcome}{(f.Note is { } note ? ": " + Encoded(note, 400) : string.Empty)}</td></tr>");
        }

        output.WriteLine("</table>");
        if (input.Read.Problems.Count > 0)
        {
            output.WriteLine("<ul>");
            foreach (var p in input.Read.Problems)
            {
                output.WriteLine($"<li>{Encoded(p.ToString(), 400)}</li>");
            }

            output.WriteLine("</ul>");
        }

        if (input.Read.ProblemsNotListed > 0)
        {
            output.WriteLine($"<p>… and {input.Read.ProblemsNotListed} more problem(s) not listed.</p>");
        }
    }
}
