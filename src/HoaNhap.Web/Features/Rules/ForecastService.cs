using HoaNhap.Data;
using HoaNhap.Web.Shared;

namespace HoaNhap.Web.Features.Rules;

/// <summary>
/// Computes the "almost eligible" lists shortly after start and then once a day. A failure is
/// logged and the next day's run tries again; it never stops the application.
/// Configuration: <c>Forecast:Enabled</c> (default true, but false in the "Testing" environment,
/// where tests call <see cref="ForecastCommands.ComputeAsync(HoaNhapDbContext, Domain.Rules.RuleParameters, DateOnly, CancellationToken)"/>
/// themselves), <c>Forecast:StartDelaySeconds</c> (default 30).
/// </summary>
public sealed class ForecastService(IServiceScopeFactory scopes, TimeProvider time, IConfiguration config,
    IHostEnvironment environment, ILogger<ForecastService> log, HoaNhap.Data.Jobs.JobInstance instance) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(24);

    public bool Enabled => config.GetValue<bool?>("Forecast:Enabled") ?? !environment.IsEnvironment("Testing");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            log.LogInformation("Danh sách sắp đủ điều kiện: không tự động tính (Forecast:Enabled = false).");
            return;
        }
        try
        {
            var delay = TimeSpan.FromSeconds(Math.Max(0, config.GetValue("Forecast:StartDelaySeconds", 30)));
            await Task.Delay(delay, time, stoppingToken);
            using var timer = new PeriodicTimer(Interval, time);
            do await RunOnceAsync(stoppingToken);
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The application is stopping.
        }
    }

    public const string LeaseName = "forecast";

    /// <summary>
    /// One computation for the whole country, one province at a time (each in its own transaction and context), once a
    /// day across every instance of the web tier (a <see cref="HoaNhap.Data.Jobs.JobLease"/>); logs and swallows any
    /// failure. False when another instance did it.
    /// </summary>
    public async Task<bool> RunOnceAsync(CancellationToken ct)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
            var today = db.Today;
            var period = today.ToString("yyyy-MM-dd");
            if (!await HoaNhap.Data.Jobs.JobLeases.TryClaimAsync(db, LeaseName, period, TimeSpan.FromHours(1), instance.Id, ct))
            {
                log.LogInformation("Danh sách sắp đủ điều kiện ngày {ComputedOn} do máy chủ khác tính.", Display.Date(today));
                return false;
            }
            ForecastRun run;
            try
            {
                run = await ComputeByProvinceAsync(scopes, today, ct);
                await HoaNhap.Data.Jobs.JobLeases.CompleteAsync(db, LeaseName, period, instance.Id, CancellationToken.None);
            }
            catch
            {
                await HoaNhap.Data.Jobs.JobLeases.ReleaseAsync(db, LeaseName, instance.Id, CancellationToken.None);
                throw;
            }
            log.LogInformation("Đã tính danh sách sắp đủ điều kiện ngày {ComputedOn}: {Cases} hồ sơ, {Rows} mốc, tham số {Version}.",
                Display.Date(run.ComputedOn), run.Cases, run.Rows, run.ParametersVersion);
            return true;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            log.LogError(e, "Không tính được danh sách sắp đủ điều kiện; sẽ thử lại vào lần chạy sau.");
            return false;
        }
    }

    /// <summary>
    /// The forecast of every province in turn, each replaced in its own transaction with a fresh context, so that memory
    /// holds one province's cases at a time. Rows of a person outside every province (none in practice) are left alone.
    /// </summary>
    public static async Task<ForecastRun> ComputeByProvinceAsync(IServiceScopeFactory scopes, DateOnly today, CancellationToken ct)
    {
        List<string> provinces;
        using (var scope = scopes.CreateScope())
            provinces = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>().Provinces.OrderBy(p => p.Code).Select(p => p.Code), ct);
        ForecastRun? last = null;
        int cases = 0, rows = 0;
        foreach (var province in provinces)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
            var book = scope.ServiceProvider.GetRequiredService<RuleBook>();
            last = await ForecastCommands.ComputeAsync(db, await book.ParametersAsync(ct), today, province, ct);
            cases += last.Cases;
            rows += last.Rows;
        }
        return new ForecastRun(today, last?.ParametersVersion ?? "", cases, rows);
    }
}
