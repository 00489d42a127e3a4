using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Inspections;

/// <summary>Kiểm tra, kiến nghị, giám sát: the entries of the register in the user's scope, open ones first (<c>?status=All|Closed</c>).</summary>
[Shared.Audit.NoPersonalData]
public sealed class IndexModel(HoaNhapDbContext db) : PageModel
{
    [FromQuery(Name = "status")] public string? Status { get; set; }
    public CurrentUser Me { get; private set; } = null!;
    public List<InspectionRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        var outcome = await InspectionQueries.ListAsync(db, Me, Status, ct);
        if (this.Refusal(outcome, field: k => k) is { } refused) return refused;
        if (outcome.Succeeded) Rows = outcome.Value!;
        return Page();
    }
}
