using HoaNhap.Data;
using HoaNhap.Domain.Alerts;
using HoaNhap.Domain.Worklist;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Alerts;

/// <summary>
/// Escalation: <see cref="WorklistKind.AlertOverdue"/>, an alert not closed whose current step is past its due day. It is on
/// the province police's worklist (they read the province's items) as well as the commune's; recording the step clears it.
/// </summary>
public sealed class AlertWorklistSource : IWorklistSource
{
    public async Task<IReadOnlyList<WorklistItem>> CollectAsync(HoaNhapDbContext db, DateOnly today, WorklistScope scope, CancellationToken ct)
    {
        var rows = await (
            from a in db.Set<Alert>().AsNoTracking().InScope(scope)
            join p in db.People.AsNoTracking() on a.PersonId equals p.Id
            where a.Status != AlertStatus.Closed && a.DueOn < today
            select new { a, p.FullName }).ToListAsync(ct);
        return rows.Select(x => new WorklistItem
        {
            Kind = WorklistKind.AlertOverdue, PersonId = x.a.PersonId, CaseId = x.a.CaseId, ProvinceCode = x.a.ProvinceCode,
            CommuneCode = x.a.CommuneCode, ComputedOn = today, DueOn = x.a.DueOn!.Value,
            Title = $"{AlertText.Kind(x.a.Kind)}: {x.FullName} — quá hạn bước “{AlertText.Step(x.a.NextStep!.Value)}”",
            Link = $"/Alerts/{x.a.Id}",
        }).ToList();
    }
}
