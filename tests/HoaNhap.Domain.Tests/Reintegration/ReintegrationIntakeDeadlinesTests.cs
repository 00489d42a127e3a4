using System.Globalization;
using HoaNhap.Domain.Rules;

namespace HoaNhap.Domain.Tests.Reintegration;

/// <summary>
/// Worked cases for receiving a person released from prison: TT 10/2024/TT-BCA Điều 8 khoản 1 (confirmed:
/// the commune police check the residence within 03 working days of receiving the notice) and the
/// person's report to the commune (recalled: 05 working days, LTHAHS 2019 Điều 46 / Luật Đặc xá 2018 Điều 18).
/// Counting starts the day after the event (BLDS 2015 Điều 147) and skips weekends and holidays.
/// </summary>
public class ReintegrationIntakeDeadlinesTests
{
    static DateOnly D(string ddMMyyyy) => DateOnly.ParseExact(ddMMyyyy, "dd/MM/yyyy", CultureInfo.InvariantCulture);
    static readonly IReadOnlySet<DateOnly> NewYear = new HashSet<DateOnly> { D("01/01/2027") };

    static ReintegrationIntakeDeadlinesResult Compute(string received, string released, string today, string? checkedOn = null, string? reportedOn = null,
        RuleParameters? p = null) =>
        ReintegrationIntakeDeadlines.Compute(D(received), D(released), checkedOn is null ? null : D(checkedOn), reportedOn is null ? null : D(reportedOn),
            D(today), p ?? RuleParameters.Defaults, NewYear);

    [Fact]
    public void TT_10_2024_Dieu_8_khoan_1_notice_received_on_a_Friday_is_checked_by_the_Wednesday()
    {
        // Friday 20/11/2026 → Monday 23, Tuesday 24, Wednesday 25.
        var r = Compute("20/11/2026", "27/11/2026", "25/11/2026");
        Assert.Equal(D("25/11/2026"), r.VerifyResidenceDueOn);
        Assert.Equal(3, r.VerifyDays);
        Assert.False(r.VerifyResidenceOverdue);
        Assert.True(Compute("20/11/2026", "27/11/2026", "26/11/2026").VerifyResidenceOverdue);
        // Done on the last day is on time; done the day after is late even if looked at later.
        Assert.False(Compute("20/11/2026", "27/11/2026", "30/12/2026", checkedOn: "25/11/2026").VerifyResidenceOverdue);
        Assert.True(Compute("20/11/2026", "27/11/2026", "30/12/2026", checkedOn: "26/11/2026").VerifyResidenceOverdue);
    }

    [Fact]
    public void Report_within_5_working_days_of_release_skips_the_New_Year_holiday()
    {
        // Released Tuesday 29/12/2026: Wed 30, Thu 31, (Fri 01/01/2027 holiday), Mon 04, Tue 05, Wed 06.
        var r = Compute("10/12/2026", "29/12/2026", "06/01/2027");
        Assert.Equal(D("06/01/2027"), r.PersonReportDueOn);
        Assert.Equal(5, r.ReportDays);
        Assert.False(r.PersonReportOverdue);
        Assert.True(Compute("10/12/2026", "29/12/2026", "07/01/2027").PersonReportOverdue);
        Assert.False(Compute("10/12/2026", "29/12/2026", "20/01/2027", reportedOn: "06/01/2027").PersonReportOverdue);
        Assert.True(Compute("10/12/2026", "29/12/2026", "20/01/2027", reportedOn: "07/01/2027").PersonReportOverdue);
    }

    [Fact]
    public void Report_deadline_counted_across_the_end_of_February_in_a_leap_year()
    {
        // Released Thursday 24/02/2028: Fri 25, Mon 28, Tue 29/02, Wed 01/03, Thu 02/03.
        Assert.Equal(D("02/03/2028"), Compute("20/02/2028", "24/02/2028", "24/02/2028").PersonReportDueOn);
    }

    [Fact]
    public void The_recalled_report_deadline_comes_from_the_rule_parameters()
    {
        var p = new RuleParameters(RuleParameterDefaults.All.Select(x => x.Key == RuleKeys.ReintegrationPersonReport ? x with { Value = "10" } : x));
        // Released Monday 16/11/2026 + 10 working days → Monday 30/11/2026.
        var r = Compute("10/11/2026", "16/11/2026", "16/11/2026", p: p);
        Assert.Equal(10, r.ReportDays);
        Assert.Equal(D("30/11/2026"), r.PersonReportDueOn);
    }
}
