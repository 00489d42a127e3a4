using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Supervision;

namespace HoaNhap.Domain.Alerts;

/// <summary>What raised an alert (cảnh báo): a detection of the worklist or a recorded sign of violation.</summary>
public enum AlertKind
{
    /// <summary>Không điểm danh, kiểm diện hoặc không tự điểm danh đúng hạn.</summary>
    MissedCheckIn,
    /// <summary>Không nộp bản tự nhận xét đúng hạn.</summary>
    SelfReportOverdue,
    /// <summary>Vắng mặt quá thời hạn, về nơi cư trú muộn.</summary>
    AbsenceOverrun,
    /// <summary>Dấu hiệu vi phạm được ghi nhận.</summary>
    ViolationSign,
    /// <summary>Vắng mặt tại nơi cư trú không xin phép.</summary>
    UnauthorisedAbsence,
}

/// <summary>Open → Verified → Disposed → Closed; each step by <see cref="Alert.Record"/> only.</summary>
public enum AlertStatus { Open, Verified, Disposed, Closed }

public enum AlertStepKind { Verify, Dispose, FollowUp }

/// <summary>What the commune did about an alert (biện pháp xử lý).</summary>
public enum AlertAction { Reminder, Summons, Visit, ReprimandProposal, Other }

/// <summary>
/// An alert as a closed loop (cảnh báo): verify what was found, dispose (the action taken) and follow up (the result),
/// each step due a number of days after the previous one (<see cref="AlertDefaults"/>, proposals of the system). One
/// event raises one alert: <see cref="SourceKind"/> + <see cref="SourceId"/> is unique. An alert past its step's due
/// date goes to the province police's worklist (<c>AlertOverdue</c>).
/// </summary>
public sealed class Alert : ISupervisionRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public AlertKind Kind { get; set; }
    /// <summary>What the source is ("ViolationSign", or the worklist kind that detected it).</summary>
    public string SourceKind { get; set; } = "";
    /// <summary>The sign's id, or a key made from the detection (case, day due), so the nightly run never raises it twice.</summary>
    public Guid SourceId { get; set; }
    public DateOnly RaisedOn { get; set; }
    /// <summary>Vietnamese, one line: what happened.</summary>
    public string Title { get; set; } = "";
    public AlertStatus Status { get; private set; }
    /// <summary>When the next step is due; null once closed.</summary>
    public DateOnly? DueOn { get; private set; }
    /// <summary>True when any step was recorded after its due day.</summary>
    public bool Late { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>A new alert, with the verify step due <c>Alerts.VerifyDays</c> after it was raised.</summary>
    public static Alert Raise(AlertKind kind, string sourceKind, Guid sourceId, Guid caseId, Guid personId, string province, string commune,
        DateOnly on, string title, RuleParameters rules) => new()
    {
        Kind = kind, SourceKind = sourceKind, SourceId = sourceId, CaseId = caseId, PersonId = personId, ProvinceCode = province,
        CommuneCode = commune, RaisedOn = on, Title = title, Status = AlertStatus.Open,
        DueOn = on.AddDays(rules.Int(AlertDefaults.VerifyDays, on)),
    };

    /// <summary>The step expected next, or null when the alert is closed.</summary>
    public AlertStepKind? NextStep => Status switch
    {
        AlertStatus.Open => AlertStepKind.Verify,
        AlertStatus.Verified => AlertStepKind.Dispose,
        AlertStatus.Disposed => AlertStepKind.FollowUp,
        _ => null,
    };

    /// <summary>Past its step's due day as of <paramref name="today"/> (not closed).</summary>
    public bool OverdueOn(DateOnly today) => DueOn is { } due && due < today;

    /// <summary>
    /// Records the next step, in order only (verify, then dispose with an action, then follow up); the step after it is due
    /// its number of days later. Returns the step, or the reason it was refused (in Vietnamese).
    /// </summary>
    public (AlertStep? Step, string? Refusal) Record(AlertStepKind step, DateOnly on, string note, AlertAction? action, string byName, RuleParameters rules)
    {
        if (NextStep is not { } next) return (null, "Cảnh báo này đã kết thúc.");
        if (step != next) return (null, $"Bước tiếp theo của cảnh báo này là “{AlertText.Step(next)}”.");
        if (on < RaisedOn) return (null, $"Ngày thực hiện không được trước ngày phát sinh cảnh báo ({Text.VietnameseDate.Format(RaisedOn)}).");
        if (step == AlertStepKind.Dispose && action is null) return (null, "Hãy chọn biện pháp xử lý.");
        var record = new AlertStep
        {
            AlertId = Id, ProvinceCode = ProvinceCode, CommuneCode = CommuneCode, Step = step, On = on, Note = note,
            Action = step == AlertStepKind.Dispose ? action : null, DueOn = DueOn!.Value, OnTime = on <= DueOn!.Value, ByName = byName,
        };
        if (!record.OnTime) Late = true;
        switch (step)
        {
            case AlertStepKind.Verify:
                Status = AlertStatus.Verified;
                DueOn = on.AddDays(rules.Int(AlertDefaults.DisposeDays, on));
                break;
            case AlertStepKind.Dispose:
                Status = AlertStatus.Disposed;
                DueOn = on.AddDays(rules.Int(AlertDefaults.FollowUpDays, on));
                break;
            default:
                Status = AlertStatus.Closed;
                DueOn = null;
                ClosedOn = on;
                break;
        }
        return (record, null);
    }
}

