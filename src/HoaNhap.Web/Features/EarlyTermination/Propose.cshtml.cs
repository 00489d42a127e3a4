using HoaNhap.Data;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.EarlyTermination;

/// <summary>Preparing the proposal dossier: today's check first, then the request.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class ProposeModel(HoaNhapDbContext db, RuleBook rules) : PageModel
{
    [BindProperty] public ProposalInput Input { get; set; } = new();
    public EarlyTerminationState State { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var state = await EarlyTerminationCommands.StateAsync(db, rules, me, id, ct);
        if (state is null) return NotFound();
        if (!me.EditsRegistry) return Forbid();
        State = state;
        Input = new ProposalInput { ProposedOn = Display.Date(db.Today), Months = state.Check?.MaxMonthsNow is > 0 and var m ? m : null };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await EarlyTerminationCommands.ProposeAsync(db, rules, me, id, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            TempData["Message"] = "Đã lập hồ sơ đề nghị; văn bản đề nghị (dự thảo) đã lưu trong mục “Tài liệu trong hồ sơ”.";
            TempData[CasePage.MessageSection] = CasePage.Termination;
            return Redirect($"/Cases/Details/{id}#{CasePage.Termination}");
        }
        db.ChangeTracker.Clear();
        State = (await EarlyTerminationCommands.StateAsync(db, rules, me, id, ct))!;
        return Page();
    }
}
