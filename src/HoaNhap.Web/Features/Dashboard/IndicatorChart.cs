using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Charts;
using Microsoft.AspNetCore.Html;

namespace HoaNhap.Web.Features.Dashboard;

/// <summary>An indicator's twelve-month trend drawn with <see cref="BarChart"/>: one bar per reporting month, red or green
/// against the indicator's target, the target as a line.</summary>
public static class IndicatorChart
{
    public static IReadOnlyList<ChartBar> Bars(IReadOnlyList<TrendPoint> trend) =>
        trend.Select(t => new ChartBar(Label(t.Month), t.Figure.Value, t.Figure.Text, t.Figure.Meets)).ToList();

    public static string Label(HoaNhap.Domain.Rules.ReportingWindow month) => month.To.ToString("MM/yy", System.Globalization.CultureInfo.InvariantCulture);

    public static ChartTarget? Target(Indicator i) =>
        i.Target is { } t && i.Direction != TargetDirection.None ? new ChartTarget(t, i.TargetText) : null;

    /// <summary>What the chart shows, in one or two sentences (the SVG's description).</summary>
    public static string Description(Indicator i, Area area, IReadOnlyList<TrendPoint> trend)
    {
        if (trend.Count == 0) return "Chưa có số liệu.";
        var values = trend.Where(t => t.Figure.Value is not null).ToList();
        var text = $"{area.Name}, {trend.Count} kỳ báo cáo tháng từ {Label(trend[0].Month)} đến {Label(trend[^1].Month)}: kỳ gần nhất {trend[^1].Figure.Text}";
        if (values.Count > 0)
            text += $", cao nhất {i.Format(values.Max(t => t.Figure.Value!.Value))}, thấp nhất {i.Format(values.Min(t => t.Figure.Value!.Value))}";
        text += ".";
        if (Target(i) is { } target)
        {
            var missed = trend.Count(t => t.Figure.Meets == false);
            text += missed == 0 ? $" Mọi kỳ đều đạt chỉ tiêu ({target.Text.ToLowerInvariant()})." : $" {missed} kỳ chưa đạt chỉ tiêu ({target.Text.ToLowerInvariant()}).";
        }
        return text;
    }

    public static IHtmlContent Render(Indicator i, Area area, IReadOnlyList<TrendPoint> trend, BarChart.Size size, string id, string? testId = null) =>
        BarChart.Render(id, $"{i.Name}: 12 kỳ báo cáo gần nhất", Description(i, area, trend), Bars(trend), Target(i), i.Format, size, testId);
}
