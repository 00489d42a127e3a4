using HoaNhap.Data;
using HoaNhap.Domain.People;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.People;

/// <summary>Flagging (or lifting) the person's special hardship, read by the needs assessment and the credit counselling.</summary>
[Shared.Audit.PersonalData(typeof(Person))]
public sealed class HardshipModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public HardshipInput Input { get; set; } = new();
    public Person Person { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (await PersonLookup.FindAsync(db, me, id, ct) is not { } p) return NotFound();
        if (!me.EditsRegistry) return Forbid();
        Person = p;
        Input.Hardship = true;
        Input.Reason = p.HardshipReason;
        Input.Since = Display.Date(p.HardshipSince ?? db.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await PersonCircumstanceCommands.SetHardshipAsync(db, me, id, Input, ct);
        if (this.Refusal(outcome) is { } refused) return refused;
        if (outcome.Succeeded)
        {
            TempData["Message"] = outcome.Value!.SpecialHardship
                ? "Đã ghi nhận hoàn cảnh đặc biệt khó khăn: nhu cầu hỗ trợ và tư vấn vay vốn của người này được ưu tiên."
                : "Đã thôi ghi nhận hoàn cảnh đặc biệt khó khăn.";
            return Redirect($"/People/Details/{id}");
        }
        db.ChangeTracker.Clear();
        Person = (await PersonLookup.FindAsync(db, me, id, ct))!;
        return Page();
    }
}
