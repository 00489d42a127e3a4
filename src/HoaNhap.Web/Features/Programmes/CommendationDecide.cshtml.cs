using HoaNhap.Domain.Access;
using HoaNhap.Data;
using HoaNhap.Domain.Programmes;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Programmes;

/// <summary>Recording the decision on a commendation proposal (granted or not granted).</summary>
[Shared.Audit.PersonalData(typeof(Domain.Programmes.Commendation))]
public sealed class CommendationDecideModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public CommendationDecisionInput Input { get; set; } = new();
    public Commendation Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (!me.May(Act.UseTraining)) return Forbid();
        var c = await CommendationCommands.FindAsync(db, me, id, ct);
        if (c is null) return NotFound();
        Item = c;
        Input.DecidedOn = Display.Date(db.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await CommendationCommands.DecideAsync(db, me, id, Input, ct);
        if (this.Refusal(outcome) is { } refused) return refused;
        if (outcome.Succeeded)
        {
            TempData["Message"] = "Đã ghi nhận kết quả khen thưởng.";
            return Redirect("/Programmes/Commendations");
        }
        Item = (await CommendationCommands.FindAsync(db, me, id, ct))!;
        return Page();
    }
}
