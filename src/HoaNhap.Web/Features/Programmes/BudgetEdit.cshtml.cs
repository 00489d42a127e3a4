using HoaNhap.Domain.Access;
using HoaNhap.Data;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Programmes;

/// <summary>Lập dự toán kinh phí: the plan of a unit for a year, by item.</summary>
[Shared.Audit.NoPersonalData]
public sealed class BudgetEditModel(HoaNhapDbContext db) : PageModel
{
    public const int Rows = 8;
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty] public BudgetInput Input { get; set; } = new();
    public List<(string Code, string Name)> Communes { get; private set; } = [];
    public CurrentUser Me { get; private set; } = null!;

    async Task LoadAsync(CancellationToken ct)
    {
        while (Input.Items.Count < Rows) Input.Items.Add(new());
        if (Me.CommuneCode is null)
            Communes = (await db.Communes.AsNoTracking().Where(c => c.ProvinceCode == Me.ProvinceCode).ToListAsync(ct))
                .OrderBy(c => c.Name, StringComparer.Create(Display.Vi, false)).Select(c => (c.Code, c.FullName)).ToList();
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        if (!Me.May(Act.UseTraining)) return Forbid();
        Year ??= db.Today.Year;
        Input.Items = new[] { "Quản lý, giám sát, giáo dục", "Hỗ trợ tái hòa nhập cộng đồng", "Tập huấn", "Tuyên truyền" }
            .Select(i => new BudgetLineInput { Item = i }).ToList();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        var outcome = await BudgetCommands.PlanAsync(db, Me, Year ?? 0, Input, ct);
        if (this.Refusal(outcome) is { } refused) return refused;
        if (outcome.Succeeded)
        {
            TempData["Message"] = "Đã lập dự toán kinh phí.";
            return Redirect($"/Programmes/Budget?year={Year}");
        }
        await LoadAsync(ct);
        return Page();
    }
}
