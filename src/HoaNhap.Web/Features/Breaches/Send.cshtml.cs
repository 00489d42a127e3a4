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
    public CheckAnswers? Review { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid proposalId, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (await CaseHeader.LoadAsync(db, me, id, ct) is not { } header) return NotFound();
        if (!me.AssignsSupervisors) return Forbid();
        if (!await LoadAsync(header, proposalId, ct)) return NotFound();
        Input.SentOn = Display.Date(db.Today);
        // "Thay đổi" from the check page comes back with the answers in the query.
        await TryUpdateModelAsync(Input, "Input");
        ModelState.Clear();
        return Page();
    }

    /// <summary>Checks the answers as if saved (nothing is), then shows them with "Thay đổi" links and the declaration before sending.</summary>
    public async Task<IActionResult> OnPostCheckAsync(Guid id, Guid proposalId, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        Input.Confirmed = true;
        var outcome = await DryRun.CheckAsync(db, () => BreachCommands.SendAsync(db, me, id, proposalId, Input, ct), ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (await CaseHeader.LoadAsync(db, me, id, ct) is not { } header || !await LoadAsync(header, proposalId, ct)) return NotFound();
        if (!outcome.Succeeded)
        {
            return Page();
        }
        Review = new CheckAnswers("Kiểm tra trước khi gửi",
            [
                new Answer("Ngày gửi", Input.SentOn ?? "", nameof(SendInput.SentOn)),
                new Answer("Số, ký hiệu văn bản đã ký", Input.Number ?? "", nameof(SendInput.Number)),
            ],
            $"/Breaches/Send/{id}/{proposalId}",
            new Dictionary<string, string?> { [nameof(SendInput.SentOn)] = Input.SentOn, [nameof(SendInput.Number)] = Input.Number, [nameof(SendInput.Confirmed)] = "true" },
            "Xác nhận đã gửi đề nghị",
            "Bằng việc xác nhận, tôi xác nhận đã kiểm tra dự thảo, văn bản đã được ký và gửi đến cơ quan có thẩm quyền. Đề nghị chuyển sang trạng thái “Đã gửi”.");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid proposalId, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await BreachCommands.SendAsync(db, me, id, proposalId, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            return Redirect(CasePage.Done(TempData, id, CasePage.Breaches, $"Đã ghi nhận việc gửi “{BreachText.Proposal(outcome.Value!.Kind)}”."));
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
}
