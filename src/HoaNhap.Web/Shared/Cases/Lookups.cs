using System.Runtime.CompilerServices;
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
        // Found once per context and user: the case page's sections each ask for the case they show (eight queries
        // of the same case per page before). The context tracks the case, so a repeat read would give the same object.
        var found = Found.GetOrCreateValue(db);
        var key = (caseId, user.UserId, user.Role, user.ProvinceCode, user.CommuneCode);
        if (found.TryGetValue(key, out var known) && db.Entry(known).State is not EntityState.Detached) return known;
        var visible = db.People.People(user).Select(p => p.Id);
        var c = await db.Cases.FirstOrDefaultAsync(c => c.Id == caseId && visible.Contains(c.PersonId), ct);
        if (c is not null) found[key] = c;
        return c;
    }

    static readonly ConditionalWeakTable<HoaNhapDbContext, Dictionary<(Guid, string, string, string?, string?), Case>> Found = new();
}

/// <summary>Finding a person through the caller's scope.</summary>
public static class PersonLookup
{
    /// <summary>A person the user may see, or null (answered as 404).</summary>
    public static Task<Person?> FindAsync(HoaNhapDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
        db.People.People(user).FirstOrDefaultAsync(p => p.Id == id, ct);
}
