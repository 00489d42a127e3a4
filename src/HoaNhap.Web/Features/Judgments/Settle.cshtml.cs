using HoaNhap.Data;
using HoaNhap.Domain.Judgments;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Judgments;

/// <summary>Recording the date a court fee or compensation was fully paid.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Judgments.Judgment))]
public sealed class SettleModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public SettlementInput Input { get; set; } = new();
    public string Title { get; private set; } = "";
    public Guid PersonId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid obligation, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (!await LoadAsync(me, id, obligation, ct)) return NotFound();
        if (!me.EditsRegistry) return Forbid();
        Input.SettledOn ??= Display.Date(db.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid obligation, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await ObligationCommands.SettleAsync(db, me, id, obligation, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        await LoadAsync(me, id, obligation, ct);
        if (outcome.Succeeded)
        {
            TempData["Message"] = $"Đã ghi nhận {Title.ToLowerInvariant()} thi hành xong ngày {Display.Date(outcome.Value!.SettledOn!.Value)}.";
            return Redirect($"/People/Details/{PersonId}");
        }
        return Page();
    }

    async Task<bool> LoadAsync(CurrentUser me, Guid judgmentId, Guid obligationId, CancellationToken ct)
    {
        var judgment = await DecisionCommands.FindJudgmentAsync(db, me, judgmentId, ct);
        var o = judgment is null ? null : await db.Set<CivilObligation>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == obligationId && x.JudgmentId == judgmentId, ct);
        if (o is null) return false;
        Title = $"{JudgmentText.Obligation(o.Kind)} {Display.Money(o.Amount)} của bản án số {judgment!.Number}";
        PersonId = judgment.PersonId;
        return true;
    }
}
