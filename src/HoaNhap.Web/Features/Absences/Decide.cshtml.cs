using HoaNhap.Data;
using HoaNhap.Domain.Absences;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Absences;

/// <summary>The commune People's Committee's decision on an absence application (commune officer or leader).</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class DecideModel(HoaNhapDbContext db, RuleBook rules) : PageModel
{
    [BindProperty] public AbsenceDecisionInput Input { get; set; } = new();
    public CaseHeader Header { get; private set; } = null!;
    public AbsencePermission Absence { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid requestId, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (await CaseHeader.LoadAsync(db, me, id, ct) is not { } header) return NotFound();
        if (!me.AssignsSupervisors) return Forbid();
        if (!await LoadAsync(header, requestId, ct)) return NotFound();
        Input.DecidedOn = Display.Date(db.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid requestId, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await AbsenceCommands.DecideAsync(db, me, rules, id, requestId, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            var a = outcome.Value!;
            TempData["Message"] = a.Status == AbsenceStatus.Approved
                ? $"Đã ghi nhận quyết định đồng ý; người chấp hành án phải trình diện chậm nhất ngày {Display.Date(a.ReturnDueOn)}."
                : "Đã ghi nhận quyết định không đồng ý.";
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
}
