using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Contacts;
using HoaNhap.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Shared;

/// <summary>What a line of the timeline comes from.</summary>
public enum TimelineSource { Contact, CheckIn, Summons, SummonsIssued, Appointment }

/// <summary>One line of a case's contact timeline, newest first.</summary>
public sealed record TimelineEntry(Guid Id, TimelineSource Source, DateOnly On, TimeOnly? At, string Kind, string? Channel, string Who,
    string? Note, bool? Attended, bool? Kept)
{
    /// <summary>The day the timeline was read (by the application's clock): an appointment is due, today or to come.</summary>
    [System.Text.Json.Serialization.JsonIgnore] public DateOnly Today { get; init; }

    public string Outcome => Source switch
    {
        TimelineSource.CheckIn or TimelineSource.Summons => Attended == true ? "Có mặt" : "Vắng mặt",
        TimelineSource.Appointment => Kept == true ? "Đã gặp" : On < Today ? "Chưa ghi tiếp xúc" : On == Today ? "Hôm nay" : "Sắp tới",
        _ => "",
    };
}

/// <summary>The contact timeline of a case: read by the contacts section, its page and API, and the printed case file.</summary>
public static class ContactTimeline
{
    /// <summary>
    /// Every contact with the person of the case on one timeline: recorded contacts, check-ins and summons with
    /// attendance (supervision), summons issued into the case file, and appointments. Read from where each is kept.
    /// </summary>
    public static async Task<IReadOnlyList<TimelineEntry>> ReadAsync(HoaNhapDbContext db, Case c, CancellationToken ct)
    {
        var contacts = await db.Set<Contact>().AsNoTracking().Where(x => x.CaseId == c.Id).ToListAsync(ct);
        var checkIns = await db.Set<CheckIn>().AsNoTracking().Where(x => x.CaseId == c.Id).ToListAsync(ct);
        var summons = await db.Set<CaseFileItem>().AsNoTracking().Where(x => x.CaseId == c.Id && x.Kind == CaseFileItemKind.Summons)
            .Select(x => new { x.Id, x.On, x.Note, x.CreatedBy, x.Number }).ToListAsync(ct);
        var appointments = await db.Set<Appointment>().AsNoTracking().Where(x => x.CaseId == c.Id).ToListAsync(ct);
        var contactDays = contacts.Select(x => x.On).Concat(checkIns.Where(x => x.Attended).Select(x => x.On)).ToList();

        var list = new List<TimelineEntry>();
        list.AddRange(contacts.Select(x => new TimelineEntry(x.Id, TimelineSource.Contact, x.On, x.At, "Tiếp xúc",
            ContactText.Channel(x.Channel), x.ByName, x.Note, null, null)));
        list.AddRange(checkIns.Select(x => new TimelineEntry(x.Id, x.Kind == CheckInKind.Summons ? TimelineSource.Summons : TimelineSource.CheckIn,
            x.On, null, SupervisionText.Kind(x.Kind), x.Kind == CheckInKind.Summons ? ContactText.Channel(ContactChannel.Summons) : "Tại trụ sở",
            Display.Actor(x.CreatedBy), x.Note, x.Attended, null)));
        list.AddRange(summons.Select(x => new TimelineEntry(x.Id, TimelineSource.SummonsIssued, x.On, null, "Lập giấy triệu tập",
            ContactText.Channel(ContactChannel.Summons), Display.Actor(x.CreatedBy), x.Note, null, null)));
        list.AddRange(appointments.Select(x => new TimelineEntry(x.Id, TimelineSource.Appointment, x.On, x.StartsAt, "Lịch hẹn",
            ContactText.Channel(x.Channel), x.OwnerName, $"{x.Purpose} — {x.Place}", null, AppointmentKeeping.Kept(x.On, contactDays))));
        var today = db.Today;
        return list.OrderByDescending(x => x.On).ThenByDescending(x => x.At ?? TimeOnly.MinValue).Select(x => x with { Today = today }).ToList();
    }
}
