using System.Globalization;
using System.Text.RegularExpressions;
using HoaNhap.Domain.Rules;

namespace HoaNhap.Domain.Tests;

/// <summary>
/// Worked cases for shortening the probation of a suspended sentence: BLHS 2015 Điều 65 khoản 4,
/// LTHAHS 2019 Điều 89, read as in legal-rules.md "How to use it in code" items 3, 5 and 7.
/// </summary>
public class ProbationShorteningTests
{
    static DateOnly D(string ddMMyyyy) => DateOnly.ParseExact(ddMMyyyy, "dd/MM/yyyy", CultureInfo.InvariantCulture);

    static ShorteningInput Input(string asOf, string start, int months, bool merit = false, params (string On, int Months)[] previous) =>
        new(D(asOf), D(start), months, previous.Select(x => new PriorShortening(D(x.On), x.Months)).ToList(), merit);

    static ShorteningResult Evaluate(ShorteningInput input)
    {
        Assert.Empty(ProbationShortening.Validate(input));
        return ProbationShortening.Evaluate(input, RuleParameters.Defaults);
    }

    static Criterion Named(ShorteningResult r, string name) => Assert.Single(r.Criteria, c => c.Name == name);

    const string Half = "Đã chấp hành ít nhất 1/2 thời gian thử thách";
    const string Interval = "Đã qua 1 năm kể từ lần rút ngắn trước";
    const string Floor = "Còn có thể rút ngắn mà vẫn bảo đảm đã chấp hành 3/4 thời gian thử thách";

    // --- The example ---

    [Fact]
    public void Shortened_within_the_last_year_waits_for_the_day_after_the_anniversary_LTHAHS_Art89()
    {
        // 36 tháng từ 10/01/2024 → 10/01/2027; rút ngắn 3 tháng ngày 01/09/2025 → 10/10/2026.
        // Một năm kể từ 01/09/2025 kết thúc ngày 01/09/2026 (BLDS Điều 148), nên từ 02/09/2026 mới xét tiếp.
        var r = Evaluate(Input("01/03/2026", "10/01/2024", 36, false, ("01/09/2025", 3)));

        Assert.False(r.EligibleNow);
        Assert.Equal(D("02/09/2026"), r.EligibleFrom);
        Assert.Equal(D("10/10/2026"), r.CurrentEndsOn);
        Assert.Equal(0, r.MaxMonthsNow);
        Assert.False(r.WholeRemainderAllowed);
        Assert.True(Named(r, Half).Met);
        var interval = Named(r, Interval);
        Assert.False(interval.Met);
        Assert.Equal(D("02/09/2026"), interval.MetOn);
        Assert.Contains("02/09/2026", interval.Reason);
        Assert.Contains(r.Steps, s => s.Contains("sớm nhất từ ngày 02/09/2026"));
    }

    [Fact]
    public void On_the_anniversary_itself_the_year_has_not_yet_passed_BLDS_Art148()
    {
        var onAnniversary = Evaluate(Input("01/09/2026", "10/01/2024", 36, false, ("01/09/2025", 3)));
        var dayAfter = Evaluate(Input("02/09/2026", "10/01/2024", 36, false, ("01/09/2025", 3)));

        Assert.False(onAnniversary.EligibleNow);
        Assert.True(dayAfter.EligibleNow);
        // 3/4 của thời gian thử thách đã tuyên đạt ngày 11/04/2026; mới 10/09/2026 phải sau ngày quyết định, nên chỉ còn 1 tháng.
        Assert.Equal(1, dayAfter.MaxMonthsNow);
        Assert.Equal(D("02/09/2026"), dayAfter.EligibleFrom);
    }

    // --- 1/2 of the probation: BLHS 2015 Điều 65 khoản 4 ---

    [Fact]
    public void Not_yet_half_served_gives_the_date_it_will_be_BLHS_Art65_cl4()
    {
        // 24 tháng từ 15/03/2024 → 15/03/2026: 730 ngày, 1/2 = 365 ngày → 15/03/2025.
        var r = Evaluate(Input("01/01/2025", "15/03/2024", 24));

        Assert.False(r.EligibleNow);
        Assert.Equal(D("15/03/2025"), r.EligibleFrom);
        Assert.Equal(0, r.MaxMonthsNow);
        var half = Named(r, Half);
        Assert.False(half.Met);
        Assert.Equal(D("15/03/2025"), half.MetOn);
        Assert.Contains("15/03/2025", half.Reason);
        Assert.True(Named(r, Interval).Met);
    }

