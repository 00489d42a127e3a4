using HoaNhap.Data;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Worklist;

/// <summary>What one computation of the worklist did.</summary>
public sealed record WorklistRun(DateOnly ComputedOn, int Items, IReadOnlyDictionary<WorklistKind, int> ByKind);

/// <summary>
/// Computes "what needs doing" for every officer, leader and supervisor: at start-up and then every day at
/// 00:30 Vietnam time (Asia/Ho_Chi_Minh), so nothing depends on someone opening a page. It asks every
/// registered <see cref="IWorklistSource"/> for its items and replaces the stored list in one transaction
/// (readers see yesterday's list until today's is complete). A failure is logged; the next run tries again.
/// Configuration: <c>Worklist:Enabled</c> (default true, false in the "Testing" environment, where tests call
/// <see cref="RunAsync"/>), <c>Worklist:StartDelaySeconds</c> (default 10).
/// </summary>
public sealed class WorklistJob(IServiceScopeFactory scopes, TimeProvider time, IConfiguration config,
    IHostEnvironment environment, ILogger<WorklistJob> log, HoaNhap.Data.Jobs.JobInstance instance) : BackgroundService
{
    public static readonly TimeOnly RunAt = new(0, 30);
    static readonly TimeZoneInfo Vietnam = FindVietnam();

    static TimeZoneInfo FindVietnam()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT"); }
    }
    static readonly SemaphoreSlim Running = new(1, 1);
    const long AdvisoryLock = 48151625;

    /// <summary>The day of the last completed run in this process (the page shows it when the list is empty).</summary>
    public static DateOnly? LastComputedOn { get; private set; }

    public bool Enabled => config.GetValue<bool?>("Worklist:Enabled") ?? !environment.IsEnvironment("Testing");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            log.LogInformation("Danh sách việc cần làm: không tự động tính (Worklist:Enabled = false).");
            return;
        }
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(Math.Max(0, config.GetValue("Worklist:StartDelaySeconds", 10))), time, stoppingToken);
            while (true)
            {
                await RunSafelyAsync(stoppingToken);
                await Task.Delay(UntilNextRun(time.GetUtcNow()), time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The application is stopping.
        }
    }

    /// <summary>The time from <paramref name="now"/> to the next 00:30 in Vietnam (UTC+7, no daylight saving).</summary>
    public static TimeSpan UntilNextRun(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, Vietnam);
        var next = new DateTimeOffset(DateOnly.FromDateTime(local.DateTime).ToDateTime(RunAt), local.Offset);
        if (next <= local) next = next.AddDays(1);
        return next - local;
    }

    async Task RunSafelyAsync(CancellationToken ct)
    {
        try
        {
            var today = time.Today();
            if (await RunOnceForDayAsync(today, ct) is { } run)
                log.LogInformation("Đã tính danh sách việc cần làm ngày {ComputedOn}: {Items} việc.", Display.Date(run.ComputedOn), run.Items);
            else
                log.LogInformation("Danh sách việc cần làm ngày {ComputedOn} do máy chủ khác tính.", Display.Date(today));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            log.LogError(e, "Không tính được danh sách việc cần làm; sẽ thử lại vào lần chạy sau.");
        }
    }

    public const string LeaseName = "worklist";

    /// <summary>
    /// The scheduled run: computes the list for <paramref name="today"/> unless another instance of the web tier
    /// already did or is doing it (a <see cref="HoaNhap.Data.Jobs.JobLease"/>); null when it was not this one.
    /// </summary>
    public async Task<WorklistRun?> RunOnceForDayAsync(DateOnly today, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
        var period = today.ToString("yyyy-MM-dd");
        if (!await HoaNhap.Data.Jobs.JobLeases.TryClaimAsync(db, LeaseName, period, TimeSpan.FromHours(1), instance.Id, ct)) return null;
        try
        {
            var run = await RunAsync(today, ct);
            await HoaNhap.Data.Jobs.JobLeases.CompleteAsync(db, LeaseName, period, instance.Id, CancellationToken.None);
            return run;
        }
        catch
        {
            await HoaNhap.Data.Jobs.JobLeases.ReleaseAsync(db, LeaseName, instance.Id, CancellationToken.None);
            throw;
        }
    }

    /// <summary>
    /// Collects the items due as of <paramref name="today"/> from every source and replaces the stored list, one province
    /// at a time (each in its own transaction, with a fresh context, written in bulk), so that memory holds one province's
    /// cases and events, never the nation's. Events recorded during the day already changed the list
    /// (<see cref="WorklistUpdates"/>); this run reconciles it and adds what became due because a date passed.
    /// </summary>
    public async Task<WorklistRun> RunAsync(DateOnly today, CancellationToken ct)
    {
        await Running.WaitAsync(ct);
        try
        {
            List<string> provinces;
            using (var scope = scopes.CreateScope())
                provinces = await scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>().Provinces.AsNoTracking()
                    .OrderBy(p => p.Code).Select(p => p.Code).ToListAsync(ct);
            var byKind = new Dictionary<WorklistKind, int>();
            var total = 0;
            foreach (var province in provinces)
            {
                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
                var items = await CollectAsync(scope.ServiceProvider, db, today, WorklistScope.ForProvince(province), ct);
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                if (db.Database.IsNpgsql())
                    await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AdvisoryLock})", ct);
                await db.Set<WorklistItem>().Where(i => i.ProvinceCode == province).ExecuteDeleteAsync(ct);
                await BulkInsert.InsertAsync(db, items, ct);
                await HoaNhap.Web.Shared.Alerts.AlertRaising.FromWorklistAsync(db, items, today, ct);
                await HoaNhap.Data.Rollups.RollupStates.MarkDirtyAsync(db, today, [province], [], false, ct);
                await tx.CommitAsync(ct);
                total += items.Count;
                foreach (var g in items.GroupBy(i => i.Kind)) byKind[g.Key] = byKind.GetValueOrDefault(g.Key) + g.Count();
            }
            LastComputedOn = today;
            return new WorklistRun(today, total, byKind);
        }
        finally
        {
            Running.Release();
        }
    }

    /// <summary>Time spent in each source since the process started (printed by <c>run-jobs</c>).</summary>
    public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, TimeSpan> SourceTimes = new();

    /// <summary>Every source's items for the scope, dated and titled as stored.</summary>
    internal static async Task<List<WorklistItem>> CollectAsync(IServiceProvider services, HoaNhapDbContext db, DateOnly today, WorklistScope scope, CancellationToken ct)
    {
        var items = new List<WorklistItem>();
        foreach (var source in services.GetServices<IWorklistSource>())
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            items.AddRange(await source.CollectAsync(db, today, scope, ct));
            SourceTimes.AddOrUpdate(source.GetType().Name, System.Diagnostics.Stopwatch.GetElapsedTime(started), (_, t) => t + System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
        db.ChangeTracker.Clear();
        foreach (var i in items)
        {
            i.ComputedOn = today;
            i.Title = Cut(i.Title, 300);
        }
        return items;
    }

    static string Cut(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
