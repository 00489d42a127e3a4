using HoaNhap.Domain.Judgments;

namespace HoaNhap.Domain.Rules;

/// <summary>What the registry knows of a judgment, as far as the deadline to open its case needs to know.</summary>
/// <param name="DecisionIssuedOn">The day the earliest enforcement decision of the judgment was issued, if one is recorded.</param>
/// <param name="DecisionReceivedOn">The day that decision was received, if recorded.</param>
public sealed record EnforcementFacts(
    MainPenalty Penalty, DateOnly JudgmentDate, DateOnly EffectiveOn, int? TermMonths, int? ProbationMonths,
    DateOnly? DecisionIssuedOn, DateOnly? DecisionReceivedOn);

/// <summary>
/// The day by which the case of a judgment must be open (the file handed to the commune), the event it was counted from, and how
/// (<see cref="Steps"/>, one line per step, each with its source and value).
/// </summary>
public sealed record EnforcementDue(DateOnly DueOn, IReadOnlyList<string> Steps, SourceStatus Status);

/// <summary>
/// Nothing left unenforced (issue 19, part 4): a judgment served in the community whose case is not open by the end of the chain
/// of legal deadlines that starts when it takes effect. The chain, each number a rule parameter as of the event that starts it:
/// <list type="number">
/// <item>the presiding judge issues the enforcement decision within <see cref="RuleKeys.CourtIssueDecision"/> days of the
/// judgment taking effect (BLTTHS 2015 Điều 364 khoản 1, recalled);</item>
/// <item>the court sends it within <see cref="RuleKeys.CourtSendDecision"/> working days (LTHAHS 2019 Điều 84 khoản 2);</item>
/// <item>the enforcing police build the file and hand it to the commune within <see cref="RuleKeys.FileToCommune"/> working
/// days of receiving it (LTHAHS 2019 Điều 85 khoản 2, recalled).</item>
/// </list>
/// A step already recorded replaces its expected day: with the decision's day of receipt the chain starts there; with its day of
/// issue, at step 2. Only a suspended sentence and non-custodial reform open a case from the judgment itself; a judgment whose
/// term is already over (counted from the judgment for a suspended sentence, BLHS 2015 Điều 65; from its effect for
/// non-custodial reform) has nothing left to enforce in the community.
/// </summary>
public static class EnforcementDeadline
{
    /// <summary>Whether the main penalty is served in the community and starts a case of its own.</summary>
    public static bool OpensCase(MainPenalty p) => p is MainPenalty.SuspendedSentence or MainPenalty.NonCustodialReform;

    /// <summary>The last day of the term in the community, or null when the judgment does not say it.</summary>
    public static DateOnly? TermEndsOn(EnforcementFacts f) => f.Penalty switch
    {
        // The probation runs from the day of the first-instance judgment (NQ 02/2018/NQ-HĐTP, recalled).
        MainPenalty.SuspendedSentence when f.ProbationMonths is > 0 => Periods.EndAfterMonths(f.JudgmentDate, f.ProbationMonths.Value),
        MainPenalty.NonCustodialReform when f.TermMonths is > 0 => Periods.EndAfterMonths(f.EffectiveOn, f.TermMonths.Value),
        _ => null,
    };

    /// <summary>
    /// The day by which the case must be open, or null when the judgment opens no case or its term ended before
    /// <paramref name="today"/>.
    /// </summary>
    public static EnforcementDue? CaseDueOn(EnforcementFacts f, RuleParameters p, IReadOnlySet<DateOnly> holidays, DateOnly today)
    {
        if (!OpensCase(f.Penalty)) return null;
        if (TermEndsOn(f) is { } ends && ends < today) return null;
        var steps = new List<string>();
        var status = SourceStatus.Confirmed;

        DateOnly Step(string key, DateOnly from, bool working, string what, string basis)
        {
            var param = p.Get(key, from);
            var n = int.Parse(param.Value, System.Globalization.CultureInfo.InvariantCulture);
            // Counted from the day after the event (BLDS 2015 Điều 147); working days skip weekends and holidays.
            var due = working ? WorkingDays.Add(from, n, holidays) : Periods.EndAfterDays(from, n);
            steps.Add($"{what}: {param.Value} {param.Unit} kể từ {Text.VietnameseDate.Format(from)} → {Text.VietnameseDate.Format(due)} ({basis})");
            if (param.Status > status) status = param.Status;
            return due;
        }

        DateOnly received;
        if (f.DecisionReceivedOn is { } r) received = r;
        else
        {
            var issued = f.DecisionIssuedOn ?? Step(RuleKeys.CourtIssueDecision, f.EffectiveOn, false,
                "Tòa án ra quyết định thi hành án", "BLTTHS 2015 Điều 364 khoản 1");
            received = Step(RuleKeys.CourtSendDecision, issued, true, "Tòa án gửi quyết định thi hành án", "LTHAHS 2019 Điều 84 khoản 2");
        }
        var due = Step(RuleKeys.FileToCommune, received, true, "Lập hồ sơ, giao Ủy ban nhân dân cấp xã", "LTHAHS 2019 Điều 85 khoản 2");
        return new EnforcementDue(due, steps, status);
    }
}
