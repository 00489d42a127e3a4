using System.Globalization;
using HoaNhap.Data;
using HoaNhap.Data.Jobs;
using HoaNhap.Data.Rollups;
using HoaNhap.Domain.Indicators;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Dashboard;

/// <summary>What one run of the rollup job did.</summary>
public sealed record RollupRun(int Provinces, int Months, bool Nightly);

/// <summary>
/// Keeps the stored dashboard figures (<see cref="IndicatorRollups"/>) current: every minute it computes again the months of the
/// provinces marked dirty (from the month of the earliest day changed to the current month), one province at a time, each with a
/// fresh context; a province never computed gets its last twelve months. Once a day after 01:00 Vietnam time (after the worklist)
/// it computes the current month of every province, since current-state figures ("today") change with the date alone.
/// One instance of the web tier does each run (a <see cref="JobLease"/> per minute, and one per day for the nightly run).
/// Configuration: <c>Rollups:Enabled</c> (default true, false in the "Testing" environment, where tests call
/// <see cref="RunOnceAsync"/>), <c>Rollups:IntervalSeconds</c> (default 60), <c>Rollups:StartDelaySeconds</c> (default 20).
/// </summary>
public sealed class RollupJob(IServiceScopeFactory scopes, TimeProvider time, IConfiguration config,
    IHostEnvironment environment, ILogger<RollupJob> log, JobInstance instance) : BackgroundService
{
    public const string LeaseName = "indicator-rollups";
    public const string NightlyLeaseName = "indicator-rollups-nightly";
    public static readonly TimeOnly NightlyAfter = new(1, 0);
    static readonly TimeZoneInfo Vietnam = FindVietnam();
    static readonly SemaphoreSlim Running = new(1, 1);

    static TimeZoneInfo FindVietnam()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT"); }
    }

    public bool Enabled => config.GetValue<bool?>("Rollups:Enabled") ?? !environment.IsEnvironment("Testing");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            log.LogInformation("Số liệu tổng hợp của bảng chỉ tiêu: không tự động tính (Rollups:Enabled = false).");
            return;
        }
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(Math.Max(0, config.GetValue("Rollups:StartDelaySeconds", 20))), time, stoppingToken);
            while (true)
            {
                try
                {
                    var now = TimeZoneInfo.ConvertTime(time.GetUtcNow(), Vietnam);
                    var run = await RunOnceAsync(DateOnly.FromDateTime(now.DateTime), now.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
                        TimeOnly.FromDateTime(now.DateTime) >= NightlyAfter, stoppingToken);
                    if (run is { Months: > 0 })
                        log.LogInformation("Đã tính lại số liệu tổng hợp: {Provinces} tỉnh, {Months} tháng{Nightly}.", run.Provinces, run.Months, run.Nightly ? " (lần tính hằng đêm)" : "");
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { throw; }
                catch (Exception e)
                {
                    log.LogError(e, "Không tính được số liệu tổng hợp của bảng chỉ tiêu; sẽ thử lại vào lần chạy sau.");
                }
                await Task.Delay(TimeSpan.FromSeconds(Math.Max(1, config.GetValue("Rollups:IntervalSeconds", 60))), time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The application is stopping.
        }
    }

    /// <summary>
    /// One run for the minute <paramref name="period"/>: null when another instance has it. With <paramref name="nightlyDue"/>, also the
    /// day's nightly run unless already done for <paramref name="today"/>.
    /// </summary>
    public async Task<RollupRun?> RunOnceAsync(DateOnly today, string period, bool nightlyDue, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
        if (!await JobLeases.TryClaimAsync(db, LeaseName, period, TimeSpan.FromMinutes(10), instance.Id, ct)) return null;
        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var nightly = false;
        try
        {
            nightly = nightlyDue && await JobLeases.TryClaimAsync(db, NightlyLeaseName, day, TimeSpan.FromHours(1), instance.Id, ct);
            var run = await RefreshAsync(today, nightly, ct);
            if (nightly) await JobLeases.CompleteAsync(db, NightlyLeaseName, day, instance.Id, CancellationToken.None);
            await JobLeases.CompleteAsync(db, LeaseName, period, instance.Id, CancellationToken.None);
            return run;
        }
        catch
        {
            if (nightly) await JobLeases.ReleaseAsync(db, NightlyLeaseName, instance.Id, CancellationToken.None);
            await JobLeases.ReleaseAsync(db, LeaseName, instance.Id, CancellationToken.None);
            throw;
        }
    }

    /// <summary>
    /// Computes again what is stale, one province at a time: a province never computed, its last twelve months; a dirty one, its
    /// stored months ending on or after the dirty day and the current month (then the mark is cleared, unless a change arrived
    /// meanwhile); with <paramref name="nightly"/>, every province's current month (and the previous one if it was last
    /// computed before it ended).
    /// </summary>
    public async Task<RollupRun> RefreshAsync(DateOnly today, bool nightly, CancellationToken ct)
    {
        await Running.WaitAsync(ct);
        try
        {
            List<string> provinces;
            int startDay;
            Dictionary<string, RollupState> states;
            List<RollupMonth> stored;
            using (var scope = scopes.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
                provinces = await db.Provinces.AsNoTracking().OrderBy(p => p.Code).Select(p => p.Code).ToListAsync(ct);
                startDay = await IndicatorQueries.StartDayAsync(scope.ServiceProvider.GetRequiredService<RuleBook>(), today, ct);
                states = await db.Set<RollupState>().AsNoTracking().ToDictionaryAsync(s => s.ProvinceCode, ct);
                stored = await db.Set<RollupMonth>().AsNoTracking().ToListAsync(ct);
            }
            var current = ReportingPeriod.MonthContaining(today, startDay);
            var previous = ReportingPeriod.MonthContaining(current.From.AddDays(-1), startDay);
            var (done, months) = (0, 0);
            foreach (var province in provinces)
            {
                if (!nightly && states.GetValueOrDefault(province) is { DirtyFrom: null }) continue;
                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
                // Read again now: the version read here, before counting, is the one the mark is cleared at.
                var state = await db.Set<RollupState>().AsNoTracking().FirstOrDefaultAsync(s => s.ProvinceCode == province, ct);
                var mine = stored.Where(m => m.ProvinceCode == province).ToDictionary(m => m.Month);
                var todo = new Dictionary<string, ReportingWindow>();
                if (state is null)
                    foreach (var m in ReportingPeriod.LastMonths(today, 12, startDay)) todo[IndicatorRollups.Key(m)] = m;
                else if (state.DirtyFrom is { } dirty)
                {
                    foreach (var key in mine.Keys)
                        if (IndicatorRollups.Window(key, startDay) is var w && w.To >= dirty) todo[key] = w;
                    todo[IndicatorRollups.Key(current)] = current;
                }
                if (nightly)
                {
                    todo[IndicatorRollups.Key(current)] = current;
                    if (mine.TryGetValue(IndicatorRollups.Key(previous), out var p) && p.ComputedOn < previous.To) todo[IndicatorRollups.Key(previous)] = previous;
                }
                if (todo.Count == 0) continue;
                foreach (var m in todo.Values.OrderBy(m => m.To))
                    await IndicatorRollups.ComputeAsync(db, [province], m, today, ct);
                if (state is { DirtyFrom: not null }) await RollupStates.ClearAsync(db, province, state.Version, ct);
                else await db.Set<RollupState>().Where(s => s.ProvinceCode == province)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.ComputedAt, db.Clock.GetUtcNow()), ct);
                done++;
                months += todo.Count;
            }
            return new RollupRun(done, months, nightly);
        }
        finally
        {
            Running.Release();
        }
    }
}
