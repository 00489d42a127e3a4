using HoaNhap.Data;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;

namespace HoaNhap.Web.Features.Notifications;

public sealed record MessagesSectionModel(Guid CaseId, IReadOnlyList<MessageDto> Messages);

/// <summary>The "Tin nhắn" section of the case page: every message to the person, its channel and status (the delivery ledger).</summary>
public sealed class MessagesSection(HoaNhapDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid caseId)
    {
        var me = CurrentUser.From(HttpContext.User)!;
        var c = await CaseLookup.FindAsync(db, me, caseId, HttpContext.RequestAborted);
        if (c is null) return Content("");
        return View("/Features/Notifications/_MessagesSection.cshtml", new MessagesSectionModel(c.Id, await MessageQueries.ForCaseAsync(db, c, HttpContext.RequestAborted, 30)));
    }
}
