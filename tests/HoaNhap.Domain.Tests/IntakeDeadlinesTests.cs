using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.Rules;

namespace HoaNhap.Domain.Tests;

/// <summary>
/// Intake deadlines (LTHAHS 2019 Điều 84 khoản 2, Điều 85, Điều 86), the case-file checklist,
/// early-termination dispatch and the start of reintegration after a community sentence.
/// </summary>
public class IntakeDeadlinesTests
{
    static readonly IReadOnlySet<DateOnly> Holidays = HolidayCalendar.Seed.Select(h => h.Date).ToHashSet();
    static readonly RuleParameters P = RuleParameters.Defaults;
    static DateOnly D(int y, int m, int d) => new(y, m, d);

    static IntakeFacts Facts(SentenceType type = SentenceType.SuspendedSentence, DateOnly? decided = null, DateOnly? received = null,
        DateOnly? summoned = null, DateOnly? undertaking = null, DateOnly? opened = null, DateOnly? assigned = null,
        DateOnly? ends = null, DateOnly? certificate = null) =>
        new(type, decided, received, summoned, undertaking, opened, assigned, ends, certificate);

    static Deadline Get(IReadOnlyList<Deadline> list, string key) => list.Single(d => d.Key == key);

    [Fact]
    public void Court_sends_the_decision_within_3_working_days_LTHAHS_Art84_2()
    {
        // Decided Thursday 29/04/2026: 30/4 and 1/5 are holidays, then the weekend → Wednesday 06/05/2026.
        var list = IntakeDeadlines.Compute(Facts(decided: D(2026, 4, 29), received: D(2026, 5, 6)), P, Holidays, D(2026, 5, 7));
        var d = Get(list, "court-sends-decision");
        Assert.Equal(D(2026, 5, 6), d.DueOn);
        Assert.Equal(DeadlineState.Met, d.State);
    }

    [Fact]
    public void A_decision_received_after_the_court_deadline_is_marked_late()
    {
        var list = IntakeDeadlines.Compute(Facts(decided: D(2026, 3, 2), received: D(2026, 3, 9)), P, Holidays, D(2026, 3, 10));
        Assert.Equal(DeadlineState.MetLate, Get(list, "court-sends-decision").State);
    }

    [Fact]
    public void Summons_is_due_3_working_days_after_receipt_and_overdue_when_missing_LTHAHS_Art85_1()
    {
        // Received Friday 06/03/2026 → Monday 9, Tuesday 10, Wednesday 11/03/2026.
        var list = IntakeDeadlines.Compute(Facts(decided: D(2026, 3, 4), received: D(2026, 3, 6)), P, Holidays, D(2026, 3, 12));
        var summon = Get(list, "summon");
        Assert.Equal(D(2026, 3, 11), summon.DueOn);
        Assert.Equal(DeadlineState.Overdue, summon.State);
        Assert.Equal(SourceStatus.Confirmed, summon.SourceStatus);
    }

    [Fact]
    public void The_file_goes_to_the_commune_within_5_working_days_a_value_to_verify()
    {
        var list = IntakeDeadlines.Compute(Facts(decided: D(2026, 3, 4), received: D(2026, 3, 6), opened: D(2026, 3, 12)), P, Holidays, D(2026, 3, 20));
        var file = Get(list, "open-file");
        Assert.Equal(D(2026, 3, 13), file.DueOn);
        Assert.Equal(DeadlineState.Met, file.State);
        Assert.Equal(SourceStatus.ToVerify, file.SourceStatus);
    }

    [Fact]
    public void The_person_appears_and_signs_within_3_working_days_of_the_summons()
    {
        var list = IntakeDeadlines.Compute(Facts(decided: D(2026, 3, 4), received: D(2026, 3, 6), summoned: D(2026, 3, 9), undertaking: D(2026, 3, 13)),
            P, Holidays, D(2026, 3, 20));
        var report = Get(list, "report");
        Assert.Equal(D(2026, 3, 12), report.DueOn);
        Assert.Equal(DeadlineState.MetLate, report.State);
    }

    [Fact]
    public void Supervisor_assignment_counts_from_the_file_opening_Art86()
    {
        var list = IntakeDeadlines.Compute(Facts(decided: D(2026, 3, 4), received: D(2026, 3, 6), opened: D(2026, 3, 12)), P, Holidays, D(2026, 3, 16));
        var assign = Get(list, "assign-supervisor");
        Assert.Equal(D(2026, 3, 17), assign.DueOn);
        Assert.Equal(DeadlineState.Open, assign.State);
    }

