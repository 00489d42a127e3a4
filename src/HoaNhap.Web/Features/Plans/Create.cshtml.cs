using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Plans;

/// <summary>Lập kế hoạch: number, title, day of issue; the owner is the user's unit (the province, or the commune).</summary>
[Authorize(Policy = nameof(Act.ManagePlans))]
[Shared.Audit.NoPersonalData]
public sealed class CreateModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public PlanInput Input { get; set; } = new();
    public CurrentUser Me { get; private set; } = null!;

    public void OnGet()
    {
        Me = CurrentUser.From(User)!;
        Input.IssuedOn = Display.Date(db.Today);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        var outcome = await PlanCommands.CreateAsync(db, Me, Input, ct);
        if (this.Refusal(outcome) is { } refused) return refused;
        if (!outcome.Succeeded) return Page();
        TempData["Message"] = $"Đã lập kế hoạch {outcome.Value!.Number}. Hãy giao nhiệm vụ cho các cơ quan, tổ chức.";
        return Redirect($"/Plans/{outcome.Value.Id}");
    }
}
