using HoaNhap.Data;
using HoaNhap.Domain.Programmes;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Programmes;

/// <summary>Sổ theo dõi tuyên truyền: the awareness activities of the commune (or of the province's communes).</summary>
[Shared.Audit.NoPersonalData]
public sealed class AwarenessModel(HoaNhapDbContext db) : PageModel
{
    public List<AwarenessActivity> Activities { get; private set; } = [];
    public Dictionary<string, string> Names { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var list = await AwarenessCommands.ListAsync(db, CurrentUser.From(User)!, ct);
        if (this.Refusal(list) is { } refused) return refused;
        Activities = list.Value!;
        var codes = Activities.Select(s => s.CommuneCode).Distinct().ToList();
        Names = (await db.Communes.AsNoTracking().Where(c => codes.Contains(c.Code)).ToListAsync(ct)).ToDictionary(c => c.Code, c => c.FullName);
        return Page();
    }

    /// <summary>The same list as .xlsx.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) =>
        this.ExportAsync(() => OnGetAsync(ct), "tuyen-truyen.xlsx", () => XlsxExport.Awareness(Activities, Names));
}
