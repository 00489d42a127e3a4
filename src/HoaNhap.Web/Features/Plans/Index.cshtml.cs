using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Plans;

/// <summary>Kế hoạch: the plans of the user's unit with how their tasks stand; a body sees the plans that give it a task.</summary>
[Shared.Audit.NoPersonalData]
public sealed class IndexModel(HoaNhapDbContext db) : PageModel
{
    public CurrentUser Me { get; private set; } = null!;
    public List<PlanRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        var outcome = await PlanQueries.ListAsync(db, Me, ct);
        if (this.Refusal(outcome) is { } refused) return refused;
        Rows = outcome.Value!;
        return Page();
    }
}
