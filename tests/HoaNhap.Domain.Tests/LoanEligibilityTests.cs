using System.Text;
using HoaNhap.Domain.Rules;

namespace HoaNhap.Domain.Tests;

/// <summary>Loans from the Bank for Social Policies to people who completed a prison sentence (QĐ 22/2023/QĐ-TTg).</summary>
public class LoanEligibilityTests
{
    static readonly RuleParameters P = RuleParameters.Defaults;

    static DateOnly D(int y, int m, int d) => new(y, m, d);

    static LoanInput Input(DateOnly asOf, DateOnly completed, bool certificate = true, bool onList = true, bool debt = false)
        => new(asOf, completed, certificate, onList, debt);

    static Criterion Window(LoanResult r) => Assert.Single(r.Criteria, c => c.Name.Contains("thời hạn", StringComparison.Ordinal));

    [Fact]
    public void All_conditions_met_within_five_years_is_eligible_QD22_2023()
    {
        var r = LoanEligibility.Evaluate(Input(D(2026, 11, 22), D(2023, 5, 10)), P);
        Assert.True(r.Eligible);
        Assert.Equal(D(2028, 5, 10), r.WindowEndsOn);
        Assert.Equal(4, r.Criteria.Count);
        Assert.All(r.Criteria, c => Assert.True(c.Met));
    }

    [Fact]
    public void The_last_day_of_the_window_is_still_inside_BLDS_Art148()
    {
        var r = LoanEligibility.Evaluate(Input(D(2026, 3, 15), D(2021, 3, 15)), P);
        Assert.True(r.Eligible);
        Assert.Equal(D(2026, 3, 15), r.WindowEndsOn);
        Assert.Equal(D(2021, 3, 15), Window(r).MetOn);
    }

    [Fact]
    public void The_day_after_the_window_is_outside_and_has_no_met_date_QD22_2023()
    {
        var r = LoanEligibility.Evaluate(Input(D(2026, 3, 16), D(2021, 3, 15)), P);
        Assert.False(r.Eligible);
        var window = Window(r);
        Assert.False(window.Met);
        Assert.Null(window.MetOn);
        Assert.Contains("15/03/2026", window.Reason);
        Assert.Contains("đã quá thời hạn", window.Reason);
    }

    [Fact]
    public void A_window_starting_on_29_February_ends_on_28_February_BLDS_Art148()
    {
        Assert.Equal(D(2029, 2, 28), LoanEligibility.Evaluate(Input(D(2029, 2, 28), D(2024, 2, 29)), P).WindowEndsOn);
        Assert.True(LoanEligibility.Evaluate(Input(D(2029, 2, 28), D(2024, 2, 29)), P).Eligible);
        Assert.False(LoanEligibility.Evaluate(Input(D(2029, 3, 1), D(2024, 2, 29)), P).Eligible);
    }

    [Fact]
    public void On_the_day_the_sentence_is_completed_the_window_is_already_open()
    {
        var r = LoanEligibility.Evaluate(Input(D(2025, 6, 30), D(2025, 6, 30)), P);
        Assert.True(r.Eligible);
        Assert.Equal(D(2025, 6, 30), Window(r).MetOn);
    }

    [Fact]
    public void Without_a_completion_certificate_the_person_is_not_eligible_and_told_what_is_missing()
    {
        var r = LoanEligibility.Evaluate(Input(D(2026, 1, 10), D(2025, 1, 10), certificate: false), P);
        Assert.False(r.Eligible);
        var c = Assert.Single(r.Criteria, c => !c.Met);
        Assert.Contains("giấy chứng nhận", c.Name);
        Assert.StartsWith("Chưa có giấy chứng nhận", c.Reason);
    }

    [Fact]
    public void Not_on_the_commune_police_list_certified_by_the_commune_committee_is_not_eligible()
    {
        var r = LoanEligibility.Evaluate(Input(D(2026, 1, 10), D(2025, 1, 10), onList: false), P);
        Assert.False(r.Eligible);
        var c = Assert.Single(r.Criteria, c => !c.Met);
        Assert.Contains("chưa có tên trong danh sách", c.Reason);
        Assert.Contains("Công an cấp xã", c.Reason);
        Assert.Contains("Ủy ban nhân dân cấp xã", c.Reason);
    }

    [Fact]
    public void Outstanding_debt_for_the_same_purpose_is_not_eligible()
    {
        var r = LoanEligibility.Evaluate(Input(D(2026, 1, 10), D(2025, 1, 10), debt: true), P);
        Assert.False(r.Eligible);
        var c = Assert.Single(r.Criteria, c => !c.Met);
        Assert.Contains("còn dư nợ", c.Reason);
        Assert.Contains("Ngân hàng Chính sách xã hội", c.Reason);
    }

    [Fact]
    public void Every_unmet_condition_is_listed_with_its_own_reason()
    {
        var r = LoanEligibility.Evaluate(Input(D(2031, 1, 11), D(2025, 1, 10), certificate: false, onList: false, debt: true), P);
        Assert.False(r.Eligible);
        Assert.Equal(4, r.Criteria.Count(c => !c.Met));
        Assert.Equal(4, r.Criteria.Select(c => c.Reason).Distinct().Count());
        Assert.All(r.Criteria, c => Assert.Contains("22/2023/QĐ-TTg", c.Reason));
    }

    [Fact]
    public void The_window_length_comes_from_the_rule_parameters()
    {
        var three = new RuleParameters(RuleParameterDefaults.All.Select(v => v.Key == RuleKeys.LoanWindowYears ? v with { Value = "3" } : v));
        var r = LoanEligibility.Evaluate(Input(D(2028, 1, 11), D(2025, 1, 10)), three);
        Assert.Equal(D(2028, 1, 10), r.WindowEndsOn);
        Assert.False(r.Eligible);
        Assert.Contains("3 năm", Window(r).Name);
        Assert.Contains("5 năm", Window(LoanEligibility.Evaluate(Input(D(2028, 1, 11), D(2025, 1, 10)), P)).Name);
    }

    [Fact]
    public void Texts_are_Vietnamese_in_NFC_with_dates_as_dd_MM_yyyy()
    {
        var r = LoanEligibility.Evaluate(Input(D(2026, 3, 16), D(2021, 3, 15), certificate: false), P);
        Assert.All(r.Criteria, c =>
        {
            Assert.True(c.Name.IsNormalized(NormalizationForm.FormC));
            Assert.True(c.Reason.IsNormalized(NormalizationForm.FormC));
        });
        Assert.Contains("15/03/2021", Window(r).Reason);
    }

    [Fact]
    public void Validate_refuses_a_completion_date_after_the_date_asked_about()
    {
        var problem = Assert.Single(LoanEligibility.Validate(Input(D(2025, 1, 1), D(2025, 1, 2))));
        Assert.Equal("sentenceCompletedOn", problem.Field);
        Assert.Contains("02/01/2025", problem.Message);
        Assert.Contains("01/01/2025", problem.Message);
        Assert.Empty(LoanEligibility.Validate(Input(D(2025, 1, 2), D(2025, 1, 2))));
    }
}
