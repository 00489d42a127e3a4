namespace HoaNhap.Domain.Cases;

/// <summary>
/// A proposal to end a community sentence early (shorten the probation, reduce the term, or
/// remit the rest) and the court's decision on it. The decision changes the case's end date.
/// Proposed → Granted | Rejected, once, through <see cref="Grant"/> and <see cref="Reject"/>.
/// </summary>
public sealed class EarlyTerminationProposal : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public EarlyTerminationKind Kind { get; set; }
    public DateOnly ProposedOn { get; set; }
    /// <summary>Months asked for; null when the whole remainder is asked for.</summary>
    public int? RequestedMonths { get; set; }
    public bool WholeRemainder { get; set; }
    /// <summary>A meritorious act (lập công) or a grave illness (bệnh hiểm nghèo), which allows cutting the whole remainder (LTHAHS 2019 Điều 89).</summary>
    public bool MeritoriousActOrGraveIllness { get; set; }
    /// <summary>Why the commune proposes it: progress, compliance, achievements.</summary>
    public string Grounds { get; set; } = "";
    public EarlyTerminationStatus Status { get; private set; } = EarlyTerminationStatus.Proposed;
    public string? CourtDecisionNumber { get; private set; }
    public string? Court { get; private set; }
    public DateOnly? DecidedOn { get; private set; }
    public int? GrantedMonths { get; private set; }
    public bool GrantedWholeRemainder { get; private set; }
    public string? CourtNote { get; private set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";

    /// <summary>Why the court's decision cannot be recorded, or null: a proposal is decided once.</summary>
    public string? WhyNotDecidable() => Status == EarlyTerminationStatus.Proposed ? null : "Đề nghị này đã có quyết định của Tòa án.";

    /// <summary>The court granted it: <paramref name="months"/>, or the whole remainder.</summary>
    public string? Grant(CourtDecision decision, bool wholeRemainder, int? months) =>
        Decide(decision, EarlyTerminationStatus.Granted, wholeRemainder, wholeRemainder ? null : months);

    public string? Reject(CourtDecision decision) => Decide(decision, EarlyTerminationStatus.Rejected, false, null);

    string? Decide(CourtDecision d, EarlyTerminationStatus status, bool wholeRemainder, int? months)
    {
        if (WhyNotDecidable() is { } refusal) return refusal;
        Status = status;
        CourtDecisionNumber = d.Number;
        Court = d.Court;
        DecidedOn = d.On;
        CourtNote = d.Note;
        GrantedWholeRemainder = wholeRemainder;
        GrantedMonths = months;
        return null;
    }
}

/// <summary>A court's decision as recorded: number, court, day and note.</summary>
public sealed record CourtDecision(string Number, string? Court, DateOnly On, string? Note);

/// <summary>Glossary: ProbationShortening, SentenceReduction, SentenceRemission.</summary>
public enum EarlyTerminationKind { ProbationShortening, SentenceReduction, SentenceRemission }

public enum EarlyTerminationStatus { Proposed, Granted, Rejected }

public static class EarlyTerminationText
{
    public static string Kind(EarlyTerminationKind k) => k switch
    {
        EarlyTerminationKind.ProbationShortening => "Rút ngắn thời gian thử thách",
        EarlyTerminationKind.SentenceReduction => "Giảm thời hạn chấp hành án",
        EarlyTerminationKind.SentenceRemission => "Miễn chấp hành phần còn lại",
        _ => k.ToString(),
    };

    public static string Status(EarlyTerminationStatus s) => s switch
    {
        EarlyTerminationStatus.Proposed => "Đã đề nghị, chờ Tòa án quyết định",
        EarlyTerminationStatus.Granted => "Tòa án chấp nhận",
        EarlyTerminationStatus.Rejected => "Tòa án không chấp nhận",
        _ => s.ToString(),
    };
}
