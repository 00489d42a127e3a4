namespace HoaNhap.Domain.Cases;

/// <summary>
/// One sentence being served in the community (an offender's CommunitySentence) or one
/// reintegration period of a returnee. Status changes go through <see cref="MoveTo"/>.
/// </summary>
public sealed class Case : IPlaced, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public CaseKind Kind { get; set; }
    public SentenceType? SentenceType { get; set; }
    public ReleaseKind? ReleaseKind { get; set; }
    public Guid? JudgmentId { get; set; }
    public DateOnly StartOn { get; set; }
    public DateOnly? ExpectedEndOn { get; set; }
    public DateOnly? EndedOn { get; set; }
    public CaseStatus Status { get; private set; } = CaseStatus.Intake;
    /// <summary>Which enforcement law governed the case when it opened (see <see cref="Rules.LegalBasis"/>).</summary>
    public string LegalBasisVersion { get; set; } = "";
    public string? Notes { get; set; }

    // ---- intake of a community sentence (the enforcement decision and the term) ----
    /// <summary>Number and symbol of the enforcement decision (quyết định thi hành án).</summary>
    public string? DecisionNumber { get; set; }
    public DateOnly? DecisionDate { get; set; }
    /// <summary>The day the commune (or the enforcing police) received the decision: it starts the intake deadlines.</summary>
    public DateOnly? DecisionReceivedOn { get; set; }
    /// <summary>The term served in the community in months (the probation for a suspended sentence).</summary>
    public int? TermMonths { get; set; }
    /// <summary>Days held in custody before the judgment, credited against the term (BLHS 2015 Điều 36 khoản 2 for non-custodial reform).</summary>
    public int CustodyDaysServed { get; set; }
    /// <summary>Non-custodial reform: the share of income deducted each month (BLHS 2015 Điều 36 khoản 3), null when the court exempted it.</summary>
    public int? IncomeDeductionPercent { get; set; }
    /// <summary>Non-custodial reform without a job: community labour applies (BLHS 2015 Điều 36 khoản 4).</summary>
    public bool CommunityLabour { get; set; }
    /// <summary>What the judgment forbids, in its words: places banned, rights deprived, posts or occupations banned.</summary>
    public string? Restrictions { get; set; }
    /// <summary>The day the commune opened the case file and supervision began (the move from Intake to Active).</summary>
    public DateOnly? FileOpenedOn { get; set; }
    /// <summary>The case this one follows (a reintegration period opened when a community sentence after prison ended).</summary>
    public Guid? PreviousCaseId { get; set; }

    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    static readonly Dictionary<CaseStatus, CaseStatus[]> Allowed = new()
    {
        [CaseStatus.Intake] = [CaseStatus.Active, CaseStatus.Transferred],
        [CaseStatus.Active] = [CaseStatus.Completed, CaseStatus.Transferred, CaseStatus.Revoked, CaseStatus.Absconded],
        [CaseStatus.Absconded] = [CaseStatus.Active, CaseStatus.Revoked],
        [CaseStatus.Completed] = [],
        [CaseStatus.Transferred] = [],
        [CaseStatus.Revoked] = [],
    };

    public IReadOnlyList<CaseStatus> NextStatuses => Allowed[Status];

    /// <summary>Changes the status, or explains in Vietnamese why it cannot.</summary>
    public string? MoveTo(CaseStatus next, DateOnly on)
    {
        if (!Allowed[Status].Contains(next))
            return $"Không thể chuyển hồ sơ từ trạng thái “{CaseText.Status(Status)}” sang “{CaseText.Status(next)}”.";
        if (on < StartOn)
            return "Ngày chuyển trạng thái không được trước ngày bắt đầu.";
        Status = next;
        if (next == CaseStatus.Active && FileOpenedOn is null) FileOpenedOn = on;
        if (next is CaseStatus.Completed or CaseStatus.Transferred or CaseStatus.Revoked)
            EndedOn = on;
        return null;
    }
}

public enum CaseKind { CommunitySentence, Reintegration }

/// <summary>Forms of sentence served in the community (glossary: Sentences and decisions).</summary>
public enum SentenceType
{
    SuspendedSentence,
    NonCustodialReform,
    ResidenceBan,
    ControlledResidence,
    CivicRightsDeprivation,
    OccupationBan,
    DeferredImprisonment,
    SuspendedImprisonment,
    ConditionalEarlyRelease,
}

public enum ReleaseKind { SentenceCompleted, Amnesty }

public enum CaseStatus { Intake, Active, Absconded, Completed, Transferred, Revoked }

/// <summary>The Vietnamese names users read, kept in one place.</summary>
public static class CaseText
{
    public static string Status(CaseStatus s) => s switch
    {
        CaseStatus.Intake => "Đang tiếp nhận",
        CaseStatus.Active => "Đang chấp hành / quản lý",
        CaseStatus.Absconded => "Bỏ trốn",
        CaseStatus.Completed => "Đã kết thúc",
        CaseStatus.Transferred => "Đã chuyển hồ sơ",
        CaseStatus.Revoked => "Bị hủy, buộc chấp hành án phạt tù",
        _ => s.ToString(),
    };

    public static string Kind(CaseKind k) => k switch
    {
        CaseKind.CommunitySentence => "Chấp hành án tại cộng đồng",
        CaseKind.Reintegration => "Tái hòa nhập cộng đồng",
        _ => k.ToString(),
    };

    public static string Sentence(SentenceType t) => t switch
    {
        SentenceType.SuspendedSentence => "Án treo",
        SentenceType.NonCustodialReform => "Cải tạo không giam giữ",
        SentenceType.ResidenceBan => "Cấm cư trú",
        SentenceType.ControlledResidence => "Quản chế",
        SentenceType.CivicRightsDeprivation => "Tước một số quyền công dân",
        SentenceType.OccupationBan => "Cấm đảm nhiệm chức vụ, cấm hành nghề hoặc làm công việc nhất định",
        SentenceType.DeferredImprisonment => "Hoãn chấp hành án phạt tù",
        SentenceType.SuspendedImprisonment => "Tạm đình chỉ chấp hành án phạt tù",
        SentenceType.ConditionalEarlyRelease => "Tha tù trước thời hạn có điều kiện",
        _ => t.ToString(),
    };

    public static string Release(ReleaseKind k) => k switch
    {
        ReleaseKind.SentenceCompleted => "Chấp hành xong án phạt tù",
        ReleaseKind.Amnesty => "Được đặc xá",
        _ => k.ToString(),
    };
}