    [Fact]
    public void Half_served_on_the_exact_day_allows_up_to_the_three_quarter_point()
    {
        Assert.False(Evaluate(Input("14/03/2025", "15/03/2024", 24)).EligibleNow);
        var r = Evaluate(Input("15/03/2025", "15/03/2024", 24));

        Assert.True(r.EligibleNow);
        // 3/4 của 730 ngày = 547,5 → 548 ngày → 14/09/2025; 15/03/2026 − 6 tháng = 15/09/2025 ≥ 14/09/2025, 7 tháng thì không.
        Assert.Equal(6, r.MaxMonthsNow);
        Assert.Equal(D("15/03/2026"), r.CurrentEndsOn);
        Assert.Contains(r.Steps, s => s.Contains("từ 1 đến 6 tháng") && s.Contains("15/09/2025"));
    }

    [Fact]
    public void Start_on_31_January_counts_to_month_ends()
    {
        // 12 tháng từ 31/01/2024 → 31/01/2025 (366 ngày): 1/2 → 01/08/2024; 3/4 (275 ngày) → 01/11/2024.
        var r = Evaluate(Input("01/08/2024", "31/01/2024", 12));

        Assert.True(r.EligibleNow);
        Assert.Equal(D("01/08/2024"), r.EligibleFrom);
        // 31/01/2025 − 2 tháng = 30/11/2024 (tháng 11 không có ngày 31); − 3 tháng = 31/10/2024 < 01/11/2024.
        Assert.Equal(2, r.MaxMonthsNow);
        Assert.Contains(r.Steps, s => s.Contains("30/11/2024"));
    }

    [Fact]
    public void Start_on_29_February_ends_on_28_February_and_the_floor_binds()
    {
        // 12 tháng từ 29/02/2024 → 28/02/2025 (365 ngày): 1/2 = 183 ngày → 30/08/2024; 3/4 = 274 ngày → 29/11/2024.
        var r = Evaluate(Input("30/08/2024", "29/02/2024", 12));

        Assert.Equal(D("28/02/2025"), r.CurrentEndsOn);
        Assert.Equal(D("30/08/2024"), r.EligibleFrom);
        Assert.True(r.EligibleNow);
        // 28/02/2025 − 3 tháng = 28/11/2024, trước 29/11/2024.
        Assert.Equal(2, r.MaxMonthsNow);
        Assert.Contains("29/11/2024", Named(r, Floor).Reason);
    }

    [Fact]
    public void A_year_after_a_decision_on_29_February_ends_on_28_February_BLDS_Art148()
    {
        // 60 tháng từ 10/01/2021 → 10/01/2026; rút 3 tháng ngày 29/02/2024 → 10/10/2025; 3/4 đạt ngày 11/10/2024.
        var before = Evaluate(Input("28/02/2025", "10/01/2021", 60, false, ("29/02/2024", 3)));
        var after = Evaluate(Input("01/03/2025", "10/01/2021", 60, false, ("29/02/2024", 3)));

        Assert.False(before.EligibleNow);
        Assert.Equal(D("01/03/2025"), before.EligibleFrom);
        Assert.True(after.EligibleNow);
        Assert.Equal(D("10/10/2025"), after.CurrentEndsOn);
        // 10/10/2025 − 7 tháng = 10/03/2025, vẫn sau ngày quyết định 01/03/2025; − 8 tháng thì không.
        Assert.Equal(7, after.MaxMonthsNow);
    }

    // --- Several shortenings and the 3/4 floor: LTHAHS 2019 Điều 89 ---

