using HoaNhap.Data;
using HoaNhap.Domain.Absences;
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

namespace HoaNhap.Web.Features.Absences;

/// <summary>
/// The person asks to be absent from their place of residence: the application is on the commune's worklist at once,
/// and the committee's decision shows back on this page.
/// </summary>
[Authorize(Policy = nameof(Act.UsePortal)), PortalEndpoint, PersonalData(typeof(Person), PersonalDataAttribute.Me)]
public sealed class PortalAbsenceModel(HoaNhapDbContext db, RuleBook rules) : PageModel
{
    [BindProperty] public AbsenceInput Input { get; set; } = new();
    public IReadOnlyList<AbsencePermission> Applications { get; private set; } = [];
    public int MaxPerTrip { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await AbsenceCommands.RequestFromPortalAsync(db, CurrentUser.From(User)!, rules, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Value is not { } absence)
        {
            await LoadAsync(ct);
            return Page();
        }
        TempData["Message"] = $"Đã gửi đơn xin vắng mặt đến Công an xã. UBND xã sẽ quyết định chậm nhất ngày {Display.Date(absence.DecisionDueOn)}; "
            + "kết quả sẽ hiện ở trang này. Chỉ đi khi đơn đã được đồng ý.";
        return LocalRedirect("/Cong-dan/Xin-vang-mat");
    }

    async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await PortalAbsences.ListAsync(db, CurrentUser.From(User)!, ct) is not { } list) return false;
        Applications = list;
        MaxPerTrip = (await rules.ParametersAsync(ct)).Int(RuleKeys.AbsenceMaxPerTripDays, db.Today);
        return true;
    }
}
