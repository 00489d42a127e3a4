using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Worklist;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Reintegration;

/// <summary>
/// Intake on the daily worklist: the residence check still to do (due 03 working days after the notice,
/// TT 10/2024 Điều 8 khoản 1), and a returnee who has not reported to the commune by the deadline
/// (<see cref="RuleKeys.ReintegrationPersonReport"/>) — flagged for the commune and the assigned officer; and each
/// support action past its due date without an outcome, so that a need does not slip.
/// </summary>
public sealed class ReintegrationWorklist : IWorklistSource
{
    public async Task<IReadOnlyList<WorklistItem>> CollectAsync(HoaNhapDbContext db, DateOnly today, WorklistScope scope, CancellationToken ct)
    {
        var overdue = await (
            from a in db.Set<SupportAction>().AsNoTracking().InScope(scope)
            join c in db.Cases.AsNoTracking() on a.CaseId equals c.Id
            join person in db.People.AsNoTracking() on a.PersonId equals person.Id
            join r in db.Set<ReintegrationIntake>().AsNoTracking() on a.CaseId equals r.CaseId into intake
            from r in intake.DefaultIfEmpty()
            where a.Status == SupportStatus.Open && a.DueOn < today && (c.Status == CaseStatus.Intake || c.Status == CaseStatus.Active)
            select new { a, person.FullName, Officer = r == null ? null : r.OfficerUserId }).ToListAsync(ct);
        var items = overdue.Select(x => new WorklistItem
        {
            Kind = WorklistKind.ReintegrationSupportOverdue, PersonId = x.a.PersonId, CaseId = x.a.CaseId, ProvinceCode = x.a.ProvinceCode,
            CommuneCode = x.a.CommuneCode, SupervisorUserId = x.Officer, DueOn = x.a.DueOn, ComputedOn = today,
            Title = Shorten($"{SupportText.Area(x.a.Area)} của {x.FullName} ({SupportText.Body(x.a.Responsible)}): {x.a.Action}"),
            Link = $"/Cases/Details/{x.a.CaseId}#support",
        }).ToList();

        var rows = await (
            from r in db.Set<ReintegrationIntake>().AsNoTracking().InScope(scope)
            join c in db.Cases.AsNoTracking() on r.CaseId equals c.Id
            join person in db.People.AsNoTracking() on r.PersonId equals person.Id
            where (c.Status == CaseStatus.Intake || c.Status == CaseStatus.Active) && r.LivesThere != false
                && (r.ResidenceCheckedOn == null || r.ReportedOn == null)
            select new { r, person.FullName }).ToListAsync(ct);
        if (rows.Count == 0) return items;
        var p = new RuleParameters((await db.RuleParameterValues.AsNoTracking().ToListAsync(ct)).Select(v => v.ToParameter()));
        var holidays = (await db.Holidays.AsNoTracking().Select(h => h.Date).ToListAsync(ct)).ToHashSet();
        foreach (var x in rows)
        {
            var d = ReintegrationIntakeDeadlines.Compute(x.r.NoticeReceivedOn, x.r.ReleasedOn, x.r.ResidenceCheckedOn, x.r.ReportedOn, today, p, holidays);
            if (x.r.ResidenceCheckedOn is null)
                items.Add(Item(x.r, WorklistKind.ReintegrationResidenceCheckDue, d.VerifyResidenceDueOn, $"Kiểm tra nơi cư trú: {x.FullName}", today));
            if (x.r.ReportedOn is null && d.PersonReportOverdue)
                items.Add(Item(x.r, WorklistKind.ReintegrationReportOverdue, d.PersonReportDueOn, $"Chưa trình diện sau khi ra trại: {x.FullName}", today));
        }
        return items;
    }

    /// <summary>A worklist title holds 300 characters; the action a person typed can be longer.</summary>
    static string Shorten(string title) => title.Length <= 300 ? title : title[..299] + "…";

    static WorklistItem Item(ReintegrationIntake r, WorklistKind kind, DateOnly due, string title, DateOnly today) => new()
    {
        Kind = kind, PersonId = r.PersonId, CaseId = r.CaseId, ProvinceCode = r.ProvinceCode, CommuneCode = r.CommuneCode,
        SupervisorUserId = r.OfficerUserId, DueOn = due, Title = title, Link = $"/Cases/Details/{r.CaseId}#reintegration", ComputedOn = today,
    };
}
