using System.Globalization;
using System.Text;

namespace SmbPolicyCompiler.Readiness.Output;

/// <summary>
/// The frame every HTML chart shares: a plot area with a y axis of round ticks and gridlines, a day axis whose
/// labels never run past the edges, axis titles, and fill patterns so that series differ in grayscale and for
/// colour-blind readers too (Okabe–Ito colours, each with its own texture).
/// </summary>
internal sealed class SvgPlot(StringBuilder svg, double left, double top, double width, double height)
{
    public const int Width = 720;

    /// <summary>Okabe–Ito colours with a texture each: (colour, pattern kind).</summary>
    public static readonly (string Colour, string Texture)[] Series =
    [
        ("#0072B2", "solid"), ("#E69F00", "diagonal"), ("#009E73", "dots"), ("#CC79A7", "cross"), ("#56B4E9", "horizontal"),
        ("#D55E00", "vertical"), ("#F0E442", "backslash"), ("#000000", "solid"),
    ];

    public double Left => left;

    public double Top => top;

    public double PlotWidth => width;

    public double PlotHeight => height;

    public double Bottom => top + height;

    /// <summary>Pattern definitions for <see cref="Series"/> and the "no data" hatch, ids prefixed so several charts can share a page.</summary>
    public static string Patterns(string prefix)
    {
        var defs = new StringBuilder("<defs>");
        for (var i = 0; i < Series.Length; i++)
        {
            var (colour, texture) = Series[i];
            defs.Append(Invariant($"<pattern id=\"{prefix}-s{i}\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" fill=\"{colour}\"/>"));
            defs.Append(texture switch
            {
                "diagonal" => "<path d=\"M0,6 L6,0\" stroke=\"#fff\" stroke-width=\"1.5\"/>",
                "backslash" => "<path d=\"M0,0 L6,6\" stroke=\"#333\" stroke-width=\"1.2\"/>",
                "dots" => "<circle cx=\"3\" cy=\"3\" r=\"1.3\" fill=\"#fff\"/>",
                "cross" => "<path d=\"M0,3 H6 M3,0 V6\" stroke=\"#fff\" stroke-width=\"1.2\"/>",
                "horizontal" => "<path d=\"M0,3 H6\" stroke=\"#123\" stroke-width=\"1.2\"/>",
                "vertical" => "<path d=\"M3,0 V6\" stroke=\"#fff\" stroke-width=\"1.5\"/>",
                _ => string.Empty,
            });
            defs.Append("</pattern>");
        }

        defs.Append(Invariant($"<pattern id=\"{prefix}-gap\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><rect width=\"8\" height=\"8\" fill=\"#f4f4f4\"/><path d=\"M0,8 L8,0\" stroke=\"#b5b5b5\" stroke-width=\"1\"/></pattern>"));
        return defs.Append("</defs>").ToString();
    }

    public static string Fill(string prefix, int series) => $"url(#{prefix}-s{series % Series.Length})";

    /// <summary>Round steps (1, 2, 5 × 10ⁿ, whole numbers) so that about five ticks cover 0..max.</summary>
    public static long Step(long max)
    {
        var raw = Math.Max(1.0, max / 5.0);
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        return Math.Max(1, (long)step);
    }

    /// <summary>The top of the y axis: the smallest multiple of the step at or above max.</summary>
    public static long Ceiling(long max) => Math.Max(Step(max), (max + Step(max) - 1) / Step(max) * Step(max));

    public double Y(double value, double max) => top + height - (height * value / Math.Max(1, max));

    /// <summary>Gridlines and tick labels from 0 to <paramref name="max"/>, and the axis title (turned, left of the ticks).</summary>
    public void YAxis(long max, string title, Func<long, string>? label = null)
    {
        var step = Step(max);
        for (var v = 0L; v <= max; v += step)
        {
            var y = Y(v, max);
            svg.Append(Invariant($"<line x1=\"{left:0.#}\" y1=\"{y:0.#}\" x2=\"{left + width:0.#}\" y2=\"{y:0.#}\" class=\"grid\"/>"));
            svg.Append(Invariant($"<text x=\"{left - 6:0.#}\" y=\"{y + 4:0.#}\" text-anchor=\"end\" class=\"tick\">{label?.Invoke(v) ?? Formatting.Number(v)}</text>"));
        }

        svg.Append(Invariant($"<line x1=\"{left:0.#}\" y1=\"{top:0.#}\" x2=\"{left:0.#}\" y2=\"{Bottom:0.#}\" class=\"axis\"/>"));
        svg.Append(Invariant($"<text transform=\"translate(14,{top + (height / 2):0.#}) rotate(-90)\" text-anchor=\"middle\" class=\"axistitle\">{HtmlText.Encode(title)}</text>"));
    }

    /// <summary>A day axis under the plot: a tick per column, labels (yyyy-MM-dd) far enough apart not to collide, the first and last kept inside the chart.</summary>
    public void DayAxis(IReadOnlyList<DateOnly> days, string title)
    {
        svg.Append(Invariant($"<line x1=\"{left:0.#}\" y1=\"{Bottom:0.#}\" x2=\"{left + width:0.#}\" y2=\"{Bottom:0.#}\" class=\"axis\"/>"));
        var step = days.Count == 0 ? 1 : width / days.Count;
        var every = Math.Max(1, (int)Math.Ceiling(days.Count / Math.Max(1, Math.Floor(width / 96))));
        for (var i = 0; i < days.Count; i++)
        {
            var x = left + (i * step) + (step / 2);
            var labelled = i % every == 0;
            svg.Append(Invariant($"<line x1=\"{x:0.#}\" y1=\"{Bottom:0.#}\" x2=\"{x:0.#}\" y2=\"{Bottom + (labelled ? 6 : 3):0.#}\" class=\"axis\"/>"));
            if (labelled)
            {
                var anchor = x - 36 < left - 30 ? "start" : x + 36 > left + width + 14 ? "end" : "middle";
                svg.Append(Invariant($"<text x=\"{x:0.#}\" y=\"{Bottom + 19:0.#}\" text-anchor=\"{anchor}\" class=\"tick\">{Formatting.Day(days[i])}</text>"));
            }
        }

        svg.Append(Invariant($"<text x=\"{left + (width / 2):0.#}\" y=\"{Bottom + 38:0.#}\" text-anchor=\"middle\" class=\"axistitle\">{HtmlText.Encode(title)}</text>"));
    }

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
