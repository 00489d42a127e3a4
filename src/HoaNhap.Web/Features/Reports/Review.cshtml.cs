using HoaNhap.Domain.Access;
using HoaNhap.Data;
using HoaNhap.Domain.Reports;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Reports;

/// <summary>The province officer accepts a commune's report or returns it with the reason.</summary>
[Shared.Audit.NoPersonalData]
public sealed class ReviewModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public ReviewInput Input { get; set; } = new();
    public PeriodicReport Report { get; private set; } = null!;

    async Task<IActionResult?> LoadAsync(CurrentUser me, Guid id, CancellationToken ct)
    {
        if (!me.May(Act.ReviewReports)) return Forbid();
        var found = await ReportCommands.FindAsync(db, me, id, ct);
        if (this.Refusal(found) is { } refused) return refused;
        Report = found.Value!;
        return Report.IsProvinceReport ? Forbid() : null;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(CurrentUser.From(User)!, id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await ReportCommands.ReviewAsync(db, me, id, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            TempData["Message"] = Input.Accepted == true ? "Đã tiếp nhận báo cáo." : "Đã trả lại báo cáo.";
            return Redirect($"/Reports/Details/{id}");
        }
        return await LoadAsync(me, id, ct) ?? Page();
    }
}
