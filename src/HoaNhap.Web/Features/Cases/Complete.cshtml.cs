using HoaNhap.Data;
using HoaNhap.Web.Features.Rules;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Cases;

/// <summary>Confirming completion: the end date and what follows are shown before the officer confirms.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class CompleteModel(HoaNhapDbContext db, RuleBook rules) : PageModel
{
    [BindProperty] public CompletionInput Input { get; set; } = new();
    public CompletionPreview Preview { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var preview = await CompletionCommands.PreviewAsync(db, rules, me, id, ct);
        if (preview is null) return NotFound();
        if (!me.EditsRegistry) return Forbid();
        Preview = preview;
        Input = new CompletionInput { CompletedOn = Display.Date(preview.EndsOn), Generate = true };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await CompletionCommands.CompleteAsync(db, rules, me, id, Input, ct);
        if (outcome.NotFound) return NotFound();
        if (outcome.Forbidden) return Forbid();
        if (outcome.Succeeded)
        {
            TempData["Message"] = outcome.Value!.Reintegration is null
                ? "Đã xác nhận chấp hành xong và đóng hồ sơ."
                : "Đã xác nhận chấp hành xong và đóng hồ sơ; hồ sơ quản lý tái hòa nhập cộng đồng đã được mở tự động.";
            return Redirect($"/Cases/Details/{id}");
        }
        ModelState.AddErrors(outcome.Errors);
        db.ChangeTracker.Clear();
        Preview = (await CompletionCommands.PreviewAsync(db, rules, me, id, ct))!;
        return Page();
    }
}
