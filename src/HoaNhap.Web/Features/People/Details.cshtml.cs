using HoaNhap.Data;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.People;

/// <summary>A person's whole file: identity, judgments, cases, supervisors and the timeline.</summary>
[Shared.Audit.PersonalData(typeof(Domain.People.Person))]
public sealed class DetailsModel(HoaNhapDbContext db, Shared.UnitNames units) : PageModel
{
    public PersonFile Dossier { get; private set; } = null!;
    public CurrentUser Me { get; private set; } = null!;
    public bool HasPhoto { get; private set; }
    /// <summary>The latest disclosures outside the unit, for the officers of the unit (null for other roles).</summary>
    public List<Domain.Privacy.Disclosure>? Disclosures { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        var file = await PeopleQueries.FileAsync(db, units, Me, id, ct);
        if (file is null) return NotFound();
        Dossier = file;
        HasPhoto = await db.PersonPhotos.AnyAsync(p => p.PersonId == id, ct);
        if (Me.EditsRegistry)
            Disclosures = (await db.Set<Domain.Privacy.Disclosure>().AsNoTracking().Where(d => d.PersonId == id).ToListAsync(ct))
                .OrderByDescending(d => d.At).Take(10).ToList();
        return Page();
    }

    public async Task<IActionResult> OnGetPhotoAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (await PersonLookup.FindAsync(db, me, id, ct) is null) return NotFound();
        var photo = await db.PersonPhotos.AsNoTracking().FirstOrDefaultAsync(p => p.PersonId == id, ct);
        if (photo is null) return NotFound();
        Response.Headers.CacheControl = "private, max-age=300";
        return File(photo.Content, photo.ContentType);
    }
}
