using System.Globalization;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Supervision;

namespace HoaNhap.Domain.Tests.Rules;

/// <summary>
/// Worked cases for the supervision schedules: self-report periods and check-ins counted from the
/// start of the case as the Civil Code counts months (BLDS 2015 Điều 148), income deduction
/// (BLHS 2015 Điều 36 khoản 3), community labour caps (Điều 36 khoản 4) and the obligations of
/// each sentence type (LTHAHS 2019 Điều 87, 99; legal-rules §5).
/// </summary>
public class SupervisionScheduleTests
{
    static DateOnly D(string ddMMyyyy) => DateOnly.ParseExact(ddMMyyyy, "dd/MM/yyyy", CultureInfo.InvariantCulture);

    [Fact]
    public void Monthly_periods_from_the_31st_end_on_the_last_day_of_short_months_and_come_back_to_the_31st_BLDS_Art148()
    {
        var periods = SelfReportSchedule.Periods(D("31/01/2026"), null, 1, D("01/06/2026"));
        Assert.Equal([D("28/02/2026"), D("31/03/2026"), D("30/04/2026"), D("31/05/2026"), D("30/06/2026")], periods.Select(p => p.EndsOn));
        Assert.Equal(D("31/01/2026"), periods[0].From);
        Assert.Equal(D("01/03/2026"), periods[1].From);
        Assert.Equal("2026-02", periods[0].Label);
        Assert.Equal(periods[0].EndsOn, periods[0].DueOn);
    }

    [Fact]
    public void A_start_on_29_February_ends_its_periods_on_the_29th_or_the_month_end_and_in_a_common_year_on_28_February()
    {
        var periods = SelfReportSchedule.Periods(D("29/02/2024"), null, 12, D("01/03/2026"));
        Assert.Equal([D("28/02/2025"), D("28/02/2026"), D("28/02/2027")], periods.Select(p => p.EndsOn));
        var monthly = SelfReportSchedule.Periods(D("29/02/2024"), null, 1, D("01/04/2024"));
        Assert.Equal([D("29/03/2024"), D("29/04/2024")], monthly.Select(p => p.EndsOn));
    }

    [Fact]
    public void The_last_period_stops_at_the_end_of_the_term()
    {
        var periods = SelfReportSchedule.Periods(D("15/01/2026"), D("30/03/2026"), 1, D("31/12/2026"));
        Assert.Equal([D("15/02/2026"), D("15/03/2026"), D("30/03/2026")], periods.Select(p => p.EndsOn));
    }

    [Fact]
    public void Each_period_is_received_on_time_late_missing_due_today_or_not_yet_due()
    {
        var periods = SelfReportSchedule.Periods(D("10/07/2026"), null, 1, D("11/11/2026"));
        var received = new Dictionary<int, DateOnly> { [1] = D("08/08/2026"), [2] = D("13/09/2026") };
        var s = SelfReportSchedule.Assess(periods, received, D("10/11/2026"));
        Assert.Equal([SelfReportStatus.OnTime, SelfReportStatus.Late, SelfReportStatus.Missing, SelfReportStatus.DueToday, SelfReportStatus.NotYetDue],
            s.Select(x => x.Status));
        Assert.Equal(3, s[1].DaysLate);
        Assert.Equal(31, s[2].DaysLate);   // due 10/10/2026, still missing on 10/11/2026
        Assert.Equal("2026-10", s[2].Period.Label);
        Assert.Same(periods[2], SelfReportSchedule.ByLabel(periods, "2026-10"));
        Assert.Null(SelfReportSchedule.ByLabel(periods, "2027-01"));
    }

    [Fact]
    public void A_check_in_is_pending_from_its_due_date_until_one_is_recorded_after_the_previous_due_date()
    {
        var start = D("31/08/2026");
        Assert.Equal([D("30/09/2026"), D("31/10/2026")], CheckInSchedule.DueDates(start, null, 1, D("15/11/2026")));
        Assert.Null(CheckInSchedule.Pending(start, null, 1, [], D("29/09/2026")));
        Assert.Equal(D("30/09/2026"), CheckInSchedule.Pending(start, null, 1, [], D("30/09/2026")));
        Assert.Null(CheckInSchedule.Pending(start, null, 1, [D("12/09/2026")], D("30/09/2026")));
        // Late: the person came on 02/10 for the check-in due on 30/09 → done.
        Assert.Null(CheckInSchedule.Pending(start, null, 1, [D("02/10/2026")], D("03/10/2026")));
        // On 31/10 the next one is due; the visit on 02/10 was after the previous due date (30/09), so it counts.
        Assert.Null(CheckInSchedule.Pending(start, null, 1, [D("02/10/2026")], D("31/10/2026")));
        Assert.Equal(D("31/10/2026"), CheckInSchedule.Pending(start, null, 1, [D("20/09/2026")], D("31/10/2026")));
        Assert.Equal(D("30/11/2026"), CheckInSchedule.NextDue(start, null, 1, D("15/11/2026")));
        Assert.Null(CheckInSchedule.NextDue(start, D("20/11/2026"), 1, D("15/11/2026")));
    }

