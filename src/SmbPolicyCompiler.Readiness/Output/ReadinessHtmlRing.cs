using SmbPolicyCompiler.Readiness.Model;
using static SmbPolicyCompiler.Readiness.Output.ReadinessHtml;

namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>One ring's section of the HTML report: its charts and each control's details.</summary>
internal static class ReadinessHtmlRing
{
    public static void Write(TextWriter output, RingReadiness ring)
    {
        output.WriteLine("<section class=\"ring\">");
        output.WriteLine($"<h2>Ring {Encoded(ring.Name)}</h2>");
        output.WriteLine($"<p>{ring.HostsWithEvents} of {ring.Hosts} host(s) logged events.</p>");
        if (ring.Controls.Count > 0)
        {
            output.WriteLine("<h3>Clients that would break, per control</h3>");
            output.WriteLine(SvgCharts.BlockingPerControl(ring.Controls));
        }

        output.WriteLine("<h3>Events logged by the ring's computers, per UTC day</h3>");
        output.WriteLine(ring.EventsPerDay.Count == 0 ? "<p>No events.</p>" : SvgCharts.EventsPerDay(ring.EventsPerDay));
        foreach (var c in ring.Controls)
        {
            WriteControl(output, c);
        }

        output.WriteLine("</section>");
    }

    private static void WriteControl(TextWriter output, ControlReadiness c)
    {
        output.WriteLine($"<h3>{Encoded(c.Control)} ({Encoded(c.Stage)}): <span class=\"{Css(c.Verdict)}\">{Formatting.Verdict(c.Verdict)}</span></h3>");
        output.WriteLine($"<p>{Encoded(c.Summary, 400)}</p>");
        output.WriteLine($"<p class=\"note\">Evidence: events {string.Join(", ", c.EvidenceEventIds)}; {Encoded(c.Direction.Describe(), 400)}. Ring {c.Direction.RingHosts()} in events: " +
                    $"{c.RingHostsWithEvents} of {c.RingHosts}; {Formatting.Number(c.Events)} event(s) from {Formatting.Time(c.FirstEvent)} to {Formatting.Time(c.LastEvent)} on {c.DaysWithEvents} day(s); " +
                    $"{c.ClientsSeen} client(s) seen{(c.InventoryClientsAdded > 0 ? $" + {c.InventoryClientsAdded} from the inventory" : string.Empty)}.</p>");
        output.WriteLine("<ul>");
        foreach (var reason in c.Reasons)
        {
            output.WriteLine($"<li>{Encoded(reason, 400)}</li>");
        }

        output.WriteLine("</ul>");
        if (c.Blocking.Count > 0)
        {
            output.WriteLine($"<details open><summary>{c.Blocking.Count} client(s) would break</summary>");
            output.WriteLine("<table><tr><th>client</th><th>events</th><th>event ids</th><th>first seen</th><th>last seen</th><th>servers</th><th>users</th><th>SPNs</th><th>owner</th><th>device</th><th>location</th></tr>");
            foreach (var b in c.Blocking)
            {
                output.WriteLine($"<tr><td>{Encoded(b.Client)}{(b.LowConfidenceOnly ? " <em>(low confidence)</em>" : string.Empty)}</td><td class=\"n\">{b.Events}</td><td>{Encoded(Formatting.Kinds(b.Evidence))}</td>" +
                            $"<td>{Formatting.Time(b.FirstSeen)}</td><td>{Formatting.Time(b.LastSeen)}</td><td>{Encoded(Formatting.List(b.Servers, 20), 2000)}</td><td>{Encoded(Formatting.List(b.Users, 10), 1000)}</td>" +
                            $"<td>{Encoded(Formatting.List(b.Spns, 10), 1000)}</td><td>{Encoded(b.Inventory?.Owner ?? "-")}</td><td>{Encoded(b.Inventory?.DeviceType ?? "-")}</td><td>{Encoded(b.Inventory?.Location ?? "-")}</td></tr>");
            }

            output.WriteLine("</table></details>");
        }

        foreach (var h in c.HeldBack)
        {
            output.WriteLine($"<p>Held back by {Encoded(h.ExceptionId)} at {Encoded(h.HeldAt)} (not counted against the ring): {Encoded(h.Host)}, {h.EvidenceEvents} evidence event(s)" +
                        (h.Clients.Count > 0 ? " from " + Encoded(Formatting.List(h.Clients, 20), 2000) : string.Empty) + ".</p>");
        }
    }
}
