using HoaNhap.Domain.Access;
using HoaNhap.Data;
using HoaNhap.Domain.Reconciliation;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Reconciliation;

/// <summary>The province's reconciliation dashboard: months not yet settled first, then the whole history.</summary>
[Shared.Audit.NoPersonalData]
[Shared.ReadReplica.ReadOnlyWork]
public sealed class IndexModel(HoaNhapDbContext db) : PageModel
{
    public List<MonthlyReconciliation> All { get; private set; } = [];
    public List<MonthlyReconciliation> Open { get; private set; } = [];
    public bool CanRun { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await ReconciliationQueries.ListAsync(db, me, ct);
        if (this.Refusal(outcome) is { } refused) return refused;
        All = outcome.Value!;
        Open = All.Where(r => !r.IsSettled).ToList();
        CanRun = me.May(Act.RunReconciliation);
        return Page();
    }
}
