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
    IHostEnvironment environment, ILogger<ForecastService> log) : BackgroundService
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

    /// <summary>One computation for the whole country, one province at a time (each in its own transaction and context); logs and swallows any failure.</summary>
    public async Task RunOnceAsync(CancellationToken ct)
    {
        try
        {
            var run = await ComputeByProvinceAsync(scopes, Display.Today, ct);
            log.LogInformation("Đã tính danh sách sắp đủ điều kiện ngày {ComputedOn}: {Cases} hồ sơ, {Rows} mốc, tham số {Version}.",
                Display.Date(run.ComputedOn), run.Cases, run.Rows, run.ParametersVersion);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            log.LogError(e, "Không tính được danh sách sắp đủ điều kiện; sẽ thử lại vào lần chạy sau.");
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
