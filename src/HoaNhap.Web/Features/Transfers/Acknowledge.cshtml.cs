using HoaNhap.Data;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Transfers;

/// <summary>The receiving commune checks the transfer and acknowledges it: the case and everything with it move.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Transfers.CaseTransfer))]
public sealed class AcknowledgeModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public TransferAcknowledgeInput Input { get; set; } = new();
    public TransferView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var t = await TransferCommands.FindAsync(db, me, id, ct);
        if (t is null) return NotFound();
        if (!TransferCommands.MayAcknowledge(me, t)) return Forbid();
        View = (await TransferViews.NamesAsync(db, [t], ct))[0];
        Input = new TransferAcknowledgeInput { AcknowledgedOn = Display.Date(db.Today) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await TransferCommands.AcknowledgeAsync(db, me, id, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            TempData["Message"] = "Đã tiếp nhận hồ sơ. Hãy phân công người giám sát, giáo dục của xã, phường mình.";
            return Redirect($"/Cases/Details/{outcome.Value!.CaseId}");
        }
        db.ChangeTracker.Clear();
        View = (await TransferViews.NamesAsync(db, [(await TransferCommands.FindAsync(db, me, id, ct))!], ct))[0];
        return Page();
    }
}
