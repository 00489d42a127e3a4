using HoaNhap.Data;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Supervision;

/// <summary>Số người được giao: each supervisor's and officer's open cases against the advisable maximum (<see cref="CaseloadQueries"/>).</summary>
[Shared.Audit.NoPersonalData]
public sealed class CaseloadModel(HoaNhapDbContext db, RuleBook book) : PageModel
{
    [FromQuery(Name = "commune")] public string? Commune { get; set; }
    public CurrentUser Me { get; private set; } = null!;
    public CaseloadView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        var outcome = await CaseloadQueries.ForAsync(db, await book.ParametersAsync(ct), Me, Commune, ct);
        if (this.Refusal(outcome) is { } refused) return refused;
        View = outcome.Value;
        return Page();
    }
}
