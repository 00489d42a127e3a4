namespace HoaNhap.Domain.Cases;

/// <summary>
/// One document in a case file (hồ sơ thi hành án): a paper received (the judgment copy, the
/// enforcement decision, the undertaking…) or a document the system generated (.docx), whose
/// bytes are kept with the case. Never deleted: the file is kept after the case closes.
/// </summary>
public sealed class CaseFileItem : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public CaseFileItemKind Kind { get; set; }
    public string Title { get; set; } = "";
    /// <summary>Received on (paper) or dated (generated).</summary>
    public DateOnly On { get; set; }
    /// <summary>Number and symbol, e.g. "12/QĐ-UBND", when the document has one.</summary>
    public string? Number { get; set; }
    public string? Note { get; set; }
    public bool Generated { get; set; }
    public string? FileName { get; set; }
    public string? ContentType { get; set; }
    public byte[]? Content { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}

/// <summary>The kinds of document a community-sentence case file holds.</summary>
public enum CaseFileItemKind
{
    JudgmentCopy,
    EnforcementDecision,
    Summons,
    Undertaking,
    SupervisorAssignmentDecision,
    SupervisionLog,
    SelfReport,
    SupervisorAssessment,
    BreachMinutes,
    ReprimandMinutes,
    RevocationRequest,
    WantedNoticeRequest,
    AbsenceApplication,
    AbsenceDecision,
    ResidenceChangeNotice,
    TransferNotice,
    EarlyTerminationProposal,
    CourtDecision,
    CompletionCertificate,
    Other,
}

public static class CaseFileText
{
    public static string Kind(CaseFileItemKind k) => k switch
    {
        CaseFileItemKind.JudgmentCopy => "Bản sao bản án",
        CaseFileItemKind.EnforcementDecision => "Quyết định thi hành án",
        CaseFileItemKind.Summons => "Giấy triệu tập",
        CaseFileItemKind.Undertaking => "Bản cam kết của người chấp hành án",
        CaseFileItemKind.SupervisorAssignmentDecision => "Quyết định phân công người trực tiếp giám sát, giáo dục",
        CaseFileItemKind.SupervisionLog => "Sổ theo dõi người chấp hành án",
        CaseFileItemKind.SelfReport => "Bản tự nhận xét của người chấp hành án",
        CaseFileItemKind.SupervisorAssessment => "Nhận xét của người trực tiếp giám sát, giáo dục",
        CaseFileItemKind.BreachMinutes => "Biên bản vi phạm",
        CaseFileItemKind.ReprimandMinutes => "Biên bản họp kiểm điểm",
        CaseFileItemKind.RevocationRequest => "Văn bản đề nghị buộc chấp hành án phạt tù",
        CaseFileItemKind.WantedNoticeRequest => "Văn bản đề nghị ra quyết định truy nã",
        CaseFileItemKind.AbsenceApplication => "Đơn xin vắng mặt tại nơi cư trú",
        CaseFileItemKind.AbsenceDecision => "Quyết định về việc vắng mặt tại nơi cư trú",
        CaseFileItemKind.ResidenceChangeNotice => "Văn bản về việc thay đổi nơi cư trú",
        CaseFileItemKind.TransferNotice => "Văn bản chuyển giao hồ sơ",
        CaseFileItemKind.EarlyTerminationProposal => "Hồ sơ đề nghị rút ngắn, giảm, miễn thời hạn",
        CaseFileItemKind.CourtDecision => "Quyết định của Tòa án",
        CaseFileItemKind.CompletionCertificate => "Giấy chứng nhận chấp hành xong",
        CaseFileItemKind.Other => "Tài liệu khác",
        _ => k.ToString(),
    };
}
