using HoaNhap.Data;
using System.Diagnostics;
using HoaNhap.Web.Features.Rules;
using HoaNhap.Web.Features.Worklist;

namespace HoaNhap.Web.Shared.Composition;

/// <summary>
/// <c>dotnet HoaNhap.Web.dll run-jobs</c>: runs the daily background jobs once (the worklist, the almost-eligible
/// forecast, then the dashboard rollups: a province never computed gets its last twelve months, then every province its
/// current month as each night), prints how long each took and the peak memory of the process, and exits. Operators use it after a bulk
/// import; the national benchmark uses it to time the jobs at scale.
/// </summary>
public static class JobsCommand
{
    public static async Task<int> RunAsync(IServiceProvider services)
    {
        var today = services.GetRequiredService<TimeProvider>().Today();
        var sw = Stopwatch.StartNew();
        var worklist = await services.GetRequiredService<WorklistJob>().RunAsync(today, CancellationToken.None);
        Console.WriteLine($"job worklist: {worklist.Items} items in {sw.Elapsed.TotalSeconds:F1} s, peak {Peak()} MB ("
            + string.Join(", ", WorklistJob.SourceTimes.OrderByDescending(t => t.Value).Select(t => $"{t.Key} {t.Value.TotalSeconds:F1} s")) + ")");
        sw.Restart();
        var forecast = await ForecastService.ComputeByProvinceAsync(services.GetRequiredService<IServiceScopeFactory>(), today, CancellationToken.None);
        Console.WriteLine($"job forecast: {forecast.Cases} cases, {forecast.Rows} rows in {sw.Elapsed.TotalSeconds:F1} s, peak {Peak()} MB");
        var rollups = services.GetRequiredService<Features.Dashboard.RollupJob>();
        sw.Restart();
        var filled = await rollups.RefreshAsync(today, nightly: false, CancellationToken.None);
        Console.WriteLine($"job rollups (first fill): {filled.Provinces} provinces, {filled.Months} province-months in {sw.Elapsed.TotalSeconds:F1} s, peak {Peak()} MB");
        sw.Restart();
        var nightly = await rollups.RefreshAsync(today, nightly: true, CancellationToken.None);
        Console.WriteLine($"job rollups (nightly): {nightly.Provinces} provinces, {nightly.Months} province-months in {sw.Elapsed.TotalSeconds:F1} s, peak {Peak()} MB");
        return 0;
    }

    static long Peak()
    {
        using var p = Process.GetCurrentProcess();
        p.Refresh();
        return p.PeakWorkingSet64 / 1048576;
    }
}
