using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HoaNhap.Web.Features.Cases;

/// <summary>Recording a paper received for the case file (the judgment copy, the undertaking, …).</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class ReceiveModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public ReceivedDocumentInput Input { get; set; } = new();
    public Case Case { get; private set; } = null!;
    public List<SelectListItem> Kinds { get; } =
        [new("— Chọn —", ""), .. CaseFileCommands.ReceivableKinds.Select(k => new SelectListItem(CaseFileText.Kind(k), k.ToString()))];

    public async Task<IActionResult> OnGetAsync(Guid id, string? kind, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var c = await CaseLookup.FindAsync(db, me, id, ct);
        if (c is null) return NotFound();
        if (!me.EditsRegistry) return Forbid();
        Case = c;
        Input = new ReceivedDocumentInput { Kind = kind, On = Display.Date(db.Today) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await CaseFileCommands.RecordReceivedAsync(db, me, id, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            TempData["Message"] = $"Đã ghi nhận “{outcome.Value!.Title}” vào hồ sơ.";
            TempData[CasePage.MessageSection] = CasePage.Intake;
            return Redirect($"/Cases/Details/{id}#{CasePage.Intake}");
        }
        Case = (await CaseLookup.FindAsync(db, me, id, ct))!;
        return Page();
    }
}
