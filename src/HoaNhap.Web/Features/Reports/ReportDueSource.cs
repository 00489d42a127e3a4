using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reports;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Reports;

/// <summary>
/// Reminds every commune that manages people (an open community sentence or reintegration case) of its monthly
/// report from <c>Reporting.ReminderDays</c> before the due date until it is sent: the last reporting month
/// whose report is not yet sent (or was returned).
/// </summary>
public sealed class ReportDueSource(RuleBook rules) : IWorklistSource
{
    public async Task<IReadOnlyList<WorklistItem>> CollectAsync(HoaNhapDbContext db, DateOnly today, WorklistScope scope, CancellationToken ct)
    {
        var p = await rules.ParametersAsync(ct);
        var startDay = ReportingPeriod.StartDay(p, today);
        // The month that ended most recently, and the current one when its due date is already near.
        var candidates = ReportingPeriod.LastMonths(today, 2, startDay)
            .Where(w => ReportingPeriod.RemindOn(ReportingPeriod.DueOn(w, false, p), today, p)).ToList();
        var items = new List<WorklistItem>();
        if (candidates.Count == 0 || scope.OnePerson) return items;
        var open = new[] { CaseStatus.Intake, CaseStatus.Active, CaseStatus.Absconded };
        var communes = await db.Cases.AsNoTracking().InScope(scope).Where(c => open.Contains(c.Status))
            .GroupBy(c => new { c.ProvinceCode, c.CommuneCode }).Select(g => new { g.Key.ProvinceCode, g.Key.CommuneCode }).ToListAsync(ct);
        foreach (var w in candidates)
        {
            var sent = (await db.Set<PeriodicReport>().AsNoTracking()
                .Where(r => r.From == w.From && r.To == w.To && r.CommuneCode != "" && (r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Accepted))
                .Select(r => r.CommuneCode).ToListAsync(ct)).ToHashSet();
            var due = ReportingPeriod.DueOn(w, false, p);
            items.AddRange(communes.Where(c => !sent.Contains(c.CommuneCode)).Select(c => new WorklistItem
            {
                Kind = WorklistKind.ReportDue, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode, PersonId = Guid.Empty,
                DueOn = due, Title = $"Gửi báo cáo {w.Name.ToLowerInvariant()} (số liệu {Display.Date(w.From)} – {Display.Date(w.To)}) cho Công an tỉnh",
                Link = "/Reports",
            }));
        }
        return items;
    }
}
