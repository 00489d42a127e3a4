using System.Globalization;
using System.Text.RegularExpressions;
using HoaNhap.Domain.Rules;

namespace HoaNhap.Domain.Tests;

/// <summary>
/// Worked cases for reducing a term of non-custodial reform: BLHS 2015 Điều 63 khoản 1–2, with
/// custody credited under Điều 36 khoản 2 (1 day of custody = 3 days).
/// </summary>
public class SentenceReductionTests
{
    static DateOnly D(string ddMMyyyy) => DateOnly.ParseExact(ddMMyyyy, "dd/MM/yyyy", CultureInfo.InvariantCulture);

    static ReductionInput Input(string asOf, string start, int months, int custodyDays = 0, params (string On, int Months)[] previous) =>
        new(D(asOf), D(start), months, custodyDays, previous.Select(x => new PriorReduction(D(x.On), x.Months)).ToList());

    static ReductionResult Evaluate(ReductionInput input)
    {
        Assert.Empty(SentenceReduction.Validate(input));
        return SentenceReduction.Evaluate(input, RuleParameters.Defaults);
    }

    const string Third = "Đã chấp hành ít nhất 1/3 thời hạn cải tạo không giam giữ";
    const string Floor = "Còn có thể giảm mà vẫn bảo đảm thực tế chấp hành 1/2 thời hạn đã tuyên";

    [Fact]
    public void One_third_served_allows_a_reduction_down_to_half_the_term_BLHS_Art63()
    {
        // 12 tháng từ 01/03/2024 → 01/03/2025 (365 ngày): 1/3 = 122 ngày → 01/07/2024; 1/2 = 183 ngày → 31/08/2024.
        var r = Evaluate(Input("01/07/2024", "01/03/2024", 12));

        Assert.True(r.EligibleNow);
        Assert.Equal(D("01/07/2024"), r.EligibleFrom);
        Assert.Equal(D("01/03/2025"), r.CurrentEndsOn);
        // 01/03/2025 − 6 tháng = 01/09/2024 ≥ 31/08/2024; − 7 tháng = 01/08/2024 thì không.
        Assert.Equal(6, r.MaxMonthsNow);
        Assert.Equal([Third, Floor], r.Criteria.Select(c => c.Name));
    }

    [Fact]
    public void Not_yet_one_third_served_gives_the_date_it_will_be_BLHS_Art63_cl1()
    {
        var r = Evaluate(Input("30/06/2024", "01/03/2024", 12));

        Assert.False(r.EligibleNow);
        Assert.Equal(0, r.MaxMonthsNow);
        Assert.Equal(D("01/07/2024"), r.EligibleFrom);
        var third = r.Criteria.Single(c => c.Name == Third);
        Assert.False(third.Met);
        Assert.Equal(D("01/07/2024"), third.MetOn);
        Assert.Contains(r.Steps, s => s.Contains("sớm nhất từ ngày 01/07/2024"));
    }

    [Fact]
    public void One_day_of_custody_counts_as_three_days_BLHS_Art36_cl2()
    {
        // 10 ngày tạm giam = 30 ngày: kết thúc 01/03/2025 − 30 ngày = 30/01/2025; các mốc cũng sớm hơn 30 ngày.
        var r = Evaluate(Input("01/06/2024", "01/03/2024", 12, custodyDays: 10));

        Assert.Equal(D("30/01/2025"), r.CurrentEndsOn);
        Assert.Equal(D("01/06/2024"), r.EligibleFrom);   // 01/07/2024 − 30 ngày
        Assert.True(r.EligibleNow);
        // Mốc 1/2: 31/08/2024 − 30 ngày = 01/08/2024; 30/01/2025 − 5 tháng = 30/08/2024, − 6 tháng = 30/07/2024 thì không.
        Assert.Equal(5, r.MaxMonthsNow);
        Assert.Contains(r.Steps, s => s.Contains("10 ngày tạm giữ, tạm giam") && s.Contains("30 ngày") && s.Contains("Điều 36 khoản 2"));
        Assert.False(Evaluate(Input("31/05/2024", "01/03/2024", 12, custodyDays: 10)).EligibleNow);
    }

    [Fact]
    public void Custody_longer_than_one_third_makes_the_person_eligible_from_the_start()
    {
        // 6 tháng từ 01/03/2024 → 01/09/2024 (184 ngày); 25 ngày tạm giam = 75 ngày ≥ 62 ngày (1/3).
        var r = Evaluate(Input("01/03/2024", "01/03/2024", 6, custodyDays: 25));

        Assert.True(r.EligibleNow);
        Assert.Equal(D("01/03/2024"), r.EligibleFrom);
        Assert.Equal(D("18/06/2024"), r.CurrentEndsOn);
        // Mốc 1/2: 92 ngày − 75 ngày → 18/03/2024; 18/06/2024 − 3 tháng = 18/03/2024.
        Assert.Equal(3, r.MaxMonthsNow);
    }

