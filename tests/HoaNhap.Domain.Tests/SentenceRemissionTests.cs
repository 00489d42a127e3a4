using System.Globalization;
using HoaNhap.Domain.Rules;

namespace HoaNhap.Domain.Tests;

/// <summary>
/// Worked cases for waiving the rest of a residence ban or controlled residence: BLHS 2015
/// Điều 62 khoản 6, the term counted from the completion of the prison term (Điều 42, Điều 43).
/// </summary>
public class SentenceRemissionTests
{
    static DateOnly D(string ddMMyyyy) => DateOnly.ParseExact(ddMMyyyy, "dd/MM/yyyy", CultureInfo.InvariantCulture);

    static RemissionResult Evaluate(string asOf, WaivablePenalty penalty, string start, int months)
    {
        var input = new RemissionInput(D(asOf), penalty, D(start), months);
        Assert.Empty(SentenceRemission.Validate(input));
        return SentenceRemission.Evaluate(input, RuleParameters.Defaults);
    }

    const WaivablePenalty Ban = WaivablePenalty.ResidenceBan;
    const WaivablePenalty Controlled = WaivablePenalty.ControlledResidence;

    [Fact]
    public void Residence_ban_half_served_can_be_waived_BLHS_Art62_cl6()
    {
        // 24 tháng từ 15/06/2023 → 15/06/2025 (731 ngày, có 29/02/2024): 1/2 = 366 ngày → 15/06/2024.
        var r = Evaluate("15/06/2024", Ban, "15/06/2023", 24);

        Assert.True(r.EligibleNow);
        Assert.Equal(D("15/06/2024"), r.EligibleFrom);
        Assert.Equal(D("15/06/2025"), r.EndsOn);
        Assert.All(r.Criteria, c => Assert.True(c.Met));
    }

    [Fact]
    public void Residence_ban_not_yet_half_served_gives_the_date_it_will_be()
    {
        var r = Evaluate("14/06/2024", Ban, "15/06/2023", 24);

        Assert.False(r.EligibleNow);
        Assert.Equal(D("15/06/2024"), r.EligibleFrom);
        var half = r.Criteria[0];
        Assert.Equal("Đã chấp hành ít nhất 1/2 thời hạn cấm cư trú", half.Name);
        Assert.False(half.Met);
        Assert.Equal(D("15/06/2024"), half.MetOn);
        Assert.Contains("phải đến ngày 15/06/2024", half.Reason);
        Assert.Contains(r.Steps, s => s.Contains("sớm nhất từ ngày 15/06/2024"));
    }

    [Fact]
    public void Controlled_residence_from_29_February_ends_on_28_February()
    {
        // 12 tháng từ 29/02/2024 → 28/02/2025 (365 ngày): 1/2 = 183 ngày → 30/08/2024.
        var r = Evaluate("29/08/2024", Controlled, "29/02/2024", 12);

        Assert.Equal(D("28/02/2025"), r.EndsOn);
        Assert.Equal(D("30/08/2024"), r.EligibleFrom);
        Assert.False(r.EligibleNow);
        Assert.True(Evaluate("30/08/2024", Controlled, "29/02/2024", 12).EligibleNow);
        Assert.Equal("Đã chấp hành ít nhất 1/2 thời hạn quản chế", r.Criteria[0].Name);
    }

    [Fact]
    public void Controlled_residence_from_31_January_ends_on_the_last_day_of_February()
    {
        // 13 tháng từ 31/01/2024 → 28/02/2025 (394 ngày): 1/2 = 197 ngày → 15/08/2024.
        var r = Evaluate("15/08/2024", Controlled, "31/01/2024", 13);

        Assert.Equal(D("28/02/2025"), r.EndsOn);
        Assert.Equal(D("15/08/2024"), r.EligibleFrom);
        Assert.True(r.EligibleNow);
    }

    [Fact]
    public void Odd_number_of_days_rounds_the_half_point_up()
    {
        // 12 tháng từ 01/03/2023 → 01/03/2024 (366 ngày): 1/2 = 183 ngày → 31/08/2023.
        var r = Evaluate("31/08/2023", Ban, "01/03/2023", 12);
        Assert.Equal(D("31/08/2023"), r.EligibleFrom);
        Assert.True(r.EligibleNow);
        // 12 tháng từ 01/03/2024 → 01/03/2025 (365 ngày): 182,5 → 183 ngày → 31/08/2024.
        Assert.Equal(D("31/08/2024"), Evaluate("01/09/2024", Ban, "01/03/2024", 12).EligibleFrom);
    }

