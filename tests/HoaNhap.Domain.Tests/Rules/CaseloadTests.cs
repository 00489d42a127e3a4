using System.Globalization;
using HoaNhap.Domain.Rules;

namespace HoaNhap.Domain.Tests.Rules;

/// <summary>
/// Worked cases for the caseload rule (<see cref="Caseload"/>): the advisable maximum per supervisor (3) and per officer (20) are
/// proposals of the system (<see cref="SourceStatus.Proposed"/>), read by date; one more assignment beyond the maximum is a warning.
/// </summary>
public class CaseloadTests
{
    static DateOnly D(string ddMMyyyy) => DateOnly.ParseExact(ddMMyyyy, "dd/MM/yyyy", CultureInfo.InvariantCulture);
    static readonly DateOnly Today = D("07/12/2026");

    [Fact]
    public void The_maxima_are_proposed_with_their_source()
    {
        var p = RuleParameters.Defaults;
        Assert.Equal(3, Caseload.Maximum(CaseloadHolder.Supervisor, p, Today));
        Assert.Equal(20, Caseload.Maximum(CaseloadHolder.Officer, p, Today));
        var supervisor = p.Get(CaseloadDefaults.MaxPerSupervisor, Today);
        Assert.Equal(SourceStatus.Proposed, supervisor.Status);
        Assert.Equal(RuleUnits.People, supervisor.Unit);
        Assert.Contains("LTHAHS 2019 Điều 84", supervisor.Source);
        Assert.Contains("TT 10/2024/TT-BCA Điều 9", p.Get(CaseloadDefaults.MaxPerOfficer, Today).Source);
        // The rule-parameter table keeps at most 300 characters of a title or a source.
        Assert.All(CaseloadDefaults.All.Concat(JobRetentionDefaults.All), x => Assert.True(x.Source.Length <= 300 && x.Title.Length <= 300, x.Key));
    }

    [Theory]
    [InlineData(0, CaseloadLevel.Within)]
    [InlineData(2, CaseloadLevel.Within)]
    [InlineData(3, CaseloadLevel.AtMaximum)]
    [InlineData(4, CaseloadLevel.Over)]
    public void A_supervisor_with_three_people_is_at_the_maximum_and_a_fourth_is_over(int count, CaseloadLevel level)
    {
        var check = Caseload.Assess(count, CaseloadHolder.Supervisor, RuleParameters.Defaults, Today);
        Assert.Equal(level, check.Level);
        Assert.Equal(3, check.Maximum);
        Assert.Equal(level == CaseloadLevel.Over, check.Over);
    }

    [Fact]
    public void Assigning_one_more_warns_only_when_it_goes_beyond_the_maximum()
    {
        var p = RuleParameters.Defaults;
        // Two people now: the third reaches the maximum, no warning.
        Assert.False(Caseload.AfterAssigning(2, CaseloadHolder.Supervisor, p, Today).Over);
        // Three now: the fourth would be over, with a warning that names the numbers.
        var after = Caseload.AfterAssigning(3, CaseloadHolder.Supervisor, p, Today);
        Assert.True(after.Over);
        Assert.Equal(4, after.Count);
        var warning = Caseload.Warning("Nguyễn Thị Hoa", after);
        Assert.Contains("Nguyễn Thị Hoa sẽ giám sát, giúp đỡ 4 người", warning);
        Assert.Contains("tối đa 3 người", warning);
        // An officer helping 20 returnees may take a 20th but not a 21st without the warning.
        Assert.False(Caseload.AfterAssigning(19, CaseloadHolder.Officer, p, Today).Over);
        Assert.True(Caseload.AfterAssigning(20, CaseloadHolder.Officer, p, Today).Over);
    }

    [Fact]
    public void A_maximum_the_province_changes_applies_from_its_date()
    {
        var p = new RuleParameters(RuleParameterDefaults.All.Append(new RuleParameter(CaseloadDefaults.MaxPerSupervisor, "thử", "5", RuleUnits.People,
            "Quyết định của Công an tỉnh (thử)", SourceStatus.Confirmed, D("01/01/2027"))));
        Assert.Equal(CaseloadLevel.Over, Caseload.Assess(4, CaseloadHolder.Supervisor, p, D("31/12/2026")).Level);
        Assert.Equal(CaseloadLevel.Within, Caseload.Assess(4, CaseloadHolder.Supervisor, p, D("01/01/2027")).Level);
    }
}