    [Fact]
    public void Second_shortening_is_limited_by_the_three_quarter_point()
    {
        // 60 tháng từ 01/01/2020 → 01/01/2025 (1.827 ngày): 1/2 → 03/07/2022; 3/4 (1.371 ngày) → 03/10/2023.
        var first = Evaluate(Input("03/07/2022", "01/01/2020", 60));
        Assert.True(first.EligibleNow);
        Assert.Equal(12, first.MaxMonthsNow);

        var second = Evaluate(Input("04/07/2023", "01/01/2020", 60, false, ("03/07/2022", 12)));
        Assert.True(second.EligibleNow);
        Assert.Equal(D("01/01/2024"), second.CurrentEndsOn);
        // 01/01/2025 − 14 tháng = 01/11/2023 ≥ 03/10/2023; − 15 tháng = 01/10/2023 thì không.
        Assert.Equal(2, second.MaxMonthsNow);
    }

    [Fact]
    public void After_reaching_the_floor_no_further_shortening_is_possible_before_the_end()
    {
        var r = Evaluate(Input("01/09/2023", "01/01/2020", 60, false, ("03/07/2022", 12), ("04/07/2023", 2)));

        Assert.Equal(D("01/11/2023"), r.CurrentEndsOn);
        Assert.False(r.EligibleNow);
        Assert.Equal(0, r.MaxMonthsNow);
        // Lần tiếp theo sớm nhất từ 05/07/2024, sau khi thời gian thử thách đã kết thúc.
        Assert.Equal(D("05/07/2024"), r.EligibleFrom);
        Assert.Contains("03/10/2023", Named(r, Floor).Reason);
        Assert.Contains(r.Steps, s => s.Contains("không còn có thể xét rút ngắn"));
    }

    [Fact]
    public void Total_shortened_is_taken_once_from_the_original_end_date()
    {
        // 48 tháng từ 31/03/2022 → 31/03/2026; hai lần, mỗi lần 1 tháng → 31/03/2026 − 2 tháng = 31/01/2026 (không phải 28/01/2026).
        var r = Evaluate(Input("03/04/2025", "31/03/2022", 48, false, ("01/04/2024", 1), ("02/04/2025", 1)));
        Assert.Equal(D("31/01/2026"), r.CurrentEndsOn);
    }

    // --- The whole remainder: LTHAHS 2019 Điều 89 ---

    [Fact]
    public void At_most_one_month_left_allows_cutting_the_whole_remainder()
    {
        // 12 tháng từ 15/01/2024 → 15/01/2025.
        var oneMonthLeft = Evaluate(Input("15/12/2024", "15/01/2024", 12));
        Assert.True(oneMonthLeft.EligibleNow);
        Assert.True(oneMonthLeft.WholeRemainderAllowed);
        Assert.Equal(0, oneMonthLeft.MaxMonthsNow); // 15/01/2025 − 1 tháng = 15/12/2024, không sau ngày quyết định
        Assert.Contains(oneMonthLeft.Steps, s => s.Contains("còn lại không quá 1 tháng"));

        var dayBefore = Evaluate(Input("14/12/2024", "15/01/2024", 12));
        Assert.False(dayBefore.WholeRemainderAllowed);
        Assert.Equal(1, dayBefore.MaxMonthsNow);
    }

    [Fact]
    public void Meritorious_act_allows_the_whole_remainder_once_half_is_served()
    {
        // 36 tháng từ 01/06/2023 → 01/06/2026 (1.096 ngày): 1/2 → 30/11/2024; 3/4 → 31/08/2025.
        var r = Evaluate(Input("01/12/2024", "01/06/2023", 36, merit: true));
        Assert.True(r.EligibleNow);
        Assert.True(r.WholeRemainderAllowed);
        Assert.Equal(9, r.MaxMonthsNow); // 01/06/2026 − 9 tháng = 01/09/2025 ≥ 31/08/2025
        Assert.Contains(r.Steps, s => s.Contains("lập công hoặc mắc bệnh hiểm nghèo"));

        var early = Evaluate(Input("01/11/2024", "01/06/2023", 36, merit: true));
        Assert.False(early.EligibleNow);
        Assert.False(early.WholeRemainderAllowed);
        Assert.Equal(D("30/11/2024"), early.EligibleFrom);
    }