    [Fact]
    public void Earlier_reductions_are_taken_off_the_end_date()
    {
        // 24 tháng từ 01/03/2024 → 01/03/2026 (730 ngày): 1/3 → 31/10/2024; 1/2 → 01/03/2025. Đã giảm 6 tháng → 01/09/2025.
        var r = Evaluate(Input("01/12/2024", "01/03/2024", 24, 0, ("01/11/2024", 6)));

        Assert.Equal(D("31/10/2024"), r.EligibleFrom);
        Assert.Equal(D("01/09/2025"), r.CurrentEndsOn);
        Assert.True(r.EligibleNow);
        Assert.Equal(6, r.MaxMonthsNow); // 01/09/2025 − 6 tháng = 01/03/2025, đúng mốc 1/2
        Assert.Contains(r.Steps, s => s.Contains("Đã được giảm 1 lần, tổng cộng 6 tháng"));
    }

    [Fact]
    public void No_reduction_once_the_end_has_reached_half_the_term_BLHS_Art63_cl2()
    {
        var r = Evaluate(Input("01/12/2024", "01/03/2024", 24, 0, ("01/11/2024", 12)));

        Assert.Equal(D("01/03/2025"), r.CurrentEndsOn);
        Assert.False(r.EligibleNow);
        Assert.Equal(0, r.MaxMonthsNow);
        var floor = r.Criteria.Single(c => c.Name == Floor);
        Assert.False(floor.Met);
        Assert.Null(floor.MetOn);
        Assert.Contains("01/02/2025", floor.Reason);
        Assert.Contains("01/03/2025", floor.Reason);
        Assert.Contains(r.Steps, s => s.Contains("không còn có thể xét giảm"));
    }

    [Fact]
    public void The_new_end_must_fall_after_the_decision_date()
    {
        // Đã giảm 6 tháng → 01/09/2025; tại 01/03/2025 chỉ giảm được 5 tháng (01/04/2025), vì 6 tháng sẽ kết thúc đúng ngày quyết định.
        var r = Evaluate(Input("01/03/2025", "01/03/2024", 24, 0, ("01/11/2024", 6)));
        Assert.Equal(5, r.MaxMonthsNow);
    }

    [Fact]
    public void Start_on_31_January_counts_to_month_ends()
    {
        // 6 tháng từ 31/01/2024 → 31/07/2024 (182 ngày): 1/3 = 61 ngày → 01/04/2024; 1/2 = 91 ngày → 01/05/2024.
        var r = Evaluate(Input("01/04/2024", "31/01/2024", 6));

        Assert.True(r.EligibleNow);
        Assert.Equal(D("01/04/2024"), r.EligibleFrom);
        // 31/07/2024 − 2 tháng = 31/05/2024; − 3 tháng = 30/04/2024 < 01/05/2024.
        Assert.Equal(2, r.MaxMonthsNow);
    }

    [Fact]
    public void Start_on_29_February()
    {
        // 12 tháng từ 29/02/2024 → 28/02/2025 (365 ngày): 1/3 = 122 ngày → 30/06/2024; 1/2 = 183 ngày → 30/08/2024.
        var r = Evaluate(Input("30/06/2024", "29/02/2024", 12));

        Assert.Equal(D("28/02/2025"), r.CurrentEndsOn);
        Assert.Equal(D("30/06/2024"), r.EligibleFrom);
        Assert.True(r.EligibleNow);
        Assert.Equal(5, r.MaxMonthsNow); // 28/02/2025 − 6 tháng = 28/08/2024 < 30/08/2024
    }

    [Fact]
    public void Term_already_over_cannot_be_reduced()
    {
        var r = Evaluate(Input("02/03/2025", "01/03/2024", 12));
        Assert.False(r.EligibleNow);
        Assert.Contains("đã kết thúc vào ngày 01/03/2025", r.Criteria.Single(c => c.Name == Floor).Reason);
    }

    [Fact]
    public void Steps_say_no_per_time_cap_is_known_and_progress_is_for_the_court()
    {
        var r = Evaluate(Input("01/07/2024", "01/03/2024", 12));
        Assert.Contains(r.Steps, s => s.Contains("Chưa xác định được quy định về mức giảm tối đa mỗi lần"));
        Assert.Contains(r.Steps, s => s.Contains("nghĩa vụ dân sự") && s.Contains("không tính toán"));
        // Điều 63 chưa được đối chiếu văn bản: tham số ở trạng thái cần kiểm tra.
        Assert.Contains(r.Steps, s => s.Contains("cần kiểm tra lại"));
        foreach (var text in r.Steps.Concat(r.Criteria.Select(c => c.Reason)))
            Assert.DoesNotMatch(new Regex("[0-9]{4}-[0-9]{2}-[0-9]{2}"), text);
    }

