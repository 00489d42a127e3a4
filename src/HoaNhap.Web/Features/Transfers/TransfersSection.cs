using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;

namespace HoaNhap.Web.Features.Transfers;

public sealed record TransfersSectionModel(Case Case, IReadOnlyList<TransferView> Transfers, bool MayRequest, CurrentUser Me);

/// <summary>The case page's section on change of residence: the transfers of this case and the way to request one.</summary>
public sealed class TransfersSection(HoaNhapDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid caseId)
    {
        var me = CurrentUser.From(HttpContext.User)!;
        var ct = HttpContext.RequestAborted;
        var c = await CaseLookup.FindAsync(db, me, caseId, ct);
        if (c is null) return Content("");
        var list = await TransferViews.NamesAsync(db, await TransferCommands.ForCaseAsync(db, caseId, ct), ct);
        var mayRequest = me.EditsRegistry && c.Status is CaseStatus.Intake or CaseStatus.Active && !list.Any(v => v.Transfer.IsOpen);
        return View("/Features/Transfers/_TransfersSection.cshtml", new TransfersSectionModel(c, list, mayRequest, me));
    }
}
