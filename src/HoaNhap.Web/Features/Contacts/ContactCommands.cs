using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Contacts;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Contacts;

public sealed class ContactInput
{
    /// <summary>Visit, InPerson, Call, Message or Summons.</summary>
    public string? Channel { get; set; }
    public string? On { get; set; }
    /// <summary>"HH:mm", optional.</summary>
    public string? At { get; set; }
    public string? Note { get; set; }
    /// <summary>The appointment this contact kept, optional.</summary>
    public Guid? AppointmentId { get; set; }
}

public sealed class AppointmentInput
{
    /// <summary>Visit, InPerson, Call, Message or Summons.</summary>
    public string? Channel { get; set; }
    public string? On { get; set; }
    /// <summary>"HH:mm", local time in Vietnam.</summary>
    public string? StartsAt { get; set; }
    public int? DurationMinutes { get; set; }
    public string? Place { get; set; }
    public string? Purpose { get; set; }
}

/// <summary>
/// Contacts and appointments of a case. Officers (province, commune) and the person's own supervisor record
/// them; the case is found through the caller's scope (404), the role checked (403), the input (400).
/// </summary>
public static class ContactCommands
{

    public static async Task<Outcome<Contact>> RecordContactAsync(HoaNhapDbContext db, CurrentUser me, Guid caseId, ContactInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, me, caseId, ct);
        if (c is null) return Outcome<Contact>.Missing();
        if (!me.May(Act.RecordContact)) return Outcome<Contact>.Denied();
        var errors = new Dictionary<string, string[]>();
        var channel = FormChecks.Choice<ContactChannel>(input.Channel);
        if (channel is null) errors[nameof(ContactInput.Channel)] = ["Hãy chọn hình thức tiếp xúc."];
        var on = FormChecks.Past(db.Today, errors, nameof(ContactInput.On), "Ngày tiếp xúc", input.On);
        if (on < c.StartOn) errors[nameof(ContactInput.On)] = [$"Ngày tiếp xúc không được trước ngày bắt đầu của hồ sơ ({Display.Date(c.StartOn)})."];
        var at = Time(input.At, nameof(ContactInput.At), "Giờ tiếp xúc", required: false, errors);
        var note = FormChecks.Optional(input.Note, nameof(ContactInput.Note), "Nội dung", 2000, errors);
        if (input.AppointmentId is { } aid && !await db.Set<Appointment>().AnyAsync(a => a.Id == aid && a.CaseId == c.Id, ct))
            errors[nameof(ContactInput.AppointmentId)] = ["Lịch hẹn không thuộc hồ sơ này."];
        if (errors.Count > 0) return Outcome<Contact>.Invalid(errors);
        var contact = new Contact
        {
            CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
            Channel = channel!.Value, On = on!.Value, At = at, ByUserId = me.UserId, ByName = Who(me), Note = note,
            AppointmentId = input.AppointmentId,
        };
        db.Add(contact);
        await db.SaveChangesAsync(ct);
        return Outcome<Contact>.Ok(contact);
    }

    public static async Task<Outcome<Appointment>> ScheduleAsync(HoaNhapDbContext db, CurrentUser me, Guid caseId, AppointmentInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, me, caseId, ct);
        if (c is null) return Outcome<Appointment>.Missing();
        if (!me.May(Act.RecordContact)) return Outcome<Appointment>.Denied();
        var errors = new Dictionary<string, string[]>();
        var channel = FormChecks.Choice<ContactChannel>(input.Channel);
        if (channel is null) errors[nameof(AppointmentInput.Channel)] = ["Hãy chọn hình thức gặp."];
        var on = FormChecks.Date(errors, nameof(AppointmentInput.On), "Ngày hẹn", input.On);
        if (on < db.Today) errors[nameof(AppointmentInput.On)] = ["Ngày hẹn không được trước ngày hôm nay."];
        else if (on > db.Today.AddYears(1)) errors[nameof(AppointmentInput.On)] = ["Ngày hẹn không được quá một năm kể từ hôm nay."];
        var starts = Time(input.StartsAt, nameof(AppointmentInput.StartsAt), "Giờ hẹn", required: true, errors);
        if (input.DurationMinutes is not { } minutes || minutes < 5 || minutes > 480)
            errors[nameof(AppointmentInput.DurationMinutes)] = ["Thời lượng phải từ 5 đến 480 phút."];
        var place = FormChecks.Required(input.Place, nameof(AppointmentInput.Place), "Địa điểm", 300, errors);
        var purpose = FormChecks.Required(input.Purpose, nameof(AppointmentInput.Purpose), "Nội dung làm việc", 500, errors);
        if (errors.Count > 0) return Outcome<Appointment>.Invalid(errors);
        var a = new Appointment
        {
            CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
            OwnerUserId = me.UserId, OwnerName = Who(me), Channel = channel!.Value, On = on!.Value, StartsAt = starts!.Value,
            DurationMinutes = input.DurationMinutes!.Value, Place = place!, Purpose = purpose!,
        };
        db.Add(a);
        await db.SaveChangesAsync(ct);
        return Outcome<Appointment>.Ok(a);
    }

    static string Who(CurrentUser me) => string.IsNullOrWhiteSpace(me.FullName) ? me.UserName : me.FullName;

    static TimeOnly? Time(string? text, string field, string label, bool required, Dictionary<string, string[]> errors)
    {
        var s = text?.Trim();
        if (string.IsNullOrEmpty(s))
        {
            if (required) errors[field] = [$"Hãy nhập {label.ToLowerInvariant()} (giờ:phút, ví dụ 08:30)."];
            return null;
        }
        if (TimeOnly.TryParseExact(s, ["HH:mm", "H:mm", "HH'h'mm", "H'h'mm"], System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var t)) return t;
        errors[field] = [$"{label} phải có dạng giờ:phút, ví dụ 08:30."];
        return null;
    }
}
