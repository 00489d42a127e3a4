using HoaNhap.Data;
using HoaNhap.Domain.Absences;
using HoaNhap.Domain.Breaches;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Absences;

/// <summary>The return check-in after an absence; a late return is offered as an obligation breach to record.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class ReturnModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public AbsenceReturnInput Input { get; set; } = new();
    public CaseHeader Header { get; private set; } = null!;
    public AbsencePermission Absence { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid requestId, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (await CaseHeader.LoadAsync(db, me, id, ct) is not { } header) return NotFound();
        if (!me.EditsRegistry) return Forbid();
        if (!await LoadAsync(header, requestId, ct)) return NotFound();
        Input.ReturnedOn = Display.Date(db.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid requestId, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await AbsenceCommands.ReturnAsync(db, me, id, requestId, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            var a = outcome.Value!;
            TempData["Message"] = a.ReturnLate(db.Today)
                ? $"Đã ghi nhận trình diện ngày {Display.Date(a.ReturnedOn)}, muộn so với hạn {Display.Date(a.ReturnDueOn)}. Có thể ghi nhận vi phạm nghĩa vụ ở mục Vi phạm."
                : $"Đã ghi nhận trình diện ngày {Display.Date(a.ReturnedOn)}.";
            TempData[CasePage.MessageSection] = CasePage.Absences;
            return Redirect($"/Cases/Details/{id}#{CasePage.Absences}");
        }
        db.ChangeTracker.Clear();
        if (await CaseHeader.LoadAsync(db, me, id, ct) is not { } header || !await LoadAsync(header, requestId, ct)) return NotFound();
        return Page();
    }

    async Task<bool> LoadAsync(CaseHeader header, Guid requestId, CancellationToken ct)
    {
        Header = header;
        var a = await db.Set<AbsencePermission>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == requestId && x.CaseId == header.CaseId, ct);
        if (a is null) return false;
        Absence = a;
        return true;
    }

    /// <summary>The breach form, prefilled for a late return.</summary>
    public static string LateBreachLink(AbsencePermission a) =>
        $"/Breaches/Create/{a.CaseId}?kind={BreachKind.ObligationBreach}&on={Uri.EscapeDataString(Display.Date(a.ReturnDueOn!.Value.AddDays(1)))}"
        + $"&description={Uri.EscapeDataString($"Không trình diện Công an xã đúng hạn ({Display.Date(a.ReturnDueOn.Value)}) sau khi hết thời gian vắng mặt từ {Display.Date(a.From)} đến {Display.Date(a.To)}.")}";
}
