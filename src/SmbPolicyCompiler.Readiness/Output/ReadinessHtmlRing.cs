using SmbPolicyCompiler.Readiness.Model;
using static SmbPolicyCompiler.Readiness.Output.ReadinessHtml;

namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>One ring's section of the HTML report: its charts and each control's details.</summary>
internal static class ReadinessHtmlRing
{
    public static void Write(TextWriter o, RingReadiness ring)
    {
        o.WriteLine("<section class=\"ring\">");
        o.WriteLine($"<h2>Ring {H(ring.Name)}</h2>");
        o.WriteLine($"<p>{ring.HostsWithEvents} of {ring.Hosts} host(s) logged events.</p>");
        if (ring.Controls.Count > 0)
        {
            o.WriteLine("<h3>Clients that would break, per control</h3>");
            o.WriteLine(SvgCharts.BlockingPerControl(ring.Controls));
        }

        o.WriteLine("<h3>Events logged by the ring's computers, per UTC day</h3>");
        o.WriteLine(ring.EventsPerDay.Count == 0 ? "<p>No events.</p>" : SvgCharts.EventsPerDay(ring.EventsPerDay));
        foreach (var c in ring.Controls)
        {
            WriteControl(o, c);
        }

        o.WriteLine("</section>");
    }

    private static void WriteControl(TextWriter o, ControlReadiness c)
    {
        o.WriteLine($"<h3>{H(c.Control)} ({H(c.Stage)}): <span class=\"{Css(c.Verdict)}\">{Formatting.Verdict(c.Verdict)}</span></h3>");
        o.WriteLine($"<p>{H(c.Summary, 400)}</p>");
        o.WriteLine($"<p class=\"note\">Evidence: events {string.Join(", ", c.EvidenceEventIds)}; {H(c.Direction.Describe(), 400)}. Ring {c.Direction.RingHosts()} in events: " +
                    $"{c.RingHostsWithEvents} of {c.RingHosts}; {Formatting.Number(c.Events)} event(s) from {Formatting.Time(c.FirstEvent)} to {Formatting.Time(c.LastEvent)} on {c.DaysWithEvents} day(s); " +
                    $"{c.ClientsSeen} client(s) seen{(c.InventoryClientsAdded > 0 ? $" + {c.InventoryClientsAdded} from the inventory" : string.Empty)}.</p>");
        o.WriteLine("<ul>");
        foreach (var reason in c.Reasons)
        {
            o.WriteLine($"<li>{H(reason, 400)}</li>");
        }

        o.WriteLine("</ul>");
        if (c.Blocking.Count > 0)
        {
            o.WriteLine($"<details open><summary>{c.Blocking.Count} client(s) would break</summary>");
            o.WriteLine("<table><tr><th>client</th><th>events</th><th>event ids</th><th>first seen</th><th>last seen</th><th>servers</th><th>users</th><th>SPNs</th><th>owner</th><th>device</th><th>location</th></tr>");
            foreach (var b in c.Blocking)
            {
                o.WriteLine($"<tr><td>{H(b.Client)}{(b.LowConfidenceOnly ? " <em>(low confidence)</em>" : string.Empty)}</td><td class=\"n\">{b.Events}</td><td>{H(Formatting.Kinds(b.Evidence))}</td>" +
                            $"<td>{Formatting.Time(b.FirstSeen)}</td><td>{Formatting.Time(b.LastSeen)}</td><td>{H(Formatting.List(b.Servers, 20), 2000)}</td><td>{H(Formatting.List(b.Users, 10), 1000)}</td>" +
                            $"<td>{H(Formatting.List(b.Spns, 10), 1000)}</td><td>{H(b.Inventory?.Owner ?? "-")}</td><td>{H(b.Inventory?.DeviceType ?? "-")}</td><td>{H(b.Inventory?.Location ?? "-")}</td></tr>");
            }

            o.WriteLine("</table></details>");
        }

        foreach (var h in c.HeldBack)
        {
            o.WriteLine($"<p>Held back by {H(h.ExceptionId)} at {H(h.HeldAt)} (not counted against the ring): {H(h.Host)}, {h.EvidenceEvents} evidence event(s)" +
                        (h.Clients.Count > 0 ? " from " + H(Formatting.List(h.Clients, 20), 2000) : string.Empty) + ".</p>");
        }
    }
}
