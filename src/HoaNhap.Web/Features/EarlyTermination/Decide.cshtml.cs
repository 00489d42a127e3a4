using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.EarlyTermination;

/// <summary>Recording the court's decision on a proposal; a granted decision changes the end date.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class DecideModel(HoaNhapDbContext db, RuleBook rules) : PageModel
{
    [BindProperty] public CourtDecisionInput Input { get; set; } = new();
    public EarlyTerminationState State { get; private set; } = null!;
    public EarlyTerminationProposal Proposal { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid proposalId, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (!await LoadAsync(me, id, proposalId, ct)) return NotFound();
        if (!me.EditsRegistry) return Forbid();
        Input = new CourtDecisionInput { DecidedOn = Display.Date(db.Today), GrantedMonths = Proposal.RequestedMonths, WholeRemainder = Proposal.WholeRemainder };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid proposalId, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await EarlyTerminationCommands.DecideAsync(db, rules, me, id, proposalId, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            TempData["Message"] = outcome.Value!.Status == EarlyTerminationStatus.Granted
                ? "Đã ghi nhận quyết định của Tòa án; ngày kết thúc của hồ sơ đã được tính lại."
                : "Đã ghi nhận quyết định không chấp nhận đề nghị.";
            TempData[CasePage.MessageSection] = CasePage.Termination;
            return Redirect($"/Cases/Details/{id}#{CasePage.Termination}");
        }
        db.ChangeTracker.Clear();
        await LoadAsync(me, id, proposalId, ct);
        return Page();
    }

    async Task<bool> LoadAsync(CurrentUser me, Guid id, Guid proposalId, CancellationToken ct)
    {
        var state = await EarlyTerminationCommands.StateAsync(db, rules, me, id, ct);
        var proposal = state?.Proposals.FirstOrDefault(x => x.Id == proposalId);
        if (state is null || proposal is null) return false;
        (State, Proposal) = (state, proposal);
        return true;
    }
}
