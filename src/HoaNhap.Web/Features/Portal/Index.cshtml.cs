using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.People;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Audit;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Portal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Portal;

/// <summary>The person's own page: the next dates first, then obligations, decisions, loans and the documents to download.</summary>
[Authorize(Policy = nameof(Act.UsePortal)), PortalEndpoint, PersonalData(typeof(Person), PersonalDataAttribute.Me)]
public sealed class IndexModel(HoaNhapDbContext db, RuleBook rules, UnitNames units) : PageModel
{
    public PortalView View { get; private set; } = null!;
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await PortalQueries.ViewAsync(db, CurrentUser.From(User)!, rules, units, ct) is not { } view) return NotFound();
        View = view;
        Today = db.Today;
        return Page();
    }
}

/// <summary>One of the person's own documents; any other id answers 404.</summary>
[Authorize(Policy = nameof(Act.UsePortal)), PortalEndpoint, PersonalData(typeof(Domain.Cases.CaseFileItem), "fileId")]
public sealed class DocumentModel(HoaNhapDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid fileId, CancellationToken ct) =>
        await PortalQueries.DocumentAsync(db, CurrentUser.From(User)!, fileId, ct) is { } item
            ? File(item.Content!, item.ContentType ?? "application/octet-stream", CaseDocuments.FileName(item))
            : NotFound();
}
