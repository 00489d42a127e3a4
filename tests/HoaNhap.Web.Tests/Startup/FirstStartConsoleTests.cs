using System.Diagnostics;
using System.Text.RegularExpressions;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace HoaNhap.Web.Tests.Startup;

/// <summary>
/// The app started as a process the way the README's command starts it (Production environment, the web project
/// as content root, SQLite), its console read as a new user reads it.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed partial class FirstStartConsoleTests
{
    static string WebProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var web = Path.Combine(dir.FullName, "src", "HoaNhap.Web");
            if (Directory.Exists(web)) return web;
        }
        throw new DirectoryNotFoundException("src/HoaNhap.Web");
    }

    /// <summary>The app's own build output, next to this test assembly's configuration (Release or Debug).</summary>
    static string WebAssembly()
    {
        var configuration = AppContext.BaseDirectory.Contains("/Debug/") ? "Debug" : "Release";
        var dll = Path.Combine(WebProjectDirectory(), "bin", configuration, "net10.0", "HoaNhap.Web.dll");
        return File.Exists(dll) ? dll : Path.Combine(AppContext.BaseDirectory, "HoaNhap.Web.dll");
    }

    static ProcessStartInfo App(string dataFolder, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = WebProjectDirectory(), RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        psi.ArgumentList.Add(WebAssembly());
        psi.ArgumentList.Add("--urls");
        psi.ArgumentList.Add("http://127.0.0.1:0");
        psi.ArgumentList.Add("--DataFolder");
        psi.ArgumentList.Add(dataFolder);
        foreach (var a in args) psi.ArgumentList.Add(a);
        // As from a fresh shell: no environment or connection string inherited from the test run.
        foreach (var key in psi.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_") || k.StartsWith("DOTNET_ENVIRONMENT")
            || k.StartsWith("ConnectionStrings__") || k.StartsWith("HOANHAP_") || k.StartsWith("DataProtection__")).ToList())
            psi.Environment.Remove(key);
        return psi;
    }

    [Fact]
    public async Task First_start_says_what_it_does_then_prints_the_address_and_logins_without_a_warning_and_keeps_its_files_private()
    {
        var folder = Path.Combine(Path.GetTempPath(), "hoanhap-first-start-" + Guid.NewGuid().ToString("N")[..8]);
        var lines = new List<string>();
        var ready = new TaskCompletionSource();
        using var process = Process.Start(App(folder))!;
        void Read(string? line)
        {
            if (line is null) return;
            lock (lines)
            {
                lines.Add(line);
                if (line.TrimStart().StartsWith("giamsat2.")) ready.TrySetResult();
            }
        }
        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var finished = await Task.WhenAny(ready.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromMinutes(5)));
            string[] console;
            lock (lines) console = lines.ToArray();
            var text = string.Join("\n", console);
            Assert.True(ready.Task.IsCompleted, "The app did not print its logins:\n" + text);

            // What it is doing, in order, before the address; no warning or failure anywhere.
            Assert.StartsWith("HoaNhap: chuẩn bị cơ sở dữ liệu SQLite", console[0]);
            Assert.False(console.Any(l => l.StartsWith("warn:") || l.StartsWith("fail:") || l.StartsWith("crit:")), "A warning or failure at first start:\n" + text);
            int Index(string s) => Array.FindIndex(console, l => l.Contains(s));
            var migrating = Index("Tạo cấu trúc cơ sở dữ liệu");
            var communes = Index("3.321 xã");
            var demo = Index("Tạo dữ liệu mẫu: Tỉnh Phú Thọ");
            var address = Index("HoaNhap đang chạy tại: http://127.0.0.1:");
            Assert.True(migrating >= 0 && migrating < communes && communes < demo && demo < address, text);
            Assert.True(Index("Tài khoản quản trị: admin /") > address, text);
            Assert.True(Index("tinh.canbo") > address, text);
            // Each login names its unit, not a bare code.
            Assert.Contains("Phường Tân Hòa", console[Index("ca.tanhoa")]);
            Assert.Contains("Tỉnh Phú Thọ", console[Index("tinh.canbo")]);

            // It answers at the address it printed.
            var url = AddressRegex().Match(console[address]).Value;
            using var http = new HttpClient();
            Assert.Equal("ok", await http.GetStringAsync(url + "/healthz"));
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        // Files at rest: the folder is its owner's only, the database and the key certificate 0600.
        const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        Assert.Equal(OwnerOnly | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(Path.Combine(folder, "hoanhap.db")));
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(Path.Combine(folder, "data-protection.pfx")));
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(Path.Combine(folder, "demo-logins.txt")));
        // The data-protection keys in the database are encrypted with that certificate.
        await using (var db = new SqliteConnection($"Data Source={Path.Combine(folder, "hoanhap.db")};Mode=ReadOnly;Pooling=False"))
        {
            await db.OpenAsync();
            await using var cmd = db.CreateCommand();
            cmd.CommandText = "SELECT Xml FROM DataProtectionKeys";
            await using var reader = await cmd.ExecuteReaderAsync();
            var keys = 0;
            while (await reader.ReadAsync())
            {
                keys++;
                Assert.Contains("EncryptedData", reader.GetString(0));
                Assert.DoesNotContain("<masterKey", reader.GetString(0));
            }
            Assert.True(keys > 0);
        }
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task Production_on_PostgreSQL_refuses_to_start_without_a_key_certificate_and_says_what_to_set()
    {
        var folder = Path.Combine(Path.GetTempPath(), "hoanhap-no-key-" + Guid.NewGuid().ToString("N")[..8]);
        var psi = App(folder, "--ConnectionStrings:Postgres", "Host=127.0.0.1;Port=1;Database=none;Username=none");
        using var process = Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(cts.Token);
        Assert.Equal(1, process.ExitCode);
        var message = await stderr + await stdout;
        Assert.Contains("DataProtection__Certificate", message);
        Assert.Contains("DataProtection__GenerateCertificate=true", message);
        Assert.False(File.Exists(Path.Combine(folder, "data-protection.pfx")));
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task A_database_made_before_the_migrations_were_squashed_is_refused_with_what_to_do()
    {
        var folder = Path.Combine(Path.GetTempPath(), "hoanhap-old-db-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "hoanhap.db");
        await using (var db = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await db.OpenAsync();
            await using var cmd = db.CreateCommand();
            cmd.CommandText = """
                CREATE TABLE "__EFMigrationsHistory" ("MigrationId" TEXT NOT NULL PRIMARY KEY, "ProductVersion" TEXT NOT NULL);
                INSERT INTO "__EFMigrationsHistory" VALUES ('20261122150228_Initial', '10.0.0');
                CREATE TABLE "Provinces" ("Code" TEXT NOT NULL PRIMARY KEY);
                """;
            await cmd.ExecuteNonQueryAsync();
        }
        using var process = Process.Start(App(folder))!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(cts.Token);
        var message = await stderr + await stdout;
        Assert.Equal(1, process.ExitCode);
        Assert.Contains("HoaNhap không khởi động: Cơ sở dữ liệu SQLite " + file + " được tạo bởi một phiên bản cũ", message);
        Assert.Contains("hãy xoá tệp đó", message);
        Assert.DoesNotContain("Unhandled exception", message);
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex AddressRegex();
}
