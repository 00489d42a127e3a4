using HoaNhap.Data;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Judgments;

[Shared.Audit.PersonalData(typeof(Domain.Judgments.Judgment))]
public sealed class DecisionModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public DecisionInput Input { get; set; } = new();
    public string JudgmentNumber { get; private set; } = "";
    public Guid PersonId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var judgment = await DecisionCommands.FindJudgmentAsync(db, me, id, ct);
        if (judgment is null) return NotFound();
        if (!me.EditsRegistry) return Forbid();
        (JudgmentNumber, PersonId) = (judgment.Number, judgment.PersonId);
        Input.IssuedBy = judgment.Court;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await DecisionCommands.CreateAsync(db, me, id, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            TempData["Message"] = $"Đã ghi nhận quyết định thi hành án số {outcome.Value!.Number}.";
            return Redirect($"/People/Details/{outcome.Value.PersonId}");
        }
        var judgment = (await DecisionCommands.FindJudgmentAsync(db, me, id, ct))!;
        (JudgmentNumber, PersonId) = (judgment.Number, judgment.PersonId);
        return Page();
    }
}
