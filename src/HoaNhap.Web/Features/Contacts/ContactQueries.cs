using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Contacts;
using HoaNhap.Domain.Supervision;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Contacts;

/// <summary>An appointment as the calendar shows it, with its person and whether it was kept.</summary>
public sealed record CalendarEntry(Appointment Appointment, string PersonName, bool Kept, DateOnly Today)
{
    public bool Overdue => !Kept && Appointment.On < Today;
}

public static class ContactQueries
{
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
