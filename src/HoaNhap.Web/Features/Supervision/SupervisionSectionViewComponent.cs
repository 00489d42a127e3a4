using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;

namespace HoaNhap.Web.Features.Supervision;

/// <summary>The supervision section of the case page: supervisor, obligations, plan and the supervision record.</summary>
public sealed class SupervisionSectionViewComponent(HoaNhapDbContext db, RuleBook book) : ViewComponent
{
    public sealed record Model(CaseSupervision Supervision, CurrentUser Me);

    /// <param name="c">The case, already found through the user's scope by the case page.</param>
    public async Task<IViewComponentResult> InvokeAsync(Case c)
    {
        var me = CurrentUser.From(UserClaimsPrincipal)!;
        var s = await SupervisionQueries.ForCaseAsync(db, await book.ParametersAsync(HttpContext.RequestAborted), c, db.Today, HttpContext.RequestAborted);
        return View("/Features/Supervision/SupervisionSection.cshtml", new Model(s, me));
    }
}
