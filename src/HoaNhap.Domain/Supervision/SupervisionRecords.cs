namespace HoaNhap.Domain.Supervision;

/// <summary>A record of the supervision of one case: placed like the case, tied to its person, audited.</summary>
public interface ISupervisionRecord : IPlaced
{
    Guid CaseId { get; }
    Guid PersonId { get; }
}

/// <summary>
/// How often the person of a case is seen and reports (the supervision plan the commune decides).
/// A null cadence takes the rule parameter in force (CheckIn.DefaultIntervalMonths,
/// SelfReport.IntervalMonths, Assessment.IntervalMonths).
/// </summary>
public sealed class SupervisionPlan : ISupervisionRecord, IVersioned
{
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public int? CheckInIntervalMonths { get; set; }
    public int? SelfReportIntervalMonths { get; set; }
    public int? AssessmentIntervalMonths { get; set; }
    public long Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}

public enum CheckInKind
{
    /// <summary>Điểm danh, kiểm diện: the person comes on the cadence of the plan.</summary>
    CheckIn,
    /// <summary>Triệu tập: the person is called for a set day; <see cref="CheckIn.Attended"/> says whether they came.</summary>
    Summons,
    /// <summary>Thăm gặp: the supervisor or officer visits the person at home or at work; <see cref="CheckIn.Attended"/>: the person was met.</summary>
    Visit,
    /// <summary>Liên lạc: a call or a message; <see cref="CheckIn.Attended"/>: the person was reached.</summary>
    Contact,
}

public static class CheckInKinds
{
    /// <summary>
    /// Only the person coming in (a check-in, or a summons they attended) keeps the check-in cadence of the plan;
    /// a visit or a call is the supervisor's own work and does not replace it (LTHAHS 2019 Điều 87 khoản 1 điểm b).
    /// </summary>
    public static bool KeepsCadence(CheckInKind k) => k is CheckInKind.CheckIn or CheckInKind.Summons;
}

/// <summary>A check-in (điểm danh, kiểm diện) or a summons (triệu tập) with its attendance.</summary>
public sealed class CheckIn : ISupervisionRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public CheckInKind Kind { get; set; }
    /// <summary>The day the person came (check-in) or the appointment day (summons).</summary>
    public DateOnly On { get; set; }
    public bool Attended { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}

/// <summary>A written self-report (bản tự nhận xét) received for one period of the schedule.</summary>
public sealed class SelfReport : ISupervisionRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    /// <summary>1-based number of the period in the schedule of the case (see <see cref="Rules.SelfReportSchedule"/>).</summary>
    public int PeriodNumber { get; set; }
    public DateOnly PeriodEndsOn { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public string? Summary { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}

/// <summary>One month of income deduction (khấu trừ thu nhập) of a non-custodial reform.</summary>
public sealed class IncomeDeduction : ISupervisionRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    /// <summary>The first day of the month the income was earned in.</summary>
    public DateOnly Month { get; set; }
    public long Income { get; set; }
    public int Percent { get; set; }
    /// <summary>Income × percentage (<see cref="Rules.IncomeDeductionRule.ExpectedAmount"/>), kept as it was when recorded.</summary>
    public long ExpectedAmount { get; set; }
    public long AmountDeducted { get; set; }
    public DateOnly? PaidOn { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}

/// <summary>Hours of community labour (lao động phục vụ cộng đồng) done on one day.</summary>
public sealed class CommunityLabourEntry : ISupervisionRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public DateOnly On { get; set; }
    public int Hours { get; set; }
    public string Work { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}

public enum AssessmentRating { Good, Fair, Average, Poor }

/// <summary>A periodic assessment (nhận xét, đánh giá) by the person's assigned supervisor.</summary>
public sealed class SupervisorAssessment : ISupervisionRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public string SupervisorUserId { get; set; } = "";
    public string SupervisorName { get; set; } = "";
    public DateOnly On { get; set; }
    public AssessmentRating Rating { get; set; }
    /// <summary>Whether the person kept the obligations during the period.</summary>
    public bool ObligationsKept { get; set; }
    public string? Comment { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}

/// <summary>The Vietnamese words users read, kept in one place.</summary>
public static class SupervisionText
{
    public static string Kind(CheckInKind k) => k switch
    {
        CheckInKind.CheckIn => "Điểm danh, kiểm diện",
        CheckInKind.Summons => "Triệu tập",
        CheckInKind.Visit => "Thăm gặp",
        CheckInKind.Contact => "Liên lạc qua điện thoại, tin nhắn",
        _ => k.ToString(),
    };

    public static string Rating(AssessmentRating r) => r switch
    {
        AssessmentRating.Good => "Tốt",
        AssessmentRating.Fair => "Khá",
        AssessmentRating.Average => "Trung bình",
        AssessmentRating.Poor => "Kém",
        _ => r.ToString(),
    };

    public static string Status(SelfReportStatus s) => s switch
    {
        SelfReportStatus.NotYetDue => "Chưa đến hạn",
        SelfReportStatus.DueToday => "Đến hạn hôm nay",
        SelfReportStatus.OnTime => "Đã nhận đúng hạn",
        SelfReportStatus.Late => "Đã nhận, nộp muộn",
        SelfReportStatus.Missing => "Chưa nộp, quá hạn",
        _ => s.ToString(),
    };
}

public enum SelfReportStatus { NotYetDue, DueToday, OnTime, Late, Missing }
