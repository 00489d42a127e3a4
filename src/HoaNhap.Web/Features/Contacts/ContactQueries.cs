using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Contacts;
using HoaNhap.Domain.Supervision;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Contacts;

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

/// <summary>An appointment as the calendar shows it, with its person and whether it was kept.</summary>
public sealed record CalendarEntry(Appointment Appointment, string PersonName, bool Kept, DateOnly Today)
{
    public bool Overdue => !Kept && Appointment.On < Today;
}

public static class ContactQueries
{
    /// <summary>
    /// Every contact with the person of the case on one timeline: recorded contacts, check-ins and summons with
    /// attendance (supervision), summons issued into the case file, and appointments. Read from where each is kept.
    /// </summary>
    public static async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(HoaNhapDbContext db, Case c, CancellationToken ct)
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

    /// <summary>Monday of the week that holds <paramref name="day"/>.</summary>
    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>
    /// The appointments between two days (inclusive) of the people the user may see: a commune the commune's,
    /// a province the province's, a supervisor only those of the people assigned to them.
    /// </summary>
    public static async Task<IReadOnlyList<CalendarEntry>> CalendarAsync(HoaNhapDbContext db, CurrentUser me, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var rows = await db.Set<Appointment>().AsNoTracking()
            .Where(a => a.On >= from && a.On <= to)
            .Join(db.People.People(me), a => a.PersonId, p => p.Id, (a, p) => new { Appointment = a, p.FullName })
            .OrderBy(x => x.Appointment.On).ThenBy(x => x.Appointment.StartsAt)
            .ToListAsync(ct);
        var caseIds = rows.Select(x => x.Appointment.CaseId).Distinct().ToList();
        var days = await ContactDaysAsync(db, caseIds, from, ct);
        return rows.Select(x => new CalendarEntry(x.Appointment, x.FullName, AppointmentKeeping.Kept(x.Appointment.On, days[x.Appointment.CaseId]), db.Today)).ToList();
    }

    /// <summary>The days on or after <paramref name="since"/> on which each case had a contact or an attended check-in.</summary>
    public static async Task<ILookup<Guid, DateOnly>> ContactDaysAsync(HoaNhapDbContext db, IReadOnlyCollection<Guid> caseIds, DateOnly since, CancellationToken ct)
    {
        var contacts = await db.Set<Contact>().AsNoTracking().Where(x => caseIds.Contains(x.CaseId) && x.On >= since)
            .Select(x => new { x.CaseId, x.On }).ToListAsync(ct);
        var checkIns = await db.Set<CheckIn>().AsNoTracking().Where(x => caseIds.Contains(x.CaseId) && x.Attended && x.On >= since)
            .Select(x => new { x.CaseId, x.On }).ToListAsync(ct);
        return contacts.Concat(checkIns).ToLookup(x => x.CaseId, x => x.On);
    }
}
