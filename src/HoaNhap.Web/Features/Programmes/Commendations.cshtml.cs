using HoaNhap.Data;
using HoaNhap.Domain.Programmes;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Programmes;

/// <summary>Sổ theo dõi khen thưởng: commendations proposed and decided, filtered by year and status.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Programmes.Commendation), null)]
public sealed class CommendationsModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public CommendationStatus? Status { get; set; }
    public List<Commendation> Items { get; private set; } = [];
    public Dictionary<string, string> Names { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var list = await CommendationCommands.ListAsync(db, CurrentUser.From(User)!, Year, Status, ct);
        if (list.Forbidden) return Forbid();
        Items = list.Value!;
        var codes = Items.Select(s => s.CommuneCode).Distinct().ToList();
        Names = (await db.Communes.AsNoTracking().Where(c => codes.Contains(c.Code)).ToListAsync(ct)).ToDictionary(c => c.Code, c => c.FullName);
        return Page();
    }

    /// <summary>The same list as .xlsx.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) =>
        this.ExportAsync(() => OnGetAsync(ct), "khen-thuong.xlsx", () => ProgrammeExport.Commendations(Items, Names));
}
