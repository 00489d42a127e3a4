using HoaNhap.Domain.Cases;

namespace HoaNhap.Domain.Rules;

/// <summary>A decision already granted on the case: its date and months (whole remainder decisions end the term).</summary>
public sealed record GrantedDecision(DateOnly DecidedOn, int Months);

/// <summary>The answer for one case on one day: which measure, eligible or not and why, how much.</summary>
public sealed record EarlyTerminationCheck(
    EarlyTerminationKind Kind, bool EligibleNow, DateOnly EligibleFrom, DateOnly CurrentEndsOn, int MaxMonthsNow,
    bool WholeRemainderAllowed, IReadOnlyList<Criterion> Criteria, IReadOnlyList<string> Steps)
{
    /// <summary>"Đủ điều kiện vì …" or "Chưa đủ điều kiện: …", from the criteria.</summary>
    public string Explanation => EligibleNow
        ? "Đủ điều kiện vì: " + string.Join(" ", Criteria.Select(c => c.Reason))
        : "Chưa đủ điều kiện: " + string.Join(" ", Criteria.Where(c => !c.Met).Select(c => c.Reason));
}

/// <summary>
/// Which early-termination measure a community sentence allows and whether it is open on a day,
/// delegating to the rule of each measure: probation shortening of a suspended sentence
/// (LTHAHS 2019 Điều 89, <see cref="ProbationShortening"/>) or of a conditional early release
/// (BLHS 2015 Điều 66 khoản 4, <see cref="ConditionalReleaseShortening"/>), reduction of
/// non-custodial reform (BLHS 2015 Điều 63, <see cref="SentenceReduction"/>), remission of the rest
/// of a residence ban or controlled residence (BLHS 2015 Điều 62 khoản 6, <see cref="SentenceRemission"/>).
/// Other sentence types have no such measure here.
/// </summary>
public static class EarlyTerminationRules
{
    public static EarlyTerminationKind? KindFor(SentenceType type) => type switch
    {
        SentenceType.SuspendedSentence or SentenceType.ConditionalEarlyRelease => EarlyTerminationKind.ProbationShortening,
        SentenceType.NonCustodialReform => EarlyTerminationKind.SentenceReduction,
        SentenceType.ResidenceBan or SentenceType.ControlledResidence => EarlyTerminationKind.SentenceRemission,
        _ => null,
    };

    /// <summary>
    /// The check for a case as read into <see cref="CaseFacts"/> (its term, custody and granted decisions): the one call of the
    /// case page, the proposal and the almost-eligible forecast. Null when the law has no early end for it or no term is known.
    /// </summary>
    public static EarlyTerminationCheck? Evaluate(CaseFacts f, bool meritOrIllness, DateOnly asOf, RuleParameters p) =>
        f.Kind == CaseKind.CommunitySentence && f.SentenceType is { } type && f.TermMonths is { } term
            ? Evaluate(type, f.StartOn, term, f.CustodyDaysServed, f.Granted, meritOrIllness, asOf, p)
            : null;

    public static EarlyTerminationCheck? Evaluate(SentenceType type, DateOnly start, int termMonths, int custodyDays,
        IReadOnlyList<GrantedDecision> granted, bool meritOrIllness, DateOnly asOf, RuleParameters p)
    {
        switch (KindFor(type))
        {
            case EarlyTerminationKind.ProbationShortening:
            {
                var input = new ShorteningInput(asOf, start, termMonths, granted.Select(g => new PriorShortening(g.DecidedOn, g.Months)).ToList(), meritOrIllness);
                if (type == SentenceType.SuspendedSentence && ProbationShortening.Validate(input).Any()) return null;
                if (asOf < start || termMonths < 1) return null;
                var r = type == SentenceType.SuspendedSentence ? ProbationShortening.Evaluate(input, p) : ConditionalReleaseShortening.Evaluate(input, p);
                return new(EarlyTerminationKind.ProbationShortening, r.EligibleNow, r.EligibleFrom, r.CurrentEndsOn, r.MaxMonthsNow,
                    r.WholeRemainderAllowed, r.Criteria, r.Steps);
            }
            case EarlyTerminationKind.SentenceReduction:
            {
                var input = new ReductionInput(asOf, start, termMonths, custodyDays, granted.Select(g => new PriorReduction(g.DecidedOn, g.Months)).ToList());
                if (SentenceReduction.Validate(input).Any()) return null;
                var r = SentenceReduction.Evaluate(input, p);
                return new(EarlyTerminationKind.SentenceReduction, r.EligibleNow, r.EligibleFrom, r.CurrentEndsOn, r.MaxMonthsNow, false, r.Criteria, r.Steps);
            }
            case EarlyTerminationKind.SentenceRemission:
            {
                var input = new RemissionInput(asOf, type == SentenceType.ResidenceBan ? WaivablePenalty.ResidenceBan : WaivablePenalty.ControlledResidence, start, termMonths);
                if (SentenceRemission.Validate(input).Any()) return null;
                var r = SentenceRemission.Evaluate(input, p);
                // A remission cuts what remains: there is no month count, only the whole remainder.
                return new(EarlyTerminationKind.SentenceRemission, r.EligibleNow, r.EligibleFrom, r.EndsOn, 0, r.EligibleNow, r.Criteria, r.Steps);
            }
            default:
                return null;
        }
    }

    /// <summary>
    /// The end date after the court's decisions: the months granted are taken off the end date
    /// (<see cref="SentenceEndDate"/>); a decision that cut the whole remainder ends the term on its date.
    /// </summary>
    public static DateOnly EndsOn(SentenceType type, DateOnly start, int termMonths, int custodyDays, int grantedMonths,
        DateOnly? wholeRemainderOn, RuleParameters p)
    {
        var end = SentenceEndDate.Compute(new EndDateInput(type, start, termMonths, custodyDays, grantedMonths), p).EndsOn;
        return wholeRemainderOn is { } w && w < end ? w : end;
    }
}
