// The national benchmark over HTTP: generates the national data set into the application's own PostgreSQL
// schema, starts the real application (Kestrel, Production settings, PostgreSQL) on loopback, signs in users
// of several roles, and drives the hot pages and APIs at each client count beside /healthz and beside the raw
// SQL of each page, in the same run. Prints one table and the line `targets: N/M met`.
//
//   bench/run.sh http [--scale 1.0] [--clients 1,8,64] [--seconds 30] [--seed 2026] [--soak 60] [--jobs false]
//                     [--database NAME] [--only TEXT] [--warmup 20]
// --database: use (and keep) that database; generated on its first use, reused as it is afterwards (same seed and
// scale), so that a change can be measured again in minutes. --only: the endpoints whose name contains TEXT (healthz
// always), no reconciliation or soak unless named ("reconciliation", "soak").
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using HoaNhap.Data;
using HoaNhap.Domain.Access;
using Npgsql;

namespace HoaNhap.Bench.National;

/// <summary>One measured row of the table.</summary>
sealed record Measure(string Endpoint, int Clients, double P50, double P95, double PerSecond, int Requests, int Errors, string? FirstError);

/// <summary>One hot page or API: how to ask it over HTTP, and the raw SQL that answers the same question.</summary>
sealed record Endpoint(string Name, HttpClient? Client, Func<int, string> Url, Func<int, (string Sql, object?[] Args)>? Sql);

