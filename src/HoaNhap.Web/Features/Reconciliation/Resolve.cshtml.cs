using HoaNhap.Domain.Access;
using HoaNhap.Data;
using HoaNhap.Domain.Reconciliation;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Reconciliation;

/// <summary>One discrepancy, one question: how it was resolved.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Reconciliation.ReconciliationRow))]
public sealed class ResolveModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public ResolveInput Input { get; set; } = new();
    public ReconciliationRow? Row { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var (_, row) = await ReconciliationQueries.RowAsync(db, me, id, ct);
        if (row is null) return NotFound();
        if (!me.May(Act.RunReconciliation)) return Forbid();
        Row = row;
        Input = new ResolveInput { Resolution = row.Resolution?.ToString() ?? (row.Part == RowPart.MissingInRegistry ? nameof(Resolution.CaseOpened) : null), Note = row.ResolutionNote };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var (reconciliation, row) = await ReconciliationQueries.RowAsync(db, me, id, ct);
        if (row is null) return NotFound();
        var outcome = await ReconciliationCommands.ResolveAsync(db, me, reconciliation!.Id, id, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            TempData["Message"] = $"Đã ghi nhận xử lý{(row.RowNumber is { } n ? $" dòng {n}" : "")}.";
            return Redirect($"/Reconciliation/Details/{reconciliation.Id}");
        }
        Row = row;
        return Page();
    }
}
