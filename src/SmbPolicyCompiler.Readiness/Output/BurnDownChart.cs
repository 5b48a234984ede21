using System.Text;
using SmbPolicyCompiler.Readiness.Model;
using static SmbPolicyCompiler.Readiness.Output.SvgPlot;

namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>
/// One control's burn-down in one ring as inline SVG: the clients that would break, per UTC day, on a y axis that
/// runs to the clients seen (so a reviewer sees the share, and whether remediation is working); days without any event
/// from the ring hatched as "no data"; the enforce date as a dashed line and the gate's allowance as a dotted one.
/// </summary>
internal static class BurnDownChart
{
    private const double Left = 64;
    private const double Top = 14;
    private const double PlotHeight = 150;

    public static string Write(ControlReadiness c, string id)
    {
        var days = c.BurnDown;
        var peak = days.Select(d => (long)d.Blocking).DefaultIfEmpty(0).Max();
        var max = Ceiling(Math.Max(Math.Max(c.Denominator, peak), 1));
        var plotWidth = Width - Left - 20;
        var legendTop = Top + PlotHeight + 58;
        var legend = Legend(c);
        var height = legendTop + (legend.Count * 18) + 6;
        var svg = new StringBuilder();
        var label = $"Burn-down of {c.Control} in ring {c.Ring}: clients that would break per UTC day, of {c.Denominator} seen";
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height:0.#}\" width=\"{Width}\" height=\"{height:0.#}\" role=\"img\" class=\"chart burndown\" aria-label=\"{HtmlText.Encode(label)}\">"));
        svg.Append(Patterns(id));
        var plot = new SvgPlot(svg, Left, Top, plotWidth, PlotHeight);
        var step = plotWidth / Math.Max(1, days.Count);
        for (var i = 0; i < days.Count; i++)
        {
            var day = days[i];
            var x = Left + (i * step);
            var title = HtmlText.Encode(day.Reported || day.Blocking > 0
                ? $"{Formatting.Day(day.Day)}: {day.Blocking} client(s) would break"
                : $"{Formatting.Day(day.Day)}: no events from the ring");
            if (!day.Reported && day.Blocking == 0)
            {
                svg.Append(Invariant($"<rect x=\"{x:0.#}\" y=\"{Top:0.#}\" width=\"{Math.Max(1, step):0.#}\" height=\"{PlotHeight:0.#}\" fill=\"url(#{id}-gap)\"><title>{title}</title></rect>"));
                continue;
            }

            var y = plot.Y(day.Blocking, max);
            var barHeight = day.Blocking == 0 ? 0 : Math.Max(2, Top + PlotHeight - y);
            svg.Append(Invariant($"<rect x=\"{x + (step * 0.1):0.#}\" y=\"{Top + PlotHeight - barHeight:0.#}\" width=\"{Math.Max(1, step * 0.8):0.#}\" height=\"{barHeight:0.#}\" fill=\"{Fill(id, 0)}\" class=\"bar\"><title>{title}</title></rect>"));
        }

        plot.YAxis(max, $"clients (of {c.Denominator} seen)");
        plot.DayAxis([.. days.Select(d => d.Day)], "UTC day");
        if (c.Gate.EffectiveMaxIncompatible > 0)
        {
            var y = plot.Y(c.Gate.EffectiveMaxIncompatible, max);
            svg.Append(Invariant($"<line x1=\"{Left:0.#}\" y1=\"{y:0.#}\" x2=\"{Left + plotWidth:0.#}\" y2=\"{y:0.#}\" class=\"gateline\"/>"));
        }

        if (c.EnforcedSince is { } enforced && days.Count > 0 && enforced >= days[0].Day && enforced <= days[^1].Day)
        {
            var x = Left + ((enforced.DayNumber - days[0].Day.DayNumber) * step);
            svg.Append(Invariant($"<line x1=\"{x:0.#}\" y1=\"{Top:0.#}\" x2=\"{x:0.#}\" y2=\"{Top + PlotHeight:0.#}\" class=\"enforceline\"/>"));
        }

        for (var i = 0; i < legend.Count; i++)
        {
            var y = legendTop + (i * 18);
            svg.Append(Invariant($"<g class=\"legend\">{legend[i].Swatch(Left, y - 10)}<text x=\"{Left + 30:0.#}\" y=\"{y:0.#}\" class=\"tick\">{HtmlText.Encode(legend[i].Words)}</text></g>"));
        }

        return svg.Append("</svg>").ToString();

        List<LegendEntry> Legend(ControlReadiness control)
        {
            var entries = new List<LegendEntry>
            {
                new($"clients that logged evidence ({string.Join(", ", control.EvidenceEventIds)}) that day", (x, y) => Invariant($"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"22\" height=\"11\" fill=\"{Fill(id, 0)}\"/>")),
                new("no event from the ring that day (no data, not zero)", (x, y) => Invariant($"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"22\" height=\"11\" fill=\"url(#{id}-gap)\" stroke=\"#999\"/>")),
            };
            if (control.Gate.EffectiveMaxIncompatible > 0)
            {
                entries.Add(new($"gate: at most {control.Gate.EffectiveMaxIncompatible} client(s) may break", (x, y) => Invariant($"<line x1=\"{x:0.#}\" y1=\"{y + 6:0.#}\" x2=\"{x + 22:0.#}\" y2=\"{y + 6:0.#}\" class=\"gateline\"/>")));
            }

            if (control.EnforcedSince is { } since)
            {
                entries.Add(new($"enforced since {Formatting.Day(since)}: clients after this line are breaking now", (x, y) => Invariant($"<line x1=\"{x + 11:0.#}\" y1=\"{y - 1:0.#}\" x2=\"{x + 11:0.#}\" y2=\"{y + 13:0.#}\" class=\"enforceline\"/>")));
            }

            return entries;
        }
    }

    private sealed record LegendEntry(string Words, Func<double, double, string> Swatch);
}
