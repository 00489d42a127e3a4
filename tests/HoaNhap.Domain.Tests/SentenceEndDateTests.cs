using System.Globalization;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;

namespace HoaNhap.Domain.Tests;

/// <summary>
/// Worked cases for the end date of a community sentence (legal-rules.md §7), counted as
/// BLDS 2015 Điều 147–148 count, with shortenings (LTHAHS 2019 Điều 89), reductions
/// (BLHS 2015 Điều 63) and custody credit (BLHS 2015 Điều 36 khoản 2).
/// </summary>
public class SentenceEndDateTests
{
    static DateOnly D(string ddMMyyyy) => DateOnly.ParseExact(ddMMyyyy, "dd/MM/yyyy", CultureInfo.InvariantCulture);

    static EndDateResult Compute(SentenceType type, string start, int months, int custodyDays = 0, int shortened = 0)
    {
        var input = new EndDateInput(type, D(start), months, custodyDays, shortened);
        Assert.Empty(SentenceEndDate.Validate(input));
        return SentenceEndDate.Compute(input, RuleParameters.Defaults);
    }

    [Fact]
    public void Suspended_sentence_probation_less_the_months_shortened_LTHAHS_Art89()
    {
        // Ví dụ trong yêu cầu: 36 tháng từ 10/01/2024 → 10/01/2027, rút ngắn 3 tháng → 10/10/2026.
        var r = Compute(SentenceType.SuspendedSentence, "10/01/2024", 36, shortened: 3);

        Assert.Equal(D("10/10/2026"), r.EndsOn);
        Assert.Equal(D("11/10/2026"), r.CompletedFrom);
        Assert.Contains(r.Steps, s => s.Contains("tuyên án sơ thẩm 10/01/2024") && s.Contains("10/01/2027"));
        Assert.Contains(r.Steps, s => s.Contains("rút ngắn tổng cộng 3 tháng") && s.Contains("Điều 89"));
    }

    [Fact]
    public void Suspended_sentence_without_shortening_ends_on_the_corresponding_day_BLDS_Art148()
    {
        var r = Compute(SentenceType.SuspendedSentence, "15/03/2024", 12);
        Assert.Equal(D("15/03/2025"), r.EndsOn);
        Assert.Equal(D("16/03/2025"), r.CompletedFrom);
        Assert.DoesNotContain(r.Steps, s => s.Contains("rút ngắn tổng cộng"));
    }

    [Fact]
    public void Start_on_31_January_ends_on_the_last_day_of_the_month()
    {
        var r = Compute(SentenceType.SuspendedSentence, "31/01/2024", 13);
        Assert.Equal(D("28/02/2025"), r.EndsOn);
        Assert.Equal(D("01/03/2025"), r.CompletedFrom);
    }

    [Fact]
    public void Start_on_29_February_ends_on_28_February()
    {
        var r = Compute(SentenceType.SuspendedSentence, "29/02/2024", 12);
        Assert.Equal(D("28/02/2025"), r.EndsOn);
        Assert.Equal(D("01/03/2025"), r.CompletedFrom);
    }

    [Fact]
    public void Non_custodial_reform_credits_three_days_for_each_day_of_custody_BLHS_Art36_cl2()
    {
        // 12 tháng từ 01/03/2024 → 01/03/2025; 10 ngày tạm giam = 30 ngày → 30/01/2025.
        var r = Compute(SentenceType.NonCustodialReform, "01/03/2024", 12, custodyDays: 10);

        Assert.Equal(D("30/01/2025"), r.EndsOn);
        Assert.Equal(D("31/01/2025"), r.CompletedFrom);
        Assert.Contains(r.Steps, s => s.Contains("10 ngày tạm giữ, tạm giam") && s.Contains("tức 30 ngày") && s.Contains("Điều 36 khoản 2"));
    }

    [Fact]
    public void Non_custodial_reform_less_custody_then_reductions_BLHS_Art63()
    {
        // 24 tháng từ 01/03/2024 → 01/03/2026; 5 ngày = 15 ngày → 14/02/2026; giảm 3 tháng → 14/11/2025.
        var r = Compute(SentenceType.NonCustodialReform, "01/03/2024", 24, custodyDays: 5, shortened: 3);

        Assert.Equal(D("14/11/2025"), r.EndsOn);
        Assert.Equal(D("15/11/2025"), r.CompletedFrom);
        Assert.Contains(r.Steps, s => s.Contains("giảm tổng cộng 3 tháng") && s.Contains("14/02/2026") && s.Contains("Điều 63"));
    }

    [Fact]
    public void Custody_covering_the_whole_term_leaves_nothing_to_serve()
    {
        // 6 tháng (184 ngày); 70 ngày tạm giam = 210 ngày.
        var r = Compute(SentenceType.NonCustodialReform, "01/03/2024", 6, custodyDays: 70);
        Assert.Equal(D("01/03/2024"), r.EndsOn);
        Assert.Equal(D("02/03/2024"), r.CompletedFrom);
        Assert.Contains(r.Steps, s => s.Contains("không còn phải chấp hành"));
    }