    [Fact]
    public void Fractions_and_the_custody_credit_come_from_the_rule_parameters()
    {
        var p = new RuleParameters(RuleParameterDefaults.All.Select(x => x.Key switch
        {
            RuleKeys.ReformReduceMinServed => x with { Value = "1/2" },
            RuleKeys.CustodyCreditDays => x with { Value = "2" },
            _ => x,
        }));
        var r = SentenceReduction.Evaluate(Input("01/06/2024", "01/03/2024", 12, custodyDays: 10), p);

        // 10 ngày × 2 = 20 ngày: kết thúc 09/02/2025; 1/2 = 183 ngày → 31/08/2024 − 20 ngày = 11/08/2024.
        Assert.Equal(D("09/02/2025"), r.CurrentEndsOn);
        Assert.Equal(D("11/08/2024"), r.EligibleFrom);
        Assert.Equal("Đã chấp hành ít nhất 1/2 thời hạn cải tạo không giam giữ", r.Criteria[0].Name);
    }

    // --- Validation ---

    [Theory]
    [InlineData(5)]
    [InlineData(37)]
    public void Term_outside_6_to_36_months_is_refused_BLHS_Art36_cl1(int months)
    {
        var problem = Assert.Single(SentenceReduction.Validate(Input("01/07/2024", "01/03/2024", months)));
        Assert.Equal("termMonths", problem.Field);
        Assert.Contains("Điều 36 khoản 1", problem.Message);
    }

    [Fact]
    public void Custody_days_must_be_positive_and_within_the_term()
    {
        Assert.Equal("custodyDays", Assert.Single(SentenceReduction.Validate(Input("01/07/2024", "01/03/2024", 12, custodyDays: -1))).Field);
        var tooLong = Assert.Single(SentenceReduction.Validate(Input("01/07/2024", "01/03/2024", 12, custodyDays: 366)));
        Assert.Equal("custodyDays", tooLong.Field);
        Assert.Contains("365 ngày", tooLong.Message);
    }

    [Fact]
    public void Previous_reductions_are_checked_one_by_one()
    {
        var problems = SentenceReduction.Validate(Input("01/05/2024", "01/03/2024", 12, 0,
            ("01/01/2024", 1), ("01/04/2024", 0), ("01/03/2024", 12))).ToList();

        Assert.Equal(
            ["previousReductions[0].decidedOn", "previousReductions[1].months", "previousReductions[2].decidedOn", "previousReductions"],
            problems.Select(x => x.Field));
        Assert.Contains("theo thứ tự thời gian", problems[2].Message);
        Assert.Contains("13 tháng", problems[3].Message);
    }

    [Fact]
    public void Date_examined_before_the_start_is_refused()
    {
        var problems = SentenceReduction.Validate(Input("01/02/2024", "01/03/2024", 12, 0, ("01/03/2024", 1))).ToList();
        Assert.Equal(["asOf", "previousReductions[0].decidedOn"], problems.Select(x => x.Field));
        Assert.Contains("sau ngày xét (01/02/2024)", problems[1].Message);
    }

    // --- Properties (fixed seed) ---

    [Fact]
    public void Any_sequence_of_reductions_keeps_half_the_term_served()
    {
        var random = new Random(63);
        var p = RuleParameters.Defaults;
        for (var run = 0; run < 1500; run++)
        {
            var start = new DateOnly(2019, 1, 1).AddDays(random.Next(0, 6 * 366));
            var months = random.Next(6, 37);
            var termEnd = Periods.EndAfterMonths(start, months);
            var custody = random.Next(0, 4) == 0 ? random.Next(0, Periods.Days(start, termEnd) / 4) : 0;
            var credit = custody * 3;
            var halfOn = Periods.FractionReachedOn(start, termEnd, new Fraction(1, 2));
            var thirdOn = Periods.FractionReachedOn(start, termEnd, new Fraction(1, 3)).AddDays(-credit);
            var previous = new List<PriorReduction>();
            var asOf = start;

            while (true)
            {
                var input = new ReductionInput(asOf, start, months, custody, previous.ToList());
                Assert.Empty(SentenceReduction.Validate(input));
                var r = SentenceReduction.Evaluate(input, p);
                if (asOf >= r.CurrentEndsOn) break;

                Assert.True(r.MaxMonthsNow >= 0);
                Assert.True(r.EligibleFrom >= start && r.EligibleFrom >= thirdOn);
                Assert.Equal(r.EligibleNow, r.Criteria.All(c => c.Met));
                if (!r.EligibleNow) Assert.Equal(0, r.MaxMonthsNow);

                if (r.MaxMonthsNow > 0 && random.Next(0, 2) == 0)
                {
                    previous.Add(new PriorReduction(asOf, random.Next(1, r.MaxMonthsNow + 1)));
                    var end = SentenceReduction.Evaluate(input with { PreviousReductions = previous.ToList() }, p).CurrentEndsOn;
                    // Thực tế chấp hành (kể cả thời gian được khấu trừ) vẫn đạt 1/2 thời hạn đã tuyên.
                    Assert.True(Periods.Days(start, end) + credit >= Periods.Days(start, halfOn), $"end {end} serves less than half");
                    Assert.True(end > asOf);
                }
                asOf = asOf.AddDays(random.Next(1, 90));
            }
        }
    }
}
