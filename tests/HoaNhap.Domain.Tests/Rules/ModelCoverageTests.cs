using HoaNhap.Domain.Rules;

namespace HoaNhap.Domain.Tests.Rules;

/// <summary>
/// Worked cases for the plan target "a commune with 10 or more returnees has at least one reintegration model and one
/// exemplary individual" (overview.md, "Targets"; <see cref="ModelCoverageDefaults"/>): the threshold boundary 9/10/11,
/// what is missing, and parameters changed by an administrator.
/// </summary>
public class ModelCoverageTests
{
    static readonly DateOnly Today = new(2026, 11, 22);
    static readonly RuleParameters P = RuleParameters.Defaults;

    static ModelCoverageResult Assess(int returnees, int models, int exemplary, RuleParameters? p = null) =>
        ModelCoverage.Assess(new ModelCoverageInput(returnees, models, exemplary), p ?? P, Today);

    [Fact]
    public void Plan_nine_returnees_without_anything_is_not_under_the_target()
    {
        var r = Assess(9, 0, 0);
        Assert.Equal(CoverageVerdict.NotApplicable, r.Verdict);
        Assert.False(r.Applies);
        Assert.Empty(r.Missing);
        Assert.Equal("Không thuộc diện (dưới 10 người)", r.Text);
    }

    [Fact]
    public void Plan_ten_returnees_without_a_model_or_an_exemplary_individual_is_not_met_and_says_both()
    {
        var r = Assess(10, 0, 0);
        Assert.Equal(CoverageVerdict.NotMet, r.Verdict);
        Assert.Equal("Chưa đạt", r.Text);
        Assert.Equal((1, 1), (r.MissingModels, r.MissingExemplary));
        Assert.Equal(2, r.Missing.Count);
        Assert.Contains("mô hình", r.Missing[0]);
        Assert.Contains("cá nhân điển hình", r.Missing[1]);
    }

    [Fact]
    public void Plan_ten_returnees_with_one_model_and_one_exemplary_individual_is_met()
    {
        var r = Assess(10, 1, 1);
        Assert.Equal(CoverageVerdict.Met, r.Verdict);
        Assert.True(r.Met);
        Assert.Equal("Đạt", r.Text);
        Assert.Empty(r.Missing);
    }

    [Fact]
    public void Plan_eleven_returnees_with_a_model_but_no_exemplary_individual_misses_only_the_individual()
    {
        var r = Assess(11, 2, 0);
        Assert.Equal(CoverageVerdict.NotMet, r.Verdict);
        Assert.Equal((0, 1), (r.MissingModels, r.MissingExemplary));
        Assert.Single(r.Missing);
        Assert.Contains("cá nhân điển hình", r.Because);
    }

    [Fact]
    public void Plan_exemplary_individual_without_a_working_model_misses_the_model()
    {
        var r = Assess(25, 0, 3);
        Assert.Equal(CoverageVerdict.NotMet, r.Verdict);
        Assert.Equal((1, 0), (r.MissingModels, r.MissingExemplary));
    }

    [Fact]
    public void Plan_nine_returnees_with_a_model_and_an_individual_is_still_not_under_the_target()
    {
        Assert.Equal(CoverageVerdict.NotApplicable, Assess(9, 1, 1).Verdict);
        Assert.Equal(CoverageVerdict.NotApplicable, Assess(0, 0, 0).Verdict);
    }

    [Fact]
    public void Plan_values_come_from_the_rule_parameters()
    {
        Assert.Equal(10, P.Int(ModelCoverageDefaults.ReturneeThreshold, Today));
        var stricter = new RuleParameters(RuleParameterDefaults.All.Where(v => v.Key is not (ModelCoverageDefaults.ReturneeThreshold or ModelCoverageDefaults.MinExemplary))
            .Append(new RuleParameter(ModelCoverageDefaults.ReturneeThreshold, "t", "5", "người", "test", SourceStatus.ToVerify, new DateOnly(2026, 1, 1)))
            .Append(new RuleParameter(ModelCoverageDefaults.MinExemplary, "t", "2", "người", "test", SourceStatus.ToVerify, new DateOnly(2026, 1, 1))));
        var r = Assess(5, 1, 1, stricter);
        Assert.Equal(CoverageVerdict.NotMet, r.Verdict);
        Assert.Equal((5, 1), (r.Threshold, r.MissingExemplary));
        Assert.Equal("Không thuộc diện (dưới 5 người)", Assess(4, 0, 0, stricter).Text);
    }
}
