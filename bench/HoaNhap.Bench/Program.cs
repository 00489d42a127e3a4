// Search at national scale: the people search of the registry (the application's own handler)
// against a generated data set, on PostgreSQL, with the trigram index (what production runs)
// and without it (the baseline: the same query forced to scan). Reported as a ratio measured in
// the same run on the same data, so the figure does not depend on the machine.
//
//   bench/run.sh [--people 500000] [--queries 40]
//   bench/run.sh reconciliation [--rows 50000] [--people 150000]   (see ReconciliationBench.cs)
//   bench/run.sh import [--rows 50000]                              (see ImportBench.cs: reading in memory, commit into PostgreSQL)
//   bench/run.sh dashboard [--people 300000] [--runs 10]            (see DashboardBench.cs)
//   bench/run.sh http [--scale 1.0] [--clients 1,8,64] [--seconds 30] (see National/HttpBench.cs)
using System.Diagnostics;
using System.Globalization;
using HoaNhap.Data;
using HoaNhap.Demo;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Features.People;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

if (args is ["import", ..])
{
    var read = ImportBench.Run(Arg("--rows", 50_000));
    var postgres = Environment.GetEnvironmentVariable("HOANHAP_BENCH_POSTGRES")
        ?? throw new InvalidOperationException("Set HOANHAP_BENCH_POSTGRES (bench/run.sh starts a throw-away server).");
    var commit = await ImportBench.RunCommitAsync(postgres, Arg("--rows", 50_000));
    return read != 0 ? read : commit;
}
if (args is ["reconciliation", ..])
    return ReconciliationBench.Run(Arg("--rows", 50_000), Arg("--people", 150_000));

var people = Arg("--people", 500_000);
var queries = Arg("--queries", 40);
var server = Environment.GetEnvironmentVariable("HOANHAP_BENCH_POSTGRES")
    ?? throw new InvalidOperationException("Set HOANHAP_BENCH_POSTGRES (bench/run.sh starts a throw-away server).");
if (args is ["http", ..])
    return await HoaNhap.Bench.National.HttpBench.RunAsync(args, server, Context);

