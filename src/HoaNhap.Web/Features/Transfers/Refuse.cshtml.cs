using HoaNhap.Data;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Transfers;

/// <summary>Refusal with a reason: consent refused (while requested) or the receiving commune refuses (once sent). The case stays.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Transfers.CaseTransfer))]
public sealed class RefuseModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public TransferRefuseInput Input { get; set; } = new();
    public TransferView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var t = await TransferCommands.FindAsync(db, me, id, ct);
        if (t is null) return NotFound();
        if (!TransferCommands.MayRefuse(me, t)) return Forbid();
        View = (await TransferViews.NamesAsync(db, [t], ct))[0];
        Input = new TransferRefuseInput { RefusedOn = Display.Date(db.Today) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await TransferCommands.RefuseAsync(db, me, id, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            TempData["Message"] = "Đã ghi nhận việc từ chối; hồ sơ ở lại nơi cư trú hiện tại.";
            return Redirect($"/Transfers/Details/{id}");
        }
        db.ChangeTracker.Clear();
        View = (await TransferViews.NamesAsync(db, [(await TransferCommands.FindAsync(db, me, id, ct))!], ct))[0];
        return Page();
    }
}
