using HoaNhap.Data;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.People;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Cases;

/// <summary>
/// The case page: everything about one sentence served in the community (or one reintegration
/// period) on one page, each workflow in its own section. Each section is a view component of
/// its feature folder, registered as a <see cref="CaseSection"/>, so the page names no feature.
/// </summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class DetailsModel(HoaNhapDbContext db, IEnumerable<CaseSection> sections) : PageModel
{
    public Case Case { get; private set; } = null!;
    public Person Person { get; private set; } = null!;
    public CurrentUser Me { get; private set; } = null!;
    /// <summary>The sections that show for this case, in order.</summary>
    public IReadOnlyList<CaseSection> Sections { get; private set; } = [];
    /// <summary>The confirmation of what was just saved and the section it belongs to (shown there, not at the top).</summary>
    public (string Section, string Message)? Flash { get; private set; }

    public string? FlashFor(string section) => Flash is { } f && f.Section == section ? f.Message : null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        var c = await CaseLookup.FindAsync(db, Me, id, ct);
        if (c is null) return NotFound();
        Case = c;
        if (TempData[Shared.CasePage.MessageSection] is string section && TempData.Peek("Message") is string message)
        {
            // The layout shows a confirmation at the top; this one belongs beside the section that changed.
            Flash = (section, message);
            TempData.Remove("Message");
        }
        Person = await db.People.AsNoTracking().FirstAsync(p => p.Id == c.PersonId, ct);
        Sections = sections.For(c);
        return Page();
    }

    /// <summary>Downloads a document kept in the case file.</summary>
    public async Task<IActionResult> OnGetFileAsync(Guid id, Guid file, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var c = await CaseLookup.FindAsync(db, me, id, ct);
        if (c is null) return NotFound();
        var item = await CaseDocuments.DownloadAsync(db, c, file, ct);
        if (item is null) return NotFound();
        return File(item.Content!, item.ContentType ?? "application/octet-stream", item.FileName);
    }
}
