using System.Diagnostics;
using HoaNhap.Web.Tests.Infrastructure;

namespace HoaNhap.Web.Tests.Scale;

/// <summary>
/// Issue 15, part 1: the national HTTP benchmark still works end to end at a tiny scale — it generates the data set into
/// a fresh PostgreSQL database, starts the real application, signs in, drives every page and API beside /healthz and
/// the raw SQL, and prints its table and the targets line. A smoke test, not a timed assertion: the targets are judged
/// by the full run (bench/run.sh http, README).
/// </summary>
public sealed class NationalBenchSmokeTests
{
    [SkippableFact]
    public async Task The_national_http_benchmark_runs_end_to_end_at_a_tiny_scale()
    {
        var server = TestEnvironment.PostgresConnection;
        if (server is null && TestEnvironment.RequirePostgres) throw new InvalidOperationException("HOANHAP_TEST_POSTGRES is required (--strict).");
        Skip.If(server is null, "HOANHAP_TEST_POSTGRES is not set: no PostgreSQL server for this run (./test.sh starts one).");
        // tests/HoaNhap.Web.Tests/bin/<Configuration>/net10.0 → the repository and the same configuration's builds.
        var bin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = bin.Parent!.Name;
        var root = bin.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
        var bench = Path.Combine(root, "bench", "HoaNhap.Bench", "bin", configuration, "net10.0", "HoaNhap.Bench.dll");
        var web = Path.Combine(root, "src", "HoaNhap.Web", "bin", configuration, "net10.0", "HoaNhap.Web.dll");
        Skip.IfNot(File.Exists(bench) && File.Exists(web) && configuration == "Release", $"The Release builds of the bench and the app are needed ({bench}).");

        var start = new ProcessStartInfo("dotnet", [bench, "http", "--scale", "0.002", "--seconds", "1", "--clients", "1,2", "--soak", "1", "--root", root])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            Environment = { ["HOANHAP_BENCH_POSTGRES"] = server },
        };
        using var p = Process.Start(start)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = await p.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        await p.WaitForExitAsync(timeout.Token);
        var output = stdout + await stderr;
        Assert.True(p.ExitCode == 0, output);
        foreach (var endpoint in new[] { "healthz", "worklist page (commune)", "search rare (province)", "case page", "dashboard API (national)", "almost-eligible API", "reconciliation upload" })
            Assert.Contains("| " + endpoint, stdout);
        Assert.Matches(@"(?m)^targets: \d+/\d+ met$", stdout);
        Assert.Contains("job worklist:", stdout);
        Assert.DoesNotContain("job run failed", stdout);
        Assert.Matches(@"reconciliation upload .*\(Done\)", stdout);
    }
}
