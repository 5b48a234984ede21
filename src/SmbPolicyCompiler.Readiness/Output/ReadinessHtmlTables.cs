using SmbPolicyCompiler.Readiness.Model;
using static SmbPolicyCompiler.Readiness.Output.ReadinessHtml;

namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>The HTML report's tables after the rings: alerts, computers, clients and what was read.</summary>
internal static class ReadinessHtmlTables
{
    public static void WriteAlerts(TextWriter o, ReadinessReport report)
    {
        o.WriteLine($"<h2>Daily alerts</h2><p>Clients with more than {report.AlertThreshold} events of {Formatting.AlertIds} on one UTC day: {report.Alerts.Count}.</p>");
        if (report.Alerts.Count == 0)
        {
            return;
        }

        o.WriteLine("<table><tr><th>day</th><th>client</th><th>events</th><th>servers</th><th>owner</th></tr>");
        foreach (var a in report.Alerts)
        {
            o.WriteLine($"<tr><td>{Formatting.Day(a.Day)}</td><td>{H(a.Client)}</td><td class=\"n\">{a.Events}</td><td>{H(Formatting.List(a.Servers, 8), 2000)}{(a.MoreServers ? "; …" : string.Empty)}</td><td>{H(a.Owner ?? "-")}</td></tr>");
        }

        o.WriteLine("</table>");
    }

    public static void WriteComputers(TextWriter o, ReadinessReport report)
    {
        var unknown = report.Computers.Count(c => !c.Known);
        o.WriteLine($"<h2>Computers that logged events</h2><p>{report.Computers.Count} computer(s){(unknown > 0 ? $"; {unknown} not in the policy (their events count for no ring)" : string.Empty)}.</p>");
        o.WriteLine("<table><tr><th>computer</th><th>host</th><th>ring</th><th>group</th><th>events</th><th>event ids</th><th>peers</th><th>exceptions</th></tr>");
        foreach (var c in report.Computers)
        {
            var exceptions = string.Join("; ", c.Exceptions.Select(e => $"{e.Id} {e.Control}@{e.Stage} until {Formatting.Day(e.Expires)}" + (e.Active ? string.Empty : " (expired)")));
            o.WriteLine($"<tr><td>{H(c.Name)}</td><td>{H(c.Host ?? "(not in policy)")}</td><td>{H(c.Ring ?? "-")}</td><td>{H(c.Group ?? "-")}</td><td class=\"n\">{c.Events}</td>" +
                        $"<td>{H(Formatting.Kinds(c.ByKind))}</td><td class=\"n\">{c.Peers}</td><td>{H(exceptions, 1000)}</td></tr>");
        }

        o.WriteLine("</table>");
    }

    public static void WriteClients(TextWriter o, ReadinessReport report, int maxRows)
    {
        o.WriteLine($"<h2>Clients</h2><p>{report.Clients.Count} client(s){(report.Clients.Count > maxRows ? $"; the first {maxRows} are listed (the JSON report has all)" : string.Empty)}.</p>");
        o.WriteLine("<table><tr><th>client</th><th>policy host</th><th>first seen</th><th>last seen</th><th>events</th><th>event ids</th><th>days</th><th>servers</th><th>users</th><th>SPNs</th><th>owner</th><th>device</th><th>location</th></tr>");
        foreach (var c in report.Clients.Take(maxRows))
        {
            o.WriteLine($"<tr><td>{H(c.Name)}</td><td>{H(c.PolicyHost ?? "-")}</td><td>{Formatting.Time(c.FirstSeen)}</td><td>{Formatting.Time(c.LastSeen)}</td><td class=\"n\">{c.Events}</td>" +
                        $"<td>{H(Formatting.Kinds(c.ByKind))}</td><td class=\"n\">{c.ByDay.Count}</td><td>{H(Formatting.List([.. c.Servers.Select(s => s.Name)], 10), 1000)}</td>" +
                        $"<td>{H(Formatting.List(c.Users, 5), 1000)}</td><td>{H(Formatting.List(c.Spns, 5), 1000)}</td><td>{H(c.Inventory?.Owner ?? "-")}</td><td>{H(c.Inventory?.DeviceType ?? "-")}</td><td>{H(c.Inventory?.Location ?? "-")}</td></tr>");
        }

        o.WriteLine("</table>");
    }

    public static void WriteInput(TextWriter o, InputSummary input)
    {
        o.WriteLine("<h2>Input</h2>");
        o.WriteLine("<table><tr><th>file</th><th>format</th><th>records</th><th>audit</th><th>malformed</th><th>outcome</th></tr>");
        foreach (var f in input.Read.Files)
        {
            o.WriteLine($"<tr><td>{H(f.Path, 400)}</td><td>{f.Format?.ToString() ?? "-"}{(f.Compressed ? " (gzip)" : string.Empty)}</td><td class=\"n\">{f.Records}</td><td class=\"n\">{f.AuditRecords}</td>" +
                        $"<td class=\"n\">{f.MalformedRecords}</td><td>{f.Outcome}{(f.Note is { } note ? ": " + H(note, 400) : string.Empty)}</td></tr>");
        }

        o.WriteLine("</table>");
        if (input.Read.Problems.Count > 0)
        {
            o.WriteLine("<ul>");
            foreach (var p in input.Read.Problems)
            {
                o.WriteLine($"<li>{H(p.ToString(), 400)}</li>");
            }

            o.WriteLine("</ul>");
        }

        if (input.Read.ProblemsNotListed > 0)
        {
            o.WriteLine($"<p>… and {input.Read.ProblemsNotListed} more problem(s) not listed.</p>");
        }
    }
}
