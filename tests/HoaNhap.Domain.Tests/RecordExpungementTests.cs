using System.Text;
using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.Rules;

namespace HoaNhap.Domain.Tests;

/// <summary>Worked cases for the clearing of a criminal record (BLHS 2015 Điều 69–73).</summary>
public class RecordExpungementTests
{
    static readonly RuleParameters P = RuleParameters.Defaults;

    static DateOnly D(int y, int m, int d) => new(y, m, d);

    static Conviction Prison(int months, DateOnly judged, DateOnly? completed, int chapter = 22, bool intentional = true,
        CrimeCategory category = CrimeCategory.Serious, DateOnly? additional = null, DateOnly? other = null)
        => new(MainPenalty.Imprisonment, months, chapter, intentional, category, completed, additional, other, judged);

    static Conviction Light(MainPenalty penalty, DateOnly judged, DateOnly? completed, int chapter = 22, int? months = null,
        DateOnly? additional = null, DateOnly? other = null)
        => new(penalty, months, chapter, true, CrimeCategory.LessSerious, completed, additional, other, judged);

    static ExpungementResult Compute(DateOnly asOf, params Conviction[] convictions) => RecordExpungement.Compute(convictions, asOf, P);

    // --- One conviction ---

    [Fact]
    public void Worked_example_prison_30_months_cleared_automatically_after_2_years_BLHS_Art70_2b()
    {
        var r = Compute(D(2026, 11, 22),
            Prison(30, judged: D(2020, 11, 10), completed: D(2023, 5, 10), other: D(2023, 4, 1)));

        Assert.True(r.HasRecord);
        Assert.Equal(ExpungementMode.Automatic, r.Mode);
        Assert.Equal(2, r.WaitingYears);
        Assert.Equal(D(2025, 5, 10), r.PeriodEndsOn);
        Assert.Equal(D(2025, 5, 11), r.ClearFrom);
        Assert.True(r.ClearAsOf);
        Assert.Contains("Hình phạt chính: tù 30 tháng (không quá 5 năm) → thời hạn 2 năm (BLHS 2015 Điều 70 khoản 2 điểm b).", r.Steps);
        Assert.Contains("Thời hạn kết thúc ngày 10/05/2025; đương nhiên được xóa án tích từ ngày 11/05/2025.", r.Steps);
    }

    [Fact]
    public void A_period_from_29_February_ends_on_28_February_and_the_record_is_cleared_on_1_March_BLDS_Art148()
    {
        var fine = Light(MainPenalty.Fine, judged: D(2024, 1, 15), completed: D(2024, 2, 29));

        var before = Compute(D(2025, 2, 28), fine);
        Assert.Equal(1, before.WaitingYears);
        Assert.Equal(D(2025, 2, 28), before.PeriodEndsOn);
        Assert.Equal(D(2025, 3, 1), before.ClearFrom);
        Assert.False(before.ClearAsOf);

        Assert.True(Compute(D(2025, 3, 1), fine).ClearAsOf);
    }

    [Fact]
    public void A_period_ending_on_31_December_clears_the_record_on_1_January()
    {
        var r = Compute(D(2025, 1, 1), Light(MainPenalty.NonCustodialReform, D(2022, 6, 1), D(2023, 12, 31), months: 18));
        Assert.Equal(D(2024, 12, 31), r.PeriodEndsOn);
        Assert.Equal(D(2025, 1, 1), r.ClearFrom);
        Assert.True(r.ClearAsOf);
    }

