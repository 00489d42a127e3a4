using HoaNhap.Domain.Access;
using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;

namespace HoaNhap.Web.Features.Contacts;

/// <summary>The contacts section of the case page: the latest lines of the timeline and the actions to add to it.</summary>
public sealed class ContactsSection(HoaNhapDbContext db) : ViewComponent
{
    public const int Shown = 10;
    public sealed record Model(Case Case, IReadOnlyList<TimelineEntry> Latest, int Total, bool MayRecord);

    /// <param name="c">The case, already found through the user's scope by the case page.</param>
    public async Task<IViewComponentResult> InvokeAsync(Case c)
    {
        var me = CurrentUser.From(UserClaimsPrincipal)!;
        var all = await ContactTimeline.ReadAsync(db, c, HttpContext.RequestAborted);
        return View("/Features/Contacts/ContactsSection.cshtml", new Model(c, all.Take(Shown).ToList(), all.Count, me.May(Act.RecordContact)));
    }
}
