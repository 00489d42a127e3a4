using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Audit;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Portal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Supervision;

/// <summary>The person sends the periodic self-report from the portal; it lands in the case, received today, on time or late.</summary>
[Authorize(Policy = nameof(Act.UsePortal)), PortalEndpoint, PersonalData(typeof(Person), PersonalDataAttribute.Me)]
public sealed class PortalSelfReportModel(HoaNhapDbContext db, RuleBook rules) : PageModel
{
    [BindProperty] public SelfReportInput Input { get; set; } = new();
    public IReadOnlyList<ReportPeriodStatus> Periods { get; private set; } = [];
    public IReadOnlyList<ReportPeriodStatus> Open => Periods.Where(p => p.ReceivedOn is null).ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        Input.Period = Open.FirstOrDefault()?.Period.Label;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await SupervisionRecordCommands.RecordSelfReportFromPortalAsync(db, CurrentUser.From(User)!, await rules.ParametersAsync(ct), Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Value is not { } status)
        {
            await LoadAsync(ct);
            return Page();
        }
        TempData["Message"] = status.Status == Domain.Supervision.SelfReportStatus.Late
            ? $"Đã nhận bản tự nhận xét kỳ đến {Display.Date(status.Period.EndsOn)}; bản này nộp muộn {status.DaysLate} ngày so với hạn {Display.Date(status.Period.DueOn)}."
            : $"Đã nhận bản tự nhận xét kỳ đến {Display.Date(status.Period.EndsOn)}, đúng hạn.";
        return LocalRedirect("/Cong-dan/Tu-nhan-xet");
    }

    async Task<bool> LoadAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (await PortalFile.PersonAsync(db, me, ct) is null) return false;
        Periods = await PortalFile.CaseAsync(db, me, ct) is { } c
            ? (await SelfReportStatuses.ForCaseAsync(db, await rules.ParametersAsync(ct), c, db.Today, ct)).Reverse().ToList()
            : [];
        return true;
    }
}
