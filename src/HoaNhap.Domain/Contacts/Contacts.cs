using HoaNhap.Domain.Supervision;

namespace HoaNhap.Domain.Contacts;

/// <summary>How the officer or the supervisor reached the person.</summary>
public enum ContactChannel
{
    /// <summary>Đến nhà, nơi làm việc của người chấp hành án.</summary>
    Visit,
    /// <summary>Làm việc trực tiếp tại trụ sở.</summary>
    InPerson,
    /// <summary>Gọi điện thoại.</summary>
    Call,
    /// <summary>Tin nhắn (SMS, Zalo…).</summary>
    Message,
    /// <summary>Triệu tập (giấy triệu tập, mời đến làm việc).</summary>
    Summons,
}

/// <summary>
/// One contact with the person of a case (tiếp xúc): who, when, how and what was said. Check-ins and summons
/// are kept by supervision (<see cref="CheckIn"/>) and shown beside contacts on the case's timeline, not copied here.
/// </summary>
public sealed class Contact : ISupervisionRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public ContactChannel Channel { get; set; }
    public DateOnly On { get; set; }
    public TimeOnly? At { get; set; }
    /// <summary>The user who made the contact (the one who records it).</summary>
    public string ByUserId { get; set; } = "";
    public string ByName { get; set; } = "";
    public string? Note { get; set; }
    /// <summary>The appointment this contact kept, if it kept one.</summary>
    public Guid? AppointmentId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}

/// <summary>
/// An appointment (lịch hẹn) with the person of a case, kept by an officer or the person's supervisor.
/// It is kept when a contact or an attended check-in of the case is recorded on its day or later.
/// </summary>
public sealed class Appointment : ISupervisionRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    /// <summary>The user who will meet the person (an officer, or the supervisor).</summary>
    public string OwnerUserId { get; set; } = "";
    public string OwnerName { get; set; } = "";
    public ContactChannel Channel { get; set; }
    public DateOnly On { get; set; }
    /// <summary>Local time in Vietnam (UTC+7).</summary>
    public TimeOnly StartsAt { get; set; }
    public int DurationMinutes { get; set; }
    public string Place { get; set; } = "";
    public string Purpose { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}

public static class ContactText
{
    public static string Channel(ContactChannel c) => c switch
    {
        ContactChannel.Visit => "Đến nhà, nơi làm việc",
        ContactChannel.InPerson => "Làm việc tại trụ sở",
        ContactChannel.Call => "Gọi điện thoại",
        ContactChannel.Message => "Tin nhắn",
        ContactChannel.Summons => "Triệu tập",
        _ => c.ToString(),
    };
}

/// <summary>Whether an appointment was kept, and whether it now needs the officer's attention.</summary>
public static class AppointmentKeeping
{
    /// <summary>Kept when the case has a contact (or an attended check-in) on the appointment's day or later.</summary>
    public static bool Kept(DateOnly appointmentOn, IEnumerable<DateOnly> contactDays) => contactDays.Any(d => d >= appointmentOn);

    /// <summary>Due today or overdue, and not kept: it goes on the worklist.</summary>
    public static bool NeedsAttention(DateOnly appointmentOn, IEnumerable<DateOnly> contactDays, DateOnly today) =>
        appointmentOn <= today && !Kept(appointmentOn, contactDays);
}
