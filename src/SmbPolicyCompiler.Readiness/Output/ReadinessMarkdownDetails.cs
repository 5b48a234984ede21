using SmbPolicyCompiler.Readiness.Model;
using static SmbPolicyCompiler.Readiness.Output.ReadinessMarkdown;

namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>The collapsed sections of the Markdown report: alerts, computers, clients, and what was read.</summary>
internal static class ReadinessMarkdownDetails
{
    public static void WriteAlerts(TextWriter o, ReadinessReport report)
    {
        Open(o, $"Daily alerts: {report.Alerts.Count} (more than {report.AlertThreshold} events of {Formatting.AlertIds} by one client on one UTC day)");
        if (report.Alerts.Count > 0)
        {
            o.WriteLine("| day | client | events | servers | owner |");
            o.WriteLine("|---|---|---:|---|---|");
            foreach (var a in report.Alerts.Take(MaxRows))
            {
                o.WriteLine($"| {Formatting.Day(a.Day)} | {E(a.Client)} | {a.Events} | {E(Formatting.List(a.Servers, 8))}{(a.MoreServers ? "; …" : string.Empty)} | {E(a.Owner ?? "-")} |");
            }

            More(o, report.Alerts.Count);
        }
        else
        {
            o.WriteLine("No client crossed the threshold.");
        }

        Close(o);
    }

    public static void WriteComputers(TextWriter o, ReadinessReport report)
    {
        var unknown = report.Computers.Count(c => !c.Known);
        Open(o, $"Computers that logged events: {report.Computers.Count}" + (unknown > 0 ? $", {unknown} not in the policy" : string.Empty));
        o.WriteLine("| computer | host | ring | group | events | event ids | peers | exceptions |");
        o.WriteLine("|---|---|---|---|---:|---|---:|---|");
        foreach (var c in report.Computers.OrderBy(c => c.Known).ThenBy(c => c.Name, StringComparer.Ordinal).Take(MaxRows))
        {
            var exceptions = Formatting.List([.. c.Exceptions.Select(e => $"{e.Id} {e.Control}@{e.Stage}" + (e.Active ? string.Empty : " (expired)"))]);
            o.WriteLine($"| {E(c.Name)} | {E(c.Host ?? "(not in policy)")} | {E(c.Ring ?? "-")} | {E(c.Group ?? "-")} | {c.Events} | {E(Formatting.Kinds(c.ByKind))} | {c.Peers} | {E(exceptions)} |");
        }

        More(o, report.Computers.Count);
        Close(o);
    }

    public static void WriteClients(TextWriter o, ReadinessReport report)
    {
        Open(o, $"Clients: {report.Clients.Count}");
        o.WriteLine("| client | first seen | last seen | events | event ids | days | servers | users | owner |");
        o.WriteLine("|---|---|---|---:|---|---:|---|---|---|");
        foreach (var c in report.Clients.Take(MaxRows))
        {
            o.WriteLine($"| {E(c.Name)} | {Formatting.Time(c.FirstSeen)} | {Formatting.Time(c.LastSeen)} | {c.Events} | {E(Formatting.Kinds(c.ByKind))} | {c.ByDay.Count} | " +
                        $"{E(Formatting.List([.. c.Servers.Select(s => s.Name)], 3))} | {E(Formatting.List(c.Users, 3))} | {E(c.Inventory?.Owner ?? "-")} |");
        }

        More(o, report.Clients.Count);
        Close(o);
    }

    public static void WriteInput(TextWriter o, InputSummary input)
    {
        Open(o, $"Input: {input.Read.Files.Count} file(s), {input.Read.Problems.Count + input.Read.ProblemsNotListed} problem(s)");
        foreach (var caution in input.Cautions)
        {
            o.WriteLine("- note: " + E(caution, 400));
        }

        o.WriteLine();
        o.WriteLine("| file | format | records | audit | malformed | outcome |");
        o.WriteLine("|---|---|---:|---:|---:|---|");
        foreach (var f in input.Read.Files.Take(MaxRows))
        {
            o.WriteLine($"| {E(f.Path)} | {f.Format?.ToString() ?? "-"}{(f.Compressed ? " (gzip)" : string.Empty)} | {f.Records} | {f.AuditRecords} | {f.MalformedRecords} | {f.Outcome}{(f.Note is { } n ? ": " + E(n) : string.Empty)} |");
        }

        More(o, input.Read.Files.Count);
        if (input.Read.Problems.Count > 0)
        {
            o.WriteLine();
            foreach (var p in input.Read.Problems.Take(MaxRows))
            {
                o.WriteLine("- " + E(p.ToString(), 400));
            }

            More(o, input.Read.Problems.Count);
        }

        Close(o);
    }
}
