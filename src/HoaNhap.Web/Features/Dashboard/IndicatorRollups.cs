using System.Globalization;
using HoaNhap.Data;
using HoaNhap.Data.Rollups;
using HoaNhap.Domain.Indicators;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.ReadReplica;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Dashboard;

/// <summary>A dashboard and the twelve-month trends of the indicators asked for.</summary>
public sealed record DashboardFigures(DashboardView View, Dictionary<string, List<TrendPoint>> Trends);

/// <summary>
/// The dashboard's figures, stored per commune and reporting month (<see cref="IndicatorRollup"/>) so that a page view reads a
/// few grouped rows instead of counting every indicator for every month. Computing uses the indicator definitions themselves
/// (<see cref="IndicatorQueries.CellsAsync"/>), one province (or a set of provinces) and one month at a time, and replaces the
/// stored rows in one transaction, in bulk. Reading checks freshness first: a province marked dirty since (<see cref="RollupMarker"/>),
/// a month never computed, or an unfinished month computed on an earlier day is computed again, in a scope of its own (on the
/// primary), before the figures are read — so what was just recorded shows at once. A request served by the read replica never
/// writes: it shows the stored figures as they are, or counts live when there are none.
/// </summary>
public sealed class IndicatorRollups(IServiceScopeFactory scopes, IHttpContextAccessor http)
{
    public static string Key(ReportingWindow month) => month.To.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static ReportingWindow Window(string key, int startDay) =>
        ReportingPeriod.Month(int.Parse(key[..4], CultureInfo.InvariantCulture), int.Parse(key[5..], CultureInfo.InvariantCulture), startDay);

    /// <summary>Whether the stored month of a province can be shown as it is.</summary>
    public static bool Fresh(RollupMonth? stored, RollupState? state, ReportingWindow month, DateOnly today) =>
        stored is not null && state is not null
        && (state.DirtyFrom is not { } dirty || month.To < dirty || stored.Version >= state.Version)
        && (stored.ComputedOn >= month.To || stored.ComputedOn >= today);

    const long AdvisoryLock = 48151700;

