using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Rules;

/// <summary>The public holidays of one year: the days that working-day deadlines skip.</summary>
[Authorize(Policy = nameof(Act.ManageRules))]
[Shared.Audit.NoPersonalData]
public sealed class HolidaysModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public HolidayInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    public int ShownYear { get; private set; }
    public List<HolidayView> Holidays { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await HolidayCommands.AddAsync(db, Input, ct);
        if (this.Refusal(outcome) is { } refused) return refused;
        if (outcome.Succeeded)
        {
            var h = outcome.Value!;
            TempData["Message"] = $"Đã thêm ngày nghỉ {Display.Date(h.Date)} ({h.Weekday}): {h.Name}.";
            return RedirectToPage(new { year = h.Date.Year });
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string? date, CancellationToken ct)
    {
        if (!VietnameseDate.TryParse(date, out var day)) return NotFound();
        var outcome = await HolidayCommands.RemoveAsync(db, day, ct);
        if (this.Refusal(outcome) is { } refused) return refused;
        var h = outcome.Value!;
        TempData["Message"] = $"Đã bỏ ngày {Display.Date(h.Date)} ({h.Name}) khỏi bảng ngày nghỉ.";
        return RedirectToPage(new { year = h.Date.Year });
    }

    async Task LoadAsync(CancellationToken ct)
    {
        ShownYear = Year is >= HolidayCommands.MinYear and <= HolidayCommands.MaxYear ? Year.Value : db.Today.Year;
        Holidays = await HolidayCommands.ListAsync(db, ShownYear, ct);
    }
}
