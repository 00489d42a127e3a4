using System.Globalization;
using HoaNhap.Domain.Rules;

namespace HoaNhap.Domain.Tests.Rules;

/// <summary>
/// Worked cases for absence from the place of residence: TT 65/2019/TT-BCA Điều 9 khoản 2
/// (confirmed: 01 day or more needs an application and a decision), LTHAHS 2019 Điều 92, 100
/// (recalled: at most 60 days each time, at most 1/3 of the term in total, medical treatment excepted).
/// Days away count the day of leaving and the day of coming back.
/// </summary>
public class AbsenceLimitsTests
{
    static DateOnly D(string ddMMyyyy) => DateOnly.ParseExact(ddMMyyyy, "dd/MM/yyyy", CultureInfo.InvariantCulture);
    static AbsenceSpan Span(string from, string to, bool medical = false) => new(D(from), D(to), medical);
    static readonly IReadOnlySet<DateOnly> NoHolidays = new HashSet<DateOnly>();

    // A 36-month term from 15/01/2026 to 15/01/2029 (1,096 days, with 29/02/2028): 1/3 is 365 days.
    static AbsenceCheck Check(AbsenceSpan request, IReadOnlyList<AbsenceSpan>? approved = null, IReadOnlyList<AbsenceSpan>? pending = null,
        string start = "15/01/2026", string end = "15/01/2029", RuleParameters? p = null) =>
        AbsenceLimits.Check(request, D(start), D(end), approved ?? [], pending ?? [], p ?? RuleParameters.Defaults);

    [Fact]
    public void TT_65_Dieu_9_one_day_away_needs_permission()
    {
        Assert.True(AbsenceLimits.NeedsPermission(1));
        Assert.False(AbsenceLimits.NeedsPermission(0));
        Assert.Equal(1, Span("10/03/2027", "10/03/2027").Days);
    }

    [Fact]
    public void Dieu_92_exactly_60_days_is_allowed_61_is_refused()
    {
        var ok = Check(Span("01/03/2027", "29/04/2027"));
        Assert.True(ok.Allowed);
        Assert.Equal(60, ok.Days);
        var over = Check(Span("01/03/2027", "30/04/2027"));
        Assert.False(over.Allowed);
        Assert.Equal(RuleKeys.AbsenceMaxPerTripDays, over.Refusal!.Rule);
        Assert.Equal("To", over.Refusal.Field);
        Assert.Contains("không quá 60 ngày", over.Refusal.Message);
        Assert.Contains("61 ngày", over.Refusal.Message);
    }

    [Fact]
    public void Dieu_92_month_end_from_31_january_to_31_march_is_60_days_in_a_common_year()
    {
        var r = Check(Span("31/01/2027", "31/03/2027"));
        Assert.Equal(60, r.Days);
        Assert.True(r.Allowed);
    }

    [Fact]
    public void Dieu_92_in_a_leap_year_the_same_dates_are_61_days_and_refused()
    {
        var r = Check(Span("31/01/2028", "31/03/2028"));
        Assert.Equal(61, r.Days);
        Assert.Equal(RuleKeys.AbsenceMaxPerTripDays, r.Refusal!.Rule);
        Assert.True(Check(Span("31/01/2028", "30/03/2028")).Allowed);
    }

    // A 12-month term from 01/03/2026 to 01/03/2027: 365 days, 1/3 is 121 2/3, so at most 121 days.
    static readonly AbsenceSpan[] TwoTrips = [Span("01/04/2026", "30/05/2026"), Span("01/07/2026", "29/08/2026")]; // 60 + 60

    [Fact]
    public void Dieu_92_total_across_several_trips_exactly_at_the_limit_is_allowed()
    {
        var r = Check(Span("10/10/2026", "10/10/2026"), TwoTrips, start: "01/03/2026", end: "01/03/2027");
        Assert.True(r.Allowed);
        Assert.Equal(121, r.TotalDays);
        Assert.Equal(121, r.MaxTotalDays);
    }

    [Fact]
    public void Dieu_92_total_across_several_trips_one_day_over_is_refused()
    {
        var r = Check(Span("10/10/2026", "11/10/2026"), TwoTrips, start: "01/03/2026", end: "01/03/2027");
        Assert.False(r.Allowed);
        Assert.Equal(RuleKeys.AbsenceMaxTotal, r.Refusal!.Rule);
        Assert.Contains("không quá 1/3", r.Refusal.Message);
        Assert.Contains("121 ngày trên 365 ngày", r.Refusal.Message);
        Assert.Contains("vượt 1 ngày", r.Refusal.Message);
    }

