using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.Rules;

namespace HoaNhap.Domain.Tests.Rules;

/// <summary>
/// Nothing left unenforced: the day by which the case of a judgment served in the community must be open — the judge issues the
/// enforcement decision within 7 days of the judgment taking effect (BLTTHS 2015 Điều 364 khoản 1), the court sends it within 3 working
/// days (LTHAHS 2019 Điều 84 khoản 2), the file goes to the commune within 5 working days of receipt (Điều 85 khoản 2).
/// </summary>
public class EnforcementDeadlineTests
{
    static readonly IReadOnlySet<DateOnly> Holidays = HolidayCalendar.Seed.Select(h => h.Date).ToHashSet();
    static readonly RuleParameters P = RuleParameters.Defaults;
    static DateOnly D(int y, int m, int d) => new(y, m, d);

    static EnforcementFacts Suspended(DateOnly judged, DateOnly effective, int probation = 24, DateOnly? issued = null, DateOnly? received = null) =>
        new(MainPenalty.SuspendedSentence, judged, effective, 12, probation, issued, received);

    [Fact]
    public void Without_a_decision_the_chain_runs_from_the_judgment_taking_effect_BLTTHS_Art364_LTHAHS_Art84_85()
    {
        // In effect Thursday 01/10/2026 → decision by 08/10 (7 days) → received by Tuesday 13/10 (3 working days) → case open by Tuesday 20/10 (5 working days).
        var due = EnforcementDeadline.CaseDueOn(Suspended(D(2026, 9, 1), D(2026, 10, 1)), P, Holidays, D(2026, 10, 2))!;
        Assert.Equal(D(2026, 10, 20), due.DueOn);
        Assert.Equal(3, due.Steps.Count);
        Assert.Contains("08/10/2026", due.Steps[0]);
        Assert.Contains("13/10/2026", due.Steps[1]);
        Assert.Equal(SourceStatus.ToVerify, due.Status);   // Điều 364 and Điều 85 khoản 2 are recalled, not seen
    }

    [Fact]
    public void A_recorded_decision_replaces_the_expected_day_of_issue_and_holidays_are_skipped()
    {
        // Issued Tuesday 28/04/2026: 30/4 and 1/5 are holidays → received by 05/05 → case open by 12/05/2026.
        var due = EnforcementDeadline.CaseDueOn(Suspended(D(2026, 3, 1), D(2026, 4, 1), issued: D(2026, 4, 28)), P, Holidays, D(2026, 4, 29))!;
        Assert.Equal(D(2026, 5, 12), due.DueOn);
        Assert.Equal(2, due.Steps.Count);
    }

    [Fact]
    public void With_the_day_of_receipt_only_the_file_step_remains_and_the_national_day_is_skipped()
    {
        // Received Friday 28/08/2026: 01/9 and 02/9 are holidays → 5 working days end Tuesday 08/09/2026.
        var due = EnforcementDeadline.CaseDueOn(Suspended(D(2026, 7, 1), D(2026, 8, 1), issued: D(2026, 8, 20), received: D(2026, 8, 28)), P, Holidays, D(2026, 8, 28))!;
        Assert.Equal(D(2026, 9, 8), due.DueOn);
        Assert.Single(due.Steps);
    }

    [Fact]
    public void Each_step_reads_the_parameter_in_force_on_the_day_that_starts_it()
    {
        // A province sets 10 working days for the file from 01/07/2026: a decision received on 11/06 still counts 5, one received on 01/07 counts 10.
        var p = new RuleParameters(RuleParameterDefaults.All.Append(new RuleParameter(RuleKeys.FileToCommune, "x", "10", RuleUnits.WorkingDays, "x",
            SourceStatus.Proposed, D(2026, 7, 1))));
        var before = EnforcementDeadline.CaseDueOn(new(MainPenalty.NonCustodialReform, D(2026, 5, 20), D(2026, 6, 1), 12, null, null, D(2026, 6, 11)), p, Holidays, D(2026, 6, 12))!;
        Assert.Equal(D(2026, 6, 18), before.DueOn);
        var after = EnforcementDeadline.CaseDueOn(new(MainPenalty.NonCustodialReform, D(2026, 5, 20), D(2026, 6, 1), 12, null, null, D(2026, 7, 1)), p, Holidays, D(2026, 7, 2))!;
        Assert.Equal(D(2026, 7, 15), after.DueOn);
        Assert.Equal(SourceStatus.Proposed, after.Status);
    }

    [Fact]
    public void Only_a_community_sentence_still_running_opens_a_case()
    {
        Assert.Null(EnforcementDeadline.CaseDueOn(new(MainPenalty.Imprisonment, D(2026, 9, 1), D(2026, 10, 1), 36, null, null, null), P, Holidays, D(2026, 11, 1)));
        Assert.Null(EnforcementDeadline.CaseDueOn(new(MainPenalty.Fine, D(2026, 9, 1), D(2026, 10, 1), null, null, null, null), P, Holidays, D(2026, 11, 1)));
        // Probation of 12 months from the judgment of 10/01/2020 ended on 10/01/2021: nothing left to enforce in 2026.
        Assert.Null(EnforcementDeadline.CaseDueOn(Suspended(D(2020, 1, 10), D(2020, 2, 10), probation: 12), P, Holidays, D(2026, 11, 1)));
        // Non-custodial reform of 6 months from 01/06/2026 ends 01/12/2026: still due on that day, not after.
        var reform = new EnforcementFacts(MainPenalty.NonCustodialReform, D(2026, 5, 20), D(2026, 6, 1), 6, null, null, null);
        Assert.NotNull(EnforcementDeadline.CaseDueOn(reform, P, Holidays, D(2026, 12, 1)));
        Assert.Null(EnforcementDeadline.CaseDueOn(reform, P, Holidays, D(2026, 12, 2)));
    }
}
