using HoaNhap.Data;
using HoaNhap.Domain.Inspections;
using HoaNhap.Domain.Plans;
using HoaNhap.Domain.Reports;
using HoaNhap.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Reports;

/// <summary>One task of a plan in a report: the body's result, or that it has not reported.</summary>
public sealed record TaskResultLine(string PlanNumber, string UnitCommune, Body Body, string Description, DateOnly DueOn, PlanTaskStatus Status,
    string? Result, DateOnly? ReportedOn, bool Overdue)
{
    public string Text => $"{PlanText.Body(Body)} — {Description} (hạn {Display.Date(DueOn)}, kế hoạch {PlanNumber}): "
        + (Result is { } r ? $"{PlanText.Status(Status).ToLower(Display.Vi)}, báo cáo ngày {Display.Date(ReportedOn!.Value)}: {r}" : "chưa báo cáo")
        + (Overdue ? " — quá hạn" : "");
}

/// <summary>One entry of the inspection register in a report: what was found and how far the remedies are.</summary>
public sealed record InspectionLine(InspectionKind Kind, string Reference, string CommuneCode, DateOnly ConductedOn, string Findings,
    InspectionStatus Status, int Remedies, int Done, int Overdue)
{
    public string Text => $"{InspectionText.Kind(Kind)} số {Reference} ngày {Display.Date(ConductedOn)}: {Findings} — đã khắc phục {Done}/{Remedies} biện pháp"
        + (Overdue > 0 ? $", {Overdue} biện pháp quá hạn" : "") + $"; {InspectionText.Status(Status).ToLower(Display.Vi)}.";
}

/// <summary>
/// What a periodic report attaches besides its figures (issue 19, parts 6 and 7): the results the bodies reported on the tasks
/// of the unit's plans in the period (and the tasks due in the period that have no report), and the inspections,
/// recommendations and supervisions of the unit followed during the period. A province report takes the province's and its
/// communes'; a commune report its commune's.
/// </summary>
public static class ReportOversight
{
    public static async Task<List<TaskResultLine>> TasksAsync(HoaNhapDbContext db, PeriodicReport r, CancellationToken ct)
    {
        var tasks = db.Set<PlanTask>().AsNoTracking().Where(t => t.ProvinceCode == r.ProvinceCode);
        if (!r.IsProvinceReport) tasks = tasks.Where(t => t.CommuneCode == r.CommuneCode);
        var rows = await (from t in tasks
                          join p in db.Set<Plan>().AsNoTracking() on t.PlanId equals p.Id
                          where (t.ReportedOn >= r.From && t.ReportedOn <= r.To) || (t.DueOn >= r.From && t.DueOn <= r.To)
                          select new { t, p.Number }).ToListAsync(ct);
        var asOf = r.To < db.Today ? r.To : db.Today;
        return rows.OrderBy(x => x.t.CommuneCode).ThenBy(x => x.t.Body).ThenBy(x => x.t.DueOn)
            .Select(x => new TaskResultLine(x.Number, x.t.CommuneCode, x.t.Body, x.t.Description, x.t.DueOn, x.t.Status, x.t.Result, x.t.ReportedOn,
                x.t.OverdueOn(asOf)))
            .ToList();
    }

    public static async Task<List<InspectionLine>> InspectionsAsync(HoaNhapDbContext db, PeriodicReport r, CancellationToken ct)
    {
        var q = db.Set<Inspection>().AsNoTracking().Where(i => i.ProvinceCode == r.ProvinceCode);
        if (!r.IsProvinceReport) q = q.Where(i => i.CommuneCode == r.CommuneCode);
        var list = await q.Where(i => i.ConductedOn <= r.To && (i.Status == InspectionStatus.Open || i.ClosedOn >= r.From))
            .OrderBy(i => i.ConductedOn).ToListAsync(ct);
        var ids = list.Select(i => i.Id).ToList();
        var remedies = await db.Set<Remedy>().AsNoTracking().Where(x => ids.Contains(x.InspectionId)).ToListAsync(ct);
        var asOf = r.To < db.Today ? r.To : db.Today;
        return list.Select(i =>
        {
            var mine = remedies.Where(x => x.InspectionId == i.Id).ToList();
            return new InspectionLine(i.Kind, i.Reference, i.CommuneCode, i.ConductedOn, i.Findings, i.Status, mine.Count,
                mine.Count(x => x.DoneOn is { } d && d <= asOf), mine.Count(x => x.DueOn < asOf && (x.DoneOn is null || x.DoneOn > asOf)));
        }).ToList();
    }
}
