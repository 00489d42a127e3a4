using System.Globalization;
using System.Xml.Linq;
using HoaNhap.Web.Features.Dashboard;
using HoaNhap.Web.Shared.Charts;

namespace HoaNhap.Web.Tests.Dashboard;

/// <summary>The SVG of the shared bar chart, read as XML: colours against the target, where the target line is, labels and the accessible name.</summary>
public sealed class BarChartTests
{
    static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    static XElement Render(IReadOnlyList<ChartBar> bars, ChartTarget? target, BarChart.Size? size = null)
    {
        using var writer = new StringWriter();
        BarChart.Render("t", "Tỷ lệ vi phạm", "Mô tả <thử>", bars, target, v => v.ToString("0.##", CultureInfo.GetCultureInfo("vi-VN")) + " %", size)
            .WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        // Parsed as XML: every tag closed, every text escaped.
        return XElement.Parse(writer.ToString().Replace("<svg ", "<svg xmlns=\"http://www.w3.org/2000/svg\" "));
    }

    static double Attr(XElement e, string name) => double.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);

    [Fact]
    public void A_month_below_an_at_least_target_is_red_and_one_reaching_it_is_green()
    {
        var coverage = Indicators.Find(Indicators.CounsellingCoverage)!; // Đạt 100 %
        var bars = new[] { 80m, 100m }.Select(v => new ChartBar("01/26", v, coverage.Format(v), coverage.Meets(v))).ToList();
        var rects = Render(bars, IndicatorChart.Target(coverage)).Elements(Svg + "rect").ToList();
        Assert.Equal(BarChart.Red, rects[0].Attribute("fill")!.Value);
        Assert.Equal(BarChart.Green, rects[1].Attribute("fill")!.Value);
    }

    [Fact]
    public void A_rate_above_a_below_target_is_red()
    {
        var violations = Indicators.Find(Indicators.ViolationRate)!; // Dưới 0,5 %
        var bars = new[] { 0.2m, 1.2m }.Select(v => new ChartBar("01/26", v, violations.Format(v), violations.Meets(v))).ToList();
        var rects = Render(bars, IndicatorChart.Target(violations)).Elements(Svg + "rect").ToList();
        Assert.Equal(BarChart.Green, rects[0].Attribute("fill")!.Value);
        Assert.Equal(BarChart.Red, rects[1].Attribute("fill")!.Value);
    }

    [Fact]
    public void The_target_line_is_level_with_the_top_of_a_bar_equal_to_the_target_and_half_way_up_a_bar_twice_as_high()
    {
        var bars = new List<ChartBar> { new("01/26", 0.5m, "0,5 %", true), new("02/26", 1m, "1 %", false), new("03/26", 0m, "0 %", true) };
        var svg = Render(bars, new ChartTarget(0.5m, "Dưới 0,5 %"), BarChart.Size.Large);
        var line = svg.Elements(Svg + "line").Single(l => l.Attribute("data-testid")?.Value == "chart-target");
        var rects = svg.Elements(Svg + "rect").ToList();
        Assert.Equal(Attr(rects[0], "y"), Attr(line, "y1"), 0.1);
        Assert.Equal(Attr(line, "y1"), Attr(line, "y2"));
        var baseline = Attr(rects[1], "y") + Attr(rects[1], "height");
        Assert.Equal(baseline - Attr(rects[1], "height") / 2, Attr(line, "y1"), 0.1);
        // A zero is drawn as a bar of height 0 on the baseline, still labelled.
        Assert.Equal(0, Attr(rects[2], "height"));
        Assert.Contains(svg.Elements(Svg + "text"), t => t.Value == "Chỉ tiêu: Dưới 0,5 %");
    }

    [Fact]
    public void Each_value_and_month_is_written_and_the_y_axis_is_labelled_from_zero_to_a_round_top()
    {
        var bars = new List<ChartBar> { new("11/26", 3m, "3", null), new("12/26", 7m, "7", null), new("01/27", null, "—", null) };
        var svg = Render(bars, null);
        var texts = svg.Elements(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("3", texts);
        Assert.Contains("7", texts);
        Assert.Contains("—", texts);
        Assert.Contains("11/26", texts);
        Assert.Contains("01/27", texts);
        Assert.Contains("0 %", texts);
        Assert.Contains("10 %", texts); // 7 rounds the axis up to 10
        Assert.Equal(2, svg.Elements(Svg + "rect").Count()); // no bar where there is no value
        Assert.All(svg.Elements(Svg + "rect"), r => Assert.Equal(BarChart.Neutral, r.Attribute("fill")!.Value));
        Assert.DoesNotContain(svg.Elements(Svg + "line"), l => l.Attribute("data-testid") is not null);
    }

    [Fact]
    public void A_count_axis_up_to_one_is_labelled_0_and_1_once_each()
    {
        var bars = new List<ChartBar> { new("11/26", 0m, "0", null), new("12/26", 1m, "1", null) };
        using var writer = new StringWriter();
        BarChart.Render("c", "Số khoản vay", "Mô tả", bars, null, v => v.ToString("#,##0", CultureInfo.GetCultureInfo("vi-VN")))
            .WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        var svg = XElement.Parse(writer.ToString().Replace("<svg ", "<svg xmlns=\"http://www.w3.org/2000/svg\" "));
        // The axis labels are the texts right-aligned left of the plot (the bars' values are centred).
        var axis = svg.Elements(Svg + "text").Where(t => (string?)t.Attribute("text-anchor") == "end").Select(t => t.Value).ToList();
        Assert.Equal(["0", "1"], axis);
        Assert.Equal(2, svg.Elements(Svg + "line").Count());
    }

    [Fact]
    public void The_chart_is_an_image_named_by_its_title_and_described()
    {
        var svg = Render([new("01/26", 1m, "1 %", true)], null);
        Assert.Equal("img", svg.Attribute("role")!.Value);
        Assert.Equal("t-t t-d", svg.Attribute("aria-labelledby")!.Value);
        Assert.Equal("Tỷ lệ vi phạm", svg.Element(Svg + "title")!.Value);
        Assert.Equal("Mô tả <thử>", svg.Element(Svg + "desc")!.Value);
    }

    [Fact]
    public void The_axis_top_is_a_round_number_at_least_the_highest_value_or_target()
    {
        Assert.Equal(1m, BarChart.AxisMax([], null));
        Assert.Equal(100m, BarChart.AxisMax([new("", 40m, "", null)], new ChartTarget(100m, "")));
        Assert.Equal(2.5m, BarChart.AxisMax([new("", 2.1m, "", null)], null));
        Assert.Equal(0.5m, BarChart.AxisMax([new("", 0.3m, "", null)], new ChartTarget(0.5m, "")));
        Assert.Equal(200m, BarChart.AxisMax([new("", 148m, "", null)], null));
    }
}
