using HoaNhap.Domain.Access;
using HoaNhap.Data;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Contacts;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Contacts;

/// <summary>The whole contact timeline of one case, on its own page.</summary>
[Shared.Audit.PersonalData(typeof(HoaNhap.Domain.Cases.Case))]
public sealed class CaseModel(HoaNhapDbContext db) : PageModel
{
    public Case Case { get; private set; } = null!;
    public string PersonName { get; private set; } = "";
    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];
    public bool MayRecord { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var c = await CaseLookup.FindAsync(db, me, id, ct);
        if (c is null) return NotFound();
        Case = c;
        PersonName = await db.People.AsNoTracking().Where(p => p.Id == c.PersonId).Select(p => p.FullName).FirstAsync(ct);
        Timeline = await ContactTimeline.ReadAsync(db, c, ct);
        MayRecord = me.May(Act.RecordContact);
        return Page();
    }
}