    [Fact]
    public void Suspended_sentence_period_runs_from_the_end_of_probation_BLHS_Art70_2a()
    {
        var r = Compute(D(2026, 1, 1), Light(MainPenalty.SuspendedSentence, D(2022, 3, 10), D(2025, 3, 9), months: 24));
        Assert.Equal(1, r.WaitingYears);
        Assert.Equal(D(2026, 3, 9), r.PeriodEndsOn);
        Assert.Equal(D(2026, 3, 10), r.ClearFrom);
        Assert.False(r.ClearAsOf);
        Assert.Contains(r.Steps, s => s.Contains("Hết thời gian thử thách của án treo ngày 09/03/2025", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(MainPenalty.Warning, null, 1)]
    [InlineData(MainPenalty.Fine, null, 1)]
    [InlineData(MainPenalty.NonCustodialReform, 24, 1)]
    [InlineData(MainPenalty.SuspendedSentence, 36, 1)]
    [InlineData(MainPenalty.Imprisonment, 60, 2)]
    [InlineData(MainPenalty.Imprisonment, 61, 3)]
    [InlineData(MainPenalty.Imprisonment, 180, 3)]
    [InlineData(MainPenalty.Imprisonment, 181, 5)]
    [InlineData(MainPenalty.LifeImprisonment, null, 5)]
    [InlineData(MainPenalty.DeathCommuted, null, 5)]
    public void Automatic_waiting_period_follows_the_main_penalty_imposed_BLHS_Art70_2_and_Art73_1(MainPenalty penalty, int? months, int years)
    {
        var r = Compute(D(2040, 1, 1), new Conviction(penalty, months, 22, true, CrimeCategory.VerySerious, D(2030, 1, 1), null, null, D(2010, 1, 1)));
        Assert.Equal(ExpungementMode.Automatic, r.Mode);
        Assert.Equal(years, r.WaitingYears);
        Assert.Equal(D(2030 + years, 1, 1), r.PeriodEndsOn);
    }

    [Theory]
    [InlineData(MainPenalty.Fine, null, 1)]
    [InlineData(MainPenalty.Imprisonment, 48, 3)]
    [InlineData(MainPenalty.Imprisonment, 120, 5)]
    [InlineData(MainPenalty.LifeImprisonment, null, 7)]
    public void Chapter_XIII_national_security_is_cleared_only_by_the_court_BLHS_Art71(MainPenalty penalty, int? months, int years)
    {
        var r = Compute(D(2040, 1, 1), new Conviction(penalty, months, 13, true, CrimeCategory.ParticularlySerious, D(2030, 1, 1), null, null, D(2010, 1, 1)));
        Assert.True(r.HasRecord);
        Assert.Equal(ExpungementMode.CourtDecision, r.Mode);
        Assert.Equal(years, r.WaitingYears);
        Assert.Contains(r.Steps, s => s.Contains("Chương XIII", StringComparison.Ordinal) && s.Contains("Điều 71 khoản 1", StringComparison.Ordinal));
        Assert.Contains(r.Steps, s => s.Contains("đề nghị Tòa án", StringComparison.Ordinal));
    }

    [Fact]
    public void Chapter_XXVI_war_crimes_are_cleared_only_by_the_court_BLHS_Art71()
    {
        var r = Compute(D(2026, 1, 1), Prison(48, D(2015, 1, 1), D(2019, 1, 1), chapter: 26, category: CrimeCategory.VerySerious));
        Assert.Equal(ExpungementMode.CourtDecision, r.Mode);
        Assert.Equal(3, r.WaitingYears);
        Assert.Equal(D(2022, 1, 2), r.ClearFrom);
    }

    [Theory]
    [InlineData(CrimeCategory.LessSerious)]
    [InlineData(CrimeCategory.Serious)]
    public void Unintentional_less_serious_or_serious_crime_leaves_no_record_BLHS_Art69_2(CrimeCategory category)
    {
        var r = Compute(D(2026, 1, 1), Prison(24, D(2022, 1, 1), null, intentional: false, category: category));
        Assert.False(r.HasRecord);
        Assert.Equal(ExpungementMode.None, r.Mode);
        Assert.Null(r.WaitingYears);
        Assert.Null(r.PeriodEndsOn);
        Assert.Null(r.ClearFrom);
        Assert.True(r.ClearAsOf);
        Assert.Contains(r.Steps, s => s.Contains("Điều 69 khoản 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Unintentional_very_serious_crime_does_leave_a_record_BLHS_Art69_2()
    {
        var r = Compute(D(2026, 1, 1), Prison(120, D(2012, 1, 1), D(2021, 6, 30), intentional: false, category: CrimeCategory.VerySerious));
        Assert.True(r.HasRecord);
        Assert.Equal(3, r.WaitingYears);
        Assert.Equal(D(2024, 7, 1), r.ClearFrom);
    }

    [Fact]
    public void An_additional_penalty_ending_after_the_period_extends_it_to_its_completion_BLHS_Art70_3()
    {
        var r = Compute(D(2025, 6, 1),
            Prison(36, D(2019, 6, 1), D(2022, 6, 15), additional: D(2025, 6, 15)));
        Assert.Equal(2, r.WaitingYears);
        Assert.Equal(D(2025, 6, 15), r.PeriodEndsOn);
        Assert.Equal(D(2025, 6, 16), r.ClearFrom);
        Assert.False(r.ClearAsOf);
        Assert.Contains(r.Steps, s => s.Contains("Điều 70 khoản 3", StringComparison.Ordinal) && s.Contains("15/06/2025", StringComparison.Ordinal));
    }

    [Fact]
    public void Civil_obligations_paid_after_the_period_delay_it_until_paid_BLHS_Art70_2()
    {
        var r = Compute(D(2026, 1, 1), Light(MainPenalty.Fine, D(2020, 1, 10), D(2020, 2, 1), other: D(2023, 8, 31)));
        Assert.Equal(D(2023, 8, 31), r.PeriodEndsOn);
        Assert.Equal(D(2023, 9, 1), r.ClearFrom);
    }

    [Fact]
    public void A_person_still_serving_the_main_penalty_has_no_clearing_date_yet()
    {
        var r = Compute(D(2026, 1, 1), Prison(48, D(2024, 1, 1), null));
        Assert.True(r.HasRecord);
        Assert.Equal(ExpungementMode.Automatic, r.Mode);
        Assert.Equal(2, r.WaitingYears);
        Assert.Null(r.PeriodEndsOn);
        Assert.Null(r.ClearFrom);
        Assert.False(r.ClearAsOf);
        Assert.Contains(r.Steps, s => s.Contains("đang chấp hành án", StringComparison.Ordinal));
    }

    [Fact]
    public void A_completion_date_in_the_future_gives_a_projection_that_says_so()
    {
        var r = Compute(D(2026, 1, 1), Light(MainPenalty.SuspendedSentence, D(2024, 1, 1), D(2027, 1, 1), months: 24));
        Assert.Equal(D(2028, 1, 2), r.ClearFrom);
        Assert.False(r.ClearAsOf);
        Assert.Contains(r.Steps, s => s.Contains("dự kiến", StringComparison.Ordinal));
    }

    [Fact]
    public void Waiting_periods_come_from_the_rule_parameters()
    {
        var changed = new RuleParameters(RuleParameterDefaults.All.Select(v => v.Key == RuleKeys.ExpungementAutomaticUpTo5 ? v with { Value = "4" } : v));
        var r = RecordExpungement.Compute([Prison(30, D(2020, 11, 10), D(2023, 5, 10))], D(2026, 11, 22), changed);
        Assert.Equal(4, r.WaitingYears);
        Assert.Equal(D(2027, 5, 10), r.PeriodEndsOn);
        Assert.False(r.ClearAsOf);
    }

    // --- Several convictions (BLHS 2015 Điều 73) ---

    [Fact]
    public void A_new_offence_before_clearing_restarts_the_old_period_from_the_new_completion_BLHS_Art73_2()
    {
        var first = Prison(24, judged: D(2018, 3, 1), completed: D(2020, 3, 1));            // alone: clear from 02/03/2022
        var second = Light(MainPenalty.Fine, judged: D(2021, 6, 1), completed: D(2021, 7, 1)); // before 02/03/2022

        var r = Compute(D(2023, 1, 1), first, second);

        Assert.True(r.HasRecord);
        Assert.Equal(ExpungementMode.Automatic, r.Mode);
        Assert.Equal(2, r.WaitingYears);
        Assert.Equal(D(2023, 7, 1), r.PeriodEndsOn);   // 01/07/2021 + 2 năm, not 01/07/2021 + 1 năm
        Assert.Equal(D(2023, 7, 2), r.ClearFrom);
        Assert.False(r.ClearAsOf);
        Assert.Contains(r.Steps, s => s.Contains("Điều 73 khoản 2", StringComparison.Ordinal) && s.Contains("ngày tuyên án", StringComparison.Ordinal));
    }

    [Fact]
    public void A_conviction_after_the_old_record_was_cleared_does_not_restart_it()
    {
        var first = Prison(24, judged: D(2015, 3, 1), completed: D(2017, 3, 1));           // clear from 02/03/2019
        var second = Light(MainPenalty.Fine, judged: D(2019, 3, 2), completed: D(2019, 4, 1));

        var r = Compute(D(2026, 1, 1), first, second);

        Assert.Equal(1, r.WaitingYears);
        Assert.Equal(D(2020, 4, 1), r.PeriodEndsOn);
        Assert.Equal(D(2020, 4, 2), r.ClearFrom);
        Assert.Contains(r.Steps, s => s.Contains("không bị tính lại", StringComparison.Ordinal));
    }

    [Fact]
    public void A_conviction_on_the_last_day_of_the_old_period_is_a_new_offence_BLHS_Art73_2()
    {
        var first = Prison(24, judged: D(2015, 3, 1), completed: D(2017, 3, 1));           // period ends 01/03/2019
        var second = Light(MainPenalty.Fine, judged: D(2019, 3, 1), completed: D(2019, 4, 1));

        var r = Compute(D(2026, 1, 1), first, second);

        Assert.Equal(2, r.WaitingYears);
        Assert.Equal(D(2021, 4, 1), r.PeriodEndsOn);
    }

    [Fact]
    public void The_person_is_clear_only_when_the_longest_record_is_cleared_BLHS_Art73()
    {
        var first = Light(MainPenalty.Fine, judged: D(2020, 1, 1), completed: D(2020, 2, 1));
        var second = Prison(200, judged: D(2020, 6, 1), completed: D(2030, 6, 1));

        var r = Compute(D(2031, 1, 1), first, second);

        Assert.Equal(5, r.WaitingYears);
        Assert.Equal(D(2035, 6, 1), r.PeriodEndsOn);
    }

    [Fact]
    public void The_old_period_never_restarts_before_its_own_main_penalty_is_completed()
    {
        var first = Prison(24, judged: D(2022, 1, 1), completed: D(2024, 1, 1));
        var second = Light(MainPenalty.Fine, judged: D(2023, 6, 1), completed: D(2023, 6, 1));

        var r = Compute(D(2026, 1, 2), first, second);

        Assert.Equal(D(2026, 1, 1), r.PeriodEndsOn);
        Assert.Equal(D(2026, 1, 2), r.ClearFrom);
        Assert.True(r.ClearAsOf);
    }

    [Fact]
    public void A_new_sentence_still_being_served_leaves_the_old_record_open_BLHS_Art73_2()
    {
        var first = Prison(24, judged: D(2018, 3, 1), completed: D(2020, 3, 1));
        var second = Prison(36, judged: D(2021, 6, 1), completed: null);

        var r = Compute(D(2023, 1, 1), first, second);

        Assert.True(r.HasRecord);
        Assert.Null(r.PeriodEndsOn);
        Assert.Null(r.ClearFrom);
        Assert.False(r.ClearAsOf);
    }

    [Fact]
    public void Records_cleared_by_law_and_by_the_court_together_are_decided_by_the_court_with_Art71_periods_BLHS_Art73_3()
    {
        var security = Light(MainPenalty.Fine, judged: D(2020, 1, 1), completed: D(2020, 2, 1), chapter: 13);
        var theft = Prison(30, judged: D(2020, 9, 1), completed: D(2023, 3, 1), chapter: 22);

        var r = Compute(D(2026, 1, 1), security, theft);

        Assert.Equal(ExpungementMode.CourtDecision, r.Mode);
        Assert.Equal(3, r.WaitingYears);                 // Điều 71 khoản 2 điểm b, not 2 years of Điều 70
        Assert.Equal(D(2026, 3, 1), r.PeriodEndsOn);
        Assert.Contains(r.Steps, s => s.Contains("Điều 73 khoản 3", StringComparison.Ordinal));
    }

    [Fact]
    public void A_no_record_conviction_alone_does_not_count_but_an_earlier_record_still_does()
    {
        var first = Prison(24, judged: D(2015, 3, 1), completed: D(2017, 3, 1));
        var careless = Prison(12, judged: D(2020, 1, 1), completed: D(2021, 1, 1), intentional: false, category: CrimeCategory.LessSerious);

        var r = Compute(D(2026, 1, 1), first, careless);

        Assert.True(r.HasRecord);
        Assert.Equal(D(2019, 3, 1), r.PeriodEndsOn);
        Assert.True(r.ClearAsOf);
        Assert.Contains(r.Steps, s => s.StartsWith("Bản án thứ 2", StringComparison.Ordinal) && s.Contains("Điều 69 khoản 2", StringComparison.Ordinal));
    }

    // --- Validation ---

    static List<(string Field, string Message)> Validate(DateOnly asOf, params Conviction[] convictions)
        => RecordExpungement.Validate(convictions, asOf).ToList();

    [Fact]
    public void Validate_accepts_the_worked_example()
        => Assert.Empty(Validate(D(2026, 11, 22), Prison(30, D(2020, 11, 10), D(2023, 5, 10), other: D(2023, 4, 1))));

    [Fact]
    public void Validate_refuses_an_empty_list()
        => Assert.Equal("convictions", Assert.Single(Validate(D(2026, 1, 1))).Field);

    [Theory]
    [InlineData(0)]
    [InlineData(27)]
    public void Validate_refuses_a_chapter_outside_I_to_XXVI(int chapter)
        => Assert.Equal("convictions[0].penalCodeChapter", Assert.Single(Validate(D(2026, 1, 1), Prison(30, D(2020, 1, 1), D(2022, 7, 1), chapter: chapter))).Field);

    [Fact]
    public void Validate_requires_the_term_of_imprisonment()
    {
        var problem = Assert.Single(Validate(D(2026, 1, 1), new Conviction(MainPenalty.Imprisonment, null, 22, true, CrimeCategory.Serious, D(2022, 1, 1), null, null, D(2020, 1, 1))));
        Assert.Equal("convictions[0].termMonths", problem.Field);
    }

    [Fact]
    public void Validate_refuses_completion_dates_before_the_judgment()
    {
        var fields = Validate(D(2026, 1, 1),
            Prison(30, D(2020, 1, 1), D(2022, 7, 1)),
            Prison(30, D(2021, 1, 1), D(2020, 12, 31), additional: D(2020, 12, 1), other: D(2020, 6, 1))).Select(x => x.Field).ToList();
        Assert.Equal(["convictions[1].mainPenaltyCompletedOn", "convictions[1].additionalPenaltiesCompletedOn", "convictions[1].otherDecisionsCompletedOn"], fields);
    }

    [Fact]
    public void Validate_refuses_a_judgment_after_the_date_asked_about_and_convictions_out_of_order()
    {
        var problems = Validate(D(2021, 1, 1), Prison(30, D(2020, 1, 1), null), Prison(30, D(2019, 1, 1), null), Prison(12, D(2022, 1, 1), null));
        Assert.Contains(problems, x => x.Field == "convictions[1].judgmentDate" && x.Message.Contains("thứ tự", StringComparison.Ordinal));
        Assert.Contains(problems, x => x.Field == "convictions[2].judgmentDate" && x.Message.Contains("01/01/2022", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_requires_the_completion_date_of_a_warning()
        => Assert.Equal("convictions[0].mainPenaltyCompletedOn",
            Assert.Single(Validate(D(2026, 1, 1), Light(MainPenalty.Warning, D(2025, 1, 1), null))).Field);

    [Fact]
    public void Validate_accepts_a_sentence_still_being_served()
        => Assert.Empty(Validate(D(2026, 1, 1), Prison(48, D(2024, 1, 1), null)));

    // --- Properties ---

    static List<Conviction> Generate(Random random)
    {
        var list = new List<Conviction>();
        var judged = D(2000, 1, 1).AddDays(random.Next(0, 3650));
        var count = random.Next(1, 5);
        for (var i = 0; i < count; i++)
        {
            judged = judged.AddDays(random.Next(0, 1500));
            var penalty = (MainPenalty)random.Next(0, 7);
            int? months = penalty switch
            {
                MainPenalty.Imprisonment => random.Next(3, 361),
                MainPenalty.SuspendedSentence or MainPenalty.NonCustodialReform => random.Next(6, 37),
                _ => null,
            };
            DateOnly? completed = penalty != MainPenalty.Warning && random.Next(10) == 0 ? null : judged.AddDays(random.Next(0, 8000));
            DateOnly? additional = random.Next(3) == 0 ? judged.AddDays(random.Next(0, 9000)) : null;
            DateOnly? other = random.Next(3) == 0 ? judged.AddDays(random.Next(0, 4000)) : null;
            list.Add(new Conviction(penalty, months, random.Next(1, 27), random.Next(4) != 0, (CrimeCategory)random.Next(0, 4),
                completed, additional, other, judged));
        }
        return list;
    }

    [Fact]
    public void Property_the_person_is_clear_only_after_every_completion_date_of_a_record()
    {
        var random = new Random(70);
        for (var n = 0; n < 3000; n++)
        {
            var convictions = Generate(random);
            var asOf = convictions[^1].JudgmentDate.AddDays(random.Next(0, 12000));
            Assert.Empty(RecordExpungement.Validate(convictions, asOf));
            var r = RecordExpungement.Compute(convictions, asOf, P);

            Assert.NotEmpty(r.Steps);
            Assert.Equal(r.ClearFrom is { } from ? asOf >= from : !r.HasRecord, r.ClearAsOf);
            if (r.ClearFrom is not { } clearFrom) continue;
            Assert.Equal(r.PeriodEndsOn!.Value.AddDays(1), clearFrom);
            // Every conviction that leaves a record (Điều 69 khoản 2) must be completed before the person is clear.
            foreach (var c in convictions.Where(c => c.Intentional || c.Category >= CrimeCategory.VerySerious))
                foreach (var d in new[] { c.MainPenaltyCompletedOn, c.AdditionalPenaltiesCompletedOn, c.OtherDecisionsCompletedOn }.OfType<DateOnly>())
                    Assert.True(clearFrom > d, $"ClearFrom {clearFrom} not after {d}");
        }
    }

    [Fact]
    public void Property_clear_from_is_at_least_the_waiting_period_after_the_last_completion_of_a_single_record()
    {
        var random = new Random(73);
        for (var n = 0; n < 2000; n++)
        {
            var c = Generate(random)[0] with { Intentional = true };
            var r = RecordExpungement.Compute([c], c.JudgmentDate, P);
            if (c.MainPenaltyCompletedOn is not { } main) { Assert.Null(r.ClearFrom); continue; }
            Assert.True(r.ClearFrom > Periods.EndAfterYears(main, r.WaitingYears!.Value));
            Assert.Equal(c.PenalCodeChapter is 13 or 26 ? ExpungementMode.CourtDecision : ExpungementMode.Automatic, r.Mode);
        }
    }

    [Fact]
    public void Steps_are_Vietnamese_in_NFC_with_dates_as_dd_MM_yyyy()
    {
        var r = Compute(D(2026, 11, 22), Prison(30, D(2020, 11, 10), D(2023, 5, 10), other: D(2023, 4, 1)));
        Assert.All(r.Steps, s => Assert.True(s.IsNormalized(NormalizationForm.FormC)));
        Assert.DoesNotContain(r.Steps, s => s.Contains("2025-", StringComparison.Ordinal));
    }
}
