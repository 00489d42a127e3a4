namespace HoaNhap.Domain.Absences;

/// <summary>
/// An absence from the place of residence (vắng mặt tại nơi cư trú): the person's application,
/// the decision of the commune People's Committee (TT 65/2019/TT-BCA Điều 9 khoản 2) and the
/// return check-in. The due dates are computed when the request and the decision are recorded,
/// with the parameters and holidays then in force, and kept.
/// </summary>
public sealed class AbsencePermission : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public DateOnly RequestedOn { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public string Destination { get; set; } = "";
    public string Reason { get; set; } = "";
    /// <summary>Medical treatment on a doctor's order: not counted towards the total limit.</summary>
    public bool MedicalTreatment { get; set; }
    public AbsenceStatus Status { get; set; } = AbsenceStatus.Requested;
    /// <summary>The day by which the commune People's Committee should decide.</summary>
    public DateOnly DecisionDueOn { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public string? DecisionNumber { get; set; }
    /// <summary>Why it was refused (required) or conditions of the approval.</summary>
    public string? DecisionReason { get; set; }
    public Guid? DecisionFileId { get; set; }
    /// <summary>Approved: the day by which the person must report back to the commune police.</summary>
    public DateOnly? ReturnDueOn { get; set; }
    public DateOnly? ReturnedOn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";

    /// <summary>Days away, counting the day of leaving and the day of coming back.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;

    public bool DecisionOverdue(DateOnly today) => Status == AbsenceStatus.Requested && today > DecisionDueOn;

    public bool ReturnLate(DateOnly today) => Status == AbsenceStatus.Approved && ReturnDueOn is { } due
        && (ReturnedOn is { } back ? back > due : today > due);
}

public enum AbsenceStatus { Requested, Approved, Refused }

public static class AbsenceText
{
    public static string Status(AbsenceStatus s) => s switch
    {
        AbsenceStatus.Requested => "Chờ quyết định",
        AbsenceStatus.Approved => "Đồng ý",
        AbsenceStatus.Refused => "Không đồng ý",
        _ => s.ToString(),
    };
}
