using HoaNhap.Data;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Reintegration;

/// <summary>Recording a law violation or a new offence of a returnee.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class ViolationModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public ViolationInput Input { get; set; } = new();
    public CaseHeader Header { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (await CaseHeader.LoadAsync(db, me, id, ct) is not { } header) return NotFound();
        if (!me.EditsRegistry) return Forbid();
        Header = header;
        Input.OccurredOn = Display.Date(db.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await ViolationCommands.RecordAsync(db, me, id, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            var v = outcome.Value!;
            TempData["Message"] = v.Kind == ReturneeViolationKind.NewOffence
                ? $"Đã ghi nhận hành vi phạm tội mới ngày {Display.Date(v.OccurredOn)}; việc này được tính vào tỷ lệ tái phạm."
                : $"Đã ghi nhận vi phạm pháp luật ngày {Display.Date(v.OccurredOn)}.";
            return Redirect($"/Cases/Details/{id}#returnee-violations");
        }
        db.ChangeTracker.Clear();
        if (await CaseHeader.LoadAsync(db, me, id, ct) is not { } header) return NotFound();
        Header = header;
        return Page();
    }
}

/// <summary>Recording the prosecution and the new judgment for a new offence.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class ViolationHandlingModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public ViolationHandlingInput Input { get; set; } = new();
    public CaseHeader Header { get; private set; } = null!;
    public ReturneeViolation Violation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid violationId, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (await CaseHeader.LoadAsync(db, me, id, ct) is not { } header) return NotFound();
        if (!me.EditsRegistry) return Forbid();
        if (!await LoadAsync(header, violationId, ct)) return NotFound();
        var v = Violation;
        Input = new ViolationHandlingInput
        {
            ProsecutedOn = v.ProsecutedOn is { } p ? Display.Date(p) : null, ProsecutingBody = v.ProsecutingBody, JudgmentNumber = v.JudgmentNumber,
            JudgmentDate = v.JudgmentDate is { } j ? Display.Date(j) : null, Court = v.Court, Penalty = v.Penalty, Imprisoned = v.Imprisoned == true,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid violationId, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await ViolationCommands.HandleAsync(db, me, id, violationId, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            TempData["Message"] = $"Đã ghi nhận: {ReturneeViolationText.Handling(outcome.Value!)}.";
            return Redirect($"/Cases/Details/{id}#returnee-violations");
        }
        db.ChangeTracker.Clear();
        if (await CaseHeader.LoadAsync(db, me, id, ct) is not { } header || !await LoadAsync(header, violationId, ct)) return NotFound();
        return Page();
    }

    async Task<bool> LoadAsync(CaseHeader header, Guid violationId, CancellationToken ct)
    {
        Header = header;
        var v = await db.Set<ReturneeViolation>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == violationId && x.CaseId == header.CaseId, ct);
        if (v is null) return false;
        Violation = v;
        return true;
    }
}
