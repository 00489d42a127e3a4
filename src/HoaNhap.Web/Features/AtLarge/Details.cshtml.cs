using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Judgments;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HoaNhap.Web.Features.AtLarge;

/// <summary>One person sentenced to prison still at large: the judgment, the status since when, and the form to change it (registry editors).</summary>
[Shared.Audit.PersonalData(typeof(AtLargeRecord))]
public sealed class DetailsModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public AtLargeInput Input { get; set; } = new();
    public CurrentUser Me { get; private set; } = null!;
    public AtLargeRow Row { get; private set; } = null!;
    public bool MayAct => Me.EditsRegistry && Row.Record.Status != AtLargeStatus.Serving;
    public List<SelectListItem> Statuses { get; } = Choices.Of<AtLargeStatus>(AtLargeText.Status, withEmpty: false);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        if (!Me.May(Act.SeeAtLarge)) return Forbid();
        if (await AtLargeQueries.FindAsync(db, Me, id, ct) is not { } row) return NotFound();
        Row = row;
        Input.Since = Display.Date(db.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        var outcome = await AtLargeCommands.ChangeAsync(db, Me, id, Input, ct);
        if (this.Refusal(outcome) is { } refused) return refused;
        if (outcome.Succeeded)
        {
            TempData["Message"] = $"Đã cập nhật tình trạng: {AtLargeText.Status(outcome.Value!.Status)} từ ngày {Display.Date(outcome.Value.Since)}.";
            return RedirectToPage(new { id });
        }
        db.ChangeTracker.Clear();
        if (await AtLargeQueries.FindAsync(db, Me, id, ct) is not { } row) return NotFound();
        Row = row;
        return Page();
    }
}
