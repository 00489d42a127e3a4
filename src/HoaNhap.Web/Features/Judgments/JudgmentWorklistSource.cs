using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Judgments;

/// <summary>
/// Nothing left unenforced (issue 19, part 4). A judgment served in the community (suspended sentence, non-custodial reform) whose
/// term is still running and whose case is not open is on the worklist of the person's commune and of the province police:
/// <list type="bullet">
/// <item><see cref="WorklistKind.JudgmentIntakeDue"/>, the intake task, while no case has been started and the deadline to open it
/// (<see cref="EnforcementDeadline"/>) has not passed — a judgment or decision a court pushes through the exchange API creates it;</item>
/// <item><see cref="WorklistKind.JudgmentNotEnforced"/> once that deadline has passed, until the case opens.</item>
/// </list>
/// Recording the judgment, its decision or the case refreshes the person's items at once (<c>WorklistUpdates</c>), so a judgment
/// recorded after its deadline is on the list when the response is sent, not at the nightly run. A case counts for a judgment when it
/// names it, or, naming none, when it is a community sentence of the same person started on or after the judgment.
/// </summary>
public sealed class JudgmentWorklistSource : IWorklistSource
{
    public async Task<IReadOnlyList<WorklistItem>> CollectAsync(HoaNhapDbContext db, DateOnly today, WorklistScope scope, CancellationToken ct)
    {
        // The longest term served in the community (probation up to 5 years, BLHS 2015 Điều 65) and the chain of deadlines before it.
        var horizon = today.AddYears(-6);
        var cases = db.Cases.AsNoTracking().Where(c => c.Kind == CaseKind.CommunitySentence);
        var rows = await (
            from j in db.Judgments.AsNoTracking().InScope(scope)
            join p in db.People.AsNoTracking() on j.PersonId equals p.Id
            where (j.MainPenalty == MainPenalty.SuspendedSentence || j.MainPenalty == MainPenalty.NonCustodialReform)
                && j.EffectiveOn >= horizon && p.MergedIntoId == null
                && !cases.Any(c => c.Status != CaseStatus.Intake
                    && (c.JudgmentId == j.Id || (c.JudgmentId == null && c.PersonId == j.PersonId && c.StartOn >= j.JudgmentDate)))
            select new
            {
                j.Id, j.PersonId, j.Number, j.MainPenalty, j.JudgmentDate, j.EffectiveOn, j.TermMonths, j.ProbationMonths,
                p.FullName, p.ProvinceCode, p.CommuneCode,
                IntakeCaseId = cases.Where(c => c.Status == CaseStatus.Intake
                        && (c.JudgmentId == j.Id || (c.JudgmentId == null && c.PersonId == j.PersonId && c.StartOn >= j.JudgmentDate)))
                    .OrderBy(c => c.StartOn).Select(c => (Guid?)c.Id).FirstOrDefault(),
            }).ToListAsync(ct);
        if (rows.Count == 0) return [];

        var ids = rows.Select(r => r.Id).ToList();
        var decisions = (await db.Set<EnforcementDecision>().AsNoTracking().Where(d => ids.Contains(d.JudgmentId))
                .Select(d => new { d.JudgmentId, d.IssuedOn, d.ReceivedOn }).ToListAsync(ct))
            .GroupBy(d => d.JudgmentId).ToDictionary(g => g.Key, g => g.OrderBy(d => d.IssuedOn).First());
        var book = new RuleBook(db);
        var rules = await book.ParametersAsync(ct);
        var holidays = await book.HolidaysAsync(ct);

        var items = new List<WorklistItem>();
        foreach (var r in rows)
        {
            var decision = decisions.GetValueOrDefault(r.Id);
            var facts = new EnforcementFacts(r.MainPenalty, r.JudgmentDate, r.EffectiveOn, r.TermMonths, r.ProbationMonths, decision?.IssuedOn, decision?.ReceivedOn);
            if (EnforcementDeadline.CaseDueOn(facts, rules, holidays, today) is not { } due) continue;
            var late = today > due.DueOn;
            // A case started in time carries its own intake deadlines; only an overdue one stays here.
            if (!late && r.IntakeCaseId is not null) continue;
            var penalty = JudgmentText.Penalty(r.MainPenalty);
            items.Add(new WorklistItem
            {
                Kind = late ? WorklistKind.JudgmentNotEnforced : WorklistKind.JudgmentIntakeDue,
                PersonId = r.PersonId, CaseId = r.IntakeCaseId, ProvinceCode = r.ProvinceCode, CommuneCode = r.CommuneCode,
                ComputedOn = today, DueOn = due.DueOn,
                Title = late
                    ? $"Bản án số {r.Number} ({penalty}): {r.FullName} — quá hạn mở hồ sơ thi hành án ({Display.Date(due.DueOn)})"
                    : $"Tiếp nhận bản án số {r.Number} ({penalty}): {r.FullName} — mở hồ sơ thi hành án trước {Display.Date(due.DueOn)}",
                Link = r.IntakeCaseId is { } c ? $"/Cases/Details/{c}" : $"/Cases/Create/{r.PersonId}",
            });
        }
        return items;
    }
}
