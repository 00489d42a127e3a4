using HoaNhap.Data;
using HoaNhap.Domain.Absences;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Worklist;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Absences;

/// <summary>
/// Absences on the daily worklist: applications waiting for the commune's decision (due on the legal
/// deadline), and approved absences whose return check-in is late (for the officer and the supervisor).
/// </summary>
public sealed class AbsenceWorklist : IWorklistSource
{
    public async Task<IReadOnlyList<WorklistItem>> CollectAsync(HoaNhapDbContext db, DateOnly today, WorklistScope scope, CancellationToken ct)
    {
        var rows = await (
            from a in db.Set<AbsencePermission>().AsNoTracking().InScope(scope)
            join c in db.Cases.AsNoTracking() on a.CaseId equals c.Id
            join p in db.People.AsNoTracking() on a.PersonId equals p.Id
            where c.Status == CaseStatus.Active
                && (a.Status == AbsenceStatus.Requested
                    || (a.Status == AbsenceStatus.Approved && a.ReturnedOn == null && a.ReturnDueOn < today))
            select new { a, p.FullName }).ToListAsync(ct);
        var people = rows.Select(r => r.a.PersonId).Distinct().ToList();
        var supervisors = (await db.SupervisorAssignments.AsNoTracking().Where(s => people.Contains(s.PersonId) && s.EndedOn == null)
            .Select(s => new { s.PersonId, s.SupervisorUserId }).ToListAsync(ct))
            .GroupBy(s => s.PersonId).ToDictionary(g => g.Key, g => g.First().SupervisorUserId);
        return rows.Select(r => r.a.Status == AbsenceStatus.Requested
            ? new WorklistItem
            {
                Kind = WorklistKind.AbsenceAwaitingDecision, PersonId = r.a.PersonId, CaseId = r.a.CaseId,
                ProvinceCode = r.a.ProvinceCode, CommuneCode = r.a.CommuneCode, DueOn = r.a.DecisionDueOn, ComputedOn = today,
                Title = $"Quyết định về đơn xin vắng mặt: {r.FullName}", Link = $"/Cases/Details/{r.a.CaseId}",
            }
            : new WorklistItem
            {
                Kind = WorklistKind.AbsenceReturnLate, PersonId = r.a.PersonId, CaseId = r.a.CaseId,
                ProvinceCode = r.a.ProvinceCode, CommuneCode = r.a.CommuneCode, DueOn = r.a.ReturnDueOn!.Value, ComputedOn = today,
                SupervisorUserId = supervisors.GetValueOrDefault(r.a.PersonId),
                Title = $"Chưa trình diện sau khi vắng mặt: {r.FullName}", Link = $"/Cases/Details/{r.a.CaseId}",
            }).ToList();
    }
}
