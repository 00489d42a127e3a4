using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoaNhap.Data.Jobs;

/// <summary>
/// Who runs a background job now, and for which period it last finished (a row per job). Every instance of the
/// web tier runs the same schedulers; the row decides which one does the work, so a job runs once per period
/// however many instances there are (works on SQLite, PostgreSQL and through PgBouncer: no session state).
/// </summary>
public sealed class JobLease
{
    public string Name { get; set; } = "";
    /// <summary>The instance holding the lease, null when nobody does.</summary>
    public string? Holder { get; set; }
    public DateTimeOffset? LeasedUntil { get; set; }
    /// <summary>The period (e.g. the day 2026-12-07) of the last completed run.</summary>
    public string? LastDone { get; set; }
    public DateTimeOffset? LastDoneAt { get; set; }
    public string? LastDoneBy { get; set; }
}

/// <summary>This instance of the application, as a lease holder (one per host: a singleton service).</summary>
public sealed record JobInstance(string Id)
{
    /// <summary>Host name, process id and a random part (two hosts in one process are two instances).</summary>
    public static JobInstance New() => new($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}");
}

/// <summary>Claims, renews and completes <see cref="JobLease"/>s with single atomic UPDATE statements.</summary>
public static class JobLeases
{
    /// <summary>
    /// Takes the job <paramref name="name"/> for <paramref name="period"/> unless it already finished for that period
    /// or another instance holds an unexpired lease. True when this caller must do the work.
    /// </summary>
    public static async Task<bool> TryClaimAsync(HoaNhapDbContext db, string name, string period, TimeSpan lease,
        string holder, CancellationToken ct = default)
    {
        await EnsureAsync(db, name, ct);
        var now = DateTimeOffset.UtcNow;
        var until = now + lease;
        var claimed = await db.Set<JobLease>()
            .Where(l => l.Name == name && (l.LastDone == null || l.LastDone != period)
                && (l.Holder == null || l.Holder == holder || l.LeasedUntil == null || l.LeasedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.LeasedUntil, until), ct);
        return claimed == 1;
    }

    /// <summary>Extends a lease this caller holds (a long job calls it as it progresses).</summary>
    public static async Task<bool> RenewAsync(HoaNhapDbContext db, string name, TimeSpan lease, string holder, CancellationToken ct = default)
    {
        var until = DateTimeOffset.UtcNow + lease;
        return await db.Set<JobLease>().Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.LeasedUntil, until), ct) == 1;
    }

    /// <summary>Records that the job finished for <paramref name="period"/> and frees the lease.</summary>
    public static Task CompleteAsync(HoaNhapDbContext db, string name, string period, string holder, CancellationToken ct = default)
    {
        var now = DateTimeOffset.UtcNow;
        return db.Set<JobLease>().Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, (string?)null).SetProperty(l => l.LeasedUntil, (DateTimeOffset?)null)
                .SetProperty(l => l.LastDone, period).SetProperty(l => l.LastDoneAt, now).SetProperty(l => l.LastDoneBy, holder), ct);
    }

    /// <summary>Frees the lease without marking the period done (the run failed: another instance may try).</summary>
    public static Task ReleaseAsync(HoaNhapDbContext db, string name, string holder, CancellationToken ct = default)
    {
        return db.Set<JobLease>().Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, (string?)null).SetProperty(l => l.LeasedUntil, (DateTimeOffset?)null), ct);
    }

    static async Task EnsureAsync(HoaNhapDbContext db, string name, CancellationToken ct)
    {
        if (await db.Set<JobLease>().AsNoTracking().AnyAsync(l => l.Name == name, ct)) return;
        // Both providers understand ON CONFLICT DO NOTHING: two instances creating the row at once is harmless.
        await db.Database.ExecuteSqlAsync($"INSERT INTO \"JobLeases\" (\"Name\") VALUES ({name}) ON CONFLICT DO NOTHING", ct);
    }
}
