using System.Globalization;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;

namespace HoaNhap.Domain.Tests.Rules;

/// <summary>
/// Worked cases for the archival review of a file after management ends (retention period: rule parameter
/// <see cref="RetentionDefaults.YearsAfterManagementEnds"/>, 5 years by default, "to verify").
/// </summary>
public class FileRetentionTests
{
    static DateOnly D(string ddMMyyyy) => DateOnly.ParseExact(ddMMyyyy, "dd/MM/yyyy", CultureInfo.InvariantCulture);
    static CaseEnd Ended(string on, CaseStatus status = CaseStatus.Completed) => new(status, D(on));
    static RetentionResult Assess(CaseEnd[] cases, string today, string? keptOn = null, RuleParameters? p = null) =>
        FileRetention.Assess(cases, keptOn is null ? null : D(keptOn), p ?? RuleParameters.Defaults, D(today));

    [Fact]
    public void Completed_community_sentence_is_reviewed_five_years_after_it_ended()
    {
        var r = Assess([Ended("15/03/2026")], "14/03/2031");
        Assert.Equal(RetentionStage.Kept, r.Stage);
        Assert.Equal(D("15/03/2031"), r.ReviewOn);
        Assert.Equal(5, r.Years);
        Assert.Contains("15/03/2031", r.Because);
        Assert.True(Assess([Ended("15/03/2026")], "15/03/2031").IsDue);
    }

    [Fact]
    public void Review_counts_from_the_last_case_to_end()
    {
        // A suspended sentence completed in 2026, then a reintegration period ended at record expungement in 2028.
        var r = Assess([Ended("01/02/2026"), Ended("30/06/2028")], "01/01/2033");
        Assert.Equal(D("30/06/2028"), r.ManagementEndedOn);
        Assert.Equal(D("30/06/2033"), r.ReviewOn);
        Assert.False(r.IsDue);
    }

    [Fact]
    public void An_open_case_stops_the_clock()
    {
        Assert.Equal(RetentionStage.UnderManagement, Assess([Ended("01/02/2020"), new CaseEnd(CaseStatus.Active, null)], "01/01/2030").Stage);
        Assert.Equal(RetentionStage.UnderManagement, Assess([new CaseEnd(CaseStatus.Absconded, null)], "01/01/2030").Stage);
        Assert.Equal(RetentionStage.NoCase, Assess([], "01/01/2030").Stage);
        Assert.Null(Assess([], "01/01/2030").ReviewOn);
    }

    [Fact]
    public void Leap_day_end_moves_to_28_February()
    {
        Assert.Equal(D("28/02/2033"), Assess([Ended("29/02/2028")], "01/01/2030").ReviewOn);
    }

    [Fact]
    public void A_keep_decision_starts_a_new_period_from_its_date()
    {
        var r = Assess([Ended("15/03/2026")], "16/03/2031", keptOn: "20/03/2031");
        Assert.Equal(D("20/03/2036"), r.ReviewOn);
        Assert.Equal(RetentionStage.Kept, r.Stage);
        Assert.Contains("tiếp tục lưu giữ", r.Because);
        // A keep decision older than the end of management (an earlier period) does not count.
        Assert.Equal(D("15/03/2031"), Assess([Ended("15/03/2026")], "16/03/2031", keptOn: "01/01/2020").ReviewOn);
    }

    [Fact]
    public void The_period_is_read_on_the_day_management_ended()
    {
        var p = new RuleParameters([.. RuleParameterDefaults.All,
            new RuleParameter(RetentionDefaults.YearsAfterManagementEnds, "", "10", RuleUnits.Years, "thử", SourceStatus.Confirmed, D("01/01/2027"))]);
        Assert.Equal(D("31/12/2031"), Assess([Ended("31/12/2026")], "01/01/2030", p: p).ReviewOn);
        Assert.Equal(D("01/01/2037"), Assess([Ended("01/01/2027")], "01/01/2030", p: p).ReviewOn);
    }

    [Fact]
    public void Retention_parameter_is_marked_to_verify_with_its_source()
    {
        var param = RuleParameters.Defaults.Get(RetentionDefaults.YearsAfterManagementEnds, D("01/01/2026"));
        Assert.Equal(SourceStatus.ToVerify, param.Status);
        Assert.Contains("91/2025/QH15", param.Source);
        Assert.Equal(RuleUnits.Years, param.Unit);
    }
}