    [Fact]
    public void Events_from_1_July_2026_are_counted_under_the_2025_law_rows()
    {
        var before = IntakeDeadlines.Compute(Facts(decided: D(2026, 6, 25), received: D(2026, 6, 29)), P, Holidays, D(2026, 6, 29));
        var after = IntakeDeadlines.Compute(Facts(decided: D(2026, 7, 1), received: D(2026, 7, 2)), P, Holidays, D(2026, 7, 2));
        Assert.Equal(LegalBasis.Law2019, Get(before, "summon").LawVersion);
        Assert.Equal(LegalBasis.Law2025, Get(after, "summon").LawVersion);
        // The 2025 law's text was not seen: its row carries the same value but is marked "to verify".
        Assert.Equal(SourceStatus.ToVerify, Get(after, "summon").SourceStatus);
        Assert.Equal(SourceStatus.Confirmed, Get(before, "summon").SourceStatus);
    }

    [Fact]
    public void The_completion_certificate_is_due_on_the_last_day_of_the_term()
    {
        var list = IntakeDeadlines.Compute(Facts(ends: D(2028, 2, 29)), P, Holidays, D(2028, 3, 1));
        var certificate = Get(list, "certificate");
        Assert.Equal(D(2028, 2, 29), certificate.DueOn);
        Assert.Equal(DeadlineState.Overdue, certificate.State);
    }

    [Fact]
    public void Residence_ban_has_no_court_summons_steps_but_keeps_the_file_and_supervisor()
    {
        var list = IntakeDeadlines.Compute(Facts(SentenceType.ResidenceBan, decided: D(2026, 3, 4), received: D(2026, 3, 6)), P, Holidays, D(2026, 3, 6));
        Assert.DoesNotContain(list, d => d.Key is "court-sends-decision" or "summon");
        Assert.Contains(list, d => d.Key == "open-file");
        Assert.Contains(list, d => d.Key == "assign-supervisor");
    }

    [Fact]
    public void Checklist_marks_what_is_missing()
    {
        var list = CaseFileChecklist.For(SentenceType.SuspendedSentence, [CaseFileItemKind.EnforcementDecision, CaseFileItemKind.Summons]);
        Assert.True(list.Single(i => i.Kind == CaseFileItemKind.EnforcementDecision).Present);
        Assert.False(list.Single(i => i.Kind == CaseFileItemKind.Undertaking).Present);
        Assert.False(list.Single(i => i.Kind == CaseFileItemKind.JudgmentCopy).Present);
        Assert.Contains("tha tù", CaseFileChecklist.For(SentenceType.ConditionalEarlyRelease, []).Single(i => i.Kind == CaseFileItemKind.EnforcementDecision).Title);
    }

    [Fact]
    public void Conditional_early_release_ends_in_reintegration_the_next_day_TT10_Art7()
    {
        var r = ReintegrationStart.After(SentenceType.ConditionalEarlyRelease, MainPenalty.Imprisonment, D(2027, 2, 28));
        Assert.Equal(D(2027, 3, 1), r.StartsOn);
        Assert.Null(ReintegrationStart.After(SentenceType.SuspendedSentence, MainPenalty.SuspendedSentence, D(2027, 2, 28)).StartsOn);
        Assert.Equal(D(2027, 3, 1), ReintegrationStart.After(SentenceType.ResidenceBan, MainPenalty.Imprisonment, D(2027, 2, 28)).StartsOn);
        Assert.Null(ReintegrationStart.After(SentenceType.ResidenceBan, MainPenalty.NonCustodialReform, D(2027, 2, 28)).StartsOn);
    }

    [Fact]
    public void A_shortening_then_the_end_date_moves_back_by_the_months_granted()
    {
        // Probation 24 months from 31/03/2025 ends 31/03/2027; 3 months granted → 31/12/2026 (BLDS 2015 Điều 148: corresponding day).
        Assert.Equal(D(2026, 12, 31), EarlyTerminationRules.EndsOn(SentenceType.SuspendedSentence, D(2025, 3, 31), 24, 0, 3, null, P));
        // A whole-remainder decision ends the term on its date.
        Assert.Equal(D(2026, 5, 4), EarlyTerminationRules.EndsOn(SentenceType.SuspendedSentence, D(2025, 3, 31), 24, 0, 3, D(2026, 5, 4), P));
        // Non-custodial reform: 12 months from 29/02/2024 with 10 days custody (30 days credit) and 2 months reduced.
        var reform = EarlyTerminationRules.EndsOn(SentenceType.NonCustodialReform, D(2024, 2, 29), 12, 10, 2, null, P);
        Assert.Equal(SentenceEndDate.Compute(new EndDateInput(SentenceType.NonCustodialReform, D(2024, 2, 29), 12, 10, 2), P).EndsOn, reform);
        Assert.True(reform < D(2024, 12, 28));
    }

