using SmbPolicyCompiler.Core.Reporting;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>The report as plain-text tables for people at a terminal.</summary>
public sealed class ReadinessText : IReportWriter<ReadinessReport>
{
    public ReportFormat Format => ReportFormat.Table;

    public const int MaxClientsListed = 100;

    public void Write(TextWriter output, ReadinessReport report)
    {
        output.WriteLine($"smbpol readiness: {SafeText.Clean(report.Policy)}, as of {Formatting.Day(report.AsOf)}" + (report.RingFilter is { } ring ? $", ring {SafeText.Clean(ring)}" : string.Empty));
        ReadReportText.WriteBanner(output, report.Input);
        output.WriteLine();
        WriteSummary(output, report);
        foreach (var control in report.Controls)
        {
            output.WriteLine();
            WriteControl(output, control);
        }

        output.WriteLine();
        WriteAlerts(output, report);
        output.WriteLine();
        WriteComputers(output, report);
        output.WriteLine();
        WriteClients(output, report);
        output.WriteLine();
        ReadReportText.Write(output, report.Input);
    }

    private static void WriteSummary(TextWriter output, ReadinessReport report)
    {
        var table = new TextTable("RING", "CONTROL", "STAGE", "VERDICT", "CLIENTS", "WOULD BREAK", "READY", "AUDIT DAYS", "GATE");
        foreach (var c in report.Controls)
        {
            table.Add(c.Ring, c.Control, c.Stage, Formatting.Verdict(c.Verdict) + (c.LowConfidenceOnly ? " (low confidence)" : string.Empty),
                Formatting.Number(c.Denominator), Formatting.Number(c.Blocking.Count), Formatting.Percent(c.PercentReady), Formatting.AuditDays(c), Formatting.Gate(c.Gate));
        }

        if (table.Count == 0)
        {
            output.WriteLine("No ring has a control with audit events at audit or beyond.");
            return;
        }

        table.Write(output);
        output.WriteLine("CLIENTS: distinct clients in any SMB audit event at the ring's servers, plus inventory clients no event named");
        output.WriteLine("(for controls enforced on clients: the ring's client hosts). Audit events name only clients that would break.");
    }

    private static void WriteControl(TextWriter output, ControlReadiness c)
    {
        var headline = Headline.For(c);
        output.WriteLine($"{c.Ring} / {c.Control} ({c.Stage}): {Formatting.Verdict(c.Verdict)}");
        output.WriteLine($"  {headline.Decision}, {SafeText.Clean(headline.Step + ": " + headline.Text, 1000)}");
        output.WriteLine("  " + SafeText.Clean(c.Summary, 1000));
        output.WriteLine($"  evidence: events {string.Join(", ", c.EvidenceEventIds)}; {c.Direction.Describe()}");
        output.WriteLine($"  ring {c.Direction.RingHosts()}: {c.RingHostsWithEvents} of {c.RingHosts} in events; {Formatting.Number(c.Events)} event(s) from {Formatting.Time(c.FirstEvent)} to {Formatting.Time(c.LastEvent)} on {c.DaysWithEvents} day(s); " +
                    $"{c.ClientsSeen} client(s) seen" + (c.InventoryClientsAdded > 0 ? $" + {c.InventoryClientsAdded} from the inventory" : string.Empty));
        foreach (var reason in c.Reasons)
        {
            output.WriteLine("  - " + SafeText.Clean(reason, 400));
        }

        if (c.Blocking.Count > 0)
        {
            var table = new TextTable("CLIENT", "EVENTS", "EVENT IDS", "FIRST SEEN", "LAST SEEN", "SERVERS", "USERS", "OWNER", "DEVICE", "LOCATION");
            foreach (var b in c.Blocking)
            {
                table.Add(b.Client + (b.LowConfidenceOnly ? " (low confidence)" : string.Empty), Formatting.Number(b.Events), Formatting.Kinds(b.Evidence),
                    Formatting.Time(b.FirstSeen), Formatting.Time(b.LastSeen), Formatting.List(b.Servers), Formatting.List(b.Users, 3),
                    b.Inventory?.Owner ?? "-", b.Inventory?.DeviceType ?? "-", b.Inventory?.Location ?? "-");
            }

            table.Write(output, "  ");
        }

        foreach (var h in c.HeldBack)
        {
            output.WriteLine($"  held back by {SafeText.Clean(h.ExceptionId)} at {h.HeldAt}: {SafeText.Clean(h.Host)}, {Formatting.Number(h.EvidenceEvents)} evidence event(s)" +
                        (h.Clients.Count > 0 ? " from " + SafeText.Clean(Formatting.List(h.Clients)) : string.Empty) + " (not counted against the ring)");
        }
    }

