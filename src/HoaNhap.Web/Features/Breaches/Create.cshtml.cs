using HoaNhap.Data;
using HoaNhap.Domain.Breaches;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HoaNhap.Web.Features.Breaches;

/// <summary>Recording a breach with its evidence; the minutes are generated and the law's next step is proposed.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class CreateModel(HoaNhapDbContext db, RuleBook rules) : PageModel
{
    [BindProperty] public BreachInput Input { get; set; } = new();
    [BindProperty] public IFormFile? EvidenceFile { get; set; }
    public CaseHeader Header { get; private set; } = null!;
    public List<SelectListItem> Kinds { get; } = Choices.Of<BreachKind>(BreachText.Kind);

    public async Task<IActionResult> OnGetAsync(Guid id, string? kind, string? on, string? description, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (await CaseHeader.LoadAsync(db, me, id, ct) is not { } header) return NotFound();
        if (!me.EditsRegistry) return Forbid();
        Header = header;
        // Prefilled when offered from a late return after an absence.
        Input = new BreachInput { Kind = kind, OccurredOn = on ?? Display.Date(db.Today), Description = description };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var (upload, uploadError) = await EvidenceUpload.ReadAsync(EvidenceFile, ct);
        Input.EvidenceFileBase64 = null;
        var outcome = await BreachCommands.RecordAsync(db, me, rules, id, Input, upload, uploadError, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            var r = outcome.Value!;
            TempData["Message"] = $"Đã ghi nhận vi phạm và lập biên bản. {r.Advice.Because}"
                + (r.Proposal is { } x ? $" Hệ thống đã lập dự thảo “{BreachText.Proposal(x.Kind)}”, hạn gửi {Display.Date(x.SendBy)}." : "");
            TempData[CasePage.MessageSection] = CasePage.Breaches;
            return Redirect($"/Cases/Details/{id}#{CasePage.Breaches}");
        }
        db.ChangeTracker.Clear();
        if (await CaseHeader.LoadAsync(db, me, id, ct) is not { } header) return NotFound();
        Header = header;
        return Page();
    }
}
