using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Cases;

/// <summary>Issuing the summons (giấy triệu tập) to the person: a .docx kept in the case file.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class SummonsModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public SummonsInput Input { get; set; } = new();
    public Case Case { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var c = await CaseLookup.FindAsync(db, me, id, ct);
        if (c is null) return NotFound();
        if (!me.EditsRegistry) return Forbid();
        Case = c;
        Input = new SummonsInput { AppointmentOn = Display.Date(db.Today.AddDays(2)), Place = "Trụ sở Công an xã" };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await CaseFileCommands.IssueSummonsAsync(db, me, id, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            TempData["Message"] = "Đã lập giấy triệu tập; tải về trong mục “Tài liệu trong hồ sơ” để in, ký và gửi.";
            TempData[CasePage.MessageSection] = CasePage.Intake;
            return Redirect($"/Cases/Details/{id}#{CasePage.Intake}");
        }
        Case = (await CaseLookup.FindAsync(db, me, id, ct))!;
        return Page();
    }
}
