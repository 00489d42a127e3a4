using HoaNhap.Data;
using HoaNhap.Domain.Breaches;
using HoaNhap.Domain.Worklist;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Breaches;

/// <summary>Proposals the system drafted that the commune has not sent yet, due on their sending deadline.</summary>
public sealed class BreachWorklist : IWorklistSource
{
    public async Task<IReadOnlyList<WorklistItem>> CollectAsync(HoaNhapDbContext db, DateOnly today, WorklistScope scope, CancellationToken ct)
    {
        var rows = await (
            from x in db.Set<EscalationProposal>().AsNoTracking().InScope(scope)
            join p in db.People.AsNoTracking() on x.PersonId equals p.Id
            where x.Status == ProposalStatus.Proposed
            select new { x, p.FullName }).ToListAsync(ct);
        return rows.Select(r => new WorklistItem
        {
            Kind = WorklistKind.EscalationProposed, PersonId = r.x.PersonId, CaseId = r.x.CaseId,
            ProvinceCode = r.x.ProvinceCode, CommuneCode = r.x.CommuneCode, DueOn = r.x.SendBy, ComputedOn = today,
            Title = $"{BreachText.Proposal(r.x.Kind)}: {r.FullName}", Link = $"/Cases/Details/{r.x.CaseId}",
        }).ToList();
    }
}
