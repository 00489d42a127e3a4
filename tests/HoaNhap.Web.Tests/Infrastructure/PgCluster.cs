using System.Diagnostics;

namespace HoaNhap.Web.Tests.Infrastructure;

/// <summary>
/// Runs <c>scripts/pg-cluster.sh</c> (the repository's own script) to start a primary, a hot standby or PgBouncer
/// for a test, on free loopback ports under /tmp, and to stop them.
/// </summary>
public static class PgCluster
{
    public static string Script
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var script = Path.Combine(dir.FullName, "scripts", "pg-cluster.sh");
                if (File.Exists(script)) return script;
            }
            throw new FileNotFoundException("scripts/pg-cluster.sh not found above " + AppContext.BaseDirectory);
        }
    }

    public static bool ServerBinariesPresent =>
        Directory.Exists("/usr/lib/postgresql") && Directory.GetDirectories("/usr/lib/postgresql").Any(d => File.Exists(Path.Combine(d, "bin", "pg_basebackup")));

    public static bool PgBouncerPresent => File.Exists("/usr/sbin/pgbouncer");

    public static string NewDirectory(string name) => Path.Combine("/tmp", $"hoanhap-{name}-{Guid.NewGuid().ToString("N")[..8]}");

    /// <summary>Runs the script with the arguments; returns its standard output (a connection string for the start commands).</summary>
    public static async Task<string> RunAsync(params string[] args)
    {
        var psi = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Script);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await p.WaitForExitAsync(cts.Token);
        if (p.ExitCode != 0)
            throw new InvalidOperationException($"pg-cluster.sh {string.Join(' ', args)} exited {p.ExitCode}: {await stderr}");
        return (await stdout).Trim();
    }

    public static async Task StopAsync(string? dir)
    {
        if (dir is null) return;
        try { await RunAsync("stop", dir); } catch (InvalidOperationException) { }
    }
}
