using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.Rules;

namespace HoaNhap.Domain.Cases;

/// <summary>
/// One reading of a case into the facts the law asks about. Every legal question about a case — early termination, the
/// record's expungement, the loan window — is answered from this reading, so the case page, the proposal, the lists and the
/// forecasts cannot disagree about the term or the day the sentence was completed (issue 17, part 1).
/// </summary>
public sealed record CaseFacts
{
    public required Guid CaseId { get; init; }
    public required CaseKind Kind { get; init; }
    public SentenceType? SentenceType { get; init; }
    /// <summary>The day the sentence in the community, or the reintegration period, began.</summary>
    public required DateOnly StartOn { get; init; }
    public DateOnly? ExpectedEndOn { get; init; }
    /// <summary>The term in months: as recorded at intake, else the judgment's for the sentence type, else (residence ban, controlled residence) the whole months to the expected end.</summary>
    public int? TermMonths { get; init; }
    public int CustodyDaysServed { get; init; }
    /// <summary>The court's decisions already granted (months taken off), oldest first: they count towards the next one.</summary>
    public IReadOnlyList<GrantedDecision> Granted { get; init; } = [];
    /// <summary>A returnee's day of completion of the prison sentence (the release): the record's period and the loan window run from it.</summary>
    public DateOnly? CompletedOn { get; init; }
    public Judgment? Judgment { get; init; }
    /// <summary>Days of the new offences recorded while under management (BLHS 2015 Điều 73 khoản 2).</summary>
    public IReadOnlyList<DateOnly> NewOffences { get; init; } = [];

    /// <summary>
    /// Reads a case. <paramref name="releasedOn"/> is the release day recorded at the returnee's intake, when there is one;
    /// without it, a returnee completed the sentence on the day the reintegration period began, or the day before when the
    /// period follows a sentence served in the community here (it began the day after that one ended).
    /// </summary>
    public static CaseFacts Read(Case c, Judgment? j, DateOnly? releasedOn = null, IEnumerable<GrantedDecision>? granted = null,
        IEnumerable<DateOnly>? newOffences = null) => new()
    {
        CaseId = c.Id,
        Kind = c.Kind,
        SentenceType = c.SentenceType,
        StartOn = c.StartOn,
        ExpectedEndOn = c.ExpectedEndOn,
        TermMonths = Term(c, j),
        CustodyDaysServed = c.CustodyDaysServed,
        Granted = (granted ?? []).OrderBy(g => g.DecidedOn).ToList(),
        CompletedOn = c.Kind == CaseKind.Reintegration ? releasedOn ?? c.StartOn.AddDays(c.PreviousCaseId is null ? 0 : -1) : null,
        Judgment = j,
        NewOffences = (newOffences ?? []).Order().ToList(),
    };

    static int? Term(Case c, Judgment? j)
    {
        if (c.TermMonths is { } recorded) return recorded;
        var fromJudgment = c.SentenceType switch
        {
            Cases.SentenceType.SuspendedSentence => j?.ProbationMonths,
            Cases.SentenceType.NonCustodialReform => j?.TermMonths,
            Cases.SentenceType.ResidenceBan => j?.AdditionalPenalties.FirstOrDefault(a => a.Kind == AdditionalPenaltyKind.ResidenceBan && a.TermMonths != null)?.TermMonths,
            Cases.SentenceType.ControlledResidence => j?.AdditionalPenalties.FirstOrDefault(a => a.Kind == AdditionalPenaltyKind.ControlledResidence && a.TermMonths != null)?.TermMonths,
            _ => null,
        };
        // A residence ban or controlled residence recorded without a term runs to its expected end.
        return fromJudgment ?? (c.SentenceType is Cases.SentenceType.ResidenceBan or Cases.SentenceType.ControlledResidence
            && c.ExpectedEndOn is { } end ? WholeMonths(c.StartOn, end) : null);
    }

    /// <summary>Whole months from <paramref name="start"/> to <paramref name="end"/> (the term as a period of months, BLDS 2015 Điều 148).</summary>
    static int? WholeMonths(DateOnly start, DateOnly end)
    {
        var months = (end.Year - start.Year) * 12 + end.Month - start.Month;
        while (months > 0 && Periods.EndAfterMonths(start, months) > end) months--;
        return months > 0 ? months : null;
    }
}
