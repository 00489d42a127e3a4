using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Supervision;
using HoaNhap.Domain.Worklist;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Supervision;

/// <summary>
/// Supervision's part of the daily worklist, for every active community-sentence case:
/// <see cref="WorklistKind.CheckInDue"/> when a check-in is due (as of today, per the plan's
/// cadence) and not yet recorded (<see cref="CheckInSchedule.Pending"/>), and
/// <see cref="WorklistKind.SelfReportOverdue"/>, one item per case, dated by the oldest period
/// past due without a received report, naming how many periods are missing. Both carry the
/// current supervisor, so a supervisor's worklist shows their own people.
/// </summary>
public sealed class SupervisionWorklistSource : IWorklistSource
{
    public async Task<IReadOnlyList<WorklistItem>> CollectAsync(HoaNhapDbContext db, DateOnly today, WorklistScope scope, CancellationToken ct)
    {
        var rules = await new RuleBook(db).ParametersAsync(ct);
        var cases = await db.Cases.AsNoTracking().InScope(scope)
            .Where(c => c.Kind == CaseKind.CommunitySentence && c.Status == CaseStatus.Active && c.StartOn <= today)
            .Join(db.People, c => c.PersonId, p => p.Id, (c, p) => new { Case = c, p.FullName }).ToListAsync(ct);
        var ids = cases.Select(x => x.Case.Id).ToList();
        var personIds = cases.Select(x => x.Case.PersonId).Distinct().ToList();
        var plans = await db.Set<SupervisionPlan>().AsNoTracking().Where(p => ids.Contains(p.CaseId)).ToDictionaryAsync(p => p.CaseId, ct);
        var attended = (await db.Set<CheckIn>().AsNoTracking().Where(x => ids.Contains(x.CaseId) && x.Attended && (x.Kind == CheckInKind.CheckIn || x.Kind == CheckInKind.Summons))
                .Select(x => new { x.CaseId, x.On }).ToListAsync(ct))
            .ToLookup(x => x.CaseId, x => x.On);
        var reports = (await db.Set<SelfReport>().AsNoTracking().Where(x => ids.Contains(x.CaseId))
                .Select(x => new { x.CaseId, x.PeriodNumber, x.ReceivedOn }).ToListAsync(ct))
            .ToLookup(x => x.CaseId);
        var supervisors = (await db.SupervisorAssignments.AsNoTracking().Where(a => personIds.Contains(a.PersonId) && a.EndedOn == null)
                .Select(a => new { a.PersonId, a.SupervisorUserId }).ToListAsync(ct))
            .GroupBy(a => a.PersonId).ToDictionary(g => g.Key, g => g.First().SupervisorUserId);

        var items = new List<WorklistItem>();
        foreach (var (c, name) in cases.Select(x => (x.Case, x.FullName)))
        {
            var plan = SupervisionPlans.Effective(plans.GetValueOrDefault(c.Id), rules, c);
            var end = SupervisionPlans.TermEnd(c);
            var supervisor = supervisors.GetValueOrDefault(c.PersonId);
            WorklistItem Item(WorklistKind kind, DateOnly due, string title) => new()
            {
                ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode, Kind = kind, PersonId = c.PersonId, CaseId = c.Id,
                SupervisorUserId = supervisor, DueOn = due, Title = title, Link = $"/Cases/Details/{c.Id}#supervision", ComputedOn = today,
            };
            if (CheckInSchedule.Pending(c.StartOn, end, plan.CheckInMonths, attended[c.Id], today) is { } due)
                items.Add(Item(WorklistKind.CheckInDue, due, $"Điểm danh, kiểm diện: {name}"));
            var periods = SelfReportSchedule.Periods(c.StartOn, end, plan.SelfReportMonths, today);
            var missing = SelfReportSchedule.Assess(periods, reports[c.Id].ToDictionary(r => r.PeriodNumber, r => r.ReceivedOn), today)
                .Where(s => s.Status == SelfReportStatus.Missing).ToList();
            if (missing.Count > 0)
                items.Add(Item(WorklistKind.SelfReportOverdue, missing[0].Period.DueOn, missing.Count == 1
                    ? $"Bản tự nhận xét quá hạn (kỳ {missing[0].Period.Label}): {name}"
                    : $"Bản tự nhận xét quá hạn ({missing.Count} kỳ, từ kỳ {missing[0].Period.Label}): {name}"));
        }
        return items;
    }
}
