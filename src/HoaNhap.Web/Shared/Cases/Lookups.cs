using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.People;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Shared;

/// <summary>Finding a case through the caller's scope: every feature that acts on a case starts here.</summary>
public static class CaseLookup
{
    /// <summary>The case, when its person is in the user's scope; null otherwise (answered as 404).</summary>
    public static async Task<Case?> FindAsync(HoaNhapDbContext db, CurrentUser user, Guid caseId, CancellationToken ct)
    {
        var visible = db.People.People(user).Select(p => p.Id);
        return await db.Cases.FirstOrDefaultAsync(c => c.Id == caseId && visible.Contains(c.PersonId), ct);
    }
}

/// <summary>Finding a person through the caller's scope.</summary>
public static class PersonLookup
{
    /// <summary>A person the user may see, or null (answered as 404).</summary>
    public static Task<Person?> FindAsync(HoaNhapDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
        db.People.People(user).FirstOrDefaultAsync(p => p.Id == id, ct);
}
