using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Rollups;

/// <summary>
/// One indicator's figure in one commune for one reporting month, as last computed: the dashboard reads these rows
/// instead of counting cases and events on every page view. A province-level figure is stored with an empty commune code.
/// Computed from the indicator definitions of the web tier, never written by hand; not audited (a computed list, like the worklist).
/// </summary>
public sealed class IndicatorRollup
{
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public string IndicatorKey { get; set; } = "";
    /// <summary>The reporting month, "yyyy-MM" of its last day.</summary>
    public string Month { get; set; } = "";
    public long Numerator { get; set; }
    public long Denominator { get; set; }
    public DateTimeOffset ComputedAt { get; set; }
}

/// <summary>
/// That a province's figures for one reporting month are stored: when, as of which day (figures "as of today" age at midnight),
/// and at which <see cref="RollupState.Version"/> of the province (a change recorded since makes them stale).
/// </summary>
public sealed class RollupMonth
{
    public string ProvinceCode { get; set; } = "";
    public string Month { get; set; } = "";
    public long Version { get; set; }
    /// <summary>The day (Vietnam) the figures were computed for: snapshot figures of an unfinished month are as of that day.</summary>
    public DateOnly ComputedOn { get; set; }
    public DateTimeOffset ComputedAt { get; set; }
}

/// <summary>
/// How fresh a province's stored figures are. A save that records something an indicator reads marks the province dirty
/// from the earliest date the change can move a figure, and counts one more change (<see cref="Version"/>); the rollup job
/// recomputes the dirty months and clears the mark, unless another change arrived meanwhile.
/// </summary>
public sealed class RollupState
{
    public string ProvinceCode { get; set; } = "";
    /// <summary>The earliest day whose figures changed since the last recomputation; null when every stored month is current.</summary>
    public DateOnly? DirtyFrom { get; set; }
    /// <summary>How many times the province was marked dirty: a month computed at an older version is stale from <see cref="DirtyFrom"/>.</summary>
    public long Version { get; set; }
    /// <summary>When the rollup job last brought the province up to date.</summary>
    public DateTimeOffset? ComputedAt { get; set; }
}

public sealed class IndicatorRollupConfiguration : IEntityTypeConfiguration<IndicatorRollup>
{
    public void Configure(EntityTypeBuilder<IndicatorRollup> e)
    {
        e.ToTable("IndicatorRollups");
        e.HasKey(x => new { x.ProvinceCode, x.CommuneCode, x.IndicatorKey, x.Month });
        e.Property(x => x.ProvinceCode).HasMaxLength(10);
        e.Property(x => x.CommuneCode).HasMaxLength(10);
        e.Property(x => x.IndicatorKey).HasMaxLength(60);
        e.Property(x => x.Month).HasMaxLength(7);
        e.HasIndex(x => new { x.ProvinceCode, x.Month });
        e.HasIndex(x => new { x.Month, x.IndicatorKey });
    }
}

public sealed class RollupMonthConfiguration : IEntityTypeConfiguration<RollupMonth>
{
    public void Configure(EntityTypeBuilder<RollupMonth> e)
    {
        e.ToTable("RollupMonths");
        e.HasKey(x => new { x.ProvinceCode, x.Month });
        e.Property(x => x.ProvinceCode).HasMaxLength(10);
        e.Property(x => x.Month).HasMaxLength(7);
    }
}

public sealed class RollupStateConfiguration : IEntityTypeConfiguration<RollupState>
{
    public void Configure(EntityTypeBuilder<RollupState> e)
    {
        e.ToTable("RollupStates");
        e.HasKey(x => x.ProvinceCode);
        e.Property(x => x.ProvinceCode).HasMaxLength(10);
    }
}

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
