using HoaNhap.Data;
using HoaNhap.Domain.Inspections;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Inspections;

/// <summary>
/// <see cref="WorklistKind.RemedyOverdue"/>: a remedy an inspection, recommendation or supervision asked for, not done after its
/// deadline, on the worklist of the inspected unit (the commune's, or the province's for the province level). Computed by the
/// nightly run; recording the remedy done removes it at once (<see cref="InspectionCommands.DoneAsync"/>).
/// </summary>
public sealed class RemedyWorklistSource : IWorklistSource
{
    public static string LinkOf(Remedy r) => $"/Inspections/{r.InspectionId}#remedy-{r.Id}";

    public async Task<IReadOnlyList<WorklistItem>> CollectAsync(HoaNhapDbContext db, DateOnly today, WorklistScope scope, CancellationToken ct)
    {
        if (scope.OnePerson) return [];
        var rows = await (
            from r in db.Set<Remedy>().AsNoTracking()
            join i in db.Set<Inspection>().AsNoTracking() on r.InspectionId equals i.Id
            where r.ProvinceCode == scope.ProvinceCode && r.DoneOn == null && r.DueOn < today
            select new { r, i.Kind, i.Reference }).ToListAsync(ct);
        return rows.Where(x => x.r.OverdueOn(today)).Select(x => new WorklistItem
        {
            Kind = WorklistKind.RemedyOverdue, PersonId = Guid.Empty, ProvinceCode = x.r.ProvinceCode, CommuneCode = x.r.CommuneCode,
            DueOn = x.r.DueOn, Title = $"{InspectionText.Kind(x.Kind)} {x.Reference}: {x.r.ResponsibleUnit} chưa khắc phục — {x.r.Description}",
            Link = LinkOf(x.r),
        }).ToList();
    }
}
