using System.Diagnostics;
using HoaNhap.Web.Features.Rules;
using HoaNhap.Web.Features.Worklist;

namespace HoaNhap.Web.Shared.Composition;

/// <summary>
/// <c>dotnet HoaNhap.Web.dll run-jobs</c>: runs the daily background jobs once (the worklist, then the almost-eligible
/// forecast), prints how long each took and the peak memory of the process, and exits. Operators use it after a bulk
/// import; the national benchmark uses it to time the jobs at scale.
/// </summary>
public static class JobsCommand
{
    public static async Task<int> RunAsync(IServiceProvider services)
    {
        var today = Display.Today;
        var sw = Stopwatch.StartNew();
        var worklist = await services.GetRequiredService<WorklistJob>().RunAsync(today, CancellationToken.None);
        Console.WriteLine($"job worklist: {worklist.Items} items in {sw.Elapsed.TotalSeconds:F1} s, peak {Peak()} MB ("
            + string.Join(", ", WorklistJob.SourceTimes.OrderByDescending(t => t.Value).Select(t => $"{t.Key} {t.Value.TotalSeconds:F1} s")) + ")");
        sw.Restart();
        var forecast = await ForecastService.ComputeByProvinceAsync(services.GetRequiredService<IServiceScopeFactory>(), today, CancellationToken.None);
        Console.WriteLine($"job forecast: {forecast.Cases} cases, {forecast.Rows} rows in {sw.Elapsed.TotalSeconds:F1} s, peak {Peak()} MB");
        return 0;
    }

    static long Peak()
    {
        using var p = Process.GetCurrentProcess();
        p.Refresh();
        return p.PeakWorkingSet64 / 1048576;
    }
}
