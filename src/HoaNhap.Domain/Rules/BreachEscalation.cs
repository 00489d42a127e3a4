using HoaNhap.Domain.Breaches;
using HoaNhap.Domain.Cases;
using static HoaNhap.Domain.Text.VietnameseDate;

namespace HoaNhap.Domain.Rules;

/// <summary>One recorded breach as the rule sees it.</summary>
public sealed record BreachFact(BreachKind Kind, DateOnly OccurredOn, bool Intentional, bool AdministrativeSanction);

/// <summary>
/// The case as the rule sees it: the sentence type, the first day of the probation (or term),
/// every breach recorded and the probation shortenings decided so far (which do not reset the count).
/// <see cref="AsOf"/> is the day examined (the day the last breach is recorded).
/// </summary>
public sealed record EscalationInput(
    SentenceType SentenceType,
    DateOnly ProbationStartedOn,
    DateOnly AsOf,
    IReadOnlyList<BreachFact> Breaches,
    IReadOnlyList<PriorShortening>? Shortenings = null);

public enum EscalationStep
{
    None,
    Reminder,
    Reprimand,
    ProposeSuspensionRevocation,
    ProposeEarlyReleaseRevocation,
    ProposeWantedNotice,
    ReportNewOffence,
}

/// <summary>
/// What the law lets the commune do next, "because …", with its legal basis. <see cref="Proposal"/>
/// is the proposal to draft (null when the step is handled in the commune: a reminder or a reprimand).
/// </summary>
public sealed record EscalationAdvice(
    EscalationStep Step,
    string Because,
    string LegalBasis,
    int IntentionalCount,
    int SanctionCount,
    int? Threshold,
    int? SanctionThreshold)
{
    public ProposalKind? Proposal => Step switch
    {
        EscalationStep.ProposeSuspensionRevocation => ProposalKind.SuspensionRevocation,
        EscalationStep.ProposeEarlyReleaseRevocation => ProposalKind.EarlyReleaseRevocation,
        EscalationStep.ProposeWantedNotice => ProposalKind.WantedNotice,
        EscalationStep.ReportNewOffence => ProposalKind.NewOffenceReport,
        _ => null,
    };
}

/// <summary>
/// Handling breaches during a community sentence (legal-rules §5.7, §5.8):
/// <list type="bullet">
/// <item>suspended sentence: intentional violation of obligations <c>AnTreo.RevocationThreshold</c>
/// (02) times or more during the probation → the court may order the prison term served
/// (BLHS 2015 Điều 65 khoản 5, confirmed);</item>
/// <item>conditional early release: intentional violation <c>ThaTu.RevocationThreshold</c> (02) times or
/// more, or administrative sanctions <c>ThaTu.AdministrativeSanctionThreshold</c> (02) times or more →
/// the court may revoke the release (BLHS 2015 Điều 66 khoản 4, recalled);</item>
/// <item>other sentences (non-custodial reform…) have no revocation: an intentional breach is reviewed
/// in a reprimand session and reported;</item>
/// <item>absconding → propose a wanted notice; a new offence → report it to the court
/// (BLHS 2015 Điều 65 khoản 5, Điều 56);</item>
/// <item>below the threshold: an intentional breach → reprimand (kiểm điểm), an unintentional one → reminder.</item>
/// </list>
/// Breaches count over the whole probation from its first day: a shortening does not reset the count,
/// and if the sentence is then revoked the shortened time is not credited (LTHAHS 2019 Điều 89).
/// Obligation breaches and law violations both count (compliance with the law is an obligation,
/// LTHAHS 2019 Điều 87, 99); unintentional ones never count.
/// </summary>
public static class BreachEscalation
{
    /// <summary>Parameter key for the working days the commune has to send a proposal (source not identified; to verify).</summary>
    public const string SendProposalKey = RuleKeys.EscalationSendProposal;

