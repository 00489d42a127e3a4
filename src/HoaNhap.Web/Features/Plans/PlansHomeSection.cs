using HoaNhap.Data;
using HoaNhap.Domain.Plans;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Plans;

public sealed record PlansHomeModel(string BodyName, int Open, int Overdue, int Done);

/// <summary>The start page of a body (role PartnerBody): how many of its tasks are open, overdue and done, and the way to them.</summary>
public sealed class PlansHomeSection(HoaNhapDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var me = CurrentUser.From(HttpContext.User)!;
        var today = db.Today;
        var tasks = await PlanQueries.Tasks(db, me).AsNoTracking().Select(t => new { t.Status, t.DueOn }).ToListAsync(HttpContext.RequestAborted);
        return View("/Features/Plans/_PlansHome.cshtml", new PlansHomeModel(me.Body is { } b ? PlanText.Body(b) : "",
            tasks.Count(t => t.Status != PlanTaskStatus.Done), tasks.Count(t => t.Status != PlanTaskStatus.Done && t.DueOn < today),
            tasks.Count(t => t.Status == PlanTaskStatus.Done)));
    }
}
