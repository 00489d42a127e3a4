using HoaNhap.Data;
using HoaNhap.Domain.Programmes;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Programmes;

/// <summary>Kinh phí: the year's budget plans of the unit with plan vs spent per item and totals.</summary>
[Shared.Audit.NoPersonalData]
public sealed class BudgetModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public List<BudgetPlan> Plans { get; private set; } = [];
    public Dictionary<string, string> Names { get; private set; } = [];
    public CurrentUser Me { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        Year ??= db.Today.Year;
        var list = await BudgetCommands.ListAsync(db, Me, Year.Value, ct);
        if (this.Refusal(list) is { } refused) return refused;
        Plans = list.Value!;
        var codes = Plans.Select(s => s.CommuneCode).Distinct().ToList();
        Names = (await db.Communes.AsNoTracking().Where(c => codes.Contains(c.Code)).ToListAsync(ct)).ToDictionary(c => c.Code, c => c.FullName);
        return Page();
    }

    /// <summary>The same list as .xlsx.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) =>
        this.ExportAsync(() => OnGetAsync(ct), $"kinh-phi-{Year}.xlsx", () => XlsxExport.Budget(Plans, Names));
}