    [Fact]
    public void Early_termination_kind_follows_the_sentence_type()
    {
        Assert.Equal(EarlyTerminationKind.ProbationShortening, EarlyTerminationRules.KindFor(SentenceType.SuspendedSentence));
        Assert.Equal(EarlyTerminationKind.ProbationShortening, EarlyTerminationRules.KindFor(SentenceType.ConditionalEarlyRelease));
        Assert.Equal(EarlyTerminationKind.SentenceReduction, EarlyTerminationRules.KindFor(SentenceType.NonCustodialReform));
        Assert.Equal(EarlyTerminationKind.SentenceRemission, EarlyTerminationRules.KindFor(SentenceType.ControlledResidence));
        Assert.Null(EarlyTerminationRules.KindFor(SentenceType.OccupationBan));
    }

    [Fact]
    public void Suspended_sentence_not_yet_half_served_explains_when()
    {
        var check = EarlyTerminationRules.Evaluate(SentenceType.SuspendedSentence, D(2026, 1, 15), 24, 0, [], false, D(2026, 11, 22), P)!;
        Assert.False(check.EligibleNow);
        Assert.Equal(D(2027, 1, 15), check.EligibleFrom);
        Assert.StartsWith("Chưa đủ điều kiện:", check.Explanation);
        Assert.Contains("15/01/2027", check.Explanation);
    }

    [Fact]
    public void Conditional_release_probation_may_be_shortened_after_half_3_to_24_months()
    {
        // 30 months from 01/01/2025: half on 01/04/2026 (days-based).
        var check = EarlyTerminationRules.Evaluate(SentenceType.ConditionalEarlyRelease, D(2025, 1, 1), 30, 0, [], false, D(2026, 11, 22), P)!;
        Assert.True(check.EligibleNow, check.Explanation);
        Assert.Equal(7, check.MaxMonthsNow);   // ends 01/07/2027; 7 months leaves 01/12/2026, still after the decision date; 8 would not
        Assert.False(check.WholeRemainderAllowed);
        var late = EarlyTerminationRules.Evaluate(SentenceType.ConditionalEarlyRelease, D(2025, 1, 1), 30, 0, [], false, D(2027, 5, 15), P)!;
        Assert.True(late.WholeRemainderAllowed);   // less than 3 months remain
        var again = EarlyTerminationRules.Evaluate(SentenceType.ConditionalEarlyRelease, D(2025, 1, 1), 30, 0,
            [new GrantedDecision(D(2026, 5, 1), 3)], false, D(2026, 11, 22), P)!;
        Assert.False(again.EligibleNow);           // once a year
        Assert.Equal(D(2027, 5, 2), again.Criteria.Single(c => !c.Met).MetOn);
    }
}

/// <summary>BLHS 2015 Điều 65 khoản 5 and LTHAHS 2019 Điều 89: a shortening then a revocation.</summary>
public class SuspensionRevocationTests
{
    [Fact]
    public void A_shortening_then_a_revocation_leaves_the_whole_prison_term_LTHAHS_Art89()
    {
        var term = SuspensionRevocation.PrisonToServe(18, 6);
        Assert.Equal(18, term.PrisonMonths);
        Assert.Contains("6 tháng thời gian thử thách đã được rút ngắn không được trừ", term.Explanation);
        Assert.Contains("Điều 89", term.Explanation);
    }

    [Fact]
    public void Without_a_shortening_the_suspended_term_is_served_Art65_5()
    {
        var term = SuspensionRevocation.PrisonToServe(24, 0);
        Assert.Equal(24, term.PrisonMonths);
        Assert.DoesNotContain("Điều 89", term.Explanation);
        Assert.Throws<ArgumentOutOfRangeException>(() => SuspensionRevocation.PrisonToServe(0, 0));
    }
}
