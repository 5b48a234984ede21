using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>The report as plain-text tables for people at a terminal.</summary>
public static class ReadinessText
{
    public const int MaxClientsListed = 100;

    public static void Write(TextWriter o, ReadinessReport report)
    {
        o.WriteLine($"smbpol readiness: {SafeText.Clean(report.Policy)}, as of {Format.Day(report.AsOf)}" + (report.RingFilter is { } ring ? $", ring {SafeText.Clean(ring)}" : string.Empty));
        ReadReportText.WriteBanner(o, report.Input);
        o.WriteLine();
        WriteSummary(o, report);
        foreach (var control in report.Controls)
        {
            o.WriteLine();
            WriteControl(o, control);
        }

        o.WriteLine();
        WriteAlerts(o, report);
        o.WriteLine();
        WriteComputers(o, report);
        o.WriteLine();
        WriteClients(o, report);
        o.WriteLine();
        ReadReportText.Write(o, report.Input);
    }

    private static void WriteSummary(TextWriter o, ReadinessReport report)
    {
        var table = new TextTable("RING", "CONTROL", "STAGE", "VERDICT", "CLIENTS", "WOULD BREAK", "READY", "AUDIT DAYS", "GATE");
        foreach (var c in report.Controls)
        {
            table.Add(c.Ring, c.Control, c.Stage, Format.Verdict(c.Verdict) + (c.LowConfidenceOnly ? " (low confidence)" : string.Empty),
                Format.Number(c.Denominator), Format.Number(c.Blocking.Count), Format.Percent(c.PercentReady), Format.AuditDays(c), Format.Gate(c.Gate));
        }

        if (table.Count == 0)
        {
            o.WriteLine("No ring has a control with audit events at audit or beyond.");
            return;
        }

        table.Write(o);
        o.WriteLine("CLIENTS: distinct clients in any SMB audit event at the ring's servers, plus inventory clients no event named");
        o.WriteLine("(for controls enforced on clients: the ring's client hosts). Audit events name only clients that would break.");
    }

    private static void WriteControl(TextWriter o, ControlReadiness c)
    {
        o.WriteLine($"{c.Ring} / {c.Control} ({c.Stage}): {Format.Verdict(c.Verdict)}");
        o.WriteLine("  " + SafeText.Clean(c.Summary, 1000));
        o.WriteLine($"  evidence: events {string.Join(", ", c.EvidenceEventIds)}; {c.Direction.Describe()}");
        o.WriteLine($"  ring {c.Direction.RingHosts()}: {c.RingHostsWithEvents} of {c.RingHosts} in events; {Format.Number(c.Events)} event(s) from {Format.Time(c.FirstEvent)} to {Format.Time(c.LastEvent)} on {c.DaysWithEvents} day(s); " +
                    $"{c.ClientsSeen} client(s) seen" + (c.InventoryClientsAdded > 0 ? $" + {c.InventoryClientsAdded} from the inventory" : string.Empty));
        foreach (var reason in c.Reasons)
        {
            o.WriteLine("  - " + SafeText.Clean(reason, 400));
        }

        if (c.Blocking.Count > 0)
        {
            var table = new TextTable("CLIENT", "EVENTS", "EVENT IDS", "FIRST SEEN", "LAST SEEN", "SERVERS", "USERS", "OWNER", "DEVICE", "LOCATION");
            foreach (var b in c.Blocking)
            {
                table.Add(b.Client + (b.LowConfidenceOnly ? " (low confidence)" : string.Empty), Format.Number(b.Events), Format.Kinds(b.Evidence),
                    Format.Time(b.FirstSeen), Format.Time(b.LastSeen), Format.List(b.Servers), Format.List(b.Users, 3),
                    b.Inventory?.Owner ?? "-", b.Inventory?.DeviceType ?? "-", b.Inventory?.Location ?? "-");
            }

            table.Write(o, "  ");
        }

        foreach (var h in c.HeldBack)
        {
            o.WriteLine($"  held back by {SafeText.Clean(h.ExceptionId)} at {h.HeldAt}: {SafeText.Clean(h.Host)}, {Format.Number(h.EvidenceEvents)} evidence event(s)" +
                        (h.Clients.Count > 0 ? " from " + SafeText.Clean(Format.List(h.Clients)) : string.Empty) + " (not counted against the ring)");
        }
    }

    private static void WriteAlerts(TextWriter o, ReadinessReport report)
    {
        o.WriteLine($"Daily alerts: clients with more than {report.AlertThreshold} events of {Format.AlertIds} on one UTC day: {report.Alerts.Count}");
        if (report.Alerts.Count == 0)
        {
            return;
        }

        var table = new TextTable("DAY", "CLIENT", "EVENTS", "SERVERS", "OWNER");
        foreach (var a in report.Alerts)
        {
            table.Add(Format.Day(a.Day), a.Client, Format.Number(a.Events), Format.List(a.Servers, 8) + (a.MoreServers ? "; ..." : string.Empty), a.Owner ?? "-");
        }

        table.Write(o, "  ");
    }

    private static void WriteComputers(TextWriter o, ReadinessReport report)
    {
        var unknown = report.Computers.Count(c => !c.Known);
        o.WriteLine($"Computers that logged events: {report.Computers.Count}" + (unknown > 0 ? $" ({unknown} not in the policy: their events count for no ring)" : string.Empty));
        var table = new TextTable("COMPUTER", "HOST", "RING", "GROUP", "EVENTS", "EVENT IDS", "PEERS", "EXCEPTIONS");
        foreach (var c in report.Computers)
        {
            table.Add(c.Name, c.Host ?? "(not in policy)", c.Ring ?? "-", c.Group ?? "-", Format.Number(c.Events), Format.Kinds(c.ByKind),
                Format.Number(c.Peers), Format.List([.. c.Exceptions.Select(e => $"{e.Id} {e.Control}@{e.Stage}" + (e.Active ? string.Empty : " (expired)"))]));
        }

        table.Write(o, "  ");
    }

    private static void WriteClients(TextWriter o, ReadinessReport report)
    {
        o.WriteLine($"Clients: {report.Clients.Count}" + (report.Clients.Count > MaxClientsListed ? $" (the first {MaxClientsListed}; --format json, html or csv for all)" : string.Empty));
        var table = new TextTable("CLIENT", "FIRST SEEN", "LAST SEEN", "EVENTS", "EVENT IDS", "DAYS", "SERVERS", "USERS", "SPNS", "OWNER", "DEVICE", "LOCATION");
        foreach (var c in report.Clients.Take(MaxClientsListed))
        {
            table.Add(c.Name, Format.Time(c.FirstSeen), Format.Time(c.LastSeen), Format.Number(c.Events), Format.Kinds(c.ByKind), c.ByDay.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Format.List([.. c.Servers.Select(s => s.Name)], 3), Format.List(c.Users, 3), Format.List(c.Spns, 3),
                c.Inventory?.Owner ?? "-", c.Inventory?.DeviceType ?? "-", c.Inventory?.Location ?? "-");
        }

        table.Write(o, "  ");
    }
}
