using SmbPolicyCompiler.Readiness.Model;
using static SmbPolicyCompiler.Readiness.Output.ReadinessHtml;

namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>One ring's section of the HTML report: its overview charts, then each control's headline, burn-down and blockers.</summary>
internal static class ReadinessHtmlRing
{
    public static void Write(TextWriter output, RingReadiness ring, string id, ReadinessHtmlBlockers blockers)
    {
        output.WriteLine($"<section class=\"ring\" id=\"{id}\">");
        output.WriteLine($"<h2>Ring {Encoded(ring.Name)}</h2>");
        output.WriteLine($"<p>{ring.HostsWithEvents} of {ring.Hosts} host(s) logged events.</p>");
        if (ring.Controls.Count > 0)
        {
            output.WriteLine("<h3>Clients that would break, as a share of the clients seen</h3>");
            output.WriteLine(SvgCharts.BlockingShare(ring.Controls, id + "-share"));
        }

        output.WriteLine("<h3>Audit events logged by the ring's computers, per UTC day</h3>");
        output.WriteLine(ring.EventsPerDay.Count == 0 ? "<p>No events.</p>" : SvgCharts.EventsPerDay(ring.EventsPerDay, id + "-events"));
        for (var i = 0; i < ring.Controls.Count; i++)
        {
            WriteControl(output, ring.Controls[i], $"{id}-c{i + 1}", blockers);
        }

        blockers.WriteOffenders(output, ring);
        output.WriteLine("</section>");
    }

    private static void WriteControl(TextWriter output, ControlReadiness c, string id, ReadinessHtmlBlockers blockers)
    {
        var headline = Headline.For(c);
        output.WriteLine($"<section class=\"control\" id=\"{id}\">");
        output.WriteLine($"<h3>{Badge(headline)} {Encoded(c.Control)} ({Encoded(c.Stage)})</h3>");
        output.WriteLine($"<p class=\"headline\"><strong>{Encoded(headline.Step)}:</strong> {Encoded(headline.Text, 600)}</p>");
        output.WriteLine(c.BurnDown.Count == 0
            ? "<p class=\"note\">No burn-down: no event came from the ring for this control.</p>"
            : BurnDownChart.Write(c, id + "-burn"));
        output.WriteLine("<ul>");
        foreach (var reason in c.Reasons)
        {
            output.WriteLine($"<li>{Encoded(reason, 400)}</li>");
        }

        output.WriteLine("</ul>");
        output.WriteLine($"<p class=\"note\">Verdict: {Formatting.Verdict(c.Verdict)}. Evidence: {Encoded(string.Join(", ", c.EvidenceEventIds.Select(e => $"{e} ({SvgCharts.Meaning(e)})")), 600)}; {Encoded(c.Direction.Describe(), 400)}. " +
                    $"Ring {c.Direction.RingHosts()} in events: {c.RingHostsWithEvents} of {c.RingHosts}; {Formatting.Number(c.Events)} event(s) from {Formatting.Time(c.FirstEvent)} to {Formatting.Time(c.LastEvent)} on {c.DaysWithEvents} day(s); " +
                    $"{c.ClientsSeen} client(s) seen{(c.InventoryClientsAdded > 0 ? $" + {c.InventoryClientsAdded} from the inventory" : string.Empty)}; audit days {Formatting.AuditDays(c)}{(c.EnforcedSince is { } e ? $" (counted until enforce on {Formatting.Day(e)})" : string.Empty)}.</p>");
        blockers.WriteBlocking(output, c, id);
        foreach (var h in c.HeldBack)
        {
            output.WriteLine($"<p>Held back by {Encoded(h.ExceptionId)} at {Encoded(h.HeldAt)} (not counted against the ring): {Encoded(h.Host)}, {h.EvidenceEvents} evidence event(s)" +
                        (h.Clients.Count > 0 ? " from " + Encoded(Formatting.List(h.Clients, 20), 2000) : string.Empty) + ".</p>");
        }

        output.WriteLine("</section>");
    }
}
