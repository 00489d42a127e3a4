using HoaNhap.Data;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.People;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Privacy;

public static class PrivacyQueries
{
    /// <summary>The disclosure log of a person, for the officers of the person's unit; reading it is audited.</summary>
    public static async Task<Outcome<List<DisclosureRow>>> DisclosuresAsync(HoaNhapDbContext db, CurrentUser me, Guid personId, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().People(me).FirstOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null) return Outcome<List<DisclosureRow>>.Missing();
        if (!me.EditsRegistry) return Outcome<List<DisclosureRow>>.Denied();
        var list = await SubjectAccess.ListDisclosuresAsync(db, personId, ct);
        return Outcome<List<DisclosureRow>>.Ok(list);
    }

    public static Task<Person?> PersonAsync(HoaNhapDbContext db, CurrentUser me, Guid id, CancellationToken ct) =>
        db.People.AsNoTracking().People(me).FirstOrDefaultAsync(p => p.Id == id, ct);
}
