using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;

namespace HoaNhap.Web.Features.Reintegration;

public sealed record ViolationsSectionModel(Case Case, CurrentUser Me, IReadOnlyList<ReturneeViolation> Violations)
{
    public bool Edits => Me.EditsRegistry && Case.Status is CaseStatus.Intake or CaseStatus.Active;
}

/// <summary>The "Vi phạm pháp luật, tái phạm" section of a reintegration case.</summary>
public sealed class ViolationsSection(HoaNhapDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid caseId)
    {
        var me = CurrentUser.From(HttpContext.User)!;
        var c = await CaseLookup.FindAsync(db, me, caseId, HttpContext.RequestAborted);
        if (c is null || c.Kind != CaseKind.Reintegration) return Content("");
        var list = await ViolationCommands.ListAsync(db, c, HttpContext.RequestAborted, audit: false);
        return View("/Features/Reintegration/_ViolationsSection.cshtml", new ViolationsSectionModel(c, me, list));
    }
}
