using HoaNhap.Domain.Access;
using HoaNhap.Data;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Programmes;

/// <summary>Recording an awareness activity that took place.</summary>
[Shared.Audit.NoPersonalData]
public sealed class AwarenessCreateModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public AwarenessInput Input { get; set; } = new();
    public List<(string Code, string Name)> Communes { get; private set; } = [];
    public CurrentUser Me { get; private set; } = null!;

    async Task LoadAsync(CancellationToken ct)
    {
        if (Me.CommuneCode is null)
            Communes = (await db.Communes.AsNoTracking().Where(c => c.ProvinceCode == Me.ProvinceCode).ToListAsync(ct))
                .OrderBy(c => c.Name, StringComparer.Create(Display.Vi, false)).Select(c => (c.Code, c.FullName)).ToList();
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        if (!Me.May(Act.UseTraining)) return Forbid();
        Input.HeldOn = Display.Date(db.Today);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        var outcome = await AwarenessCommands.CreateAsync(db, Me, Input, ct);
        if (this.Refusal(outcome) is { } refused) return refused;
        if (outcome.Succeeded)
        {
            TempData["Message"] = "Đã ghi nhận hoạt động tuyên truyền.";
            return Redirect("/Programmes/Awareness");
        }
        await LoadAsync(ct);
        return Page();
    }
}
