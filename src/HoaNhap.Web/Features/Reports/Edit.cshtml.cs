using HoaNhap.Data;
using HoaNhap.Domain.Reports;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Reports;

/// <summary>The narrative sections of a report (results, shortcomings, proposals).</summary>
[Shared.Audit.NoPersonalData]
public sealed class EditModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public NarrativeInput Input { get; set; } = new();
    public PeriodicReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var found = await ReportCommands.FindAsync(db, me, id, ct);
        if (this.Refusal(found) is { } refused) return refused;
        Report = found.Value!;
        if (Report.CommuneCode != (me.CommuneCode ?? "")) return Forbid();
        Input = new NarrativeInput { Results = Report.Results, Shortcomings = Report.Shortcomings, Proposals = Report.Proposals };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await ReportCommands.SaveNarrativeAsync(db, me, id, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            TempData["Message"] = "Đã lưu nội dung báo cáo.";
            return Redirect($"/Reports/Details/{id}");
        }
        Report = (await ReportCommands.FindAsync(db, me, id, ct)).Value!;
        return Page();
    }
}
