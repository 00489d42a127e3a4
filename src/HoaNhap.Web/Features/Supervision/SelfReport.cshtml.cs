using HoaNhap.Data;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Supervision;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HoaNhap.Web.Features.Supervision;

/// <summary>Ghi nhận bản tự nhận xét của một kỳ (officers); the page lists the periods not yet received.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class SelfReportModel(HoaNhapDbContext db, RuleBook book) : CaseRecordPage<SelfReportInput, ReportPeriodStatus>(db, book)
{
    public List<SelectListItem> Periods => Supervision.SelfReports
        .Where(r => r.Status.ReceivedOn is null)
        .Select(r => new SelectListItem($"Kỳ {r.Status.Period.Number}: {Display.Date(r.Status.Period.From)} – {Display.Date(r.Status.Period.EndsOn)} ({SupervisionText.Status(r.Status.Status).ToLowerInvariant()})", r.Status.Period.Label))
        .ToList();

    protected override bool MayAct(CurrentUser me) => me.EditsRegistry;
    protected override void Prefill()
    {
        Input.ReceivedOn = Display.Date(Today);
        Input.Period = Supervision.SelfReports.LastOrDefault(r => r.Status.ReceivedOn is null)?.Status.Period.Label;
    }
    protected override async Task<Outcome<ReportPeriodStatus>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        await SupervisionRecordCommands.RecordSelfReportAsync(Db, me, await RulesAsync(ct), caseId, Input, ct);
    protected override string Done(ReportPeriodStatus r) =>
        $"Đã ghi nhận bản tự nhận xét kỳ {r.Period.Number} (hạn {Display.Date(r.Period.DueOn)}): {SupervisionText.Status(r.Status).ToLowerInvariant()}"
        + (r.DaysLate > 0 ? $", muộn {r.DaysLate} ngày." : ".");
}
