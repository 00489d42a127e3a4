using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace HoaNhap.Web.Shared.Charts;

/// <summary>One bar: its label on the x-axis (a month), its value (null: nothing to draw), the value as the user reads it,
/// and whether it meets the target (true green, false red, null neutral blue).</summary>
public sealed record ChartBar(string Label, decimal? Value, string ValueText, bool? Meets);

/// <summary>The target drawn as a dashed line across the bars, with its text ("Dưới 0,5 %").</summary>
public sealed record ChartTarget(decimal Value, string Text);

/// <summary>
/// A bar chart as server-rendered SVG (no script): a y-axis with three ticks, each bar's value written above it,
/// the target as a dashed line, bars red or green against the target. The chart is an image with a title and a
/// description (<c>role="img"</c>, <c>aria-labelledby</c>); the page gives the same figures in a table beside it.
/// </summary>
public static class BarChart
{
    public const string Red = "#b10e1e";
    public const string Green = "#00703c";
    public const string Neutral = "#1d70b8";
    const string Ink = "#0b0c0c";

    /// <summary>The drawing area: the plot sits between the margins (left for the y-axis labels, top for the value labels).</summary>
    public sealed record Size(int Width, int Height, int Left = 48, int Top = 18, int Right = 8, int Bottom = 22, int FontSize = 11)
    {
        public static readonly Size Small = new(320, 170, Left: 44, FontSize: 11);
        public static readonly Size Large = new(640, 260, Left: 56, Top: 22, Bottom: 26, FontSize: 12);
        public int PlotHeight => Height - Top - Bottom;
        public int PlotWidth => Width - Left - Right;
    }

    /// <summary>The top of the y-axis: the largest value or target, rounded up to a round number (1, 2, 2.5, 5 × 10ⁿ).</summary>
    public static decimal AxisMax(IEnumerable<ChartBar> bars, ChartTarget? target)
    {
        var max = bars.Select(b => b.Value ?? 0).DefaultIfEmpty(0).Max();
        if (target is not null && target.Value > max) max = target.Value;
        if (max <= 0) return 1;
        var magnitude = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)max)));
        foreach (var step in new[] { 1m, 2m, 2.5m, 5m, 10m })
            if (step * magnitude >= max) return step * magnitude;
        return 10 * magnitude;
    }

    /// <summary>Where a value sits on the y-axis (SVG y, top = 0).</summary>
    public static double Y(decimal value, decimal axisMax, Size size) =>
        size.Top + size.PlotHeight - (double)(Math.Clamp(value, 0, axisMax) / axisMax) * size.PlotHeight;

    public static string Fill(bool? meets) => meets switch { true => Green, false => Red, _ => Neutral };

    /// <param name="id">A page-unique id (the title and description are referenced by it).</param>
    /// <param name="format">How an axis value reads ("0,5 %", "12").</param>
    public static IHtmlContent Render(string id, string title, string description, IReadOnlyList<ChartBar> bars, ChartTarget? target,
        Func<decimal, string> format, Size? size = null, string? testId = null)
    {
        var s = size ?? Size.Small;
        var max = AxisMax(bars, target);
        var svg = new StringBuilder(2400);
        svg.Append($"<svg class=\"chart\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" viewBox=\"0 0 {s.Width} {s.Height}\" font-size=\"{s.FontSize}\"");
        if (testId is not null) svg.Append($" data-testid=\"{testId}\"");
        svg.Append($"><title id=\"{id}-t\">{Enc(title)}</title><desc id=\"{id}-d\">{Enc(description)}</desc>");

        // The y-axis: 0, half and the top, with light grid lines.
        var x0 = s.Left;
        var x1 = s.Width - s.Right;
        // (A count axis up to 1 has no whole middle: its label would repeat 0 or 1, so it is left out.)
        foreach (var tick in new[] { 0m, max / 2, max }.DistinctBy(format))
        {
            var y = N(Y(tick, max, s));
            svg.Append($"<line x1=\"{x0}\" x2=\"{x1}\" y1=\"{y}\" y2=\"{y}\" stroke=\"{(tick == 0 ? Ink : "#b1b4b6")}\"/>");
            svg.Append($"<text x=\"{x0 - 4}\" y=\"{y}\" dy=\"4\" text-anchor=\"end\">{Enc(format(tick))}</text>");
        }

        var slot = bars.Count == 0 ? 0 : (double)s.PlotWidth / bars.Count;
        var width = slot * 0.7;
        for (var k = 0; k < bars.Count; k++)
        {
            var b = bars[k];
            var centre = x0 + slot * k + slot / 2;
            if (b.Value is { } v)
            {
                var top = Y(v, max, s);
                var height = Math.Max(0, s.Top + s.PlotHeight - top);
                svg.Append($"<rect x=\"{N(centre - width / 2)}\" y=\"{N(top)}\" width=\"{N(width)}\" height=\"{N(height)}\" fill=\"{Fill(b.Meets)}\"/>");
                svg.Append($"<text x=\"{N(centre)}\" y=\"{N(top - 3)}\" text-anchor=\"middle\">{Enc(b.ValueText)}</text>");
            }
            else svg.Append($"<text x=\"{N(centre)}\" y=\"{N(s.Top + s.PlotHeight - 3.0)}\" text-anchor=\"middle\">{Enc(b.ValueText)}</text>");
            svg.Append($"<text x=\"{N(centre)}\" y=\"{s.Height - 6}\" text-anchor=\"middle\">{Enc(b.Label)}</text>");
        }

        if (target is not null)
        {
            var y = N(Y(target.Value, max, s));
            svg.Append($"<line class=\"target\" x1=\"{x0}\" x2=\"{x1}\" y1=\"{y}\" y2=\"{y}\" stroke=\"{Ink}\" stroke-width=\"2\" stroke-dasharray=\"6 4\" data-testid=\"chart-target\"/>");
            svg.Append($"<text x=\"{x1}\" y=\"{y}\" dy=\"-4\" text-anchor=\"end\" font-weight=\"700\" paint-order=\"stroke\" stroke=\"#fff\" stroke-width=\"3\">{Enc("Chỉ tiêu: " + target.Text)}</text>");
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>Escapes markup only (the page is UTF-8: Vietnamese letters stay as they are, one to three bytes each).</summary>
    static string Enc(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");
    static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
