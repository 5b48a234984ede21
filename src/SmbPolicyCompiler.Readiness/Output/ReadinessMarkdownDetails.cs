using SmbPolicyCompiler.Readiness.Model;
using static SmbPolicyCompiler.Readiness.Output.ReadinessMarkdown;

namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>The collapsed sections of the Markdown report: alerts, computers, clients, and what was read.</summary>
internal static class ReadinessMarkdownDetails
{
    public static void WriteAlerts(TextWriter output, ReadinessReport report)
    {
        Open(output, $"Daily alerts: {report.Alerts.Count} (more than the threshold of events of {Formatting.AlertIds} by one client on one UTC day against one ring's servers; {Escaped(Formatting.AlertThresholds(report.AlertThresholds))})");
        if (report.Alerts.Count > 0)
        {
            output.WriteLine("| day | client | ring (threshold) | events | servers | owner |");
            output.WriteLine("|---|---|---|---:|---|---|");
            foreach (var a in report.Alerts.Take(MaxRows))
            {
                output.WriteLine($"| {Formatting.Day(a.Day)} | {Escaped(a.Client)} | {Escaped(Formatting.AlertRing(a))} | {a.Events} | {Escaped(Formatting.List(a.Servers, 8))}{(a.MoreServers ? "; …" : string.Empty)} | {Escaped(a.Owner ?? "-")} |");
            }

            More(output, report.Alerts.Count);
        }
        else
        {
            output.WriteLine("No client crossed the threshold.");
        }

        Close(output);
    }

    public static void WriteComputers(TextWriter output, ReadinessReport report)
    {
        var unknown = report.Computers.Count(c => !c.Known);
        Open(output, $"Computers that logged events: {report.Computers.Count}" + (unknown > 0 ? $", {unknown} not in the policy" : string.Empty));
        output.WriteLine("| computer | host | ring | group | events | event ids | peers | exceptions |");
        output.WriteLine("|---|---|---|---|---:|---|---:|---|");
        foreach (var c in report.Computers.OrderBy(c => c.Known).ThenBy(c => c.Name, StringComparer.Ordinal).Take(MaxRows))
        {
            var exceptions = Formatting.List([.. c.Exceptions.Select(e => $"{e.Id} {e.Control}@{e.Stage}" + (e.Active ? string.Empty : " (expired)"))]);
            output.WriteLine($"| {Escaped(c.Name)} | {Escaped(c.Host ?? "(not in policy)")} | {Escaped(c.Ring ?? "-")} | {Escaped(c.Group ?? "-")} | {c.Events} | {Escaped(Formatting.Kinds(c.ByKind))} | {c.Peers} | {Escaped(exceptions)} |");
        }

        More(output, report.Computers.Count);
        Close(output);
    }

    public static void WriteClients(TextWriter output, ReadinessReport report)
    {
        Open(output, $"Clients: {report.Clients.Count}");
        output.WriteLine("| client | first seen | last seen | events | event ids | days | servers | users | owner |");
        output.WriteLine("|---|---|---|---:|---|---:|---|---|---|");
        foreach (var c in report.Clients.Take(MaxRows))
        {
            output.WriteLine($"| {Escaped(c.Name)} | {Formatting.Time(c.FirstSeen)} | {Formatting.Time(c.LastSeen)} | {c.Events} | {Escaped(Formatting.Kinds(c.ByKind))} | {c.ByDay.Count} | " +
                        $"{Escaped(Formatting.List([.. c.Servers.Select(s => s.Name)], 3))} | {Escaped(Formatting.List(c.Users, 3))} | {Escaped(c.Inventory?.Owner ?? "-")} |");
        }

        More(output, report.Clients.Count);
        Close(output);
    }

    public static void WriteInput(TextWriter output, InputSummary input)
    {
        Open(output, $"Input: {input.Read.Files.Count} file(s), {input.Read.Problems.Count + input.Read.ProblemsNotListed} problem(s)");
        foreach (var caution in input.Cautions)
        {
            output.WriteLine("- note: " + Escaped(caution, 400));
        }

        output.WriteLine();
        output.WriteLine("| file | format | records | audit | malformed | outcome |");
        output.WriteLine("|---|---|---:|---:|---:|---|");
        foreach (var f in input.Read.Files.Take(MaxRows))
        {
            output.WriteLine($"| {Escaped(f.Path)} | {f.Format?.ToString() ?? "-"}{(f.Compressed ? " (gzip)" : string.Empty)} | {f.Records} | {f.AuditRecords} | {f.MalformedRecords} | {f.Outcome}{(f.Note is { } n ? ": " + Escaped(n) : string.Empty)} |");
        }

        More(output, input.Read.Files.Count);
        if (input.Read.Problems.Count > 0)
        {
            output.WriteLine();
            foreach (var p in input.Read.Problems.Take(MaxRows))
            {
                output.WriteLine("- " + Escaped(p.ToString(), 400));
            }

            More(output, input.Read.Problems.Count);
        }

        Close(output);
    }
}
