using System.Globalization;
using HoaNhap.Domain.Rules;

namespace HoaNhap.Domain.Tests.Rules;

/// <summary>
/// Worked cases for the reporting periods of NĐ 09/2019/NĐ-CP Điều 12 (recalled): monthly 15/(m−1) → 14/m,
/// quarterly, 6-monthly 15/12 → 14/06, yearly 15/12 → 14/12; with start day 1 the calendar.
/// </summary>
public class ReportingPeriodTests
{
    static DateOnly D(string ddMMyyyy) => DateOnly.ParseExact(ddMMyyyy, "dd/MM/yyyy", CultureInfo.InvariantCulture);
    static readonly RuleParameters P = RuleParameters.Defaults;

    [Fact]
    public void ND_09_2019_Dieu_12_default_start_day_is_the_15th()
    {
        Assert.Equal(15, ReportingPeriod.StartDay(P, D("22/11/2026")));
    }

    [Fact]
    public void ND_09_2019_Dieu_12_month_runs_from_15th_of_previous_month_to_14th()
    {
        var w = ReportingPeriod.Month(2026, 11, 15);
        Assert.Equal((D("15/10/2026"), D("14/11/2026")), (w.From, w.To));
        Assert.Equal("Tháng 11/2026", w.Name);
    }

    [Fact]
    public void ND_09_2019_Dieu_12_january_starts_in_december_of_the_previous_year()
    {
        var w = ReportingPeriod.Month(2027, 1, 15);
        Assert.Equal((D("15/12/2026"), D("14/01/2027")), (w.From, w.To));
    }

    [Fact]
    public void ND_09_2019_Dieu_12_march_of_a_leap_year_includes_29_february()
    {
        var w = ReportingPeriod.Month(2028, 3, 15);
        Assert.Equal((D("15/02/2028"), D("14/03/2028")), (w.From, w.To));
        Assert.True(w.Contains(D("29/02/2028")));
        Assert.Equal(29, w.Days);
    }

    [Fact]
    public void ND_09_2019_Dieu_12_half_year_and_year_start_on_15_december()
    {
        var h1 = ReportingPeriod.HalfYear(2026, 1, 15);
        Assert.Equal((D("15/12/2025"), D("14/06/2026")), (h1.From, h1.To));
        var h2 = ReportingPeriod.HalfYear(2026, 2, 15);
        Assert.Equal((D("15/06/2026"), D("14/12/2026")), (h2.From, h2.To));
        var y = ReportingPeriod.Year(2026, 15);
        Assert.Equal((D("15/12/2025"), D("14/12/2026")), (y.From, y.To));
        var q1 = ReportingPeriod.Quarter(2026, 1, 15);
        Assert.Equal((D("15/12/2025"), D("14/03/2026")), (q1.From, q1.To));
    }

    [Fact]
    public void Start_day_1_follows_the_calendar_with_month_ends()
    {
        Assert.Equal((D("01/02/2028"), D("29/02/2028")), (ReportingPeriod.Month(2028, 2, 1).From, ReportingPeriod.Month(2028, 2, 1).To));
        Assert.Equal((D("01/02/2027"), D("28/02/2027")), (ReportingPeriod.Month(2027, 2, 1).From, ReportingPeriod.Month(2027, 2, 1).To));
        var y = ReportingPeriod.Year(2026, 1);
        Assert.Equal((D("01/01/2026"), D("31/12/2026")), (y.From, y.To));
        var h1 = ReportingPeriod.HalfYear(2026, 1, 1);
        Assert.Equal((D("01/01/2026"), D("30/06/2026")), (h1.From, h1.To));
    }

    [Theory]
    [InlineData("14/11/2026", 2026, 11)]
    [InlineData("15/11/2026", 2026, 12)]
    [InlineData("22/11/2026", 2026, 12)]
    [InlineData("15/12/2026", 2027, 1)]
    [InlineData("31/12/2026", 2027, 1)]
    public void ND_09_2019_Dieu_12_a_day_belongs_to_the_report_of_the_month_its_window_ends_in(string day, int year, int month)
    {
        Assert.Equal((year, month), ReportingPeriod.MonthOf(D(day), 15));
        Assert.True(ReportingPeriod.MonthContaining(D(day), 15).Contains(D(day)));
    }

    [Fact]
    public void Twelve_months_to_november_cover_a_whole_year_without_gap()
    {
        var w = ReportingPeriod.TwelveMonthsTo(2026, 11, 15);
        Assert.Equal((D("15/11/2025"), D("14/11/2026")), (w.From, w.To));
        var months = ReportingPeriod.LastMonths(D("22/11/2026"), 12, 15);
        Assert.Equal(12, months.Count);
        Assert.Equal(D("15/12/2025"), months[0].From);
        Assert.Equal(D("14/12/2026"), months[^1].To);
        for (var i = 1; i < months.Count; i++) Assert.Equal(months[i - 1].To.AddDays(1), months[i].From);
    }

    [Fact]
    public void Custom_period_ending_before_it_starts_is_refused()
    {
        Assert.Null(ReportingPeriod.Custom(D("10/11/2026"), D("09/11/2026")));
        Assert.Equal(30, ReportingPeriod.Custom(D("01/11/2026"), D("30/11/2026"))!.Days);
    }

    [Fact]
    public void Report_is_due_after_the_cut_off_and_reminded_three_days_before()
    {
        var w = ReportingPeriod.Month(2026, 11, 15);
        var due = ReportingPeriod.DueOn(w, provinceReport: false, P);
        Assert.Equal(D("16/11/2026"), due);
        Assert.Equal(D("19/11/2026"), ReportingPeriod.DueOn(w, provinceReport: true, P));
        Assert.False(ReportingPeriod.RemindOn(due, D("12/11/2026"), P));
        Assert.True(ReportingPeriod.RemindOn(due, D("13/11/2026"), P));
        Assert.True(ReportingPeriod.RemindOn(due, D("20/11/2026"), P));
    }

    [Fact]
    public void February_report_of_a_leap_year_is_due_in_march()
    {
        var w = ReportingPeriod.Month(2028, 2, 1);
        Assert.Equal(D("02/03/2028"), ReportingPeriod.DueOn(w, provinceReport: false, P));
    }
}
