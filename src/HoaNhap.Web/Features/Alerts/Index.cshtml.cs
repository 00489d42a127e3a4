using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Alerts;

/// <summary>
/// Cảnh báo: a commune officer or leader sees their commune's alerts not yet closed; a province officer the province's
/// (<c>?commune=</c> for one commune) and, with <c>?status=Overdue</c>, only the escalated ones.
/// </summary>
[Shared.Audit.PersonalData(typeof(Domain.Alerts.Alert), null)]
public sealed class IndexModel(HoaNhapDbContext db) : PageModel
{
    [FromQuery(Name = "status")] public string? Status { get; set; }
    [FromQuery(Name = "commune")] public string? Commune { get; set; }
    public CurrentUser Me { get; private set; } = null!;
    public DateOnly Today { get; } = db.Today;
    public List<AlertRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        var outcome = await AlertQueries.ListAsync(db, Me, Status, Commune, ct);
        if (this.Refusal(outcome, field: k => k) is { } refused) return refused;
        if (outcome.Succeeded) Rows = outcome.Value!;
        return Page();
    }
}