var database = "hoanhap_bench_" + Guid.NewGuid().ToString("N")[..8];
await Exec(server, $"CREATE DATABASE \"{database}\" TEMPLATE template0 ENCODING 'UTF8'");
var cs = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
try
{
    await using (var db = Context(cs))
    {
        await db.Database.MigrateAsync();
        await ReferenceData.LoadAsync(db);
    }
    var communes = await CommunesAsync(cs);
    var sw = Stopwatch.StartNew();
    var names = await GenerateAsync(cs, people, communes);
    Console.WriteLine($"Generated {people:N0} people in {communes.Count:N0} communes in {sw.Elapsed.TotalSeconds:F1} s.");
    await Exec(cs, "VACUUM ANALYZE \"People\"");
    if (args is ["dashboard", ..])
    {
        sw.Restart();
        await DashboardBench.GenerateAsync(cs);
        Console.WriteLine($"Generated cases and breaches in {sw.Elapsed.TotalSeconds:F1} s.");
        await DashboardBench.RunAsync(cs, () => Context(cs), Arg("--runs", 10));
        return 0;
    }

    // Terms a provincial officer types: a given + family name pair, a rare full name, a fragment.
    var rnd = new Random(7);
    var terms = Enumerable.Range(0, queries).Select(i => VietnameseText.Fold(i % 3 == 0
        ? names[rnd.Next(names.Count)]
        : i % 3 == 1 ? string.Join(' ', names[rnd.Next(names.Count)].Split(' ')[^2..]) : names[rnd.Next(names.Count)].Split(' ')[^1] + " " + names[rnd.Next(names.Count)].Split(' ')[0])).ToList();
    var officer = new CurrentUser("bench", "bench", "Bench", Roles.ProvinceOfficer, communes[0].Province, null);

    var indexed = await MeasureAsync(cs, officer, terms);
    var scanned = await MeasureAsync(cs + ";Options=-c enable_bitmapscan=off -c enable_indexscan=off", officer, terms);
    Console.WriteLine();
    Console.WriteLine($"People search, {people:N0} people, {terms.Count} queries, scope: one province ({officer.ProvinceCode}).");
    Console.WriteLine($"  baseline (no index, sequential scan): median {Median(scanned):F1} ms, p95 {P95(scanned):F1} ms");
    Console.WriteLine($"  trigram index (production):           median {Median(indexed):F1} ms, p95 {P95(indexed):F1} ms");
    Console.WriteLine($"  speed-up (baseline / indexed, median): {Median(scanned) / Median(indexed):F1}x");
}
finally
{
    NpgsqlConnection.ClearAllPools();
    await Exec(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
}
return 0;

static async Task<List<double>> MeasureAsync(string cs, CurrentUser user, List<string> terms)
{
    var times = new List<double>();
    await using var db = Context(cs);
    await PeopleQueries.SearchAsync(db, user, new PeopleFilter(terms[0], null, null, null), default); // warm-up
    foreach (var term in terms)
    {
        var sw = Stopwatch.StartNew();
        var result = await PeopleQueries.SearchAsync(db, user, new PeopleFilter(term, null, null, null), default);
        times.Add(sw.Elapsed.TotalMilliseconds);
        if (!result.Succeeded) throw new InvalidOperationException("search failed");
    }
    return times;
}

static HoaNhapDbContext Context(string cs)
{
    var options = new DbContextOptionsBuilder<HoaNhapDbContext>();
    new DatabaseSettings(DatabaseProvider.Postgres, cs).Apply(options);
    return new HoaNhapDbContext(options.Options);
}

static async Task<List<(string Code, string Province)>> CommunesAsync(string cs)
{
    await using var db = Context(cs);
    return (await db.Communes.AsNoTracking().OrderBy(c => c.Code).Select(c => new { c.Code, c.ProvinceCode }).ToListAsync())
        .Select(c => (c.Code, c.ProvinceCode)).ToList();
}

/// <summary>Writes people with COPY (deterministic), spread over every commune; returns their names.</summary>
static async Task<List<string>> GenerateAsync(string cs, int count, List<(string Code, string Province)> communes)
{
    string[] families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Hà", "Lò", "Quách"];
    string[] middles = ["Văn", "Thị", "Đức", "Minh", "Quang", "Hữu", "Công", "Ngọc", "Thanh", "Xuân"];
    string[] givens = ["An", "Bình", "Cường", "Dũng", "Đạt", "Giang", "Hải", "Hùng", "Khánh", "Lâm", "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Việt", "Yến", "Hương", "Lan"];
    var rnd = new Random(2026);
    var names = new List<string>(count);
    var now = DateTimeOffset.UtcNow;
    await using var conn = new NpgsqlConnection(cs);
    await conn.OpenAsync();
    await using (var copy = await conn.BeginBinaryImportAsync(
        "COPY \"People\" (\"Id\",\"ProvinceCode\",\"CommuneCode\",\"FullName\",\"BirthYear\",\"Gender\",\"PersonalIdNumber\",\"Address\",\"SearchKey\",\"Version\",\"CreatedAt\",\"CreatedBy\",\"UpdatedAt\",\"UpdatedBy\") FROM STDIN (FORMAT BINARY)"))
    {
        for (var i = 0; i < count; i++)
        {
            var (commune, province) = communes[rnd.Next(communes.Count)];
            var gender = rnd.Next(5) == 0 ? Gender.Female : Gender.Male;
            var name = $"{families[rnd.Next(families.Length)]} {middles[rnd.Next(middles.Length)]} {givens[rnd.Next(givens.Length)]} {givens[rnd.Next(givens.Length)]}";
            var year = 1955 + rnd.Next(50);
            names.Add(name);
            await copy.StartRowAsync();
            await copy.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid);
            await copy.WriteAsync(province);
            await copy.WriteAsync(commune);
            await copy.WriteAsync(name);
            await copy.WriteAsync(year);
            await copy.WriteAsync(gender.ToString());
            // Serials are unique below a million people; beyond, the number is left empty.
            if (i < 1_000_000) await copy.WriteAsync(PersonalIdNumberRule.Make("001", year, gender, i));
            else await copy.WriteNullAsync();
            await copy.WriteAsync("Tổ " + rnd.Next(1, 30).ToString(CultureInfo.InvariantCulture));
            await copy.WriteAsync(VietnameseText.Fold(name));
            await copy.WriteAsync(0L);
            await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
            await copy.WriteAsync("bench");
            await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
            await copy.WriteAsync("bench");
        }
        await copy.CompleteAsync();
    }
    return names;
}

static async Task Exec(string cs, string sql)
{
    await using var conn = new NpgsqlConnection(cs);
    await conn.OpenAsync();
    await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 600 };
    await cmd.ExecuteNonQueryAsync();
}

static double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
static double P95(List<double> xs) => xs.Order().ElementAt((int)Math.Ceiling(xs.Count * 0.95) - 1);

int Arg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}
