using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Text;

namespace HoaNhap.Domain.Plans;

/// <summary>
/// The bodies a plan assigns tasks to (cơ quan, tổ chức được giao nhiệm vụ), as the provincial and commune plans name them;
/// a user of role <c>PartnerBody</c> is one of them. The list is fixed: a new body is a change of the code, not of the data.
/// </summary>
public enum Body
{
    LabourDepartment,
    HealthDepartment,
    EducationDepartment,
    CultureDepartment,
    JusticeDepartment,
    FinanceDepartment,
    SocialPolicyBank,
    FatherlandFront,
    YouthUnion,
    WomensUnion,
    FarmersAssociation,
    VeteransAssociation,
    MilitaryCommand,
    CommuneCommittee,
}

/// <summary>Assigned → InProgress (a report of progress) → Done (a report of completion); each move by <see cref="PlanTask.Report"/> only.</summary>
public enum PlanTaskStatus { Assigned, InProgress, Done }

/// <summary>
/// A plan of the province or of a commune (kế hoạch): its number, title and day of issue, and the unit that owns it — a
/// province plan has no commune (<see cref="CommuneCode"/> empty). Its tasks are <see cref="PlanTask"/> rows.
/// </summary>
public sealed class Plan : IPlaced
{
    public Guid Id { get; private set; } = Guid.NewGuid();
    public string ProvinceCode { get; private set; } = "";
    /// <summary>The owner commune, or "" for a plan of the province.</summary>
    public string CommuneCode { get; private set; } = "";
    public string Number { get; private set; } = "";
    public string Title { get; private set; } = "";
    public DateOnly IssuedOn { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    public bool IsProvincePlan => CommuneCode.Length == 0;

    public static Plan Issue(string provinceCode, string? communeCode, string number, string title, DateOnly issuedOn, string by, DateTimeOffset at) => new()
    {
        ProvinceCode = provinceCode, CommuneCode = communeCode ?? "", Number = VietnameseText.Nfc(number), Title = VietnameseText.Nfc(title),
        IssuedOn = issuedOn, CreatedBy = by, CreatedAt = at,
    };

    /// <summary>A task of this plan, assigned to <paramref name="body"/>, due on <paramref name="dueOn"/>; refused when due before the plan was issued.</summary>
    public (PlanTask? Task, string? Refusal) Assign(Body body, string description, DateOnly dueOn, string? indicatorKey, DateOnly today)
    {
        if (dueOn < IssuedOn) return (null, $"Hạn thực hiện không được trước ngày ban hành kế hoạch ({VietnameseDate.Format(IssuedOn)}).");
        return (new PlanTask(Id, ProvinceCode, CommuneCode, body, VietnameseText.Nfc(description), dueOn, indicatorKey, today), null);
    }
}

/// <summary>
/// One task of a plan (nhiệm vụ): the body it is assigned to, what to do, by when, and the body's report of its result.
/// A task is overdue (<see cref="OversightDeadlines.Overdue"/>) while not done after its due day.
/// </summary>
public sealed class PlanTask : IPlaced
{
    PlanTask() { }

    internal PlanTask(Guid planId, string province, string commune, Body body, string description, DateOnly dueOn, string? indicatorKey, DateOnly assignedOn)
    {
        PlanId = planId; ProvinceCode = province; CommuneCode = commune; Body = body; Description = description; DueOn = dueOn;
        IndicatorKey = indicatorKey; AssignedOn = assignedOn; Status = PlanTaskStatus.Assigned;
    }

    public Guid Id { get; private set; } = Guid.NewGuid();
    public Guid PlanId { get; private set; }
    public string ProvinceCode { get; private set; } = "";
    public string CommuneCode { get; private set; } = "";
    public Body Body { get; private set; }
    public string Description { get; private set; } = "";
    public DateOnly DueOn { get; private set; }
    /// <summary>The dashboard indicator whose figure (counts only) the body needs for this task, if any.</summary>
    public string? IndicatorKey { get; private set; }
    public PlanTaskStatus Status { get; private set; }
    /// <summary>The body's latest report of its result (báo cáo kết quả thực hiện).</summary>
    public string? Result { get; private set; }
    public DateOnly? ReportedOn { get; private set; }
    public string? ReportedBy { get; private set; }
    public DateOnly AssignedOn { get; private set; }

    public bool OverdueOn(DateOnly today) => OversightDeadlines.Overdue(DueOn, Status == PlanTaskStatus.Done, today);

    /// <summary>
    /// The body reports its result on <paramref name="on"/>: progress (<paramref name="done"/> false) or completion. A completed
    /// task takes no further report; a report cannot be dated before the task was assigned. Returns the refusal, or null.
    /// </summary>
    public string? Report(DateOnly on, string result, bool done, string byName)
    {
        if (Status == PlanTaskStatus.Done) return "Nhiệm vụ này đã được báo cáo hoàn thành; không báo cáo thêm.";
        if (on < AssignedOn) return $"Ngày báo cáo không được trước ngày giao nhiệm vụ ({VietnameseDate.Format(AssignedOn)}).";
        Result = VietnameseText.Nfc(result);
        ReportedOn = on;
        ReportedBy = byName;
        Status = done ? PlanTaskStatus.Done : PlanTaskStatus.InProgress;
        return null;
    }
}

public static class PlanText
{
    /// <summary>The body's name as the plans write it.</summary>
    public static string Body(Body b) => b switch
    {
        Plans.Body.LabourDepartment => "Sở Nội vụ (lĩnh vực lao động, việc làm)",
        Plans.Body.HealthDepartment => "Sở Y tế",
        Plans.Body.EducationDepartment => "Sở Giáo dục và Đào tạo",
        Plans.Body.CultureDepartment => "Sở Văn hóa, Thể thao và Du lịch",
        Plans.Body.JusticeDepartment => "Sở Tư pháp",
        Plans.Body.FinanceDepartment => "Sở Tài chính",
        Plans.Body.SocialPolicyBank => "Ngân hàng Chính sách xã hội",
        Plans.Body.FatherlandFront => "Ủy ban Mặt trận Tổ quốc Việt Nam",
        Plans.Body.YouthUnion => "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        Plans.Body.WomensUnion => "Hội Liên hiệp Phụ nữ",
        Plans.Body.FarmersAssociation => "Hội Nông dân",
        Plans.Body.VeteransAssociation => "Hội Cựu chiến binh",
        Plans.Body.MilitaryCommand => "Cơ quan quân sự địa phương",
        Plans.Body.CommuneCommittee => "Ủy ban nhân dân xã, phường",
        _ => b.ToString(),
    };

    public static string Status(PlanTaskStatus s) => s switch
    {
        PlanTaskStatus.Assigned => "Chưa báo cáo",
        PlanTaskStatus.InProgress => "Đang thực hiện",
        PlanTaskStatus.Done => "Hoàn thành",
        _ => s.ToString(),
    };
}
