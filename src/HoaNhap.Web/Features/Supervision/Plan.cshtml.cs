using HoaNhap.Data;
using HoaNhap.Domain.Supervision;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;

namespace HoaNhap.Web.Features.Supervision;

/// <summary>Kế hoạch giám sát of a case: how often the person checks in, reports and is assessed (officers).</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class PlanModel(HoaNhapDbContext db, RuleBook book) : CaseRecordPage<PlanInput, SupervisionPlan>(db, book)
{
    /// <summary>The association the person belongs to, named in the plan (<see cref="PlanOrganisation"/>).</summary>
    public string? Organisation { get; private set; }

    protected override bool MayAct(CurrentUser me) => me.EditsRegistry;
    protected override async Task<bool> LoadMoreAsync(Domain.Cases.Case c, CancellationToken ct)
    {
        if (!await base.LoadMoreAsync(c, ct)) return false;
        Organisation = await PlanOrganisation.ForAsync(Db, c.PersonId, ct);
        return true;
    }
    protected override void Prefill()
    {
        var p = Supervision.Plan;
        Input.CheckInIntervalMonths = p.CheckInDefault ? null : p.CheckInMonths;
        Input.SelfReportIntervalMonths = p.SelfReportDefault ? null : p.SelfReportMonths;
        Input.AssessmentIntervalMonths = p.AssessmentDefault ? null : p.AssessmentMonths;
        Input.Version = p.Version;
    }
    protected override Task<Outcome<SupervisionPlan>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        SupervisionRecordCommands.SetPlanAsync(Db, me, caseId, Input, ct);
    protected override string Done(SupervisionPlan r) => "Đã lưu kế hoạch giám sát.";
}