static partial class HttpBench
{
    public static async Task<int> RunAsync(string[] args, string server, Func<string, HoaNhapDbContext> context)
    {
        var scale = double.Parse(Opt(args, "--scale", "1.0"), CultureInfo.InvariantCulture);
        var clients = Opt(args, "--clients", "1,8,64").Split(',').Select(int.Parse).ToArray();
        var seconds = double.Parse(Opt(args, "--seconds", "30"), CultureInfo.InvariantCulture);
        var seed = int.Parse(Opt(args, "--seed", "2026"), CultureInfo.InvariantCulture);
        var soak = double.Parse(Opt(args, "--soak", "60"), CultureInfo.InvariantCulture);
        var root = Opt(args, "--root", Directory.GetCurrentDirectory());
        var runJobs = Opt(args, "--jobs", "true") != "false";
        var only = Opt(args, "--only", "");
        var warmup = double.Parse(Opt(args, "--warmup", "20"), CultureInfo.InvariantCulture);
        var kept = Opt(args, "--database", "");

        var database = kept.Length > 0 ? kept : "hoanhap_national_" + Guid.NewGuid().ToString("N")[..8];
        var reuse = kept.Length > 0 && await ExistsAsync(server, database);
        if (!reuse) await Exec(server, $"CREATE DATABASE \"{database}\" TEMPLATE template0 ENCODING 'UTF8'");
        var cs = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        Process? app = null;
        try
        {
            if (!reuse)
                await using (var db = context(cs))
                {
                    await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.MigrateAsync(db.Database);
                    await HoaNhap.Data.ReferenceData.LoadAsync(db);
                }
            var set = await NationalData.GenerateAsync(cs, scale, seed, () => context(cs), write: !reuse);

            var port = FreePort();
            var baseUrl = $"http://127.0.0.1:{port}";
            // A kept database keeps its administrator: the password follows from its name (bench data only).
            var adminPassword = kept.Length > 0 ? "Bench-" + database + "!a1" : "Bench-" + Guid.NewGuid().ToString("N")[..12] + "!a1";
            app = StartApp(root, baseUrl, cs, adminPassword);
            await WaitHealthyAsync(baseUrl, app);
            // The daily jobs, in their own process, once the app has prepared the database (rule parameters): time and memory.
            var jobs = runJobs ? await Jobs.RunAsync(root, cs) : ["Jobs: not run (--jobs false)."];

            var anonymous = NewClient(baseUrl);
            var admin = await ApiClientAsync(baseUrl, "admin", adminPassword);
            const string password = "Bench-Pass-2026!x";
            await CreateUserAsync(admin, "bench.province", password, Roles.ProvinceOfficer, set.BigProvince);
            await CreateUserAsync(admin, "bench.commune", password, Roles.CommuneOfficer, set.BusyCommune);
            var provinceApi = await ApiClientAsync(baseUrl, "bench.province", password);
            var communeApi = await ApiClientAsync(baseUrl, "bench.commune", password);
            var provincePages = await PageClientAsync(baseUrl, "bench.province", password);
            var communePages = await PageClientAsync(baseUrl, "bench.commune", password);

            string Pick(List<string> xs, int i) => xs[i % xs.Count];
            Guid PickId(List<Guid> xs, int i) => xs[(int)((uint)(i * 2654435761u) % (uint)xs.Count)];
            Func<string, string> q = Uri.EscapeDataString;
            var searchSql = """
                SELECT p."Id", p."FullName", p."BirthYear", p."CommuneCode" FROM "People" p
                WHERE p."ProvinceCode" = $1 AND ($2::text IS NULL OR p."CommuneCode" = $2) AND p."SearchKey" LIKE $3
                ORDER BY p."SearchKey" LIMIT 20
                """;
            var endpoints = new List<Endpoint>
            {
                new("healthz", anonymous, _ => "/healthz", _ => ("SELECT 1", [])),
                new("worklist page (commune)", communePages, _ => "/Worklist",
                    _ => ("""SELECT w.*, p."FullName" FROM "WorklistItem" w LEFT JOIN "People" p ON p."Id" = w."PersonId" WHERE w."CommuneCode" = $1""", [set.BusyCommune])),
                new("worklist page (province)", provincePages, _ => "/Worklist",
                    _ => ("""SELECT "CommuneCode", "Kind", count(*) FROM "WorklistItem" WHERE "ProvinceCode" = $1 GROUP BY 1, 2""", [set.BigProvince])),
                new("worklist API (commune)", communeApi, _ => "/api/v1/worklist",
                    _ => ("""SELECT w.*, p."FullName" FROM "WorklistItem" w LEFT JOIN "People" p ON p."Id" = w."PersonId" WHERE w."CommuneCode" = $1""", [set.BusyCommune])),
                new("search common (commune)", communeApi, i => "/api/v1/people?q=" + q(Pick(set.CommonNames, i)),
                    i => (searchSql, [set.BigProvince, set.BusyCommune, "%" + HoaNhap.Domain.Text.VietnameseText.Fold(Pick(set.CommonNames, i)) + "%"])),
                new("search common (province)", provinceApi, i => "/api/v1/people?q=" + q(Pick(set.CommonNames, i)),
                    i => (searchSql, [set.BigProvince, null, "%" + HoaNhap.Domain.Text.VietnameseText.Fold(Pick(set.CommonNames, i)) + "%"])),
                new("search rare (commune)", communeApi, i => "/api/v1/people?q=" + q(Pick(set.RareNames, i)),
                    i => (searchSql, [set.BigProvince, set.BusyCommune, "%" + HoaNhap.Domain.Text.VietnameseText.Fold(Pick(set.RareNames, i)) + "%"])),
                new("search rare (province)", provinceApi, i => "/api/v1/people?q=" + q(Pick(set.RareNames, i)),
                    i => (searchSql, [set.BigProvince, null, "%" + HoaNhap.Domain.Text.VietnameseText.Fold(Pick(set.RareNames, i)) + "%"])),
                new("person page", communePages, i => "/People/Details/" + PickId(set.PeopleOfBusyCommune, i),
                    i => ("""SELECT * FROM "People" p LEFT JOIN "Cases" c ON c."PersonId" = p."Id" LEFT JOIN "Judgments" j ON j."PersonId" = p."Id" WHERE p."Id" = $1""",
                        [PickId(set.PeopleOfBusyCommune, i)])),
                new("case page", communePages, i => "/Cases/Details/" + PickId(set.CasesOfBusyCommune, i),
                    i => ("""SELECT * FROM "Cases" c JOIN "People" p ON p."Id" = c."PersonId" LEFT JOIN "CheckIn" k ON k."CaseId" = c."Id" WHERE c."Id" = $1""",
                        [PickId(set.CasesOfBusyCommune, i)])),
                new("dashboard API (province)", provinceApi, _ => "/api/v1/dashboard",
                    _ => ("""SELECT "CommuneCode", "Kind", "Status", count(*) FROM "Cases" WHERE "ProvinceCode" = $1 GROUP BY 1, 2, 3""", [set.BigProvince])),
                new("dashboard API (national)", admin, _ => "/api/v1/dashboard",
                    _ => ("""SELECT "ProvinceCode", "Kind", "Status", count(*) FROM "Cases" GROUP BY 1, 2, 3""", [])),
                new("almost-eligible API", provinceApi, _ => "/api/v1/rules/almost-eligible",
                    _ => ("""SELECT * FROM "EligibilityForecasts" WHERE "ProvinceCode" = $1 ORDER BY "On" LIMIT 500""", [set.BigProvince])),
            };

            if (only.Length > 0) endpoints.RemoveAll(e => e.Name != "healthz" && !e.Name.Contains(only, StringComparison.OrdinalIgnoreCase));
            // Warm-up: every endpoint in turn for --warmup seconds, so that what is measured is the steady state of a
            // server that has run for a while (the JIT's optimised code, filled pools and caches), not its first minute.
            if (warmup > 0)
            {
                var all = endpoints.ToList();
                await DriveAsync("warm-up", Math.Max(2, clients.Min()), warmup, i => SendAsync(all[i % all.Count].Client!, all[i % all.Count].Url(i / all.Count)));
            }
            await using var sql = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(cs) { MaxPoolSize = 100 }.ConnectionString);
            var rows = new List<(Measure Http, Measure? Sql)>();
            foreach (var c in clients)
                foreach (var e in endpoints)
                {
                    var http = await DriveAsync(e.Name, c, seconds, i => SendAsync(e.Client!, e.Url(i)));
                    Measure? raw = null;
                    if (e.Sql is { } query)
                        raw = await DriveAsync(e.Name, c, seconds, async i =>
                        {
                            var (text, values) = query(i);
                            await using var cmd = sql.CreateCommand(text);
                            foreach (var v in values)
                            {
                                var parameter = new NpgsqlParameter { Value = v ?? DBNull.Value };
                                if (v is null) parameter.NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text;
                                cmd.Parameters.Add(parameter);
                            }
                            await using var reader = await cmd.ExecuteReaderAsync();
                            while (await reader.ReadAsync()) { }
                            return (string?)null;
                        });
                    rows.Add((http, raw));
                    Console.Error.WriteLine($"  {e.Name} × {c}: p95 {http.P95:F1} ms, {http.PerSecond:F0}/s, errors {http.Errors}{(http.FirstError is { } fe ? " (" + fe + ")" : "")}");
                }

            var reconciliation = only.Length == 0 || "reconciliation".Contains(only, StringComparison.OrdinalIgnoreCase)
                ? await ReconcileAsync(provinceApi, set) : (0, set.ReconciliationRows, "not run");
            Measure? soakRun = null;
            if (soak > 0 && (only.Length == 0 || "soak".Contains(only, StringComparison.OrdinalIgnoreCase)))
            {
                var mixed = endpoints.Where(e => e.Name != "healthz").ToList();
                soakRun = await DriveAsync("all pages mixed (soak)", clients.Max(), soak, i => SendAsync(mixed[i % mixed.Count].Client!, mixed[i % mixed.Count].Url(i / mixed.Count)));
            }

            Print(rows, reconciliation, soakRun, set, scale, jobs);
            return 0;
        }
        finally
        {
            if (app is { HasExited: false }) { app.Kill(entireProcessTree: true); await app.WaitForExitAsync(); }
            NpgsqlConnection.ClearAllPools();
            if (Environment.GetEnvironmentVariable("HOANHAP_BENCH_KEEP") is null && kept.Length == 0)
                await Exec(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
            else Console.WriteLine($"Kept database {database}.");
        }
    }

