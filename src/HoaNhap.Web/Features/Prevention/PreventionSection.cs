using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;

namespace HoaNhap.Web.Features.Prevention;

public sealed record PreventionSectionModel(GradeView Grade, bool Open, CurrentUser Me);

/// <summary>The "Mức quản lý, dấu hiệu vi phạm" section of the case page: the grade with its reasons and cadence, then the signs.</summary>
public sealed class PreventionSection(HoaNhapDbContext db, RuleBook rules) : ViewComponent
{
    public const string Anchor = "prevention";

    /// <param name="c">The case, already found through the user's scope by the case page.</param>
    public async Task<IViewComponentResult> InvokeAsync(Case c)
    {
        var me = CurrentUser.From(UserClaimsPrincipal)!;
        var grade = await PreventionQueries.GradeAsync(db, await rules.ParametersAsync(HttpContext.RequestAborted), c, HttpContext.RequestAborted, withContacts: false);
        return View("/Features/Prevention/_PreventionSection.cshtml", new PreventionSectionModel(grade, PreventionCommands.Refusal(c) is null, me));
    }

    /// <summary>A grade's name as the rule parameters in force call it.</summary>
    public static string GradeTitle(GradeView g, string grade) => g.Names.GetValueOrDefault(grade, grade);

    public static bool MayRecordSign(CurrentUser me) => me.May(Act.RecordViolationSign);
    public static bool MayDecide(CurrentUser me) => me.May(Act.DecideGrade);
}
