using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Features.Worklist;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Reintegration;

/// <summary>
/// Reception on the daily worklist: the residence check still to do (due 03 working days after the notice,
/// TT 10/2024 Điều 8 khoản 1), and a returnee who has not reported to the commune by the deadline
/// (<see cref="RuleKeys.ReintegrationPersonReport"/>) — flagged for the commune and the assigned officer.
/// </summary>
public sealed class ReintegrationWorklist : IWorklistSource
{
    public async Task<IReadOnlyList<WorklistItem>> CollectAsync(HoaNhapDbContext db, DateOnly today, CancellationToken ct)
    {
        var rows = await (
            from r in db.Set<ReintegrationReception>().AsNoTracking()
            join c in db.Cases.AsNoTracking() on r.CaseId equals c.Id
            join person in db.People.AsNoTracking() on r.PersonId equals person.Id
            where (c.Status == CaseStatus.Intake || c.Status == CaseStatus.Active) && r.LivesThere != false
                && (r.ResidenceCheckedOn == null || r.ReportedOn == null)
            select new { r, person.FullName }).ToListAsync(ct);
        if (rows.Count == 0) return [];
        var p = new RuleParameters((await db.RuleParameterValues.AsNoTracking().ToListAsync(ct)).Select(v => v.ToParameter()));
        var holidays = (await db.Holidays.AsNoTracking().Select(h => h.Date).ToListAsync(ct)).ToHashSet();
        var items = new List<WorklistItem>();
        foreach (var x in rows)
        {
            var d = ReceptionDeadlines.Compute(x.r.NoticeReceivedOn, x.r.ReleasedOn, x.r.ResidenceCheckedOn, x.r.ReportedOn, today, p, holidays);
            if (x.r.ResidenceCheckedOn is null)
                items.Add(Item(x.r, WorklistKind.ReintegrationResidenceCheckDue, d.VerifyResidenceDueOn, $"Kiểm tra nơi cư trú: {x.FullName}", today));
            if (x.r.ReportedOn is null && d.PersonReportOverdue)
                items.Add(Item(x.r, WorklistKind.ReintegrationReportOverdue, d.PersonReportDueOn, $"Chưa trình diện sau khi ra trại: {x.FullName}", today));
        }
        return items;
    }

    static WorklistItem Item(ReintegrationReception r, WorklistKind kind, DateOnly due, string title, DateOnly today) => new()
    {
        Kind = kind, PersonId = r.PersonId, CaseId = r.CaseId, ProvinceCode = r.ProvinceCode, CommuneCode = r.CommuneCode,
        SupervisorUserId = r.OfficerUserId, DueOn = due, Title = title, Link = $"/Cases/Details/{r.CaseId}#reintegration", ComputedOn = today,
    };
}
