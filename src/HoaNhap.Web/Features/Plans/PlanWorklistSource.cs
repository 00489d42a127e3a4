using HoaNhap.Data;
using HoaNhap.Domain.Plans;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Plans;

/// <summary>
/// <see cref="WorklistKind.PlanTaskOverdue"/>: a task of a plan not reported done after its due day, on the worklist of the
/// plan's owner — the commune's for a commune plan, the province's (no commune) for a province plan. Not about a person, so
/// it is computed by the nightly run only; a report of completion removes it at once (<see cref="PlanCommands.ReportAsync"/>).
/// </summary>
public sealed class PlanWorklistSource : IWorklistSource
{
    public static string LinkOf(PlanTask t) => $"/Plans/{t.PlanId}#task-{t.Id}";

    public async Task<IReadOnlyList<WorklistItem>> CollectAsync(HoaNhapDbContext db, DateOnly today, WorklistScope scope, CancellationToken ct)
    {
        if (scope.OnePerson) return [];
        var rows = await (
            from t in db.Set<PlanTask>().AsNoTracking()
            join p in db.Set<Plan>().AsNoTracking() on t.PlanId equals p.Id
            where t.ProvinceCode == scope.ProvinceCode && t.Status != PlanTaskStatus.Done && t.DueOn < today
            select new { t, p.Number }).ToListAsync(ct);
        return rows.Where(x => x.t.OverdueOn(today)).Select(x => new WorklistItem
        {
            Kind = WorklistKind.PlanTaskOverdue, PersonId = Guid.Empty, ProvinceCode = x.t.ProvinceCode, CommuneCode = x.t.CommuneCode,
            DueOn = x.t.DueOn, Title = $"Kế hoạch {x.Number}: {PlanText.Body(x.t.Body)} chưa báo cáo hoàn thành — {x.t.Description}",
            Link = LinkOf(x.t),
        }).ToList();
    }
}