    [Theory]
    [InlineData(5_000_000, 10, 500_000)]
    [InlineData(3_333_333, 15, 500_000)]     // 499 999,95 → 500 000
    [InlineData(4_500_005, 10, 450_001)]     // 450 000,5 → half a đồng rounds up
    [InlineData(0, 20, 0)]
    public void Expected_deduction_is_income_times_the_percentage_BLHS_Art36_cl3(long income, int percent, long expected) =>
        Assert.Equal(expected, IncomeDeductionRule.ExpectedAmount(income, percent));

    [Fact]
    public void A_percentage_outside_5_to_20_is_refused_naming_the_article()
    {
        Assert.Null(IncomeDeductionRule.CheckPercent(5, 5, 20));
        Assert.Null(IncomeDeductionRule.CheckPercent(20, 5, 20));
        Assert.Contains("Điều 36 khoản 3", IncomeDeductionRule.CheckPercent(25, 5, 20));
        Assert.NotNull(IncomeDeductionRule.CheckPercent(4, 5, 20));
    }

    [Fact]
    public void Community_labour_over_4_hours_a_day_or_5_days_a_week_is_refused_BLHS_Art36_cl4()
    {
        // Monday 16/11/2026 to Sunday 22/11/2026.
        var week = new[] { (D("16/11/2026"), 4), (D("17/11/2026"), 4), (D("18/11/2026"), 3), (D("19/11/2026"), 4), (D("20/11/2026"), 2) };
        Assert.Equal(D("16/11/2026"), CommunityLabourRule.WeekStart(D("22/11/2026")));
        Assert.Null(CommunityLabourRule.Refusal([], D("16/11/2026"), 4, 4, 5));
        Assert.Contains("không quá 4 giờ", CommunityLabourRule.Refusal([], D("16/11/2026"), 5, 4, 5));
        Assert.Contains("đã ghi 3 giờ", CommunityLabourRule.Refusal(week, D("18/11/2026"), 2, 4, 5));
        Assert.Null(CommunityLabourRule.Refusal(week, D("18/11/2026"), 1, 4, 5));   // same day, still 4 hours
        Assert.Contains("không quá 5 ngày", CommunityLabourRule.Refusal(week, D("21/11/2026"), 1, 4, 5));
        Assert.Null(CommunityLabourRule.Refusal(week, D("23/11/2026"), 4, 4, 5));   // next week
    }

    static ObligationTerms Terms(int? percent = 10, bool labour = false, string? restrictions = null) =>
        new(percent, labour, restrictions, 1, 1, 4, 5);

    [Fact]
    public void Suspended_sentence_lists_Article_87_duties_and_the_revocation_warning()
    {
        var list = SentenceObligations.For(SentenceType.SuspendedSentence, Terms());
        Assert.Contains(list, o => o.Source.Contains("LTHAHS 2019 Điều 87") && o.Status == SourceStatus.Confirmed);
        Assert.Contains(list, o => o.Source == "BLHS 2015 Điều 65 khoản 5" && o.Text.Contains("02 lần"));
        Assert.Contains(list, o => o.Text.Contains("bản tự nhận xét") && o.Status == SourceStatus.ToVerify);
        Assert.DoesNotContain(list, o => o.Text.Contains("khấu trừ"));
    }

    [Fact]
    public void Non_custodial_reform_shows_the_deduction_percentage_or_the_exemption_and_labour_only_when_it_applies()
    {
        var list = SentenceObligations.For(SentenceType.NonCustodialReform, Terms(15, labour: true));
        Assert.Contains(list, o => o.Text.Contains("15% thu nhập") && o.Source.Contains("Điều 99 khoản 3"));
        Assert.Contains(list, o => o.Text.Contains("không quá 4 giờ") && o.Status == SourceStatus.ToVerify);
        var exempt = SentenceObligations.For(SentenceType.NonCustodialReform, Terms(null));
        Assert.Contains(exempt, o => o.Text.Contains("miễn khấu trừ"));
        Assert.DoesNotContain(exempt, o => o.Text.Contains("Lao động phục vụ cộng đồng"));
    }

    [Fact]
    public void Bans_name_what_the_judgment_forbids_and_are_marked_to_verify()
    {
        var ban = SentenceObligations.For(SentenceType.ResidenceBan, Terms(restrictions: "thành phố Hà Nội"));
        Assert.Contains(ban, o => o.Text.Contains("thành phố Hà Nội") && o.Source == "BLHS 2015 Điều 42" && o.Status == SourceStatus.ToVerify);
        Assert.Contains(SentenceObligations.For(SentenceType.ControlledResidence, Terms()), o => o.Source.Contains("Điều 115"));
        Assert.Contains(SentenceObligations.For(SentenceType.OccupationBan, Terms(restrictions: "hành nghề y")), o => o.Text.Contains("hành nghề y"));
        Assert.Contains(SentenceObligations.For(SentenceType.CivicRightsDeprivation, Terms()), o => o.Source == "BLHS 2015 Điều 44");
        Assert.Contains(SentenceObligations.For(SentenceType.ConditionalEarlyRelease, Terms()), o => o.Source == "BLHS 2015 Điều 66 khoản 4");
        foreach (var type in Enum.GetValues<SentenceType>())
            Assert.NotEmpty(SentenceObligations.For(type, Terms()));
    }
}
