using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HoaNhap.Web.Features.Cases;

/// <summary>Changing a case's status; the current status is shown before the choice.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class StatusModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public StatusInput Input { get; set; } = new();
    public Case Case { get; private set; } = null!;
    public List<SelectListItem> Next { get; private set; } = [];
    public Conflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var c = await CaseLookup.FindAsync(db, me, id, ct);
        if (c is null) return NotFound();
        if (!me.EditsRegistry) return Forbid();
        Show(c);
        Input = new StatusInput { Version = c.Version, On = Display.Date(db.Today) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await CaseCommands.ChangeStatusAsync(db, me, id, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            TempData["Message"] = $"Đã chuyển hồ sơ sang trạng thái “{CaseText.Status(outcome.Value!.Status)}”.";
            return Redirect($"/People/Details/{outcome.Value.PersonId}");
        }
        db.ChangeTracker.Clear();
        var c = (await CaseLookup.FindAsync(db, me, id, ct))!;
        Show(c);
        if (outcome.Conflict is { } conflict)
        {
            Conflict = conflict;
            ModelState.Remove("Input.Version");
            Input.Version = conflict.CurrentVersion;
        }
        return Page();
    }

    void Show(Case c)
    {
        Case = c;
        Next = [new SelectListItem("— Chọn —", ""), .. c.NextStatuses.Select(s => new SelectListItem(CaseText.Status(s), s.ToString()))];
    }
}
