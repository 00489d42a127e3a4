using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Supervision;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Shared;

/// <summary>The cadences in force for a case: the plan's own, or the rule parameter (marked as default).</summary>
public sealed record EffectivePlan(int CheckInMonths, bool CheckInDefault, int SelfReportMonths, bool SelfReportDefault,
    int AssessmentMonths, bool AssessmentDefault, long Version);

/// <summary>The supervision plan of a case as in force: read by supervision, the batch check-in and the worklist.</summary>
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

/// <summary>The self-report periods of a case and what became of each: read by supervision, the portal and its dates.</summary>
public static class SelfReportStatuses
{
    /// <summary>
    /// The periods begun by <paramref name="until"/> (a date after today shows the periods to come), each judged as of today;
    /// none for a reintegration case (the self-report is a duty of a community sentence, LTHAHS 2019 Điều 87, 99).
    /// </summary>
    public static async Task<IReadOnlyList<ReportPeriodStatus>> ForCaseAsync(HoaNhapDbContext db, RuleParameters rules, Case c, DateOnly until,
        CancellationToken ct)
    {
        if (c.Kind != CaseKind.CommunitySentence) return [];
        var plan = SupervisionPlans.Effective(await SupervisionPlans.FindAsync(db, c.Id, ct), rules, c);
        var received = await db.Set<SelfReport>().AsNoTracking().Where(x => x.CaseId == c.Id)
            .Select(x => new { x.PeriodNumber, x.ReceivedOn }).ToListAsync(ct);
        var periods = SelfReportSchedule.Periods(c.StartOn, SupervisionPlans.TermEnd(c), plan.SelfReportMonths, until);
        return SelfReportSchedule.Assess(periods, received.GroupBy(r => r.PeriodNumber).ToDictionary(g => g.Key, g => g.First().ReceivedOn), db.Today);
    }

    /// <summary>The earliest period begun by today still without a report (late when its due day has passed), or null.</summary>
    public static async Task<ReportPeriodStatus?> NextOpenAsync(HoaNhapDbContext db, RuleParameters rules, Case c, CancellationToken ct) =>
        (await ForCaseAsync(db, rules, c, db.Today, ct)).FirstOrDefault(s => s.ReceivedOn is null);
}