/// <summary>One step of an alert's ledger: what was found, what was done, what came of it.</summary>
public sealed class AlertStep : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid AlertId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public AlertStepKind Step { get; set; }
    public DateOnly On { get; set; }
    public DateOnly DueOn { get; set; }
    public bool OnTime { get; set; }
    public AlertAction? Action { get; set; }
    public string Note { get; set; } = "";
    public string ByName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>
/// Days allowed for each step of an alert. No text fixes them: LTHAHS 2019 Điều 86 makes the commune supervise and educate the
/// person without deadlines for following up a sign. Proposals of the system (<see cref="SourceStatus.Proposed"/>) until the
/// province confirms them; appended to <see cref="RuleParameterDefaults.All"/>.
/// </summary>
public static class AlertDefaults
{
    public const string VerifyDays = "Alerts.VerifyDays";
    public const string DisposeDays = "Alerts.DisposeDays";
    public const string FollowUpDays = "Alerts.FollowUpDays";
    /// <summary>The dashboard's target for the share of alerts handled on time (percent).</summary>
    public const string OnTimeTargetPercent = "Alerts.OnTimeTargetPercent";

    const string Basis = "Pháp luật không quy định thời hạn xử lý cảnh báo; hệ thống đề xuất, chờ Công an tỉnh xác nhận. Căn cứ gần nhất: LTHAHS 2019 Điều 86 (UBND xã giám sát, giáo dục người chấp hành án)";
    static readonly DateOnly From = new(2020, 1, 1);

    static RuleParameter P(string key, string title, string value) => new(key, title, value, RuleUnits.Days, Basis, SourceStatus.Proposed, From);

    public static IReadOnlyList<RuleParameter> All { get; } =
    [
        P(VerifyDays, "Cảnh báo: xác minh (ghi nhận điều đã xác minh) trong vòng, kể từ ngày phát sinh", "2"),
        P(DisposeDays, "Cảnh báo: áp dụng biện pháp xử lý (nhắc nhở, triệu tập, đến nhà, đề xuất khiển trách…) trong vòng, kể từ ngày xác minh", "3"),
        P(FollowUpDays, "Cảnh báo: theo dõi, ghi kết quả trong vòng, kể từ ngày xử lý", "7"),
        new(OnTimeTargetPercent, "Cảnh báo: chỉ tiêu tỷ lệ cảnh báo được xử lý đúng hạn (phần trăm)", "100", "%",
            "Kế hoạch: các chỉ tiêu phòng ngừa phải đạt 100 %; pháp luật không quy định tỷ lệ này, hệ thống đề xuất, chờ Công an tỉnh xác nhận",
            SourceStatus.Proposed, From),
    ];
}

public static class AlertText
{
    public static string Kind(AlertKind k) => k switch
    {
        AlertKind.MissedCheckIn => "Không điểm danh đúng hạn",
        AlertKind.SelfReportOverdue => "Không nộp bản tự nhận xét đúng hạn",
        AlertKind.AbsenceOverrun => "Vắng mặt quá thời hạn, về nơi cư trú muộn",
        AlertKind.ViolationSign => "Dấu hiệu vi phạm",
        AlertKind.UnauthorisedAbsence => "Vắng mặt tại nơi cư trú không xin phép",
        _ => k.ToString(),
    };

    public static string Status(AlertStatus s) => s switch
    {
        AlertStatus.Open => "Chờ xác minh",
        AlertStatus.Verified => "Đã xác minh, chờ xử lý",
        AlertStatus.Disposed => "Đã xử lý, chờ kết quả theo dõi",
        _ => "Đã kết thúc",
    };

    public static string Step(AlertStepKind s) => s switch
    {
        AlertStepKind.Verify => "Xác minh",
        AlertStepKind.Dispose => "Xử lý",
        _ => "Theo dõi kết quả",
    };

    public static string Action(AlertAction a) => a switch
    {
        AlertAction.Reminder => "Nhắc nhở",
        AlertAction.Summons => "Triệu tập",
        AlertAction.Visit => "Đến nhà làm việc",
        AlertAction.ReprimandProposal => "Đề xuất khiển trách",
        _ => "Biện pháp khác",
    };
}
