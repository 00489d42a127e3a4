using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Employment;

/// <summary>
/// <see cref="WorklistKind.JobRetentionDue"/>: a hire on an open case whose follow-up checkpoint (<see cref="JobRetention"/>) is due and
/// not recorded — one item per hire, for the oldest checkpoint due, on the commune's worklist. Recording the follow-up clears it at once.
/// </summary>
public sealed class RetentionWorklistSource : IWorklistSource
{
    public async Task<IReadOnlyList<WorklistItem>> CollectAsync(HoaNhapDbContext db, DateOnly today, WorklistScope scope, CancellationToken ct)
    {
        var rules = await new RuleBook(db).ParametersAsync(ct);
        // A checkpoint can be due only from the first month after the hire.
        var hires = await (
            from r in db.Set<JobReferral>().AsNoTracking().InScope(scope)
            join c in db.Cases.AsNoTracking() on r.CaseId equals c.Id
            join p in db.People.AsNoTracking() on r.PersonId equals p.Id
            where r.Kind == ReferralKind.Job && r.Outcome == ReferralOutcome.Hired && r.OutcomeOn != null && r.OutcomeOn < today
                && (c.Status == CaseStatus.Intake || c.Status == CaseStatus.Active)
            select new { r.Id, r.CaseId, r.PersonId, r.ProvinceCode, r.CommuneCode, HiredOn = r.OutcomeOn!.Value, r.TargetName, p.FullName }).ToListAsync(ct);
        if (hires.Count == 0) return [];
        var ids = hires.Select(h => h.Id).ToList();
        var recorded = (await db.Set<JobRetentionCheck>().AsNoTracking().Where(x => ids.Contains(x.ReferralId))
                .Select(x => new { x.ReferralId, x.Checkpoint }).ToListAsync(ct))
            .ToLookup(x => x.ReferralId, x => x.Checkpoint);
        return hires.Select(h => (h, Due: JobRetention.Due(h.HiredOn, today, recorded[h.Id], rules).FirstOrDefault()))
            .Where(x => x.Due is not null)
            .Select(x => new WorklistItem
            {
                Kind = WorklistKind.JobRetentionDue, PersonId = x.h.PersonId, CaseId = x.h.CaseId, ProvinceCode = x.h.ProvinceCode, CommuneCode = x.h.CommuneCode,
                DueOn = x.Due!.DueOn, ComputedOn = today,
                Title = $"Theo dõi việc làm mốc {JobRetention.Name(x.Due.Months)}: {x.h.FullName} — {x.h.TargetName}",
                Link = $"/Employment/Retention/{x.h.CaseId}/{x.h.Id}?checkpoint={x.Due.Number}",
            }).ToList();
    }
}
