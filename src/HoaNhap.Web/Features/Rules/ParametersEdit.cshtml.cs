using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Rules;

/// <summary>One parameter: its values by date, and the form that adds a value from a date on.</summary>
[Authorize(Policy = nameof(Act.ManageRules))]
[Shared.Audit.NoPersonalData]
public sealed class ParametersEditModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public ParameterValueInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Key { get; set; }
    public DateOnly Today { get; } = db.Today;
    public ParameterView Parameter { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await RuleParameterCommands.AddValueAsync(db, Key ?? "", Input, ct);
        if (this.Refusal(outcome) is { } refused) return refused;
        if (outcome.Succeeded)
        {
            var p = outcome.Value!;
            VietnameseDate.TryParse(Input.EffectiveFrom, out var from);
            TempData["Message"] = $"Đã thêm giá trị {RuleParameterCommands.ValueWithUnit(Input.Value!.Trim(), p.Unit)} cho tham số “{p.Title}”, áp dụng từ ngày {Display.Date(from)}.";
            return RedirectToPage("Parameters", pageHandler: null, routeValues: null, fragment: Key);
        }
        await LoadAsync(ct);
        return Page();
    }

    async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (string.IsNullOrEmpty(Key) || await RuleParameterCommands.GetAsync(db, Key, Today, ct) is not { } p) return false;
        Parameter = p;
        return true;
    }
}
