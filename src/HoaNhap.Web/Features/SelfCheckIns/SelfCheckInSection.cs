using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;

namespace HoaNhap.Web.Features.SelfCheckIns;

/// <summary>The case page's section on self check-in: the schedule, missed windows and the check-ins to review; only for staff of the commune.</summary>
public sealed class SelfCheckInSection(HoaNhapDbContext db) : ViewComponent
{
    public const string Anchor = "self-check-in";

    public sealed record Model(Guid CaseId, CaseSelfCheckInsDto View, bool MayManage);

    /// <param name="c">The case, already found through the user's scope by the case page.</param>
    public async Task<IViewComponentResult> InvokeAsync(Case c)
    {
        var me = CurrentUser.From(UserClaimsPrincipal)!;
        if (!me.May(Act.SeeSelfCheckIns)) return Content("");
        var outcome = await SelfCheckInQueries.ForCaseAsync(db, me, c.Id, HttpContext.RequestAborted);
        if (outcome.Value is not { } view) return Content("");
        return View("/Features/SelfCheckIns/_Section.cshtml", new Model(c.Id, view, me.May(Act.ManageSelfCheckIn)));
    }
}