    [Fact]
    public void Residence_ban_runs_from_the_completion_of_the_prison_term_BLHS_Art42()
    {
        var r = Compute(SentenceType.ResidenceBan, "15/06/2023", 24);
        Assert.Equal(D("15/06/2025"), r.EndsOn);
        Assert.Equal(D("16/06/2025"), r.CompletedFrom);
        Assert.Contains(r.Steps, s => s.Contains("Thời hạn cấm cư trú 24 tháng") && s.Contains("Điều 42"));
        Assert.Contains(r.Steps, s => s.Contains("giấy chứng nhận chấp hành xong"));
    }

    [Fact]
    public void Conditional_early_release_probation_less_shortening_BLHS_Art66()
    {
        // 18 tháng từ 31/08/2024 → 28/02/2026; rút ngắn 2 tháng → 28/12/2025.
        var r = Compute(SentenceType.ConditionalEarlyRelease, "31/08/2024", 18, shortened: 2);
        Assert.Equal(D("28/12/2025"), r.EndsOn);
        Assert.Contains(r.Steps, s => s.Contains("Điều 66 khoản 4"));
    }

    [Fact]
    public void End_of_a_deferral_means_serving_the_prison_term_BLHS_Art67()
    {
        var r = Compute(SentenceType.DeferredImprisonment, "01/07/2025", 12);
        Assert.Equal(D("01/07/2026"), r.EndsOn);
        Assert.Equal(D("02/07/2026"), r.CompletedFrom);
        Assert.Contains(r.Steps, s => s.Contains("phải chấp hành hoặc tiếp tục chấp hành hình phạt tù"));
    }

    [Fact]
    public void Custody_credit_comes_from_the_rule_parameters()
    {
        var p = new RuleParameters(RuleParameterDefaults.All.Select(x => x.Key == RuleKeys.CustodyCreditDays ? x with { Value = "2" } : x));
        var r = SentenceEndDate.Compute(new EndDateInput(SentenceType.NonCustodialReform, D("01/03/2024"), 12, 10, 0), p);
        Assert.Equal(D("09/02/2025"), r.EndsOn);
    }

    [Fact]
    public void Every_sentence_type_gives_a_completion_the_day_after_its_end()
    {
        foreach (var type in Enum.GetValues<SentenceType>())
        {
            var months = type == SentenceType.NonCustodialReform ? 6 : 12;
            var r = Compute(type, "31/03/2024", months, shortened: 1);
            Assert.Equal(r.EndsOn.AddDays(1), r.CompletedFrom);
            Assert.Equal(Periods.EndAfterMonths(D("31/03/2024"), months).AddMonths(-1), r.EndsOn);
            Assert.NotEmpty(r.Steps);
        }
    }

    // --- Validation ---

    [Fact]
    public void Custody_is_only_credited_against_non_custodial_reform()
    {
        var problem = Assert.Single(SentenceEndDate.Validate(new EndDateInput(SentenceType.SuspendedSentence, D("10/01/2024"), 36, 5, 0)));
        Assert.Equal("custodyDays", problem.Field);
    }

    [Fact]
    public void Months_shortened_must_be_fewer_than_the_term()
    {
        var problem = Assert.Single(SentenceEndDate.Validate(new EndDateInput(SentenceType.SuspendedSentence, D("10/01/2024"), 12, 0, 12)));
        Assert.Equal("shortenedOrReducedMonths", problem.Field);
        Assert.Equal("shortenedOrReducedMonths",
            Assert.Single(SentenceEndDate.Validate(new EndDateInput(SentenceType.SuspendedSentence, D("10/01/2024"), 12, 0, -1))).Field);
    }

    [Theory]
    [InlineData(SentenceType.SuspendedSentence, 61, "Điều 65 khoản 1")]
    [InlineData(SentenceType.NonCustodialReform, 5, "Điều 36 khoản 1")]
    [InlineData(SentenceType.NonCustodialReform, 37, "Điều 36 khoản 1")]
    [InlineData(SentenceType.ResidenceBan, 61, "Điều 42")]
    [InlineData(SentenceType.ConditionalEarlyRelease, 0, "360 tháng")]
    public void Term_outside_the_limits_of_its_type_is_refused(SentenceType type, int months, string expected)
    {
        var problem = Assert.Single(SentenceEndDate.Validate(new EndDateInput(type, D("10/01/2024"), months, 0, 0)));
        Assert.Equal("termMonths", problem.Field);
        Assert.Contains(expected, problem.Message);
    }

    [Fact]
    public void Unknown_type_is_refused()
        => Assert.Equal("sentenceType", Assert.Single(SentenceEndDate.Validate(new EndDateInput((SentenceType)99, D("10/01/2024"), 12, 0, 0))).Field);
}