    [Theory]
    // Ngày bắt đầu, số tháng, ngày kết thúc, mốc 1/2 (số ngày làm tròn lên).
    [InlineData("31/12/2023", 12, "31/12/2024", "01/07/2024")]  // 366 ngày → 183 ngày
    [InlineData("01/01/2021", 60, "01/01/2026", "03/07/2023")]  // 1.826 ngày → 913 ngày
    [InlineData("30/04/2024", 22, "28/02/2026", "31/03/2025")]  // 669 ngày → 335 ngày
    [InlineData("01/07/2025", 36, "01/07/2028", "31/12/2026")]  // 1.096 ngày (có 29/02/2028) → 548 ngày
    public void Half_point_and_end_of_the_term_BLHS_Art62_cl6(string start, int months, string endsOn, string halfOn)
    {
        var r = Evaluate(halfOn, Ban, start, months);
        Assert.Equal(D(endsOn), r.EndsOn);
        Assert.Equal(D(halfOn), r.EligibleFrom);
        Assert.True(r.EligibleNow);
        Assert.False(Evaluate(D(halfOn).AddDays(-1).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), Controlled, start, months).EligibleNow);
    }

    [Fact]
    public void Nothing_is_left_to_waive_on_or_after_the_last_day()
    {
        var lastDay = Evaluate("28/02/2025", Controlled, "29/02/2024", 12);
        Assert.False(lastDay.EligibleNow);
        var running = lastDay.Criteria.Single(c => c.Name == "Thời hạn quản chế chưa kết thúc");
        Assert.False(running.Met);
        Assert.Contains("28/02/2025", running.Reason);

        var after = Evaluate("01/03/2025", Controlled, "29/02/2024", 12);
        Assert.False(after.EligibleNow);
        Assert.Contains(after.Steps, s => s.Contains("đã kết thúc nên không còn xét miễn"));
    }

    [Fact]
    public void Steps_cite_the_articles_and_leave_good_reform_to_the_court()
    {
        var r = Evaluate("15/06/2024", Ban, "15/06/2023", 24);
        Assert.Contains(r.Steps, s => s.Contains("tính từ ngày chấp hành xong hình phạt tù 15/06/2023") && s.Contains("Điều 42"));
        Assert.Contains(r.Steps, s => s.Contains("Điều 62 khoản 6") && s.Contains("15/06/2024"));
        Assert.Contains(r.Steps, s => s.Contains("cải tạo tốt") && s.Contains("không tính toán"));
        Assert.Contains(Evaluate("15/06/2024", Controlled, "15/06/2023", 24).Steps, s => s.Contains("Điều 43"));
    }

    [Fact]
    public void The_fraction_comes_from_the_rule_parameters()
    {
        var p = new RuleParameters(RuleParameterDefaults.All.Select(x => x.Key == RuleKeys.RemissionMinServed ? x with { Value = "3/4" } : x));
        // 3/4 của 731 ngày = 548,25 → 549 ngày → 15/12/2024.
        var r = SentenceRemission.Evaluate(new RemissionInput(D("15/06/2024"), Ban, D("15/06/2023"), 24), p);
        Assert.False(r.EligibleNow);
        Assert.Equal(D("15/12/2024"), r.EligibleFrom);
    }

    // --- Validation ---

    [Theory]
    [InlineData(0)]
    [InlineData(61)]
    public void Term_outside_1_to_60_months_is_refused(int months)
    {
        var problem = Assert.Single(SentenceRemission.Validate(new RemissionInput(D("15/06/2024"), Ban, D("15/06/2023"), months)));
        Assert.Equal("termMonths", problem.Field);
        Assert.Contains("05 năm", problem.Message);
    }

    [Fact]
    public void Unknown_penalty_and_a_date_before_the_start_are_refused()
    {
        var problems = SentenceRemission.Validate(new RemissionInput(D("14/06/2023"), (WaivablePenalty)7, D("15/06/2023"), 24)).ToList();
        Assert.Equal(["penalty", "asOf"], problems.Select(x => x.Field));
        Assert.Contains("15/06/2023", problems[1].Message);
    }

    [Fact]
    public void Dates_outside_the_supported_range_are_refused()
    {
        var problems = SentenceRemission.Validate(new RemissionInput(DateOnly.MaxValue, Ban, DateOnly.MaxValue, 24)).ToList();
        Assert.Equal(["asOf", "startedOn"], problems.Select(x => x.Field));
    }
}
