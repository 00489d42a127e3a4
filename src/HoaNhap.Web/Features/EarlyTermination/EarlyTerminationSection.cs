using HoaNhap.Data;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;

namespace HoaNhap.Web.Features.EarlyTermination;

/// <summary>The case page's section on shortening, reduction and remission.</summary>
public sealed class EarlyTerminationSection(HoaNhapDbContext db, RuleBook rules) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid caseId)
    {
        var me = CurrentUser.From(UserClaimsPrincipal)!;
        var state = await EarlyTerminationCommands.StateAsync(db, rules, me, caseId, HttpContext.RequestAborted);
        if (state is null) return Content("");
        ViewData["Me"] = me;
        return View("/Features/EarlyTermination/_EarlyTerminationSection.cshtml", state);
    }
}