    [Fact]
    public void Grave_illness_overrides_the_floor_but_otherwise_waits_until_one_month_is_left()
    {
        // 60 tháng từ 01/01/2020; lần trước rút 14 tháng ngày 03/07/2022 → 01/11/2023; 3/4 đạt 03/10/2023.
        var ordinary = Evaluate(Input("05/07/2023", "01/01/2020", 60, false, ("03/07/2022", 14)));
        Assert.False(ordinary.EligibleNow);
        Assert.Equal(0, ordinary.MaxMonthsNow);
        // Từ 01/10/2023 thời gian thử thách còn lại không quá 1 tháng (01/10/2023 + 1 tháng = 01/11/2023).
        Assert.Equal(D("01/10/2023"), ordinary.EligibleFrom);
        Assert.Equal(D("01/10/2023"), Named(ordinary, Floor).MetOn);
        Assert.True(Evaluate(Input("01/10/2023", "01/01/2020", 60, false, ("03/07/2022", 14))).WholeRemainderAllowed);
        Assert.False(Evaluate(Input("30/09/2023", "01/01/2020", 60, false, ("03/07/2022", 14))).EligibleNow);

        var ill = Evaluate(Input("05/07/2023", "01/01/2020", 60, true, ("03/07/2022", 14)));
        Assert.True(ill.EligibleNow);
        Assert.True(ill.WholeRemainderAllowed);
        Assert.Equal(0, ill.MaxMonthsNow);
    }

    [Fact]
    public void Probation_already_over_cannot_be_shortened()
    {
        var r = Evaluate(Input("20/01/2025", "15/01/2024", 12));
        Assert.False(r.EligibleNow);
        Assert.False(r.WholeRemainderAllowed);
        Assert.Contains("đã kết thúc vào ngày 15/01/2025", Named(r, Floor).Reason);
    }

    // --- What the user reads ---

    [Fact]
    public void Criteria_are_named_in_Vietnamese_and_progress_is_left_to_the_commune_and_court()
    {
        var r = Evaluate(Input("01/03/2026", "10/01/2024", 36, false, ("01/09/2025", 3)));
        Assert.Equal([Half, Interval, Floor], r.Criteria.Select(c => c.Name));
        Assert.Contains(r.Steps, s => s.Contains("Ủy ban nhân dân cấp xã") && s.Contains("Tòa án đánh giá") && s.Contains("không tính toán"));
        foreach (var text in r.Steps.Concat(r.Criteria.Select(c => c.Reason)))
        {
            Assert.DoesNotMatch(new Regex("[0-9]{4}-[0-9]{2}-[0-9]{2}"), text);
            Assert.Equal(text.Normalize(System.Text.NormalizationForm.FormC), text);
        }
    }

    [Fact]
    public void First_shortening_reports_that_none_came_before()
    {
        var r = Evaluate(Input("15/03/2025", "15/03/2024", 24));
        var interval = Named(r, Interval);
        Assert.True(interval.Met);
        Assert.Null(interval.MetOn);
        Assert.Contains("chưa được rút ngắn", interval.Reason);
    }

    [Fact]
    public void Fractions_and_limits_come_from_the_rule_parameters()
    {
        var p = new RuleParameters(RuleParameterDefaults.All.Select(x => x.Key switch
        {
            RuleKeys.ShortenMinServed => x with { Value = "2/3" },
            RuleKeys.ShortenMaxMonths => x with { Value = "3" },
            _ => x,
        }));
        var input = Input("15/03/2025", "15/03/2024", 24);
        var r = ProbationShortening.Evaluate(input, p);

        // 2/3 của 730 ngày = 486,67 → 487 ngày → 15/07/2025.
        Assert.False(r.EligibleNow);
        Assert.Equal(D("15/07/2025"), r.EligibleFrom);
        Assert.Equal("Đã chấp hành ít nhất 2/3 thời gian thử thách", r.Criteria[0].Name);
        Assert.Equal(3, ProbationShortening.Evaluate(input with { AsOf = D("15/07/2025") }, p).MaxMonthsNow);
    }

    // --- Validation ---

    [Theory]
    [InlineData(0)]
    [InlineData(61)]
    public void Probation_outside_1_to_60_months_is_refused_BLHS_Art65_cl1(int months)
    {
        var problem = Assert.Single(ProbationShortening.Validate(Input("01/03/2026", "10/01/2024", months)));
        Assert.Equal("probationMonths", problem.Field);
        Assert.Contains("Điều 65 khoản 1", problem.Message);
    }

