using HoaNhap.Data;
using HoaNhap.Domain.Contacts;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Contacts;

/// <summary>
/// Appointments due today or overdue (within the last <see cref="LookBackDays"/> days) for which no contact or attended
/// check-in has been recorded on their day or later. The item carries the supervisor who made the appointment (if a
/// supervisor made it), so it shows on their own worklist, and on the commune's.
/// </summary>
public sealed class AppointmentWorklistSource : IWorklistSource
{
    /// <summary>An appointment missed longer ago than this is history, not today's work.</summary>
    public const int LookBackDays = 60;

    public async Task<IReadOnlyList<WorklistItem>> CollectAsync(HoaNhapDbContext db, DateOnly today, WorklistScope scope, CancellationToken ct)
    {
        var since = today.AddDays(-LookBackDays);
        var rows = await db.Set<Appointment>().AsNoTracking().InScope(scope)
            .Where(a => a.On >= since && a.On <= today)
            .Join(db.People, a => a.PersonId, p => p.Id, (a, p) => new { Appointment = a, p.FullName })
            .ToListAsync(ct);
        var caseIds = rows.Select(r => r.Appointment.CaseId).Distinct().ToList();
        var days = await ContactQueries.ContactDaysAsync(db, caseIds, since, ct);
        var personIds = rows.Select(r => r.Appointment.PersonId).Distinct().ToList();
        var supervisors = await db.SupervisorAssignments.AsNoTracking()
            .Where(s => s.EndedOn == null && personIds.Contains(s.PersonId))
            .Select(s => new { s.PersonId, s.SupervisorUserId }).ToListAsync(ct);
        return rows.Where(r => AppointmentKeeping.NeedsAttention(r.Appointment.On, days[r.Appointment.CaseId], today))
            .Select(r =>
            {
                var a = r.Appointment;
                var supervisor = supervisors.FirstOrDefault(s => s.PersonId == a.PersonId)?.SupervisorUserId;
                return new WorklistItem
                {
                    Kind = WorklistKind.AppointmentDue, PersonId = a.PersonId, CaseId = a.CaseId,
                    ProvinceCode = a.ProvinceCode, CommuneCode = a.CommuneCode, SupervisorUserId = supervisor, DueOn = a.On,
                    Title = $"Lịch hẹn {a.StartsAt:HH\\:mm} ngày {Display.Date(a.On)} chưa ghi tiếp xúc ({ContactText.Channel(a.Channel).ToLowerInvariant()}): {r.FullName}",
                    Link = $"/Contacts/Record/{a.CaseId}?appointment={a.Id}",
                };
            }).ToList();
    }
}
