using HoaNhap.Data;
using HoaNhap.Domain.Breaches;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Breaches;

/// <summary>
/// Sending a proposal the system drafted: a consequential action, so the page shows the case status,
/// the count of intentional breaches and the reason first, and asks for a confirmation.
/// Commune officers and leaders (the commune proposes on behalf of the People's Committee).
/// </summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class SendModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public SendInput Input { get; set; } = new();
    public CaseHeader Header { get; private set; } = null!;
    public EscalationProposal Proposal { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid proposalId, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (await CaseHeader.LoadAsync(db, me, id, ct) is not { } header) return NotFound();
        if (!me.AssignsSupervisors) return Forbid();
        if (!await LoadAsync(header, proposalId, ct)) return NotFound();
        Input.SentOn = Display.Date(Display.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid proposalId, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await BreachCommands.SendAsync(db, me, id, proposalId, Input, ct);
        if (outcome.NotFound) return NotFound();
        if (outcome.Forbidden) return Forbid();
        if (outcome.Succeeded)
        {
            TempData["Message"] = $"Đã ghi nhận việc gửi “{BreachText.Proposal(outcome.Value!.Kind)}”.";
            return Redirect($"/Cases/Details/{id}#breaches");
        }
        ModelState.AddErrors(outcome.Errors);
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
}
