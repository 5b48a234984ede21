using System.Text;
using SmbPolicyCompiler.Core.Catalogue;
using SmbPolicyCompiler.Readiness.Model;
using static SmbPolicyCompiler.Readiness.Output.SvgPlot;

namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>
/// A ring's overview charts as inline SVG (no scripts, no external resources): the share of clients seen that would
/// break, per control (every bar runs to the clients seen), and the ring's events per day stacked by event, with a
/// legend in words. Every label goes through <see cref="HtmlText"/>.
/// </summary>
internal static class SvgCharts
{
    private const int LabelWidth = 230;
    private const int ValueWidth = 190;
    private const int BarHeight = 18;
    private const int RowHeight = 28;

    /// <summary>What each catalogue event means, from the controls' evidence ("an SMB2/3 client does not support signing").</summary>
    private static readonly Dictionary<int, string> Meanings = ControlCatalogue.All.SelectMany(c => c.Evidence)
        .GroupBy(e => e.EventId).ToDictionary(g => g.Key, g => g.First().Meaning);

    public static string Meaning(int eventId) =>
        Meanings.TryGetValue(eventId, out var meaning) ? meaning : AuditEvents.All.FirstOrDefault(e => e.Id == eventId)?.Name ?? "event not in the catalogue";

    public static string BlockingShare(IReadOnlyList<ControlReadiness> controls, string id)
    {
        const int top = 6;
        var plot = Width - LabelWidth - ValueWidth;
        var height = top + (controls.Count * RowHeight) + 44;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" class=\"chart share\" aria-label=\"Share of the clients seen that would break, per control\">"));
        svg.Append(Patterns(id));
        for (var i = 0; i < controls.Count; i++)
        {
            var c = controls[i];
            var y = top + (i * RowHeight);
            var share = c.Denominator == 0 ? 0 : (double)c.Blocking.Count / c.Denominator;
            var length = c.Blocking.Count == 0 ? 0 : Math.Max(2, plot * share);
            var label = HtmlText.Encode($"{c.Control} ({c.Stage})");
            var value = HtmlText.Encode(c.Denominator == 0 ? "no clients seen" : $"{c.Blocking.Count} of {c.Denominator} would break");
            svg.Append(Invariant($"<text x=\"{LabelWidth - 8}\" y=\"{y + 13}\" text-anchor=\"end\" class=\"tick\">{label}</text>"));
            svg.Append(Invariant($"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{plot}\" height=\"{BarHeight}\" class=\"track\"/>"));
            svg.Append(Invariant($"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{length:0.#}\" height=\"{BarHeight}\" fill=\"{Fill(id, 5)}\"><title>{label}: {value}</title></rect>"));
            svg.Append(Invariant($"<text x=\"{LabelWidth + plot + 8}\" y=\"{y + 13}\" class=\"tick\">{value}</text>"));
        }

        var axisY = top + (controls.Count * RowHeight);
        svg.Append(Invariant($"<line x1=\"{LabelWidth}\" y1=\"{axisY}\" x2=\"{LabelWidth + plot}\" y2=\"{axisY}\" class=\"axis\"/>"));
        for (var percent = 0; percent <= 100; percent += 25)
        {
            var x = LabelWidth + (plot * percent / 100.0);
            var anchor = percent == 0 ? "start" : percent == 100 ? "end" : "middle";
            svg.Append(Invariant($"<line x1=\"{x:0.#}\" y1=\"{axisY}\" x2=\"{x:0.#}\" y2=\"{axisY + 5}\" class=\"axis\"/><text x=\"{x:0.#}\" y=\"{axisY + 18}\" text-anchor=\"{anchor}\" class=\"tick\">{percent}%</text>"));
        }

        svg.Append(Invariant($"<text x=\"{LabelWidth + (plot / 2)}\" y=\"{axisY + 36}\" text-anchor=\"middle\" class=\"axistitle\">share of the clients seen that would break</text>"));
        return svg.Append("</svg>").ToString();
    }

    public static string EventsPerDay(IReadOnlyList<DayEvents> days, string id)
    {
        const double left = 64;
        const double top = 10;
        const double plotHeight = 150;
        var plotWidth = Width - left - 20;
        var ids = days.SelectMany(d => d.ByKind.Select(k => k.EventId)).Distinct().Order().ToList();
        var all = Enumerable.Range(0, days.Count == 0 ? 0 : days[^1].Day.DayNumber - days[0].Day.DayNumber + 1)
            .Select(i => days[0].Day.AddDays(i)).ToList();
        var byDay = days.ToDictionary(d => d.Day);
        var max = Ceiling(Math.Max(1, days.Select(d => d.Total).DefaultIfEmpty(0).Max()));
        var legendTop = top + plotHeight + 58;
        var height = legendTop + (ids.Count * 18) + 6;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height:0.#}\" width=\"{Width}\" height=\"{height:0.#}\" role=\"img\" class=\"chart events\" aria-label=\"Audit events per UTC day, by event\">"));
        svg.Append(Patterns(id));
        var plot = new SvgPlot(svg, left, top, plotWidth, plotHeight);
        var step = plotWidth / Math.Max(1, all.Count);
        for (var i = 0; i < all.Count; i++)
        {
            if (!byDay.TryGetValue(all[i], out var day))
            {
                continue;
            }

            var x = left + (i * step);
            var y = top + plotHeight;
            svg.Append("<g><title>").Append(HtmlText.Encode($"{Formatting.Day(day.Day)}: {Formatting.Number(day.Total)} event(s) ({Formatting.Kinds(day.ByKind)})")).Append("</title>");
            foreach (var kind in day.ByKind)
            {
                var h = plotHeight * kind.Count / max;
                y -= h;
                svg.Append(Invariant($"<rect x=\"{x + (step * 0.1):0.#}\" y=\"{y:0.#}\" width=\"{Math.Max(1, step * 0.8):0.#}\" height=\"{h:0.##}\" fill=\"{Fill(id, ids.IndexOf(kind.EventId))}\"/>"));
            }

            svg.Append("</g>");
        }

        plot.YAxis(max, "events per day");
        plot.DayAxis(all, "UTC day");
        for (var i = 0; i < ids.Count; i++)
        {
            var y = legendTop + (i * 18);
            svg.Append(Invariant($"<g class=\"legend\"><rect x=\"{left:0.#}\" y=\"{y - 10:0.#}\" width=\"22\" height=\"11\" fill=\"{Fill(id, i)}\"/><text x=\"{left + 30:0.#}\" y=\"{y:0.#}\" class=\"tick\">{HtmlText.Encode($"{ids[i]}: {Meaning(ids[i])}")}</text></g>"));
        }

        return svg.Append("</svg>").ToString();
    }
}
