namespace HoaNhap.Domain.Absences;

/// <summary>
/// An absence from the place of residence (vắng mặt tại nơi cư trú): the person's application,
/// the decision of the commune People's Committee (TT 65/2019/TT-BCA Điều 9 khoản 2) and the
/// return check-in. The due dates are computed when the request and the decision are recorded,
/// with the parameters and holidays then in force, and kept. Requested → Approved | Refused, once
/// (<see cref="Decide"/>); only an approved absence has a return (<see cref="RecordReturn"/>).
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
    public AbsenceStatus Status { get; private set; } = AbsenceStatus.Requested;
    /// <summary>The day by which the commune People's Committee should decide.</summary>
    public DateOnly DecisionDueOn { get; set; }
    public DateOnly? DecidedOn { get; private set; }
    public string? DecisionNumber { get; private set; }
    /// <summary>Why it was refused (required) or conditions of the approval.</summary>
    public string? DecisionReason { get; private set; }
    public Guid? DecisionFileId { get; set; }
    /// <summary>Approved: the day by which the person must report back to the commune police.</summary>
    public DateOnly? ReturnDueOn { get; private set; }
    public DateOnly? ReturnedOn { get; private set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";

    /// <summary>Why the committee's decision cannot be recorded, or null: an application is decided once.</summary>
    public string? WhyNotDecidable() => Status == AbsenceStatus.Requested ? null : $"Đơn này đã có quyết định ({AbsenceText.Status(Status)}).";

    /// <summary>Requested → Approved (with the day to report back) or Refused, or why not.</summary>
    public string? Decide(bool approved, DateOnly on, string? number, string? reason, DateOnly? returnDueOn)
    {
        if (WhyNotDecidable() is { } refusal) return refusal;
        if (approved && returnDueOn is null) return "Khi đồng ý phải có ngày trình diện trở lại.";
        Status = approved ? AbsenceStatus.Approved : AbsenceStatus.Refused;
        DecidedOn = on;
        DecisionNumber = number;
        DecisionReason = reason;
        ReturnDueOn = approved ? returnDueOn : null;
        return null;
    }

    /// <summary>The person reported back (the return check-in) on <paramref name="on"/>; only an approved absence, once.</summary>
    public string? RecordReturn(DateOnly on)
    {
        if (Status != AbsenceStatus.Approved) return "Chỉ ghi nhận trình diện khi về đối với lần vắng mặt đã được đồng ý.";
        if (ReturnedOn is { } back)
            return $"Đã ghi nhận trình diện khi về ngày {back.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)}.";
        ReturnedOn = on;
        return null;
    }

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
