namespace HoaNhap.Domain.Breaches;

/// <summary>
/// One breach recorded against a case: an obligation breach (vi phạm nghĩa vụ), a law violation
/// (vi phạm pháp luật), a new offence (phạm tội mới) or absconding (bỏ trốn), with what happened,
/// whether it was intentional, whether an administrative sanction was imposed and its evidence.
/// The minutes (biên bản vi phạm) are generated into the case file. Never deleted.
/// </summary>
public sealed class Breach : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public BreachKind Kind { get; set; }
    public DateOnly OccurredOn { get; set; }
    /// <summary>What happened, in the officer's words.</summary>
    public string Description { get; set; } = "";
    /// <summary>Intentional (cố ý): only intentional breaches count towards revocation (BLHS 2015 Điều 65 khoản 5, Điều 66 khoản 4).</summary>
    public bool Intentional { get; set; }
    /// <summary>An administrative sanction (xử phạt vi phạm hành chính) was imposed for it (BLHS 2015 Điều 66 khoản 4).</summary>
    public bool AdministrativeSanction { get; set; }
    /// <summary>The evidence described in words (witnesses, papers seen…).</summary>
    public string? Evidence { get; set; }
    /// <summary>The uploaded evidence file kept in the case file (a <c>CaseFileItem</c> with its bytes).</summary>
    public Guid? EvidenceFileId { get; set; }
    /// <summary>The generated minutes (biên bản vi phạm, .docx) in the case file.</summary>
    public Guid? MinutesFileId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}

public enum BreachKind { ObligationBreach, LawViolation, NewOffence, Absconding }

/// <summary>A reminder (nhắc nhở) given to the person about a breach.</summary>
public sealed class Reminder : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public Guid BreachId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public DateOnly On { get; set; }
    public string Content { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}

/// <summary>A reprimand session (họp kiểm điểm) held about a breach; its minutes are generated into the case file.</summary>
public sealed class Reprimand : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public Guid BreachId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public DateOnly HeldOn { get; set; }
    public string Place { get; set; } = "";
    public string Participants { get; set; } = "";
    public string Conclusion { get; set; } = "";
    public Guid? MinutesFileId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}

/// <summary>
/// The next step the system proposed once the law's threshold was reached (or a new offence or
/// absconding was recorded), with the draft document for a person to check, the deadline to send
/// it, and the decision of the court (or the provincial police) once known.
/// Proposed → Sent → Decided.
/// </summary>
public sealed class EscalationProposal : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public ProposalKind Kind { get; set; }
    public ProposalStatus Status { get; private set; } = ProposalStatus.Proposed;
    /// <summary>The breach whose recording reached the threshold.</summary>
    public Guid BreachId { get; set; }
    public DateOnly ProposedOn { get; set; }
    /// <summary>The day by which the commune should send the proposal.</summary>
    public DateOnly SendBy { get; set; }
    /// <summary>"Vì …": why the law's threshold is reached.</summary>
    public string Because { get; set; } = "";
    public string LegalBasis { get; set; } = "";
    /// <summary>The intentional breaches counted when the proposal was made.</summary>
    public int IntentionalCount { get; set; }
    public Guid? DraftFileId { get; set; }
    public DateOnly? SentOn { get; private set; }
    public string? SentNumber { get; private set; }
    public DateOnly? DecidedOn { get; private set; }
    /// <summary>Whether the court (or police) granted what was proposed.</summary>
    public bool? Granted { get; private set; }
    public string? DecisionNumber { get; private set; }
    public string? DecisionNote { get; private set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";

    /// <summary>Proposed → Sent, or why not.</summary>
    public string? Send(DateOnly on, string? number)
    {
        if (Status != ProposalStatus.Proposed) return $"Đề nghị này đã ở trạng thái “{BreachText.Status(Status)}”, không gửi lại được.";
        Status = ProposalStatus.Sent;
        SentOn = on;
        SentNumber = number;
        return null;
    }

    /// <summary>Why the decision cannot be recorded now, or null: only a proposal that was sent is decided, once.</summary>
    public string? WhyNotDecidable() => Status switch
    {
        ProposalStatus.Sent => null,
        ProposalStatus.Proposed => "Đề nghị chưa được gửi: hãy ghi nhận việc gửi đề nghị trước khi ghi nhận quyết định.",
        _ => "Đề nghị này đã có quyết định.",
    };

    /// <summary>Sent → Decided, or why not.</summary>
    public string? Decide(DateOnly on, bool granted, string number, string? note)
    {
        if (WhyNotDecidable() is { } refusal) return refusal;
        Status = ProposalStatus.Decided;
        DecidedOn = on;
        Granted = granted;
        DecisionNumber = number;
        DecisionNote = note;
        return null;
    }
}

public enum ProposalKind
{
    /// <summary>Revoke the suspended sentence: serve the prison term (hủy án treo, buộc chấp hành án phạt tù).</summary>
    SuspensionRevocation,
    /// <summary>Revoke the conditional early release (hủy quyết định tha tù trước thời hạn có điều kiện).</summary>
    EarlyReleaseRevocation,
    /// <summary>Ask the provincial police to issue a wanted notice (truy nã).</summary>
    WantedNotice,
    /// <summary>Report a new offence to the court and procuracy.</summary>
    NewOffenceReport,
}

public enum ProposalStatus { Proposed, Sent, Decided }

/// <summary>The Vietnamese names users read, kept in one place.</summary>
public static class BreachText
{
    public static string Kind(BreachKind k) => k switch
    {
        BreachKind.ObligationBreach => "Vi phạm nghĩa vụ",
        BreachKind.LawViolation => "Vi phạm pháp luật",
        BreachKind.NewOffence => "Phạm tội mới",
        BreachKind.Absconding => "Bỏ trốn",
        _ => k.ToString(),
    };

    public static string Proposal(ProposalKind k) => k switch
    {
        ProposalKind.SuspensionRevocation => "Đề nghị buộc chấp hành hình phạt tù của bản án cho hưởng án treo",
        ProposalKind.EarlyReleaseRevocation => "Đề nghị hủy quyết định tha tù trước thời hạn có điều kiện",
        ProposalKind.WantedNotice => "Đề nghị ra quyết định truy nã",
        ProposalKind.NewOffenceReport => "Báo cáo việc phạm tội mới",
        _ => k.ToString(),
    };

    public static string Status(ProposalStatus s) => s switch
    {
        ProposalStatus.Proposed => "Hệ thống đề xuất, chưa gửi",
        ProposalStatus.Sent => "Đã gửi, chờ quyết định",
        ProposalStatus.Decided => "Đã có quyết định",
        _ => s.ToString(),
    };
}
