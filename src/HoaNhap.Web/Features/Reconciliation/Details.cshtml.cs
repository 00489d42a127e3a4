using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Reconciliation;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Reconciliation;

[Shared.Audit.PersonalData(typeof(Domain.Reconciliation.MonthlyReconciliation))]
[Shared.ReadReplica.ReadOnlyWork]
public sealed class DetailsModel(HoaNhapDbContext db) : PageModel
{
    public ReconciliationView? View { get; private set; }
    public bool CanRun { get; private set; }
    public bool CanAgree { get; private set; }
    public bool AlreadyAgreed { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, RowPart? part, int pageNumber = 1, CancellationToken ct = default) =>
        await ShowAsync(id, part, pageNumber, ct);

    public async Task<IActionResult> OnPostSignOffAsync(Guid id, CancellationToken ct)
    {
        var outcome = await ReconciliationCommands.SignOffAsync(db, CurrentUser.From(User)!, id, ct);
        // A refusal of the period's step is the page's, not a field's: it goes above the list.
        if (this.Refusal(outcome, field: _ => "") is { } refused) return refused;
        if (outcome.Succeeded)
        {
            TempData["Message"] = "Đã ký xác nhận kỳ đối soát. Tòa án và Viện kiểm sát của tỉnh sẽ xác nhận thống nhất.";
            return RedirectToPage(new { id });
        }
        return await ShowAsync(id, null, 1, ct);
    }

    public async Task<IActionResult> OnPostAgreeAsync(Guid id, CancellationToken ct)
    {
        var outcome = await ReconciliationCommands.AgreeAsync(db, CurrentUser.From(User)!, id, ct);
        // A refusal of the period's step is the page's, not a field's: it goes above the list.
        if (this.Refusal(outcome, field: _ => "") is { } refused) return refused;
        if (outcome.Succeeded)
        {
            TempData["Message"] = "Đã xác nhận thống nhất số liệu của kỳ đối soát.";
            return RedirectToPage(new { id });
        }
        return await ShowAsync(id, null, 1, ct);
    }

    async Task<IActionResult> ShowAsync(Guid id, RowPart? part, int page, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await ReconciliationQueries.ViewAsync(db, me, id, part, page, ct);
        if (this.Refusal(outcome) is { } refused) return refused;
        View = outcome.Value;
        CanRun = me.May(Act.RunReconciliation);
        CanAgree = me.May(Act.AgreeReconciliation);
        var r = View!.Reconciliation;
        AlreadyAgreed = me.Role == Roles.CourtReader ? r.CourtAgreedAt is not null : r.ProcuracyAgreedAt is not null;
        return Page();
    }
}
