using HoaNhap.Data;
using HoaNhap.Domain.Reports;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Reports;

/// <summary>Check your answers, then send the report: the figures are frozen and the province sees it.</summary>
[Shared.Audit.NoPersonalData]
public sealed class SubmitModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public SubmitInput Input { get; set; } = new();
    public PeriodicReport Report { get; private set; } = null!;
    public List<ReportFigure> Figures { get; private set; } = [];

    async Task<IActionResult?> LoadAsync(CurrentUser me, Guid id, CancellationToken ct)
    {
        var found = await ReportCommands.FindAsync(db, me, id, ct);
        if (this.Refusal(found) is { } refused) return refused;
        Report = found.Value!;
        if (Report.CommuneCode != (me.CommuneCode ?? "")) return Forbid();
        Figures = await ReportCommands.FiguresAsync(db, Report, ct);
        return null;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(CurrentUser.From(User)!, id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await ReportCommands.SubmitAsync(db, me, id, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            TempData["Message"] = "Đã gửi báo cáo.";
            return Redirect($"/Reports/Details/{id}");
        }
        return await LoadAsync(me, id, ct) ?? Page();
    }
}
