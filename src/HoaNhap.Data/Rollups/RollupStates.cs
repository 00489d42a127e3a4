using HoaNhap.Domain.Indicators;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Data.Rollups;

/// <summary>Marks and clears <see cref="RollupState"/>s with single statements (no read-modify-write, no tracked rows).</summary>
public static class RollupStates
{
    /// <summary>
    /// Marks dirty from <paramref name="from"/> the given provinces, the provinces where the given people have a case (an offence in
    /// one province moves the re-offending rate of the person's file in another), or every province. Runs in the caller's
    /// transaction, if any. A province never computed has no row: it is computed when first read.
    /// </summary>
    public static Task<int> MarkDirtyAsync(HoaNhapDbContext db, DateOnly from, IReadOnlyCollection<string> provinces,
        IReadOnlyCollection<Guid> persons, bool everyProvince, CancellationToken ct)
    {
        var states = db.Set<RollupState>().AsQueryable();
        if (!everyProvince)
        {
            var codes = provinces.Distinct().ToList();
            var people = persons.Distinct().ToList();
            if (codes.Count == 0 && people.Count == 0) return Task.FromResult(0);
            states = people.Count == 0
                ? states.Where(s => codes.Contains(s.ProvinceCode))
                : states.Where(s => codes.Contains(s.ProvinceCode) || db.Cases.Any(c => people.Contains(c.PersonId) && c.ProvinceCode == s.ProvinceCode));
        }
        return states.ExecuteUpdateAsync(s => s
            .SetProperty(x => x.DirtyFrom, x => x.DirtyFrom == null || x.DirtyFrom > from ? from : x.DirtyFrom)
            .SetProperty(x => x.Version, x => x.Version + 1), ct);
    }

    /// <summary>Creates the provinces' rows (clean, version 0) when missing; two callers at once are harmless.</summary>
    public static async Task EnsureAsync(HoaNhapDbContext db, IReadOnlyCollection<string> provinces, CancellationToken ct)
    {
        var have = await db.Set<RollupState>().AsNoTracking().Where(s => provinces.Contains(s.ProvinceCode)).Select(s => s.ProvinceCode).ToListAsync(ct);
        foreach (var p in provinces.Except(have))
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"RollupStates\" (\"ProvinceCode\", \"Version\") VALUES ({p}, 0) ON CONFLICT DO NOTHING", ct);
    }

    /// <summary>Clears the mark when no change arrived since <paramref name="version"/> was read; true when cleared.</summary>
    public static async Task<bool> ClearAsync(HoaNhapDbContext db, string province, long version, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        return await db.Set<RollupState>().Where(s => s.ProvinceCode == province && s.Version == version)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.DirtyFrom, (DateOnly?)null).SetProperty(x => x.ComputedAt, now), ct) == 1;
    }
}