    [Fact]
    public void Dieu_92_medical_treatment_on_a_doctors_order_is_not_counted_in_the_total()
    {
        var medical = Check(Span("10/10/2026", "08/11/2026", medical: true), TwoTrips, start: "01/03/2026", end: "01/03/2027");
        Assert.True(medical.Allowed);
        Assert.Equal(120, medical.TotalDays);
        // An approved medical trip does not use up the total either.
        var r = Check(Span("10/10/2026", "10/11/2026"), [Span("01/04/2026", "30/05/2026", medical: true), Span("01/07/2026", "29/08/2026")],
            start: "01/03/2026", end: "01/03/2027");
        Assert.True(r.Allowed);
        Assert.Equal(60 + 32, r.TotalDays);
    }

    [Fact]
    public void Dieu_92_medical_treatment_still_has_the_per_trip_limit()
    {
        var r = Check(Span("01/03/2027", "30/04/2027", medical: true));
        Assert.Equal(RuleKeys.AbsenceMaxPerTripDays, r.Refusal!.Rule);
    }

    [Fact]
    public void An_absence_overlapping_an_approved_or_pending_one_is_refused()
    {
        var approved = Check(Span("29/05/2026", "02/06/2026"), TwoTrips, start: "01/03/2026", end: "01/03/2027");
        Assert.Equal("Absence.Overlap", approved.Refusal!.Rule);
        var pending = Check(Span("10/10/2026", "12/10/2026"), pending: [Span("12/10/2026", "15/10/2026")], start: "01/03/2026", end: "01/03/2027");
        Assert.Equal("Absence.Overlap", pending.Refusal!.Rule);
        Assert.True(Check(Span("31/05/2026", "30/06/2026"), TwoTrips).Allowed); // adjacent days do not overlap
    }

    [Fact]
    public void An_absence_outside_the_term_is_refused()
    {
        var r = Check(Span("25/02/2027", "05/03/2027"), start: "01/03/2026", end: "01/03/2027");
        Assert.Equal("Absence.WithinTerm", r.Refusal!.Rule);
    }

    [Fact]
    public void The_limits_are_parameters_read_on_the_first_day_away()
    {
        var p = new RuleParameters(RuleParameterDefaults.All.Append(new RuleParameter(RuleKeys.AbsenceMaxPerTripDays, "test", "30",
            RuleUnits.Days, "test", SourceStatus.ToVerify, D("01/07/2026"))));
        Assert.True(Check(Span("01/05/2026", "14/06/2026"), p: p).Allowed);              // 45 days, before 01/07/2026: 60 in force
        var after = Check(Span("01/08/2026", "14/09/2026"), p: p);                           // 45 days, from 01/07/2026: 30 in force
        Assert.Equal(RuleKeys.AbsenceMaxPerTripDays, after.Refusal!.Rule);
        Assert.Contains("không quá 30 ngày", after.Refusal.Message);
    }

    [Fact]
    public void Decision_due_three_working_days_after_the_application()
    {
        // Friday 27/11/2026 → Monday 30/11, Tuesday 01/12, Wednesday 02/12/2026.
        Assert.Equal(D("02/12/2026"), AbsenceLimits.DecisionDueOn(D("27/11/2026"), RuleParameters.Defaults, NoHolidays));
        // 01/12 a holiday in the administrator's table → Thursday 03/12/2026.
        Assert.Equal(D("03/12/2026"), AbsenceLimits.DecisionDueOn(D("27/11/2026"), RuleParameters.Defaults, new HashSet<DateOnly> { D("01/12/2026") }));
    }

    [Fact]
    public void Return_report_due_one_working_day_after_the_last_day_away()
    {
        // Back on Friday 04/12/2026 → report by Monday 07/12/2026.
        Assert.Equal(D("07/12/2026"), AbsenceLimits.ReturnDueOn(D("04/12/2026"), RuleParameters.Defaults, NoHolidays));
        // Last day away 31/12/2026 (Thursday), 01/01/2027 New Year → Monday 04/01/2027.
        Assert.Equal(D("04/01/2027"), AbsenceLimits.ReturnDueOn(D("31/12/2026"), RuleParameters.Defaults, new HashSet<DateOnly> { D("01/01/2027") }));
    }
}
