namespace HoaNhap.Domain.Worklist;

/// <summary>
/// One thing an officer, leader or supervisor has to do, computed by the daily worklist job
/// from the cases (nothing depends on someone opening a page). The job replaces the whole list
/// each run; <see cref="ComputedOn"/> says which day it was computed for.
/// </summary>
public sealed class WorklistItem : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public WorklistKind Kind { get; set; }
    public Guid PersonId { get; set; }
    public Guid? CaseId { get; set; }
    /// <summary>The user id of the supervisor this item concerns, so a supervisor sees only their own.</summary>
    public string? SupervisorUserId { get; set; }
    public DateOnly DueOn { get; set; }
    /// <summary>Vietnamese, one line, e.g. "Điểm danh: Nguyễn Văn A".</summary>
    public string Title { get; set; } = "";
    /// <summary>Where to act, e.g. "/Cases/Details/{id}".</summary>
    public string? Link { get; set; }
    public DateOnly ComputedOn { get; set; }
}

public enum WorklistKind
{
    CheckInDue,
    SelfReportOverdue,
    AbsenceAwaitingDecision,
    AbsenceReturnLate,
    DeadlineSoon,
    SentenceEndingSoon,
    EscalationProposed,
    TransferAwaitingAcknowledgement,
    ReportDue,
    ReintegrationResidenceCheckDue,
    ReintegrationReportOverdue,
    ReintegrationSupportOverdue,
    AppointmentDue,
    SelfCheckInMissed,
    MessageFailed,
    GradeTightened,
    CadenceAwaitingApproval,
    AlertOverdue,
    JobRetentionDue,
    PlanTaskOverdue,
    RemedyOverdue,
    JudgmentIntakeDue,
    JudgmentNotEnforced,
}

public static class WorklistText
{
    public static string Kind(WorklistKind k) => k switch
    {
        WorklistKind.CheckInDue => "Điểm danh, kiểm diện đến hạn hôm nay",
        WorklistKind.SelfReportOverdue => "Bản tự nhận xét quá hạn",
        WorklistKind.AbsenceAwaitingDecision => "Đơn xin vắng mặt chờ quyết định",
        WorklistKind.AbsenceReturnLate => "Về nơi cư trú muộn sau khi vắng mặt",
        WorklistKind.DeadlineSoon => "Thời hạn pháp lý trong 7 ngày tới",
        WorklistKind.SentenceEndingSoon => "Hết thời hạn chấp hành trong 30 ngày tới",
        WorklistKind.EscalationProposed => "Đề xuất xử lý vi phạm",
        WorklistKind.TransferAwaitingAcknowledgement => "Hồ sơ chuyển đến chờ tiếp nhận",
        WorklistKind.ReportDue => "Báo cáo định kỳ sắp đến hạn hoặc quá hạn",
        WorklistKind.ReintegrationResidenceCheckDue => "Kiểm tra nơi cư trú của người sắp ra trại",
        WorklistKind.ReintegrationReportOverdue => "Người chấp hành xong án phạt tù chưa trình diện",
        WorklistKind.ReintegrationSupportOverdue => "Việc hỗ trợ tái hòa nhập quá hạn",
        WorklistKind.AppointmentDue => "Lịch hẹn đến hạn hoặc quá hạn chưa ghi tiếp xúc",
        WorklistKind.SelfCheckInMissed => "Không tự điểm danh trong khung giờ",
        WorklistKind.MessageFailed => "Tin nhắc việc gửi không được",
        WorklistKind.GradeTightened => "Mức quản lý vừa được siết chặt: rà soát kế hoạch giám sát",
        WorklistKind.CadenceAwaitingApproval => "Đề nghị giảm tần suất tiếp xúc chờ lãnh đạo UBND xã phê duyệt",
        WorklistKind.AlertOverdue => "Cảnh báo quá hạn xử lý",
        WorklistKind.JobRetentionDue => "Đến mốc theo dõi duy trì việc làm sau khi được tuyển dụng",
        WorklistKind.PlanTaskOverdue => "Nhiệm vụ kế hoạch quá hạn chưa hoàn thành",
        WorklistKind.RemedyOverdue => "Biện pháp khắc phục sau kiểm tra, kiến nghị quá hạn",
        WorklistKind.JudgmentIntakeDue => "Bản án mới nhận: tiếp nhận, mở hồ sơ thi hành án",
        WorklistKind.JudgmentNotEnforced => "Bản án quá hạn chưa mở hồ sơ thi hành án",
        _ => k.ToString(),
    };
}
