using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HoaNhap.Web.Shared;

/// <summary>
/// What every request reads and administrators change a few times a year — the rule parameters, the holidays, the
/// roles that require two-factor sign-in — kept in memory for <see cref="KeepFor"/> instead of read on every page (the
/// national benchmark found them among the 45 queries of a case page). A change saved on this server clears them at
/// once (<see cref="ReferenceCacheInvalidation"/>); another server of the same deployment reads the change within
/// <see cref="KeepFor"/>.
/// </summary>
public sealed class ReferenceCache(TimeProvider clock)
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(1);

    sealed record Entry(object Value, DateTimeOffset LoadedAt, long Generation);

    readonly ConcurrentDictionary<string, Entry> _entries = new();
    long _generation;

    /// <summary>Forgets everything: the next reader loads again.</summary>
    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }

    async Task<T> GetAsync<T>(string key, Func<Task<T>> load) where T : class
    {
        var now = clock.GetUtcNow();
        var generation = Interlocked.Read(ref _generation);
        if (_entries.TryGetValue(key, out var e) && e.Generation == generation && now - e.LoadedAt < KeepFor && now >= e.LoadedAt)
            return (T)e.Value;
        var value = await load();
        // Not kept when a change was saved meanwhile: what was read may predate it.
        if (Interlocked.Read(ref _generation) == generation) _entries[key] = new(value, now, generation);
        return value;
    }

    public Task<RuleParameters> ParametersAsync(HoaNhapDbContext db, CancellationToken ct) =>
        GetAsync("parameters", async () => new RuleParameters((await db.RuleParameterValues.AsNoTracking().ToListAsync(ct)).Select(v => v.ToParameter())));

    public Task<IReadOnlySet<DateOnly>> HolidaysAsync(HoaNhapDbContext db, CancellationToken ct) =>
        GetAsync<IReadOnlySet<DateOnly>>("holidays", async () => (await db.Holidays.AsNoTracking().Select(h => h.Date).ToListAsync(ct)).ToHashSet());

    /// <summary>Whether an administrator requires two-factor sign-in for <paramref name="role"/>.</summary>
    public async Task<bool> RequiresTwoFactorAsync(HoaNhapDbContext db, string role, CancellationToken ct)
    {
        var roles = await GetAsync<IReadOnlySet<string>>("two-factor", async () =>
            (await db.RoleSettings.AsNoTracking().Where(s => s.RequireTwoFactor).Select(s => s.Role).ToListAsync(ct)).ToHashSet());
        return roles.Contains(role);
    }
}

/// <summary>Clears the <see cref="ReferenceCache"/> when a rule parameter, a holiday or a role setting is saved (before and after the save).</summary>
public sealed class ReferenceCacheInvalidation(ReferenceCache cache) : SaveChangesInterceptor
{
    readonly ConditionalWeakTable<DbContext, object> _changing = new();

    static bool Touches(DbContext? db) => db is not null && db.ChangeTracker.Entries().Any(e =>
        e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
        && e.Entity is RuleParameterValue or Holiday or RoleSetting);

    void Before(DbContext? db)
    {
        if (!Touches(db)) return;
        _changing.AddOrUpdate(db!, this);
        cache.Clear();
    }

    void After(DbContext? db)
    {
        if (db is null || !_changing.TryGetValue(db, out _)) return;
        _changing.Remove(db);
        cache.Clear();
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Before(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Before(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        After(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        After(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => After(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        After(eventData.Context);
        return Task.CompletedTask;
    }
}
