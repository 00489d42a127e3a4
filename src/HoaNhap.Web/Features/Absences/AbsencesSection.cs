using HoaNhap.Data;
using HoaNhap.Domain.Absences;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;

namespace HoaNhap.Web.Features.Absences;

public sealed record AbsencesSectionModel(Guid CaseId, bool Active, IReadOnlyList<AbsencePermission> Absences, CurrentUser Me)
{
    /// <summary>Why an application cannot be recorded now (null: it can).</summary>
    public ActionBlock? Block { get; init; }
}

/// <summary>The "Vắng mặt" section of the case page: applications, decisions due or overdue, returns due or late.</summary>
public sealed class AbsencesSection(HoaNhapDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid caseId)
    {
        var me = CurrentUser.From(HttpContext.User)!;
        var c = await CaseLookup.FindAsync(db, me, caseId, HttpContext.RequestAborted);
        if (c is null) return Content("");
        var list = await AbsenceQueries.ListAsync(db, c, HttpContext.RequestAborted, audit: false);
        return View("/Features/Absences/_AbsencesSection.cshtml",
            new AbsencesSectionModel(c.Id, c.Status == CaseStatus.Active && c.Kind == CaseKind.CommunitySentence, list, me) { Block = CaseActions.RequestAbsence(c) });
    }
}
