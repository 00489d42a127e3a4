using HoaNhap.Data;
using HoaNhap.Domain.Breaches;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Breaches;

/// <summary>Recording a reprimand session about a breach; its minutes are generated.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class ReprimandModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public ReprimandInput Input { get; set; } = new();
    public CaseHeader Header { get; private set; } = null!;
    public Breach Breach { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid breachId, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (await CaseHeader.LoadAsync(db, me, id, ct) is not { } header) return NotFound();
        if (!me.EditsRegistry) return Forbid();
        if (!await LoadAsync(header, breachId, ct)) return NotFound();
        Input.HeldOn = Display.Date(db.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid breachId, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await BreachCommands.ReprimandAsync(db, me, id, breachId, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            TempData["Message"] = "Đã ghi nhận buổi họp kiểm điểm và lập biên bản.";
            TempData[CasePage.MessageSection] = CasePage.Breaches;
            return Redirect($"/Cases/Details/{id}#{CasePage.Breaches}");
        }
        if (await CaseHeader.LoadAsync(db, me, id, ct) is not { } header || !await LoadAsync(header, breachId, ct)) return NotFound();
        return Page();
    }

    async Task<bool> LoadAsync(CaseHeader header, Guid breachId, CancellationToken ct)
    {
        Header = header;
        var b = await db.Set<Breach>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == breachId && x.CaseId == header.CaseId, ct);
        if (b is null) return false;
        Breach = b;
        return true;
    }
}