    private static void WriteAlerts(TextWriter output, ReadinessReport report)
    {
        output.WriteLine($"Daily alerts: clients with more than the threshold of events of {Formatting.AlertIds} on one UTC day against one ring's servers ({SafeText.Clean(Formatting.AlertThresholds(report.AlertThresholds), 1000)}): {report.Alerts.Count}");
        if (report.Alerts.Count == 0)
        {
            return;
        }

        var table = new TextTable("DAY", "CLIENT", "RING (THRESHOLD)", "EVENTS", "SERVERS", "OWNER");
        foreach (var a in report.Alerts)
        {
            table.Add(Formatting.Day(a.Day), a.Client, Formatting.AlertRing(a), Formatting.Number(a.Events), Formatting.List(a.Servers, 8) + (a.MoreServers ? "; ..." : string.Empty), a.Owner ?? "-");
        }

        table.Write(output, "  ");
    }

    private static void WriteComputers(TextWriter output, ReadinessReport report)
    {
        var unknown = report.Computers.Count(c => !c.Known);
        output.WriteLine($"Computers that logged events: {report.Computers.Count}" + (unknown > 0 ? $" ({unknown} not in the policy: their events count for no ring)" : string.Empty));
        var table = new TextTable("COMPUTER", "HOST", "RING", "GROUP", "EVENTS", "EVENT IDS", "PEERS", "EXCEPTIONS");
        foreach (var c in report.Computers)
        {
            table.Add(c.Name, c.Host ?? "(not in policy)", c.Ring ?? "-", c.Group ?? "-", Formatting.Number(c.Events), Formatting.Kinds(c.ByKind),
                Formatting.Number(c.Peers), Formatting.List([.. c.Exceptions.Select(e => $"{e.Id} {e.Control}@{e.Stage}" + (e.Active ? string.Empty : " (expired)"))]));
        }

        table.Write(output, "  ");
    }

    private static void WriteClients(TextWriter output, ReadinessReport report)
    {
        output.WriteLine($"Clients: {report.Clients.Count}" + (report.Clients.Count > MaxClientsListed ? $" (the first {MaxClientsListed}; --format json, html or csv for all)" : string.Empty));
        var table = new TextTable("CLIENT", "FIRST SEEN", "LAST SEEN", "EVENTS", "EVENT IDS", "DAYS", "SERVERS", "USERS", "SPNS", "OWNER", "DEVICE", "LOCATION");
        foreach (var c in report.Clients.Take(MaxClientsListed))
        {
            table.Add(c.Name, Formatting.Time(c.FirstSeen), Formatting.Time(c.LastSeen), Formatting.Number(c.Events), Formatting.Kinds(c.ByKind), c.ByDay.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Formatting.List([.. c.Servers.Select(s => s.Name)], 3), Formatting.List(c.Users, 3), Formatting.List(c.Spns, 3),
                c.Inventory?.Owner ?? "-", c.Inventory?.DeviceType ?? "-", c.Inventory?.Location ?? "-");
        }

        table.Write(output, "  ");
    }
}
