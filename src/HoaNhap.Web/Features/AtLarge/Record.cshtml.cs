using HoaNhap.Data;
using HoaNhap.Domain.Judgments;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.AtLarge;

/// <summary>Records that a person sentenced to prison by a judgment is not serving yet (registry editors of the person's unit).</summary>
[Shared.Audit.PersonalData(typeof(Judgment))]
public sealed class RecordModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public AtLargeInput Input { get; set; } = new();
    public Judgment Judgment { get; private set; } = null!;
    public string PersonName { get; private set; } = "";
    public List<SelectListItem> Statuses { get; } =
        Enum.GetValues<AtLargeStatus>().Where(s => s != AtLargeStatus.Serving).Select(s => new SelectListItem(AtLargeText.Status(s), s.ToString())).ToList();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (!await LoadAsync(me, id, ct)) return NotFound();
        if (!me.EditsRegistry) return Forbid();
        Input.Since = Display.Date(db.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await AtLargeCommands.RecordAsync(db, me, id, Input, ct);
        if (this.Refusal(outcome) is { } refused) return refused;
        if (outcome.Succeeded)
        {
            TempData["Message"] = $"Đã ghi vào danh sách người bị kết án phạt tù chưa chấp hành án: {AtLargeText.Status(outcome.Value!.Status)}.";
            return Redirect($"/AtLarge/{outcome.Value.Id}");
        }
        db.ChangeTracker.Clear();
        if (!await LoadAsync(me, id, ct)) return NotFound();
        return Page();
    }

    async Task<bool> LoadAsync(CurrentUser me, Guid id, CancellationToken ct)
    {
        if (await AtLargeCommands.FindJudgmentAsync(db, me, id, ct) is not { } j) return false;
        Judgment = j;
        PersonName = await db.People.AsNoTracking().Where(p => p.Id == j.PersonId).Select(p => p.FullName).FirstAsync(ct);
        return true;
    }
}
