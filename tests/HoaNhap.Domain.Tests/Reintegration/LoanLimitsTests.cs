using HoaNhap.Domain.Rules;

namespace HoaNhap.Domain.Tests.Reintegration;

/// <summary>Worked cases for QĐ 22/2023/QĐ-TTg amounts (recalled) and the business's 10 % share of eligible workers (confirmed).</summary>
public class LoanLimitsTests
{
    static readonly DateOnly AsOf = new(2026, 11, 22);
    static readonly RuleParameters P = RuleParameters.Defaults;

    [Fact]
    public void QD_22_2023_individual_up_to_100_million()
    {
        Assert.True(LoanLimits.Individual(100_000_000, AsOf, P).Met);
        var over = LoanLimits.Individual(100_000_001, AsOf, P);
        Assert.False(over.Met);
        Assert.Contains("100.000.000 đồng", over.Reason);
    }

    [Fact]
    public void QD_22_2023_business_needs_10_percent_of_its_workers_exactly_at_the_threshold()
    {
        Assert.True(LoanLimits.Business(50, 5, 300_000_000, AsOf, P)[0].Met);   // 10 % exactly
        Assert.False(LoanLimits.Business(51, 5, 300_000_000, AsOf, P)[0].Met);  // 9.8 %
        Assert.False(LoanLimits.Business(0, 0, 1, AsOf, P)[0].Met);
    }

    [Fact]
    public void QD_22_2023_business_amount_capped_per_eligible_worker_and_per_plan()
    {
        Assert.True(LoanLimits.Business(30, 3, 300_000_000, AsOf, P)[1].Met);
        Assert.False(LoanLimits.Business(30, 3, 300_000_001, AsOf, P)[1].Met);
        Assert.False(LoanLimits.Business(300, 30, 2_000_000_001, AsOf, P)[1].Met);
        Assert.True(LoanLimits.Business(300, 30, 2_000_000_000, AsOf, P)[1].Met);
    }

    [Fact]
    public void The_share_comes_from_the_rule_parameters()
    {
        var p = new RuleParameters(RuleParameterDefaults.All.Select(x => x.Key == RuleKeys.LoanBusinessMinSharePercent ? x with { Value = "20" } : x));
        Assert.False(LoanLimits.Business(50, 5, 1, AsOf, p)[0].Met);
        Assert.True(LoanLimits.Business(50, 10, 1, AsOf, p)[0].Met);
    }
}