    public static EscalationAdvice Advise(EscalationInput input, RuleParameters p)
    {
        var asOf = input.AsOf;
        var counted = input.Breaches
            .Where(b => b.OccurredOn >= input.ProbationStartedOn && b.OccurredOn <= asOf)
            .OrderBy(b => b.OccurredOn).ToList();
        var intentional = counted.Count(b => b.Intentional && b.Kind is BreachKind.ObligationBreach or BreachKind.LawViolation);
        var sanctions = counted.Count(b => b.AdministrativeSanction);
        var latest = counted.Count > 0 ? counted[^1] : null;
        var shortened = input.Shortenings is { Count: > 0 } s
            ? $" Các lần vi phạm được tính trong toàn bộ thời gian thử thách kể từ ngày {Format(input.ProbationStartedOn)}, "
              + $"kể cả trước khi được rút ngắn ({s.Count} lần, {s.Sum(x => x.Months)} tháng); nếu bị buộc chấp hành án phạt tù "
              + "thì thời gian đã được rút ngắn không được trừ vào thời hạn chấp hành (LTHAHS 2019 Điều 89)."
            : "";

        if (latest is null)
            return new(EscalationStep.None, "Chưa ghi nhận vi phạm nào trong thời gian chấp hành.", "", 0, 0, null, null);

        // The gravest events first: absconding, then a new offence.
        if (counted.LastOrDefault(b => b.Kind == BreachKind.Absconding) is { } fled)
            return new(EscalationStep.ProposeWantedNotice,
                $"Người chấp hành án bỏ trốn (ghi nhận ngày {Format(fled.OccurredOn)}): xác minh, lập biên bản và đề nghị "
                + "Cơ quan thi hành án hình sự Công an cấp tỉnh ra quyết định truy nã.",
                "LTHAHS 2019 Điều 23 khoản 4; legal-rules §5.8", intentional, sanctions, null, null);
        if (counted.LastOrDefault(b => b.Kind == BreachKind.NewOffence) is { } crime)
            return new(EscalationStep.ReportNewOffence,
                $"Người chấp hành án phạm tội mới (ghi nhận ngày {Format(crime.OccurredOn)}) trong thời gian chấp hành: báo cáo Tòa án "
                + "và Viện kiểm sát để Tòa án buộc chấp hành hình phạt của bản án trước và tổng hợp với hình phạt của bản án mới.",
                "BLHS 2015 Điều 56, Điều 65 khoản 5", intentional, sanctions, null, null);

        switch (input.SentenceType)
        {
            case SentenceType.SuspendedSentence:
            {
                var threshold = p.Int(RuleKeys.RevocationThreshold, asOf); // BLHS 2015 Điều 65 khoản 5: cố ý vi phạm nghĩa vụ 02 lần trở lên
                if (intentional >= threshold)
                    return new(EscalationStep.ProposeSuspensionRevocation,
                        $"Người được hưởng án treo đã cố ý vi phạm nghĩa vụ {intentional} lần trong thời gian thử thách, "
                        + $"đạt mức {threshold} lần trở lên: đề nghị Tòa án buộc chấp hành hình phạt tù của bản án cho hưởng án treo." + shortened,
                        "BLHS 2015 Điều 65 khoản 5", intentional, sanctions, threshold, null);
                return BelowThreshold(latest, intentional, sanctions, threshold, null,
                    $"chưa đạt mức {threshold} lần cố ý vi phạm nghĩa vụ để đề nghị buộc chấp hành hình phạt tù", "BLHS 2015 Điều 65 khoản 5", shortened);
            }
            case SentenceType.ConditionalEarlyRelease:
            {
                var threshold = p.Int(RuleKeys.EarlyReleaseRevocationThreshold, asOf);        // BLHS 2015 Điều 66 khoản 4 (recalled)
                var sanctionThreshold = p.Int(RuleKeys.EarlyReleaseSanctionThreshold, asOf);  // BLHS 2015 Điều 66 khoản 4 (recalled)
                if (intentional >= threshold || sanctions >= sanctionThreshold)
                {
                    var why = intentional >= threshold
                        ? $"đã cố ý vi phạm nghĩa vụ {intentional} lần (mức đề nghị: {threshold} lần trở lên)"
                        : $"đã bị xử phạt vi phạm hành chính {sanctions} lần (mức đề nghị: {sanctionThreshold} lần trở lên)";
                    return new(EscalationStep.ProposeEarlyReleaseRevocation,
                        $"Người được tha tù trước thời hạn có điều kiện {why} trong thời gian thử thách: đề nghị Tòa án hủy quyết định "
                        + "tha tù trước thời hạn có điều kiện và buộc chấp hành phần hình phạt tù còn lại." + shortened,
                        "BLHS 2015 Điều 66 khoản 4", intentional, sanctions, threshold, sanctionThreshold);
                }
                return BelowThreshold(latest, intentional, sanctions, threshold, sanctionThreshold,
                    $"chưa đạt mức {threshold} lần cố ý vi phạm nghĩa vụ hoặc {sanctionThreshold} lần bị xử phạt vi phạm hành chính "
                    + "để đề nghị hủy quyết định tha tù trước thời hạn", "BLHS 2015 Điều 66 khoản 4", shortened);
            }
            default:
            {
                // No revocation for these sentences (e.g. non-custodial reform, BLHS 2015 Điều 36): review and report.
                var type = CaseText.Sentence(input.SentenceType);
                if (latest.Intentional)
                    return new(EscalationStep.Reprimand,
                        $"Loại án “{type}” không có chế định buộc chấp hành án phạt tù khi vi phạm nghĩa vụ; người chấp hành án đã cố ý vi phạm "
                        + $"{intentional} lần: tổ chức họp kiểm điểm và báo cáo Cơ quan thi hành án hình sự Công an cấp tỉnh.",
                        "LTHAHS 2019 Điều 99, 100; legal-rules §5.7", intentional, sanctions, null, null);
                return new(EscalationStep.Reminder,
                    $"Vi phạm ngày {Format(latest.OccurredOn)} không phải do cố ý: nhắc nhở người chấp hành án.",
                    "LTHAHS 2019 Điều 99; legal-rules §5.7", intentional, sanctions, null, null);
            }
        }
    }

    static EscalationAdvice BelowThreshold(BreachFact latest, int intentional, int sanctions, int threshold, int? sanctionThreshold,
        string notYet, string basis, string shortened)
    {
        if (latest.Intentional)
            return new(EscalationStep.Reprimand,
                $"Đã cố ý vi phạm nghĩa vụ {intentional} lần, {notYet}: lập biên bản và tổ chức họp kiểm điểm người chấp hành án." + shortened,
                basis, intentional, sanctions, threshold, sanctionThreshold);
        return new(EscalationStep.Reminder,
            $"Vi phạm ngày {Format(latest.OccurredOn)} không phải do cố ý nên không tính vào số lần cố ý vi phạm "
            + $"(hiện có {intentional} lần); {notYet}: nhắc nhở người chấp hành án." + shortened,
            basis, intentional, sanctions, threshold, sanctionThreshold);
    }

    /// <summary>
    /// The day by which the commune should send the proposal: <c>Escalation.SendProposal</c> working days
    /// after it was proposed. No text setting this deadline was identified, so the value is a
    /// "to verify" parameter (3 working days by default).
    /// </summary>
    public static DateOnly SendProposalBy(DateOnly proposedOn, RuleParameters p, IReadOnlySet<DateOnly> holidays) =>
        WorkingDays.Add(proposedOn, p.Int(SendProposalKey, proposedOn), holidays);
}
