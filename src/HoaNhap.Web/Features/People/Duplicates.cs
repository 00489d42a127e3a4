using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.People;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.People;

/// <summary>A probable duplicate with both records' names, for the page.</summary>
public sealed record DuplicateView(ProbableDuplicate Pair, PersonKey Person, PersonKey Other);

public sealed record DuplicateDto(Guid PersonId, Guid OtherId, double Score, string Reason);

/// <summary>Probable duplicates already on the registry within the officer's unit (<see cref="DuplicateFinder"/>), optionally of one commune.</summary>
public static class DuplicateQueries
{
    public static async Task<Outcome<List<DuplicateView>>> ListAsync(HoaNhapDbContext db, CurrentUser user, string? commune, CancellationToken ct)
    {
        if (!user.May(Act.EditRegistry)) return Outcome<List<DuplicateView>>.Denied();
        var keys = await db.People.AsNoTracking().People(user).Where(p => p.ArchivedOn == null).OrderBy(p => p.CreatedAt)
            .Select(p => new PersonKey(p.Id, p.FullName, p.DateOfBirth, p.BirthYear, p.PersonalIdNumber, p.CommuneCode)).ToListAsync(ct);
        var byId = keys.ToDictionary(k => k.Id);
        var pairs = DuplicateFinder.Find(keys)
            .Where(d => string.IsNullOrEmpty(commune) || byId[d.PersonId].CommuneCode == commune || byId[d.OtherId].CommuneCode == commune)
            .Take(1000)
            .Select(d => new DuplicateView(d, byId[d.PersonId], byId[d.OtherId])).ToList();
        return Outcome<List<DuplicateView>>.Ok(pairs);
    }
}