    [Fact]
    public void Date_examined_before_the_start_is_refused()
    {
        var problem = Assert.Single(ProbationShortening.Validate(Input("09/01/2024", "10/01/2024", 36)));
        Assert.Equal("asOf", problem.Field);
        Assert.Contains("10/01/2024", problem.Message);
    }

    [Fact]
    public void Previous_shortenings_are_checked_one_by_one()
    {
        var problems = ProbationShortening.Validate(Input("01/03/2026", "10/01/2024", 36, false,
            ("01/01/2024", 1), ("01/09/2025", 0), ("01/08/2025", 2), ("02/03/2026", 1))).ToList();

        Assert.Equal(
            ["previousShortenings[0].decidedOn", "previousShortenings[1].months", "previousShortenings[2].decidedOn", "previousShortenings[3].decidedOn"],
            problems.Select(x => x.Field));
        Assert.Contains("trước ngày bắt đầu", problems[0].Message);
        Assert.Contains("từ 1 tháng trở lên", problems[1].Message);
        Assert.Contains("theo thứ tự thời gian", problems[2].Message);
        Assert.Contains("sau ngày xét (01/03/2026)", problems[3].Message);
    }

    [Fact]
    public void Shortenings_adding_up_to_the_whole_probation_are_refused()
    {
        var problem = Assert.Single(ProbationShortening.Validate(Input("01/03/2026", "10/01/2024", 12, false, ("01/08/2024", 12))));
        Assert.Equal("previousShortenings", problem.Field);
    }

    // --- Properties (fixed seed) ---

    [Fact]
    public void Any_sequence_of_allowed_shortenings_keeps_the_end_on_or_after_the_three_quarter_point()
    {
        var random = new Random(20240110);
        var p = RuleParameters.Defaults;
        for (var run = 0; run < 1500; run++)
        {
            var start = new DateOnly(2019, 1, 1).AddDays(random.Next(0, 6 * 366));
            var months = random.Next(12, 61);
            var merit = random.Next(0, 10) == 0;
            var originalEnd = Periods.EndAfterMonths(start, months);
            var halfOn = Periods.FractionReachedOn(start, originalEnd, new Fraction(1, 2));
            var floorOn = Periods.FractionReachedOn(start, originalEnd, new Fraction(3, 4));
            var previous = new List<PriorShortening>();
            var asOf = start;
            var currentEnd = originalEnd;

            while (true)
            {
                asOf = asOf.AddDays(random.Next(1, 200));
                if (asOf >= currentEnd) break;
                var input = new ShorteningInput(asOf, start, months, previous.ToList(), merit);
                Assert.Empty(ProbationShortening.Validate(input));
                var r = ProbationShortening.Evaluate(input, p);

                Assert.Equal(currentEnd, r.CurrentEndsOn);
                Assert.InRange(r.MaxMonthsNow, 0, 12);
                Assert.True(r.EligibleFrom >= halfOn, $"eligible from {r.EligibleFrom} before the half point {halfOn}");
                Assert.Equal(r.EligibleNow, r.Criteria.All(c => c.Met));
                if (r.EligibleNow) Assert.True(r.EligibleFrom <= asOf);
                else Assert.Equal(0, r.MaxMonthsNow);
                if (!r.EligibleNow && r.EligibleFrom > asOf && r.EligibleFrom < currentEnd)
                {
                    Assert.True(ProbationShortening.Evaluate(input with { AsOf = r.EligibleFrom }, p).EligibleNow);
                    Assert.False(ProbationShortening.Evaluate(input with { AsOf = r.EligibleFrom.AddDays(-1) }, p).EligibleNow);
                }

                if (r.MaxMonthsNow > 0 && random.Next(0, 3) > 0)
                {
                    previous.Add(new PriorShortening(asOf, random.Next(1, r.MaxMonthsNow + 1)));
                    currentEnd = ProbationShortening.Evaluate(new ShorteningInput(asOf, start, months, previous.ToList(), merit), p).CurrentEndsOn;
                    Assert.True(currentEnd >= floorOn, $"end {currentEnd} before the 3/4 point {floorOn}");
                    Assert.True(currentEnd > asOf);
                }
            }
        }
    }
}
