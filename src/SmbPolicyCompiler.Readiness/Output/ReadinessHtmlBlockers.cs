using SmbPolicyCompiler.Readiness.Model;
using static SmbPolicyCompiler.Readiness.Output.ReadinessHtml;

namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>
/// Who blocks, in the HTML report: per control the first <see cref="TopRows"/> blocking clients (users and SPNs are in
/// the CSV and JSON) with the rest in a collapsed section (capped at <see cref="MaxRows"/>; the CSV has every one), a list identical to one already shown
/// only linked to, and per ring the offenders grouped by owner, device type and location.
/// </summary>
internal sealed class ReadinessHtmlBlockers(bool hasInventory)
{
    public const int TopRows = 10;
    public const int MaxRows = 100;
    public const int MaxGroups = 10;

    private readonly Dictionary<string, (string Id, string Where)> _shown = new(StringComparer.Ordinal);

    public void WriteBlocking(TextWriter output, ControlReadiness c, string id)
    {
        if (c.Blocking.Count == 0)
        {
            return;
        }

        // The same clients at the same servers (a client failing signing and SMB1 alike): shown once, linked after.
        var signature = string.Join("\n", c.Blocking.Select(b => $"{b.Client}\t{string.Join(",", b.Servers)}"));
        if (_shown.TryGetValue(signature, out var earlier))
        {
            output.WriteLine($"<p>The same {c.Blocking.Count} client(s), at the same servers, as <a href=\"#{earlier.Id}\">{Encoded(earlier.Where)}</a> (not repeated; the CSV report has this control's events per client).</p>");
            return;
        }

        _shown[signature] = (id + "-blocking", $"{c.Ring} / {c.Control}");
        output.WriteLine($"<h4 id=\"{id}-blocking\">{c.Blocking.Count} client(s) would break{(c.Blocking.Count > TopRows ? $", the {TopRows} with the most events first" : string.Empty)}</h4>");
        var ordered = c.Blocking.OrderByDescending(b => b.Events).ThenBy(b => b.Client, StringComparer.Ordinal).ToList();
        WriteTable(output, ordered.Take(TopRows));
        if (ordered.Count > TopRows)
        {
            var all = ordered.OrderBy(b => b.Client, StringComparer.Ordinal).Take(MaxRows).ToList();
            output.WriteLine($"<details><summary>All {c.Blocking.Count} client(s){(c.Blocking.Count > MaxRows ? $" (the first {MaxRows} by name here; the CSV report has every one)" : string.Empty)}</summary>");
            WriteTable(output, all);
            output.WriteLine("</details>");
        }
    }

    /// <summary>The ring's blocking clients over all its controls, grouped by owner, device type and location.</summary>
    public void WriteOffenders(TextWriter output, RingReadiness ring)
    {
        var clients = ring.Controls.SelectMany(c => c.Blocking.Select(b => (Control: c.Control, Blocking: b)))
            .GroupBy(x => x.Blocking.Client, StringComparer.Ordinal)
            .Select(g => (Client: g.First().Blocking, Controls: g.Select(x => x.Control).Distinct().ToList()))
            .ToList();
        if (clients.Count == 0)
        {
            return;
        }

        output.WriteLine("<h3>Top offenders in this ring, by owner and device type</h3>");
        if (!hasInventory)
        {
            output.WriteLine("<p class=\"hint\">Owner, device type and location come from the client inventory: pass <code>--inventory clients.csv</code>.</p>");
        }

        var groups = clients.GroupBy(x => (Owner: x.Client.Inventory?.Owner ?? "(unknown)", Type: x.Client.Inventory?.DeviceType ?? "(unknown)", Location: x.Client.Inventory?.Location ?? "(unknown)"))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Owner, StringComparer.Ordinal).ThenBy(g => g.Key.Type, StringComparer.Ordinal).ThenBy(g => g.Key.Location, StringComparer.Ordinal)
            .ToList();
        output.WriteLine("<table class=\"offenders\"><tr><th>owner</th><th>device type</th><th>location</th><th>clients</th><th>controls</th><th>clients (most events first)</th></tr>");
        foreach (var g in groups.Take(MaxGroups))
        {
            var names = g.OrderByDescending(x => x.Client.Events).ThenBy(x => x.Client.Client, StringComparer.Ordinal).Select(x => x.Client.Client).ToList();
            output.WriteLine($"<tr><td>{Encoded(g.Key.Owner)}</td><td>{Encoded(g.Key.Type)}</td><td>{Encoded(g.Key.Location)}</td><td class=\"n\">{g.Count()}</td>" +
                        $"<td>{Encoded(string.Join(", ", g.SelectMany(x => x.Controls).Distinct().Order(StringComparer.Ordinal)))}</td><td>{Encoded(Formatting.List(names, 5), 1000)}</td></tr>");
        }

        output.WriteLine("</table>");
        if (groups.Count > MaxGroups)
        {
            output.WriteLine($"<p class=\"note\">{groups.Count - MaxGroups} more group(s) of {groups.Skip(MaxGroups).Sum(g => g.Count())} client(s); the CSV report lists every blocking client with its owner, device type and location.</p>");
        }
    }

    private static void WriteTable(TextWriter output, IEnumerable<BlockingClient> rows)
    {
        output.WriteLine("<table><tr><th>client</th><th>owner</th><th>device</th><th>location</th><th>events</th><th>event ids</th><th>first seen</th><th>last seen</th><th>servers</th></tr>");
        foreach (var b in rows)
        {
            output.WriteLine($"<tr><td class=\"c\">{Encoded(b.Client)}{(b.LowConfidenceOnly ? " <em>(low confidence)</em>" : string.Empty)}</td><td>{Encoded(b.Inventory?.Owner ?? "-")}</td><td>{Encoded(b.Inventory?.DeviceType ?? "-")}</td><td>{Encoded(b.Inventory?.Location ?? "-")}</td>" +
                        $"<td class=\"n\">{b.Events}</td><td>{Encoded(Formatting.Kinds(b.Evidence))}</td><td class=\"t\">{Formatting.Time(b.FirstSeen)}</td><td class=\"t\">{Formatting.Time(b.LastSeen)}</td>" +
                        $"<td>{Encoded(Formatting.List(b.Servers, 5), 1000)}</td></tr>");
        }

        output.WriteLine("</table>");
    }
}
