using HoaNhap.Domain.Access;
using HoaNhap.Data;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Reports;

/// <summary>Choosing the period of a new report (monthly, quarterly, six-monthly, yearly or custom).</summary>
[Shared.Audit.NoPersonalData]
public sealed class CreateModel(HoaNhapDbContext db, RuleBook rules) : PageModel
{
    [BindProperty] public ReportInput Input { get; set; } = new();

    public IActionResult OnGet()
    {
        if (!CurrentUser.From(User)!.May(Act.WriteReports)) return Forbid();
        var today = db.Today;
        Input = new ReportInput { Kind = "Month", Year = today.Year, Number = today.Month };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await ReportCommands.CreateAsync(db, rules, CurrentUser.From(User)!, Input, ct);
        if (this.Refusal(outcome) is { } refused) return refused;
        if (outcome.Succeeded) return Redirect($"/Reports/Details/{outcome.Value!.Id}");
        return Page();
    }
}
