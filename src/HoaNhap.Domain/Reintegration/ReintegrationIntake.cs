namespace HoaNhap.Domain.Reintegration;

/// <summary>
/// Tiếp nhận người chấp hành xong án phạt tù (TT 10/2024/TT-BCA Điều 8, 9): the release notice received
/// by the commune, the commune police's residence check, the person's report to the commune with the
/// minutes and undertaking (Mẫu HCD-05) and the information sheet (Mẫu HCD-02), and the officer (and
/// optionally a helper from a mass organisation or the family) assigned to help. One per reintegration case.
/// </summary>
public sealed class ReintegrationIntake : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";

    /// <summary>The prison's notice stored by the exchange API, when the intake started from it.</summary>
    public Guid? ReleaseNoticeId { get; set; }
    /// <summary>The day the commune received the release (or pardon) notice: it starts the residence check.</summary>
    public DateOnly NoticeReceivedOn { get; set; }
    /// <summary>The day the person left prison (or was pardoned): it starts the time to report to the commune.</summary>
    public DateOnly ReleasedOn { get; set; }
    /// <summary>The sender of the notice (the prison, detention camp or enforcement agency).</summary>
    public string Sender { get; set; } = "";

    // ---- residence check by the commune police (TT 10/2024 Điều 8 khoản 1) ----
    public DateOnly? ResidenceCheckedOn { get; set; }
    public bool? LivesThere { get; set; }
    public string? ResidenceNote { get; set; }
    /// <summary>The notice to the sender (Mẫu HCD-03) kept in the case file, when the person does not live there.</summary>
    public Guid? SenderNoticeFileId { get; set; }

    // ---- the person's report to the commune (TT 10/2024 Điều 9 khoản 1) ----
    public DateOnly? ReportedOn { get; set; }
    /// <summary>The person's wishes and circumstances (family, housing, work, health) written on the information sheet.</summary>
    public string? Circumstances { get; set; }
    public string? Wishes { get; set; }
    public Guid? MinutesFileId { get; set; }
    public Guid? InformationSheetFileId { get; set; }

    // ---- who helps ----
    public string? OfficerUserId { get; set; }
    public string? OfficerName { get; set; }
    public DateOnly? OfficerAssignedOn { get; set; }
    /// <summary>A person of a mass organisation or of the family who helps, where decided.</summary>
    public string? HelperName { get; set; }
    public HelperKind? HelperKind { get; set; }
    public string? HelperOrganisation { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}

public enum HelperKind { MassOrganisation, Family }

public static class ReintegrationText
{
    public static string Helper(HelperKind k) => k switch
    {
        HelperKind.MassOrganisation => "Tổ chức chính trị - xã hội, đoàn thể",
        HelperKind.Family => "Gia đình",
        _ => k.ToString(),
    };
}
