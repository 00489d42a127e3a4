using HoaNhap.Domain.Access;
using HoaNhap.Data;
using HoaNhap.Domain.Programmes;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Programmes;

/// <summary>Quyết toán kinh phí: the amount spent on every planned item of a unit's plan for a year.</summary>
[Shared.Audit.NoPersonalData]
public sealed class BudgetSettleModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Commune { get; set; }
    [BindProperty] public BudgetInput Input { get; set; } = new();
    public BudgetPlan Plan { get; private set; } = null!;

    async Task<BudgetPlan?> FindAsync(CurrentUser me, CancellationToken ct)
    {
        var list = await BudgetCommands.ListAsync(db, me, Year, ct);
        var commune = me.CommuneCode ?? Commune ?? "";
        return list.Value?.FirstOrDefault(p => p.CommuneCode == commune);
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (!me.May(Act.UseTraining)) return Forbid();
        var plan = await FindAsync(me, ct);
        if (plan is null) return NotFound();
        Plan = plan;
        Input.SettledOn = Display.Date(db.Today);
        Input.Items = plan.Items.Select(i => new BudgetLineInput { Item = i.Item, Amount = i.Spent }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        Input.CommuneCode = me.CommuneCode ?? Commune;
        var outcome = await BudgetCommands.SettleAsync(db, me, Year, Input, ct);
        if (this.Refusal(outcome) is { } refused) return refused;
        if (outcome.Succeeded)
        {
            TempData["Message"] = "Đã quyết toán kinh phí.";
            return Redirect($"/Programmes/Budget?year={Year}");
        }
        Plan = (await FindAsync(me, ct))!;
        return Page();
    }
}
