using HoaNhap.Domain.Cases;

namespace HoaNhap.Domain.Rules;

/// <summary>One paper the case file must hold, whether it is there, and the source that asks for it.</summary>
public sealed record ChecklistItem(CaseFileItemKind Kind, string Title, string LegalBasis, SourceStatus SourceStatus, bool Present);

/// <summary>
/// The papers of a community-sentence case file (legal-rules.md §4, recalled at medium
/// confidence, so marked "to verify"): a copy of the judgment, the enforcement decision (for
/// conditional early release: the court's release decision), the summons and the person's
/// undertaking (LTHAHS 2019 Điều 85 khoản 1, confirmed), and the commune's decision assigning
/// the supervisor (LTHAHS 2019 Điều 86; TT 65/2019 Điều 9).
/// </summary>
public static class CaseFileChecklist
{
    public static IReadOnlyList<ChecklistItem> For(SentenceType type, IReadOnlyCollection<CaseFileItemKind> present)
    {
        var items = new List<(CaseFileItemKind Kind, string Title, string Basis, SourceStatus Status)>
        {
            (CaseFileItemKind.JudgmentCopy, "Bản sao bản án (hoặc trích lục bản án)", "LTHAHS 2019 Điều 85 khoản 2", SourceStatus.ToVerify),
            (CaseFileItemKind.EnforcementDecision,
                type == SentenceType.ConditionalEarlyRelease ? "Quyết định tha tù trước thời hạn có điều kiện của Tòa án"
                : type is SentenceType.DeferredImprisonment ? "Quyết định hoãn chấp hành án phạt tù"
                : type is SentenceType.SuspendedImprisonment ? "Quyết định tạm đình chỉ chấp hành án phạt tù"
                : "Quyết định thi hành án của Tòa án",
                "LTHAHS 2019 Điều 84 khoản 1", SourceStatus.Confirmed),
        };
        if (type is SentenceType.SuspendedSentence or SentenceType.NonCustodialReform or SentenceType.ConditionalEarlyRelease)
        {
            items.Add((CaseFileItemKind.Summons, "Giấy triệu tập người chấp hành án", "LTHAHS 2019 Điều 85 khoản 1", SourceStatus.Confirmed));
            items.Add((CaseFileItemKind.Undertaking, "Bản cam kết của người chấp hành án", "LTHAHS 2019 Điều 85 khoản 1", SourceStatus.Confirmed));
        }
        items.Add((CaseFileItemKind.SupervisorAssignmentDecision, "Quyết định phân công người trực tiếp giám sát, giáo dục",
            "LTHAHS 2019 Điều 86; TT 65/2019/TT-BCA Điều 9", SourceStatus.ToVerify));
        return items.Select(i => new ChecklistItem(i.Kind, i.Title, i.Basis, i.Status, present.Contains(i.Kind))).ToList();
    }
}

/// <summary>Which sentence types open a case in the community, and why a warning does not (BLHS 2015 Điều 34).</summary>
public static class IntakeRules
{
    /// <summary>A warning is announced and carried out at the hearing: nothing is supervised afterwards.</summary>
    public const string WarningRefusal =
        "Hình phạt cảnh cáo được tuyên và thi hành ngay tại phiên tòa, không có thời gian giám sát, giáo dục tại cộng đồng "
        + "(Bộ luật Hình sự 2015, Điều 34), nên không mở hồ sơ chấp hành án tại cộng đồng. Nếu bản án có hình phạt bổ sung "
        + "(cấm cư trú, tước một số quyền công dân, cấm hành nghề…), hãy mở hồ sơ cho hình phạt bổ sung đó.";

    /// <summary>Whether income is deducted (non-custodial reform only, BLHS 2015 Điều 36 khoản 3).</summary>
    public static bool HasIncomeDeduction(SentenceType type) => type == SentenceType.NonCustodialReform;
}
