// Importing a commune's register at provincial scale: a generated TCVN3 CSV of 50,000 rows with the commune's own headers,
// dates in every form, names in capitals, IDs with spaces.
// 1. Reading, in memory: the import's reader (encoding detected, header mapping proposed, every row normalised and checked:
//    dates, personal ID structure, penalty limits, commune, offence) against the baseline of only decoding the bytes and
//    splitting the CSV (what any reader must do), in the same run.
// 2. The commit, into a real PostgreSQL (bench/run.sh starts a throw-away cluster): the upload as the application does it
//    (read, checked, previewed with its likely duplicates, stored), then the commit as the background job does it (every row
//    checked with the registry's rules, people, judgments and their chained audit entries written by binary COPY in one
//    transaction) against the baseline of a plain binary COPY of the same people and judgments (no checks, no audit), in the
//    same database and run. The audit chain is verified afterwards.
//
//   bench/run.sh import [--rows 50000]
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using HoaNhap.Data;
using HoaNhap.Data.Audit;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Import;
using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Reconciliation;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Text;
using HoaNhap.Domain.Units;
using HoaNhap.Web.Features.AuditLog;
using HoaNhap.Web.Features.Import;
using HoaNhap.Web.Integration;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Imports;
using Microsoft.EntityFrameworkCore;
using Npgsql;

static class ImportBench
{
    static readonly string[] Families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
    static readonly string[] Givens = ["An", "Bình", "Cường", "Dũng", "Hải", "Hương", "Lan", "Long", "Nam", "Phúc", "Quang", "Sơn", "Tâm", "Thảo"];

    public static int Run(int rowsWanted)
    {
        var rnd = new Random(2026);
        var today = new DateOnly(2026, 12, 7);
        var province = new Province { Code = "25", Name = "Phú Thọ", Kind = ProvinceKind.Province };
        var communes = Enumerable.Range(0, 148).Select(i => new Commune { Code = (4000 + i).ToString("00000"), Name = $"Số {i} {Givens[i % Givens.Length]}", Kind = CommuneKind.Commune, ProvinceCode = "25" }).ToList();
        var locator = new CommuneLocator(province, communes);
        var csv = Register(rowsWanted, rnd, communes.Select(c => c.FullName).ToList());
        var bytes = Tcvn3.Encode(csv);
        Console.WriteLine($"Register: {rowsWanted:N0} rows, {bytes.Length / 1024.0 / 1024.0:0.0} MB, TCVN3.");

        List<double> baseline = [], reader = [];
        int valid = 0;
        for (var run = 0; run < 5; run++)
        {
            var sw = Stopwatch.StartNew();
            var plain = CsvTable.Read(Tcvn3.Decode(bytes));
            baseline.Add(sw.Elapsed.TotalMilliseconds);
            if (plain.Count != rowsWanted + 1) throw new InvalidOperationException("The baseline did not read every row.");

            sw.Restart();
            var (text, encoding) = RegisterText.Decode(bytes);
            var table = CsvTable.Read(text);
            var mapping = RegisterFields.Propose(table[0], RegisterKind.CommunitySentences);
            var rows = RegisterReader.Read(table, mapping, new RegisterReader.Options(RegisterKind.CommunitySentences, locator, today));
            reader.Add(sw.Elapsed.TotalMilliseconds);
            valid = rows.Count(x => x.IsValid);
            if (encoding != RegisterEncoding.Tcvn3) throw new InvalidOperationException("TCVN3 not detected.");
        }
        double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
        Console.WriteLine($"Baseline (decode + split CSV): median {Median(baseline):0} ms");
        Console.WriteLine($"Import reader (detect, map, normalise, check every row): median {Median(reader):0} ms, {valid:N0} of {rowsWanted:N0} rows valid");
        Console.WriteLine($"Ratio reader / baseline: {Median(reader) / Median(baseline):0.0}x");
        return valid == rowsWanted ? 0 : 1;
    }

