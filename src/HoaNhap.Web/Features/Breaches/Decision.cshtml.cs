using HoaNhap.Data;
using HoaNhap.Domain.Breaches;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Breaches;

/// <summary>Recording the court's (or the provincial police's) decision on a proposal that was sent.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class DecisionModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public ProposalDecisionInput Input { get; set; } = new();
    public CaseHeader Header { get; private set; } = null!;
    public EscalationProposal Proposal { get; private set; } = null!;
    public bool Revokes => Proposal.Kind is not ProposalKind.WantedNotice;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid proposalId, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (await CaseHeader.LoadAsync(db, me, id, ct) is not { } header) return NotFound();
        if (!me.EditsRegistry) return Forbid();
        if (!await LoadAsync(header, proposalId, ct)) return NotFound();
        Input.DecidedOn = Display.Date(db.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid proposalId, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await BreachCommands.DecideAsync(db, me, id, proposalId, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            TempData["Message"] = "Đã ghi nhận quyết định.";
            TempData[CasePage.MessageSection] = CasePage.Breaches;
            return Redirect($"/Cases/Details/{id}#{CasePage.Breaches}");
        }
        db.ChangeTracker.Clear();
        if (await CaseHeader.LoadAsync(db, me, id, ct) is not { } header || !await LoadAsync(header, proposalId, ct)) return NotFound();
        return Page();
    }

    async Task<bool> LoadAsync(CaseHeader header, Guid proposalId, CancellationToken ct)
    {
        Header = header;
        var x = await db.Set<EscalationProposal>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == proposalId && p.CaseId == header.CaseId, ct);
        if (x is null) return false;
        Proposal = x;
        return true;
    }

    public static string RevokedTitle => CaseText.Status(CaseStatus.Revoked);
}
