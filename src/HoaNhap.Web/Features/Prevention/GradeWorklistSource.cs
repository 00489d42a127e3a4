using HoaNhap.Data;
using HoaNhap.Domain.Breaches;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Prevention;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Supervision;
using HoaNhap.Domain.Worklist;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Prevention;

/// <summary>
/// <see cref="WorklistKind.GradeTightened"/>: a case whose grade the rule tightened and no officer has reviewed since, due
/// <c>Grading.ReviewAfterTightening</c> days after the event, for the commune and the person's supervisor. Recording the breach,
/// the poor assessment or the sign refreshes the person's items at once (<c>WorklistUpdates</c>); a decision on the grade clears it.
/// </summary>
public sealed class GradeWorklistSource : IWorklistSource
{
    public async Task<IReadOnlyList<WorklistItem>> CollectAsync(HoaNhapDbContext db, DateOnly today, WorklistScope scope, CancellationToken ct)
    {
        var rules = await new RuleBook(db).ParametersAsync(ct);
        var items = await PendingCadenceAsync(db, scope, today, rules, ct);
        items.AddRange(await TightenedAsync(db, today, scope, rules, ct));
        return items;
    }

    /// <summary><see cref="WorklistKind.CadenceAwaitingApproval"/>: a less frequent contact the commune leader has not decided on yet.</summary>
    static async Task<List<WorklistItem>> PendingCadenceAsync(HoaNhapDbContext db, WorklistScope scope, DateOnly today, RuleParameters rules, CancellationToken ct)
    {
        var rows = await (
            from r in db.Set<CadenceRequest>().AsNoTracking().InScope(scope)
            join p in db.People.AsNoTracking() on r.PersonId equals p.Id
            where r.Status == CadenceRequestStatus.Requested
            select new { r, p.FullName }).ToListAsync(ct);
        return rows.Select(x => new WorklistItem
        {
            Kind = WorklistKind.CadenceAwaitingApproval, PersonId = x.r.PersonId, CaseId = x.r.CaseId, ProvinceCode = x.r.ProvinceCode,
            CommuneCode = x.r.CommuneCode, ComputedOn = today, DueOn = x.r.RequestedOn.AddDays(rules.Int(GradingDefaults.CadenceApprovalDays, x.r.RequestedOn)),
            Title = $"Tiếp xúc mỗi {x.r.IntervalDays} ngày (thưa hơn mức tối thiểu): {x.FullName}", Link = $"/Prevention/CadenceDecision/{x.r.CaseId}/{x.r.Id}",
        }).ToList();
    }

    static async Task<List<WorklistItem>> TightenedAsync(HoaNhapDbContext db, DateOnly today, WorklistScope scope, RuleParameters rules, CancellationToken ct)
    {
        // Only cases with something that counts toward the grade can have been tightened.
        var breaches = await db.Set<Breach>().AsNoTracking().InScope(scope).Select(b => new { b.CaseId, b.Kind, b.OccurredOn }).ToListAsync(ct);
        var poor = await db.Set<SupervisorAssessment>().AsNoTracking().InScope(scope).Where(a => a.Rating == AssessmentRating.Poor)
            .Select(a => new { a.CaseId, a.On }).ToListAsync(ct);
        var signs = await db.Set<ViolationSign>().AsNoTracking().InScope(scope).Select(s => new { s.CaseId, s.ObservedOn }).ToListAsync(ct);
        var ids = breaches.Select(b => b.CaseId).Concat(poor.Select(a => a.CaseId)).Concat(signs.Select(s => s.CaseId)).Distinct().ToList();
        if (ids.Count == 0) return [];
        var cases = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id) && c.Kind == CaseKind.CommunitySentence && c.Status == CaseStatus.Active)
            .Join(db.People, c => c.PersonId, p => p.Id, (c, p) => new { Case = c, p.FullName }).ToListAsync(ct);
        if (cases.Count == 0) return [];
        var decisions = (await db.Set<GradeDecision>().AsNoTracking().InScope(scope).Select(x => new { x.CaseId, x.Grade, x.On, x.Reason, x.CreatedAt }).ToListAsync(ct))
            .ToLookup(x => x.CaseId);
        var personIds = cases.Select(x => x.Case.PersonId).Distinct().ToList();
        var supervisors = (await db.SupervisorAssignments.AsNoTracking().Where(a => personIds.Contains(a.PersonId) && a.EndedOn == null)
                .Select(a => new { a.PersonId, a.SupervisorUserId }).ToListAsync(ct))
            .GroupBy(a => a.PersonId).ToDictionary(g => g.Key, g => g.First().SupervisorUserId);
        var breachesOf = breaches.ToLookup(b => b.CaseId);
        var poorOf = poor.ToLookup(a => a.CaseId);
        var signsOf = signs.ToLookup(s => s.CaseId);

        var items = new List<WorklistItem>();
        foreach (var (c, name) in cases.Select(x => (x.Case, x.FullName)))
        {
            var events = breachesOf[c.Id].Select(b => new GradeEvent(GradeEventKind.Breach, b.OccurredOn, BreachText.Kind(b.Kind)))
                .Concat(poorOf[c.Id].Select(a => new GradeEvent(GradeEventKind.PoorAssessment, a.On, "Nhận xét “Kém”")))
                .Concat(signsOf[c.Id].Select(s => new GradeEvent(GradeEventKind.ViolationSign, s.ObservedOn, "Dấu hiệu vi phạm")))
                .ToList();
            var facts = new GradingFacts(c.StartOn, c.ExpectedEndOn, today, events,
                decisions[c.Id].OrderBy(x => x.On).ThenBy(x => x.CreatedAt).Select(x => new GradeDecisionFact(x.Grade, x.On, x.Reason)).ToList());
            if (SupervisionGrading.Assess(facts, rules).AwaitingReview is not { } change) continue;
            items.Add(new WorklistItem
            {
                Kind = WorklistKind.GradeTightened, PersonId = c.PersonId, CaseId = c.Id, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
                SupervisorUserId = supervisors.GetValueOrDefault(c.PersonId), ComputedOn = today,
                DueOn = change.On.AddDays(rules.Int(GradingDefaults.ReviewDays, change.On)),
                Title = $"Chuyển sang mức “{SupervisionGrading.Name(change.To, rules, change.On)}”: {name}", Link = $"/Prevention/Grade/{c.Id}",
            });
        }
        return items;
    }
}
