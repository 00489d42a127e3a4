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
        var rules = await new RuleBook(db).ParametersAsync(ct);
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
