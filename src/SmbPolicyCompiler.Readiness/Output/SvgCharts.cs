using System.Globalization;
using System.Text;
using SmbPolicyCompiler.Readiness.Model;

namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>
/// The HTML report's charts as inline SVG (no scripts, no external resources): blocking clients per control, and a
/// ring's events per day stacked by event id. Every label goes through <see cref="HtmlText"/>.
/// </summary>
internal static class SvgCharts
{
    private const int Width = 720;
    private const int LabelWidth = 190;
    private const int BarHeight = 22;
    private static readonly string[] Palette = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#86bcb6"];

    public static string BlockingPerControl(IReadOnlyList<ControlReadiness> controls)
    {
        var max = Math.Max(1, controls.Select(c => c.Blocking.Count).DefaultIfEmpty(0).Max());
        var height = (controls.Count * (BarHeight + 8)) + 10;
        var plot = Width - LabelWidth - 140;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-label=\"Clients that would break, per control\">"));
        for (var i = 0; i < controls.Count; i++)
        {
            var c = controls[i];
            var y = 5 + (i * (BarHeight + 8));
            var length = c.Blocking.Count == 0 ? 2 : Math.Max(2, (int)Math.Round((double)plot * c.Blocking.Count / max));
            var label = HtmlText.Encode($"{c.Control} ({c.Stage})");
            var value = HtmlText.Encode($"{c.Blocking.Count} of {c.Denominator} · {Formatting.Verdict(c.Verdict)}");
            svg.Append(Invariant($"<text x=\"{LabelWidth - 8}\" y=\"{y + 16}\" text-anchor=\"end\" class=\"label\">{label}</text>"));
            svg.Append(Invariant($"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{length}\" height=\"{BarHeight}\" class=\"bar {ReadinessHtml.Css(c.Verdict)}\"><title>{label}: {value}</title></rect>"));
            svg.Append(Invariant($"<text x=\"{LabelWidth + length + 6}\" y=\"{y + 16}\" class=\"label\">{value}</text>"));
        }

        return svg.Append("</svg>").ToString();
    }

    public static string EventsPerDay(IReadOnlyList<DayEvents> days)
    {
        const int plotHeight = 160;
        const int left = 60;
        const int top = 10;
        var plot = Width - left - 10;
        var ids = days.SelectMany(d => d.ByKind.Select(k => k.EventId)).Distinct().Order().ToList();
        var max = Math.Max(1, days.Select(d => d.Total).DefaultIfEmpty(0).Max());
        var step = days.Count == 0 ? plot : (double)plot / days.Count;
        var legendY = top + plotHeight + 36;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{legendY + 20}\" role=\"img\" aria-label=\"Events per day\">"));
        svg.Append(Invariant($"<line x1=\"{left}\" y1=\"{top + plotHeight}\" x2=\"{left + plot}\" y2=\"{top + plotHeight}\" class=\"axis\"/>"));
        svg.Append(Invariant($"<text x=\"{left - 6}\" y=\"{top + 10}\" text-anchor=\"end\" class=\"label\">{Formatting.Number(max)}</text>"));
        svg.Append(Invariant($"<text x=\"{left - 6}\" y=\"{top + plotHeight}\" text-anchor=\"end\" class=\"label\">0</text>"));
        for (var i = 0; i < days.Count; i++)
        {
            var day = days[i];
            var x = left + (i * step);
            var y = (double)(top + plotHeight);
            var title = HtmlText.Encode($"{Formatting.Day(day.Day)}: {Formatting.Number(day.Total)} event(s) ({Formatting.Kinds(day.ByKind)})");
            svg.Append("<g><title>").Append(title).Append("</title>");
            foreach (var kind in day.ByKind)
            {
                var h = plotHeight * (double)kind.Count / max;
                y -= h;
                svg.Append(Invariant($"<rect x=\"{x:0.##}\" y=\"{y:0.##}\" width=\"{Math.Max(1, step - 1):0.##}\" height=\"{h:0.##}\" fill=\"{Palette[ids.IndexOf(kind.EventId) % Palette.Length]}\"/>"));
            }

            svg.Append("</g>");
        }

        if (days.Count > 0)
        {
            svg.Append(Invariant($"<text x=\"{left}\" y=\"{top + plotHeight + 16}\" class=\"label\">{Formatting.Day(days[0].Day)}</text>"));
            svg.Append(Invariant($"<text x=\"{left + plot}\" y=\"{top + plotHeight + 16}\" text-anchor=\"end\" class=\"label\">{Formatting.Day(days[^1].Day)}</text>"));
        }

        for (var i = 0; i < ids.Count; i++)
        {
            var x = left + (i * 70);
            svg.Append(Invariant($"<rect x=\"{x}\" y=\"{legendY - 10}\" width=\"10\" height=\"10\" fill=\"{Palette[i % Palette.Length]}\"/><text x=\"{x + 14}\" y=\"{legendY}\" class=\"label\">{ids[i]}</text>"));
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
