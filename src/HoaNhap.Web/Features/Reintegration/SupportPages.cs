using HoaNhap.Data;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Reintegration;

/// <summary>Recording a need and the action that answers it.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class NeedModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public SupportInput Input { get; set; } = new();
    public CaseHeader Header { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, string? area, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (await CaseHeader.LoadAsync(db, me, id, ct) is not { } header) return NotFound();
        if (!me.EditsRegistry) return Forbid();
        Header = header;
        Input.Area = area;
        Input.IdentifiedOn = Display.Date(db.Today);
        Input.DueOn = Display.Date(db.Today.AddDays(30));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await SupportCommands.AddAsync(db, me, id, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            TempData["Message"] = $"Đã ghi nhận nhu cầu về {SupportText.Area(outcome.Value!.Area).ToLowerInvariant()}, thời hạn {Display.Date(outcome.Value.DueOn)}.";
            return Redirect($"/Cases/Details/{id}#support");
        }
        db.ChangeTracker.Clear();
        if (await CaseHeader.LoadAsync(db, me, id, ct) is not { } header) return NotFound();
        Header = header;
        return Page();
    }
}

/// <summary>Recording the outcome of a support action.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class SupportOutcomeModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public SupportOutcomeInput Input { get; set; } = new();
    public CaseHeader Header { get; private set; } = null!;
    public SupportAction Action { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid actionId, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (await CaseHeader.LoadAsync(db, me, id, ct) is not { } header) return NotFound();
        if (!me.EditsRegistry) return Forbid();
        if (!await LoadAsync(header, actionId, ct)) return NotFound();
        Input.ClosedOn = Display.Date(db.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid actionId, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await SupportCommands.CloseAsync(db, me, id, actionId, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            TempData["Message"] = $"Đã ghi nhận kết quả: {SupportText.Status(outcome.Value!.Status).ToLowerInvariant()}.";
            return Redirect($"/Cases/Details/{id}#support");
        }
        db.ChangeTracker.Clear();
        if (await CaseHeader.LoadAsync(db, me, id, ct) is not { } header || !await LoadAsync(header, actionId, ct)) return NotFound();
        return Page();
    }

    async Task<bool> LoadAsync(CaseHeader header, Guid actionId, CancellationToken ct)
    {
        Header = header;
        var a = await db.Set<SupportAction>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == actionId && x.CaseId == header.CaseId, ct);
        if (a is null) return false;
        Action = a;
        return true;
    }
}