    static async Task<string?> SendAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead);
        return response.StatusCode == HttpStatusCode.OK ? null : $"{(int)response.StatusCode} {url}";
    }

    /// <summary>Runs <paramref name="clients"/> loops for <paramref name="seconds"/> (after a short warm-up) and collects latencies.</summary>
    static async Task<Measure> DriveAsync(string name, int clients, double seconds, Func<int, Task<string?>> request)
    {
        var next = -1;
        for (var i = 0; i < Math.Min(3, clients + 2); i++) await request(Interlocked.Increment(ref next)); // warm-up
        var errors = 0;
        string? first = null;
        var all = new ConcurrentBag<List<double>>();
        var until = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            var mine = new List<double>();
            while (Stopwatch.GetTimestamp() < until)
            {
                var t = Stopwatch.GetTimestamp();
                string? error;
                try { error = await request(Interlocked.Increment(ref next)); }
                catch (Exception e) { error = e.GetType().Name + ": " + e.Message; }
                mine.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                if (error is not null) { Interlocked.Increment(ref errors); Interlocked.CompareExchange(ref first, error, null); }
            }
            all.Add(mine);
        })));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var sorted = all.SelectMany(x => x).Order().ToArray();
        double At(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(sorted.Length * p) - 1)];
        return new Measure(name, clients, At(0.50), At(0.95), sorted.Length / elapsed, sorted.Length, errors, first);
    }

    /// <summary>Uploads the province's list and waits until the match is done: read + match + write, end to end.</summary>
    static async Task<(double Seconds, int Rows, string Status)> ReconcileAsync(HttpClient api, NationalSet set)
    {
        var sw = Stopwatch.StartNew();
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(set.ReconciliationCsv)) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } }, "file", "danh-sach.csv" },
            { new StringContent(set.BigProvince), "provinceCode" },
            { new StringContent(DateTime.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture)), "month" },
            { new StringContent("true"), "acceptProblems" },
        };
        using var posted = await api.PostAsync("/api/v1/reconciliations", form);
        if (posted.StatusCode != HttpStatusCode.Accepted) return (sw.Elapsed.TotalSeconds, set.ReconciliationRows, $"{(int)posted.StatusCode}: {Short(await posted.Content.ReadAsStringAsync())}");
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        while (sw.Elapsed < TimeSpan.FromMinutes(10))
        {
            using var got = await api.GetAsync($"/api/v1/reconciliations/{id}");
            var status = (await got.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString() ?? "";
            if (status is not ("Uploaded" or "Running")) return (sw.Elapsed.TotalSeconds, set.ReconciliationRows, status);
            await Task.Delay(100);
        }
        return (sw.Elapsed.TotalSeconds, set.ReconciliationRows, "timeout");
    }

    static string Short(string s) => s.Length > 200 ? s[..200] : s;

    static void Print(List<(Measure Http, Measure? Sql)> rows, (double Seconds, int Rows, string Status) reconciliation, Measure? soak, NationalSet set, double scale,
        List<string> jobs)
    {
        Console.WriteLine();
        Console.WriteLine($"National benchmark over HTTP, scale {scale} ({string.Join(", ", set.Counts.Select(k => $"{k.Key} {k.Value:N0}"))}); " +
            $"province {set.BigProvince} {set.BigProvinceName} ({set.BigProvinceCommunes.Count} communes, {set.PeopleOfBigProvince.Count:N0} people), commune {set.BusyCommune}.");
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, load average {LoadAverage()}.");
        foreach (var j in jobs) Console.WriteLine(j);
        Console.WriteLine();
        Console.WriteLine($"| {"endpoint",-26} | clients | p50 ms | p95 ms |  req/s | ×healthz |  ×sql | errors |");
        Console.WriteLine($"|{new string('-', 28)}|---------|--------|--------|--------|----------|-------|--------|");
        var healthz = rows.Where(r => r.Http.Endpoint == "healthz").ToDictionary(r => r.Http.Clients, r => r.Http.PerSecond);
        foreach (var (h, s) in rows.OrderBy(r => r.Http.Clients))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {h.Endpoint,-26} | {h.Clients,7} | {h.P50,6:F1} | {h.P95,6:F1} | {h.PerSecond,6:F0} | {healthz[h.Clients] / h.PerSecond,8:F1} | {(s is null ? "" : (s.PerSecond / h.PerSecond).ToString("F1", CultureInfo.InvariantCulture)),5} | {h.Errors,6} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {"reconciliation upload",-26} | {1,7} | {reconciliation.Rows:N0} rows, read + match + write, end to end: {reconciliation.Seconds:F1} s ({reconciliation.Status}) |"));
        if (soak is not null)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {"all pages mixed (soak)",-26} | {soak.Clients,7} | {soak.P50,6:F1} | {soak.P95,6:F1} | {soak.PerSecond,6:F0} | {"",8} | {"",5} | {soak.Errors,6} |"));
        Console.WriteLine("×healthz: /healthz's req/s over the endpoint's (the cost of the page in units of the bare endpoint); ×sql: the raw SQL's req/s over the endpoint's, same clients, same run.");

        // Targets: at 8 clients (or the nearest client count measured).
        var at = rows.Select(r => r.Http.Clients).Distinct().OrderBy(c => Math.Abs(c - 8)).First();
        Measure? M(string name) => rows.FirstOrDefault(r => r.Http.Clients == at && r.Http.Endpoint == name).Http;
        var targets = new List<(string Name, bool Met, string Got)>();
        // With --only, the targets of the endpoints not driven are left out.
        void P95(string name, double limit) { if (M(name) is not { } m) return; targets.Add(($"{name} p95 < {limit} ms ({at} clients)", m.P95 < limit && m.Errors == 0, $"{m.P95:F1} ms")); }
        P95("worklist page (commune)", 50);
        P95("worklist page (province)", 50);
        P95("search common (commune)", 50);
        P95("search common (province)", 50);
        P95("search rare (commune)", 50);
        P95("search rare (province)", 50);
        P95("case page", 50);
        P95("dashboard API (province)", 200);
        if (reconciliation.Status != "not run")
            targets.Add(($"reconciliation of {reconciliation.Rows:N0} rows < 5 s end to end", reconciliation.Seconds < 5 && reconciliation.Status == "Done", $"{reconciliation.Seconds:F1} s"));
        if (M("worklist page (commune)") is { } worklist && M("healthz") is { } bare)
        {
            var ratio = worklist.PerSecond / bare.PerSecond;
            targets.Add(($"worklist throughput ≥ 50 % of /healthz ({at} clients)", ratio >= 0.5, $"{ratio:P0}"));
        }
        var max = rows.Max(r => r.Http.Clients);
        var errors = rows.Where(r => r.Http.Clients == max).Sum(r => r.Http.Errors) + (soak?.Errors ?? 0);
        targets.Add(($"no error at {max} clients{(soak is null ? "" : $" (and {soak.Requests:N0} mixed requests)")}", errors == 0, $"{errors} errors"));
        Console.WriteLine();
        foreach (var t in targets) Console.WriteLine($"  [{(t.Met ? "met" : "MISSED")}] {t.Name}: {t.Got}");
        Console.WriteLine($"targets: {targets.Count(t => t.Met)}/{targets.Count} met");
    }

    static string LoadAverage() { try { return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); } catch (IOException) { return "?"; } }

    static Process StartApp(string root, string baseUrl, string cs, string adminPassword)
    {
        var web = Path.Combine(root, "src", "HoaNhap.Web");
        var dll = Path.Combine(web, "bin", "Release", "net10.0", "HoaNhap.Web.dll");
        if (!File.Exists(dll)) throw new InvalidOperationException($"{dll} is missing: build src/HoaNhap.Web in Release first (bench/run.sh does).");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", baseUrl])
        {
            WorkingDirectory = web, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production", ["ConnectionStrings__Postgres"] = cs, ["HOANHAP_ADMIN_PASSWORD"] = adminPassword,
                ["Audit__ChainKey"] = NationalData.BenchAuditKey, ["DataProtection__GenerateCertificate"] = "true",
                ["Seed__Demo"] = "false", ["Worklist__Enabled"] = "false", ["Forecast__Enabled"] = "false", ["Rollups__Enabled"] = "false", ["Logging__LogLevel__Default"] = "Warning",
                ["DataFolder"] = Path.Combine(Path.GetTempPath(), "hoanhap-bench-" + Guid.NewGuid().ToString("N")[..8]),
            },
        };
        var p = Process.Start(start)!;
        p.OutputDataReceived += (_, e) => { if (e.Data is { Length: > 0 } d && Environment.GetEnvironmentVariable("HOANHAP_BENCH_APP_LOG") is not null) Console.Error.WriteLine("app: " + d); };
        p.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 } d) Console.Error.WriteLine("app: " + d); };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }

    static async Task WaitHealthyAsync(string baseUrl, Process app)
    {
        using var client = NewClient(baseUrl);
        var sw = Stopwatch.StartNew();
        while (sw.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (app.HasExited) throw new InvalidOperationException($"The application exited with {app.ExitCode}.");
            try { if ((await client.GetAsync("/healthz")).IsSuccessStatusCode) return; }
            catch (HttpRequestException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException("The application did not answer /healthz within 3 minutes.");
    }

    static HttpClient NewClient(string baseUrl, CookieContainer? cookies = null) =>
        new(new SocketsHttpHandler { CookieContainer = cookies ?? new CookieContainer(), UseCookies = cookies is not null, AllowAutoRedirect = false, MaxConnectionsPerServer = 256 })
        { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(2) };

    static async Task<HttpClient> ApiClientAsync(string baseUrl, string user, string password)
    {
        var client = NewClient(baseUrl);
        using var r = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = user, password });
        if (!r.IsSuccessStatusCode) throw new InvalidOperationException($"Sign-in of {user} failed: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        var token = (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Signs in through the login form (antiforgery token and all), as a person at a browser would.</summary>
    static async Task<HttpClient> PageClientAsync(string baseUrl, string user, string password)
    {
        var client = NewClient(baseUrl, new CookieContainer());
        var page = await client.GetStringAsync("/Account/Login");
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        using var r = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user, ["Password"] = password, ["__RequestVerificationToken"] = token,
        }));
        if (r.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Page sign-in of {user} failed: {(int)r.StatusCode}");
        return client;
    }

    static async Task CreateUserAsync(HttpClient admin, string user, string password, string role, string unit)
    {
        using var r = await admin.PostAsJsonAsync("/api/v1/users", new { userName = user, password, fullName = "Cán bộ " + user, role, unitCode = unit });
        // A kept database already has the bench's users.
        if (!r.IsSuccessStatusCode && !(r.StatusCode == HttpStatusCode.Conflict || (await r.Content.ReadAsStringAsync()).Contains("đã được sử dụng", StringComparison.Ordinal))) throw new InvalidOperationException($"Creating {user} failed: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
    }

    static int FreePort()
    {
        var l = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    static async Task Exec(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 600 };
        await cmd.ExecuteNonQueryAsync();
    }

    static async Task<bool> ExistsAsync(string server, string database)
    {
        await using var conn = new NpgsqlConnection(server);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", conn) { Parameters = { new() { Value = database } } };
        return await cmd.ExecuteScalarAsync() is not null;
    }

    static string Opt(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}

/// <summary>The background jobs at this scale, run by the application itself in its own process (<c>run-jobs</c>): time and peak memory.</summary>
static class Jobs
{
    public static async Task<List<string>> RunAsync(string root, string cs)
    {
        var web = Path.Combine(root, "src", "HoaNhap.Web");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(web, "bin", "Release", "net10.0", "HoaNhap.Web.dll"), "run-jobs"])
        {
            WorkingDirectory = web, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production", ["ConnectionStrings__Postgres"] = cs, ["Logging__LogLevel__Default"] = "Warning",
                ["Audit__ChainKey"] = NationalData.BenchAuditKey, ["DataProtection__GenerateCertificate"] = "true",
                ["DataFolder"] = Path.Combine(Path.GetTempPath(), "hoanhap-bench-jobs-" + Guid.NewGuid().ToString("N")[..8]),
                ["Worklist__Enabled"] = "false", ["Forecast__Enabled"] = "false", ["Rollups__Enabled"] = "false",
            },
        };
        using var p = Process.Start(start)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var lines = new List<string>();
        while (await p.StandardOutput.ReadLineAsync() is { } line)
            if (line.StartsWith("job ", StringComparison.Ordinal)) { lines.Add(line); Console.Error.WriteLine(line); }
        await p.WaitForExitAsync();
        if (p.ExitCode != 0) lines.Add($"job run failed ({p.ExitCode}): {(await stderr).Split('\n').FirstOrDefault(l => l.Contains("Exception", StringComparison.Ordinal))}");
        return lines;
    }
}
