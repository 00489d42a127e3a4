using HoaNhap.Data;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Transfers;

/// <summary>The competent body consents (LTHAHS 2019 Điều 68 khoản 2 điểm b as amended); the notice is issued and sent.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Transfers.CaseTransfer))]
public sealed class ConsentModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public TransferConsentInput Input { get; set; } = new();
    public TransferView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var t = await TransferCommands.FindAsync(db, me, id, ct);
        if (t is null) return NotFound();
        if (!TransferCommands.MayConsent(me, t)) return Forbid();
        View = (await TransferViews.NamesAsync(db, [t], ct))[0];
        Input = new TransferConsentInput { ConsentedOn = Display.Date(db.Today) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await TransferCommands.ConsentAsync(db, me, id, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            TempData["Message"] = $"Đã đồng ý và gửi thông báo chuyển giao hồ sơ. Hạn chuyển giao hồ sơ: {Display.Date(outcome.Value!.HandOverDueOn)}.";
            return Redirect($"/Transfers/Details/{id}");
        }
        db.ChangeTracker.Clear();
        View = (await TransferViews.NamesAsync(db, [(await TransferCommands.FindAsync(db, me, id, ct))!], ct))[0];
        return Page();
    }
}