    /// <summary>A register of <paramref name="rows"/> people serving suspended sentences, with unique personal IDs, living in <paramref name="communes"/>.</summary>
    static string Register(int rows, Random rnd, IReadOnlyList<string> communes)
    {
        var csv = new StringBuilder("STT,HỌ VÀ TÊN,NS,Số CCCD,Nơi cư trú,Số BA,Ngày BA,Tòa án,Tội danh,Loại án,Mức án,TGTT,Ngày HL\r\n");
        for (var r = 0; r < rows; r++)
        {
            var male = rnd.Next(2) == 0;
            var born = new DateOnly(1960, 1, 1).AddDays(rnd.Next(45 * 365));
            var name = $"{Families[rnd.Next(Families.Length)]} {(male ? "Văn" : "Thị")} {Givens[rnd.Next(Givens.Length)]}";
            var id = PersonalIdNumberRule.Make("025", born.Year, male ? Gender.Male : Gender.Female, r);
            var judged = new DateOnly(2024, 1, 1).AddDays(rnd.Next(900));
            var commune = communes[rnd.Next(communes.Count)];
            csv.Append($"{r + 1},{(rnd.Next(3) == 0 ? name.ToUpperInvariant() : name)},{(rnd.Next(2) == 0 ? born.ToString("d/M/yy") : born.ToString("dd/MM/yyyy"))},")
               .Append($"{id[..3]} {id[3..]},\"Thôn {rnd.Next(20)}, {commune}\",{r}/{judged.Year}/HS-ST,{judged:dd-MM-yyyy},TAND khu vực 1 - Phú Thọ,")
               .Append($"Trộm cắp tài sản,Án treo,{6 + rnd.Next(30)} tháng,{12 + rnd.Next(48)},{judged.AddDays(30):dd.MM.yyyy}\r\n");
        }
        return csv.ToString();
    }

