using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Supervision;
using HoaNhap.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Supervision;

/// <summary>A self-report period with its status and, when received, what it said.</summary>
public sealed record SelfReportRow(ReportPeriodStatus Status, string? Summary);

/// <summary>Everything the case page shows about supervision.</summary>
public sealed record CaseSupervision(
    Case Case,
    EffectivePlan Plan,
    IReadOnlyList<Obligation> Obligations,
    IReadOnlyList<SupervisorAssignment> Assignments,
    IReadOnlyList<CheckIn> CheckIns,
    DateOnly? CheckInPending,
    DateOnly? CheckInNext,
    IReadOnlyList<SelfReportRow> SelfReports,
    IReadOnlyList<IncomeDeduction> Deductions,
    IReadOnlyList<CommunityLabourEntry> Labour,
    IReadOnlyList<SupervisorAssessment> Assessments,
    DateOnly? AssessmentDue)
{
    public SupervisorAssignment? Current => Assignments.FirstOrDefault(a => a.EndedOn is null);
    public int SelfReportsMissing => SelfReports.Count(r => r.Status.Status == SelfReportStatus.Missing);
    public bool IsOpen => Case.Status is CaseStatus.Intake or CaseStatus.Active or CaseStatus.Absconded;
}

public static class SupervisionQueries
{
    /// <summary>The supervision record of a case already found through the caller's scope.</summary>
    public static async Task<CaseSupervision> ForCaseAsync(HoaNhapDbContext db, RuleParameters rules, Case c, DateOnly today, CancellationToken ct)
    {
        var plan = SupervisionPlans.Effective(await SupervisionPlans.FindAsync(db, c.Id, ct), rules, c);
        var assignments = await SupervisorCommands.HistoryAsync(db, c.PersonId, ct);
        var checkIns = await db.Set<CheckIn>().AsNoTracking().Where(x => x.CaseId == c.Id).OrderByDescending(x => x.On).ThenByDescending(x => x.CreatedAt).ToListAsync(ct);
        var reports = await db.Set<SelfReport>().AsNoTracking().Where(x => x.CaseId == c.Id).ToListAsync(ct);
        var deductions = await db.Set<IncomeDeduction>().AsNoTracking().Where(x => x.CaseId == c.Id).OrderByDescending(x => x.Month).ToListAsync(ct);
        var labour = await db.Set<CommunityLabourEntry>().AsNoTracking().Where(x => x.CaseId == c.Id).OrderByDescending(x => x.On).ToListAsync(ct);
        var assessments = await db.Set<SupervisorAssessment>().AsNoTracking().Where(x => x.CaseId == c.Id).OrderByDescending(x => x.On).ThenByDescending(x => x.CreatedAt).ToListAsync(ct);

        var end = SupervisionPlans.TermEnd(c);
        var attended = checkIns.Where(x => x.Attended && CheckInKinds.KeepsCadence(x.Kind)).Select(x => x.On);
        var periods = SelfReportSchedule.Periods(c.StartOn, end, plan.SelfReportMonths, today);
        var statuses = SelfReportSchedule.Assess(periods, reports.ToDictionary(r => r.PeriodNumber, r => r.ReceivedOn), today);
        var summaries = reports.ToDictionary(r => r.PeriodNumber, r => r.Summary);
        return new CaseSupervision(c, plan, SupervisionPlans.Obligations(c, plan, rules), assignments, checkIns,
            CheckInSchedule.Pending(c.StartOn, end, plan.CheckInMonths, attended, today),
            CheckInSchedule.NextDue(c.StartOn, end, plan.CheckInMonths, today),
            statuses.Reverse().Select(s => new SelfReportRow(s, summaries.GetValueOrDefault(s.Period.Number))).ToList(),
            deductions, labour, assessments,
            SupervisionPlans.AssessmentDue(c, plan, assessments.FirstOrDefault()?.On));
    }
}
