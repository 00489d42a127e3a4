using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Supervision;
using HoaNhap.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Supervision;

/// <summary>The cadences in force for a case: the plan's own, or the rule parameter (marked as default).</summary>
public sealed record EffectivePlan(int CheckInMonths, bool CheckInDefault, int SelfReportMonths, bool SelfReportDefault,
    int AssessmentMonths, bool AssessmentDefault, long Version);

public static class SupervisionPlans
{
    public static Task<SupervisionPlan?> FindAsync(HoaNhapDbContext db, Guid caseId, CancellationToken ct) =>
        db.Set<SupervisionPlan>().AsNoTracking().FirstOrDefaultAsync(p => p.CaseId == caseId, ct);

    /// <summary>Defaults are the parameters in force when the case started, so a later change of a default does not move its schedule.</summary>
    public static EffectivePlan Effective(SupervisionPlan? plan, RuleParameters rules, Case c) => new(
        plan?.CheckInIntervalMonths ?? rules.Int(RuleKeys.CheckInIntervalMonths, c.StartOn), plan?.CheckInIntervalMonths is null,
        plan?.SelfReportIntervalMonths ?? rules.Int(RuleKeys.SelfReportIntervalMonths, c.StartOn), plan?.SelfReportIntervalMonths is null,
        plan?.AssessmentIntervalMonths ?? rules.Int(RuleKeys.AssessmentIntervalMonths, c.StartOn), plan?.AssessmentIntervalMonths is null,
        plan?.Version ?? 0);

    /// <summary>The last day of the term as known: the day it ended, else the expected end.</summary>
    public static DateOnly? TermEnd(Case c) => c.EndedOn ?? c.ExpectedEndOn;

    public static IReadOnlyList<Obligation> Obligations(Case c, EffectivePlan plan, RuleParameters rules) =>
        c.SentenceType is { } type
            ? SentenceObligations.For(type, new ObligationTerms(c.IncomeDeductionPercent, c.CommunityLabour, c.Restrictions,
                plan.CheckInMonths, plan.SelfReportMonths,
                rules.Int(RuleKeys.LabourMaxHoursPerDay, c.StartOn), rules.Int(RuleKeys.LabourMaxDaysPerWeek, c.StartOn)))
            : [];

    /// <summary>The next assessment due: a cadence after the latest one, or after the start.</summary>
    public static DateOnly? AssessmentDue(Case c, EffectivePlan plan, DateOnly? latest)
    {
        var due = Periods.EndAfterMonths(latest ?? c.StartOn, plan.AssessmentMonths);
        return TermEnd(c) is { } end && due > end ? null : due;
    }
}

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