    /// <summary>The commit of <paramref name="rowsWanted"/> rows into PostgreSQL against a plain COPY of the same rows (see the top of this file).</summary>
    public static async Task<int> RunCommitAsync(string server, int rowsWanted)
    {
        var database = "hoanhap_bench_import_" + Guid.NewGuid().ToString("N")[..8];
        await ExecAsync(server, $"CREATE DATABASE \"{database}\" TEMPLATE template0 ENCODING 'UTF8'");
        var cs = new NpgsqlConnectionStringBuilder(server) { Database = database, CommandTimeout = 600 }.ConnectionString;
        var folder = Directory.CreateTempSubdirectory("hoanhap-bench-import-");
        try
        {
            var builder = new DbContextOptionsBuilder<HoaNhapDbContext>();
            new DatabaseSettings(DatabaseProvider.Postgres, cs).Apply(builder);
            var options = builder.Options;
            var audit = new AuditChainSettings(RandomNumberGenerator.GetBytes(32), Path.Combine(folder.FullName, AuditChainSettings.AnchorFileName),
                AuditChainSettings.DefaultAnchorEvery, "bench");
            List<string> communes;
            await using (var db = new HoaNhapDbContext(options, null, audit))
            {
                await db.Database.MigrateAsync();
                NpgsqlConnection.ClearAllPools();
                await ReferenceData.LoadAsync(db);
                await HoaNhap.Data.Rules.RuleData.LoadAsync(db);
                communes = (await db.Communes.AsNoTracking().Where(c => c.ProvinceCode == "25").OrderBy(c => c.Code).ToListAsync()).Select(c => c.FullName).ToList();
            }
            var content = Encoding.UTF8.GetBytes(Register(rowsWanted, new Random(2027), communes));
            var officer = new CurrentUser("bench-officer", "bench.officer", "Cán bộ đo", Roles.ProvinceOfficer, "25", null);
            Console.WriteLine();
            Console.WriteLine($"Commit into PostgreSQL: {rowsWanted:N0} rows (UTF-8 CSV, {content.Length / 1024.0 / 1024.0:0.0} MB) into province 25 ({communes.Count} communes).");

            // The upload as the application does it: nothing is written to the registry yet.
            var sw = Stopwatch.StartNew();
            Guid id;
            await using (var db = new HoaNhapDbContext(options, null, audit))
            {
                var uploaded = await ImportCommands.UploadAsync(db, officer, new ImportInput { Kind = "CommunitySentences", UnitCode = "25", FileName = "so-tinh.csv", Content = content }, default);
                if (!uploaded.Succeeded) throw new InvalidOperationException(string.Join(" ", uploaded.Errors.SelectMany(e => e.Value)));
                id = uploaded.Value!.Id;
                if (uploaded.Value.ValidRows != rowsWanted) throw new InvalidOperationException($"Only {uploaded.Value.ValidRows:N0} rows are valid.");
            }
            var uploadTime = sw.Elapsed.TotalSeconds;
            sw.Restart();
            int duplicates;
            await using (var db = new HoaNhapDbContext(options, null, audit))
                duplicates = (await ImportCommands.PreviewAsync(db, officer, id, default))!.Duplicates.Count;
            var previewTime = sw.Elapsed.TotalSeconds;
            Console.WriteLine($"  upload (read, check, store): {uploadTime:0.0} s; preview with likely duplicates: {previewTime:0.0} s ({duplicates:N0} within the file)");

            // Baseline: the same people and judgments (as read, no checks, no audit) by plain binary COPY, rolled back.
            var rows = await ReadRowsAsync(options, id);
            var now = DateTimeOffset.UtcNow;
            var people = rows.Select(r => new Person
            {
                ProvinceCode = "25", CommuneCode = r.CommuneCode!, FullName = r.FullName, DateOfBirth = r.DateOfBirth, BirthYear = r.BirthYear,
                Gender = r.Gender ?? Gender.Male, PersonalIdNumber = r.PersonalIdNumber, Address = r.Address, SearchKey = VietnameseText.Fold(r.FullName),
                CreatedAt = now, CreatedBy = "bench", UpdatedAt = now, UpdatedBy = "bench",
            }).ToList();
            var judgments = rows.Zip(people, (r, p) => new Judgment
            {
                PersonId = p.Id, ProvinceCode = p.ProvinceCode, CommuneCode = p.CommuneCode, Number = r.JudgmentNumber!, NumberKey = VietnameseText.Fold(r.JudgmentNumber),
                Court = r.Court!, JudgmentDate = r.JudgmentDate!.Value, EffectiveOn = r.EffectiveOn!.Value, Offences = [.. r.Offences], MainPenalty = r.Penalty!.Value,
                TermMonths = r.TermMonths, ProbationMonths = r.ProbationMonths, CreatedAt = now, CreatedBy = "bench", UpdatedAt = now, UpdatedBy = "bench",
            }).ToList();
            await using (var db = new HoaNhapDbContext(options))
            {
                await using var conn = new NpgsqlConnection(cs);
                await conn.OpenAsync();
                sw.Restart();
                await using var tx = await conn.BeginTransactionAsync();
                await BulkInsert.CopyAsync(conn, db.Model, people);
                await BulkInsert.CopyAsync(conn, db.Model, judgments);
                var baseline = sw.Elapsed.TotalSeconds;
                await tx.RollbackAsync();
                Console.WriteLine($"  baseline (plain binary COPY of the same {people.Count:N0} people and {judgments.Count:N0} judgments, no checks, no audit): {baseline:0.00} s");

                // The commit as the background job runs it, as the officer who uploaded the file.
                RegisterImport import;
                await using (var queueDb = new HoaNhapDbContext(options, null, audit))
                {
                    var queued = await ImportCommands.CommitAsync(queueDb, officer, id, false, new ImportQueue(), default);
                    if (!queued.Succeeded) throw new InvalidOperationException(string.Join(" ", queued.Errors.SelectMany(e => e.Value)));
                    import = await queueDb.Set<RegisterImport>().AsNoTracking().FirstAsync(i => i.Id == id);
                }
                var steps = 0;
                sw.Restart();
                int created;
                await using (var writer = new HoaNhapDbContext(options, new ImportActor(import), audit, TimeProvider.System))
                    (created, _) = await RegisterImportCommitter.WriteAsync(writer, import, _ => steps++, default);
                var commit = sw.Elapsed.TotalSeconds;
                await using var check = new HoaNhapDbContext(options, null, audit);
                var entries = await check.AuditEntries.CountAsync(a => a.Action == "Import");
                sw.Restart();
                var verified = await AuditVerification.VerifyAsync(check, "25");
                Console.WriteLine($"  import commit (read again, check every row with the registry's rules, write people, judgments and chained audit entries; "
                    + $"{steps} chunks of {RegisterImportCommitter.RowsPerChunk:N0}): {commit:0.00} s, {created:N0} people, {rowsWanted / commit:N0} rows/s");
                Console.WriteLine($"  audit: {entries:N0} source entries; chain 25 {(verified.Intact ? "intact" : "BROKEN: " + verified.Reason)}, "
                    + $"{verified.EntriesChecked:N0} entries verified in {sw.Elapsed.TotalSeconds:0.0} s");
                Console.WriteLine($"  ratio commit / baseline: {commit / baseline:0.0}x; upload + commit {uploadTime + commit:0.0} s "
                    + $"({(uploadTime + commit <= 60 ? "within" : "NOT within")} the minute)");
                return created == rowsWanted && verified.Intact && uploadTime + commit <= 60 ? 0 : 1;
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecAsync(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
            folder.Delete(true);
        }
    }

    static async Task<List<RegisterRow>> ReadRowsAsync(DbContextOptions<HoaNhapDbContext> options, Guid id)
    {
        await using var db = new HoaNhapDbContext(options);
        var import = await db.Set<RegisterImport>().AsNoTracking().FirstAsync(i => i.Id == id);
        var content = await db.Set<RegisterImportFile>().Where(f => f.ImportId == id).Select(f => f.Content).FirstAsync();
        var (table, _) = RegisterFile.Read(content, null);
        return await RegisterFile.RowsAsync(db, import, table!, RegisterFile.ParseMapping(import.Mapping), default);
    }

    static async Task ExecAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 600 };
        await cmd.ExecuteNonQueryAsync();
    }
}
