using HoaNhap.Data;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Transfers;

/// <summary>Hồ sơ chuyển đến / chuyển đi of the user's unit; both sides keep the record.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Transfers.CaseTransfer), null)]
[Shared.ReadReplica.ReadOnlyWork]
public sealed class IndexModel(HoaNhapDbContext db) : PageModel
{
    [FromQuery(Name = "direction")] public string? Direction { get; set; }
    public bool Outgoing => Direction == "outgoing";
    public List<TransferView> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await TransferCommands.ListAsync(db, me, Outgoing ? "outgoing" : "incoming", ct);
        if (this.Refusal(outcome) is { } refused) return refused;
        Items = await TransferViews.NamesAsync(db, outcome.Value!, ct);
        return Page();
    }
}
