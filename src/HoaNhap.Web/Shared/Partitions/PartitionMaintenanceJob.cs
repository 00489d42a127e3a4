using HoaNhap.Data;
using HoaNhap.Data.Jobs;
using HoaNhap.Data.Partitioning;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Shared.Partitions;

/// <summary>
/// PostgreSQL: keeps a partition ready for this month and the next <c>Partitions:MonthsAhead</c> months (default 3)
/// of every table partitioned by month (<see cref="PostgresPartitioning"/>). It wakes at start-up and every day at
/// 01:00 Vietnam time, and works once a month across all instances (a <see cref="JobLease"/> for the month); a missed
/// month is caught the next day. Nothing to do on SQLite. Configuration: <c>Partitions:Enabled</c> (default true, false
/// in the "Testing" environment, where tests call <see cref="RunOnceForMonthAsync"/>), <c>Partitions:StartDelaySeconds</c>
/// (default 30).
/// </summary>
public sealed class PartitionMaintenanceJob(IServiceScopeFactory scopes, TimeProvider time, IConfiguration config,
    IHostEnvironment environment, ILogger<PartitionMaintenanceJob> log, JobInstance instance) : BackgroundService
{
    public const string LeaseName = "partitions";
    static readonly TimeOnly RunAt = new(1, 0);

    public bool Enabled => config.GetValue<bool?>("Partitions:Enabled") ?? !environment.IsEnvironment("Testing");
    public int MonthsAhead => Math.Clamp(config.GetValue("Partitions:MonthsAhead", PostgresPartitioning.DefaultMonthsAhead), 1, 24);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled) return;
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(Math.Max(0, config.GetValue("Partitions:StartDelaySeconds", 30))), time, stoppingToken);
            while (true)
            {
                try
                {
                    var created = await RunOnceForMonthAsync(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), stoppingToken);
                    if (created is { Count: > 0 }) log.LogInformation("Đã tạo phân vùng theo tháng: {Partitions}.", string.Join(", ", created));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogError(e, "Không tạo được phân vùng của các tháng tới; sẽ thử lại vào ngày mai.");
                }
                await Task.Delay(UntilNextRun(time.GetUtcNow()), time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The application is stopping.
        }
    }

    /// <summary>The time from <paramref name="now"/> to the next 01:00 in Vietnam (UTC+7, no daylight saving).</summary>
    public static TimeSpan UntilNextRun(DateTimeOffset now)
    {
        var local = now.ToOffset(TimeSpan.FromHours(7));
        var next = new DateTimeOffset(DateOnly.FromDateTime(local.DateTime).ToDateTime(RunAt), local.Offset);
        if (next <= local) next = next.AddDays(1);
        return next - local;
    }

    /// <summary>
    /// Creates the missing partitions from the month of <paramref name="today"/> to <see cref="MonthsAhead"/> months
    /// ahead, unless another instance already did it this month (then null). Empty on SQLite.
    /// </summary>
    public async Task<IReadOnlyList<string>?> RunOnceForMonthAsync(DateOnly today, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
        if (!db.Database.IsNpgsql()) return [];
        var period = today.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        if (!await JobLeases.TryClaimAsync(db, LeaseName, period, TimeSpan.FromHours(1), instance.Id, ct)) return null;
        try
        {
            var created = await PostgresPartitioning.EnsureMonthsAsync(db, today, MonthsAhead, ct);
            await JobLeases.CompleteAsync(db, LeaseName, period, instance.Id, CancellationToken.None);
            return created;
        }
        catch
        {
            await JobLeases.ReleaseAsync(db, LeaseName, instance.Id, CancellationToken.None);
            throw;
        }
    }
}