    /// <summary>
    /// Computes every indicator of <paramref name="provinces"/> for <paramref name="month"/> and replaces their stored rows (one
    /// transaction, written in bulk). Returns each province's version as read before counting: the figures include every change
    /// up to it. A province whose month was stored meanwhile from a later version keeps that one.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, long>> ComputeAsync(HoaNhapDbContext db, IReadOnlyCollection<string> provinces,
        ReportingWindow month, DateOnly today, CancellationToken ct)
    {
        var codes = provinces.Distinct().Order(StringComparer.Ordinal).ToList();
        if (codes.Count == 0) return new Dictionary<string, long>();
        await RollupStates.EnsureAsync(db, codes, ct);
        var versions = await db.Set<RollupState>().AsNoTracking().Where(s => codes.Contains(s.ProvinceCode))
            .ToDictionaryAsync(s => s.ProvinceCode, s => s.Version, ct);
        var area = codes.Count == 1 ? new Area(codes[0], null, "") : new Area(null, null, "");
        var key = Key(month);
        var now = db.Clock.GetUtcNow();
        var wanted = codes.ToHashSet();
        var rows = new List<IndicatorRollup>();
        foreach (var i in Indicators.All.Where(i => i.HasData))
            foreach (var ((p, c), v) in await IndicatorQueries.CellsAsync(db, i, IndicatorQueries.PeriodFor(i, month, today), area, ct))
                if (wanted.Contains(p))
                    rows.Add(new IndicatorRollup { ProvinceCode = p, CommuneCode = c, IndicatorKey = i.Key, Month = key, Numerator = v.N, Denominator = v.D, ComputedAt = now });

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql())
            foreach (var p in codes)
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({(int)AdvisoryLock}, hashtext({p}))", ct);
        var newer = await db.Set<RollupMonth>().AsNoTracking().Where(m => codes.Contains(m.ProvinceCode) && m.Month == key)
            .Select(m => new { m.ProvinceCode, m.Version }).ToListAsync(ct);
        codes.RemoveAll(p => newer.Any(m => m.ProvinceCode == p && m.Version > versions[p]));
        await db.Set<IndicatorRollup>().Where(r => codes.Contains(r.ProvinceCode) && r.Month == key).ExecuteDeleteAsync(ct);
        await db.Set<RollupMonth>().Where(m => codes.Contains(m.ProvinceCode) && m.Month == key).ExecuteDeleteAsync(ct);
        var kept = codes.ToHashSet();
        await BulkInsert.InsertAsync(db, rows.Where(r => kept.Contains(r.ProvinceCode)), ct);
        await BulkInsert.InsertAsync(db, codes.Select(p => new RollupMonth { ProvinceCode = p, Month = key, Version = versions[p], ComputedOn = today, ComputedAt = now }), ct);
        await tx.CommitAsync(ct);
        return versions;
    }

    bool OnReplica => http.HttpContext?.Items[ReadReplicaRouter.ItemKey] is string;

    /// <summary>The computations running in this process, by provinces, month, day and the versions they were asked for.</summary>
    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task>> Running = new();

    /// <summary>
    /// Computes stale provinces once for all the requests that found them stale at the same version: after a write, every
    /// dashboard request of the province used to count every indicator again at the same time (at 64 clients, the mixed load
    /// after a reconciliation waited 44 s at p95). A request that saw a later version starts a computation of its own, so
    /// what was just recorded still shows at once. The shared computation is not cancelled when one of its requests is.
    /// </summary>
    Task ComputeOnceAsync(List<string> provinces, ReportingWindow month, DateOnly today, IReadOnlyDictionary<string, RollupState> states, CancellationToken ct)
    {
        var key = $"{Key(month)}|{today:yyyy-MM-dd}|" + string.Join(',', provinces.Order(StringComparer.Ordinal)
            .Select(p => $"{p}:{states.GetValueOrDefault(p)?.Version ?? 0}"));
        Lazy<Task>? mine = null;
        mine = new Lazy<Task>(async () =>
        {
            try
            {
                using var scope = scopes.CreateScope();
                await ComputeAsync(scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>(), provinces, month, today, CancellationToken.None);
            }
            finally
            {
                Running.TryRemove(new KeyValuePair<string, Lazy<Task>>(key, mine!));
            }
        });
        return Running.GetOrAdd(key, mine).Value.WaitAsync(ct);
    }

    /// <summary>
    /// The dashboard of an area for a month from the stored figures (national = the sum of the provinces), with the twelve-month
    /// trends of <paramref name="trendsOf"/>; stale provinces are computed again first (on the primary).
    /// </summary>
    public async Task<DashboardFigures> ReadAsync(HoaNhapDbContext db, CurrentUser user, Area area, ReportingWindow month, DateOnly today, int startDay,
        IReadOnlyCollection<Indicator> trendsOf, CancellationToken ct)
    {
        var current = ReportingPeriod.MonthContaining(today, startDay);
        var trendIndicators = trendsOf.Where(i => i.HasData && i.HasHistory).ToList();
        var trendMonths = trendIndicators.Count == 0 ? [] : ReportingPeriod.LastMonths(month.To, 12, startDay).ToList();
        var months = new Dictionary<string, ReportingWindow> { [Key(month)] = month, [Key(current)] = current };
        foreach (var m in trendMonths) months[Key(m)] = m;
        var keys = months.Keys.ToList();
        var provinces = area.ProvinceCode is { } one ? [one]
            : await db.Provinces.AsNoTracking().OrderBy(p => p.Code).Select(p => p.Code).ToListAsync(ct);

        var states = await db.Set<RollupState>().AsNoTracking().Where(s => provinces.Contains(s.ProvinceCode)).ToDictionaryAsync(s => s.ProvinceCode, ct);
        var stored = await StoredAsync(db, provinces, keys, ct);
        var stale = (from p in provinces from m in months
                     where !Fresh(stored.GetValueOrDefault((p, m.Key)), states.GetValueOrDefault(p), m.Value, today)
                     select (Province: p, Month: m.Key)).ToList();
        if (stale.Count > 0)
        {
            if (OnReplica)
            {
                if (stale.Any(s => !stored.ContainsKey(s)))
                    return await LiveAsync(db, user, area, month, today, startDay, trendIndicators, ct);
            }
            else
            {
                foreach (var g in stale.GroupBy(s => s.Month))
                    await ComputeOnceAsync(g.Select(s => s.Province).ToList(), months[g.Key], today, states, ct);
                stored = await StoredAsync(db, provinces, keys, ct);
            }
        }

        var cells = await MonthCellsAsync(db, area, month, current, ct);
        var view = await IndicatorQueries.DashboardAsync(db, user, area, month, today,
            (i, _) => Task.FromResult(cells.GetValueOrDefault(i.Key) ?? []), ct);
        var shown = stored.Where(s => s.Key.Month == Key(month) || s.Key.Month == Key(current)).Select(s => s.Value.ComputedAt).ToList();
        view = view with { ComputedAt = shown.Count == 0 ? db.Clock.GetUtcNow() : shown.Min() };

        var trends = new Dictionary<string, List<TrendPoint>>();
        foreach (var i in trendsOf) trends[i.Key] = [];
        if (trendIndicators.Count > 0)
        {
            var sums = await TrendSumsAsync(db, area, trendMonths.Select(Key).ToList(), trendIndicators.Select(i => i.Key).ToList(), ct);
            var rules = await new RuleBook(db).ParametersAsync(ct);
            foreach (var i in trendIndicators)
                trends[i.Key] = trendMonths.Select(m => (Month: m, I: i.WithTargetFrom(rules, m.To)))
                    .Select(x => new TrendPoint(x.Month, sums.TryGetValue((i.Key, Key(x.Month)), out var v) ? Figure.Of(x.I, v.N, v.D) : Figure.Of(x.I, 0, 0))).ToList();
        }
        return new DashboardFigures(view, trends);
    }

    /// <summary>Counted now, nothing stored (a replica request with no stored figures yet).</summary>
    static async Task<DashboardFigures> LiveAsync(HoaNhapDbContext db, CurrentUser user, Area area, ReportingWindow month, DateOnly today, int startDay,
        IReadOnlyList<Indicator> trendIndicators, CancellationToken ct)
    {
        var view = await IndicatorQueries.DashboardAsync(db, user, area, month, today, ct);
        var trends = new Dictionary<string, List<TrendPoint>>();
        foreach (var i in trendIndicators) trends[i.Key] = await IndicatorQueries.TrendAsync(db, i, area, month, today, startDay, ct);
        return new DashboardFigures(view, trends);
    }

    static async Task<Dictionary<(string Province, string Month), RollupMonth>> StoredAsync(HoaNhapDbContext db, List<string> provinces, List<string> months, CancellationToken ct) =>
        (await db.Set<RollupMonth>().AsNoTracking().Where(m => provinces.Contains(m.ProvinceCode) && months.Contains(m.Month)).ToListAsync(ct))
        .ToDictionary(m => (m.ProvinceCode, m.Month));

    static readonly List<string> ProvinceLevel = Indicators.All.Where(i => i.ProvinceLevel).Select(i => i.Key).ToList();
    static readonly List<string> WithHistory = Indicators.All.Where(i => i.HasData && i.HasHistory).Select(i => i.Key).ToList();
    static readonly List<string> CurrentOnly = Indicators.All.Where(i => i.HasData && !i.HasHistory).Select(i => i.Key).ToList();

    static IQueryable<IndicatorRollup> In(HoaNhapDbContext db, Area area)
    {
        var q = db.Set<IndicatorRollup>().AsNoTracking();
        if (area.ProvinceCode is { } p) q = q.Where(r => r.ProvinceCode == p);
        if (area.CommuneCode is { } c) q = q.Where(r => r.CommuneCode == c || ProvinceLevel.Contains(r.IndicatorKey));
        return q;
    }

    /// <summary>
    /// The cells of the month, per indicator: figures with history from the month asked, current-state figures (absconded, wanted,
    /// overdue work: the same whatever the month, as when counted live) from the current month. Nationally summed per province.
    /// </summary>
    static async Task<Dictionary<string, Dictionary<(string Province, string Commune), (long N, long D)>>> MonthCellsAsync(
        HoaNhapDbContext db, Area area, ReportingWindow month, ReportingWindow current, CancellationToken ct)
    {
        var (mk, ck) = (Key(month), Key(current));
        var q = In(db, area).Where(r => (r.Month == mk && WithHistory.Contains(r.IndicatorKey)) || (r.Month == ck && CurrentOnly.Contains(r.IndicatorKey)));
        var rows = area.IsNational
            ? await q.GroupBy(r => new { r.ProvinceCode, r.IndicatorKey })
                .Select(g => new { g.Key.ProvinceCode, CommuneCode = "", g.Key.IndicatorKey, N = g.Sum(r => r.Numerator), D = g.Sum(r => r.Denominator) }).ToListAsync(ct)
            : await q.Select(r => new { r.ProvinceCode, r.CommuneCode, r.IndicatorKey, N = r.Numerator, D = r.Denominator }).ToListAsync(ct);
        var cells = new Dictionary<string, Dictionary<(string, string), (long N, long D)>>();
        foreach (var r in rows)
        {
            if (!cells.TryGetValue(r.IndicatorKey, out var c)) cells[r.IndicatorKey] = c = [];
            c[(r.ProvinceCode, r.CommuneCode)] = (r.N, r.D);
        }
        return cells;
    }

    static async Task<Dictionary<(string Key, string Month), (long N, long D)>> TrendSumsAsync(HoaNhapDbContext db, Area area, List<string> months,
        List<string> indicators, CancellationToken ct) =>
        (await In(db, area).Where(r => months.Contains(r.Month) && indicators.Contains(r.IndicatorKey))
            .GroupBy(r => new { r.IndicatorKey, r.Month })
            .Select(g => new { g.Key.IndicatorKey, g.Key.Month, N = g.Sum(r => r.Numerator), D = g.Sum(r => r.Denominator) }).ToListAsync(ct))
        .ToDictionary(x => (x.IndicatorKey, x.Month), x => (x.N, x.D));
}
