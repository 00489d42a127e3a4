using System.Security.Cryptography;
using HoaNhap.Data;
using HoaNhap.Data.Identity;
using HoaNhap.Demo;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using HoaNhap.Web.Features.Users;

namespace HoaNhap.Web.Shared.Composition;

/// <summary>
/// On start: apply migrations, load the official units, create the administrator and, when
/// asked, the demo province with its users and people. Prints what a person needs to sign in.
/// </summary>
public static class DatabaseStartup
{
    public const string AdminUserName = "admin";

    /// <param name="progress">Where to say what is being done (the console on a real start); nothing when null.</param>
    public static async Task<IReadOnlyList<string>> PrepareAsync(IServiceProvider root, IConfiguration config, CancellationToken ct = default,
        TextWriter? progress = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        void Say(string line) => progress?.WriteLine(line);
        using var scope = root.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<HoaNhapDbContext>();
        var settings = sp.GetRequiredService<DatabaseSettings>();
        var lines = new List<string>();
        Say(settings.Provider == DatabaseProvider.Sqlite
            ? $"HoaNhap: chuẩn bị cơ sở dữ liệu SQLite ({SqliteFile(settings.ConnectionString)})."
            : "HoaNhap: chuẩn bị cơ sở dữ liệu PostgreSQL.");
        // EF probes a fresh database's history table by querying it, which logs a failed command ("fail:") as the
        // first thing a new user reads: create the (empty) table first, as EF itself would.
        var history = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IHistoryRepository>();
        await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), ct);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(ct)).Except(db.Database.GetMigrations()).ToList();
        if (unknown.Count > 0)
            throw new StartupRefusedException(UnknownMigrationsMessage(settings, unknown));
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).Count();
        if (pending > 0)
            Say(pending == db.Database.GetMigrations().Count()
                ? $"  • Tạo cấu trúc cơ sở dữ liệu ({pending} bước migration, chỉ lần chạy đầu)…"
                : $"  • Cập nhật cấu trúc cơ sở dữ liệu ({pending} bước migration)…");
        await db.Database.MigrateAsync(ct);
        // Database settings a migration set (jit = off, MigrationSql) apply to new sessions: drop the ones pooled before.
        if (db.Database.IsNpgsql()) Npgsql.NpgsqlConnection.ClearPool((Npgsql.NpgsqlConnection)db.Database.GetDbConnection());
        if (!await db.Communes.AnyAsync(ct))
            Say("  • Nạp danh mục chính thức 34 tỉnh, thành phố và 3.321 xã, phường, đặc khu…");
        await ReferenceData.LoadAsync(db, ct);
        await Data.Rules.RuleData.LoadAsync(db, ct);

        var users = sp.GetRequiredService<UserManager<AppUser>>();
        var adminPassword = config["HOANHAP_ADMIN_PASSWORD"];
        if (await users.FindByNameAsync(AdminUserName) is null)
        {
            var generated = string.IsNullOrEmpty(adminPassword);
            adminPassword = generated ? NewPassword() : adminPassword!;
            await CreateUserAsync(db, users, AdminUserName, adminPassword, "Quản trị hệ thống", Roles.SystemAdmin, config["Admin:UnitCode"] ?? "01");
            lines.Add(generated
                ? $"Tài khoản quản trị: admin / {adminPassword}  (mật khẩu sinh ngẫu nhiên, chỉ in một lần — hãy đổi sau khi đăng nhập)"
                : "Tài khoản quản trị: admin / (mật khẩu lấy từ biến môi trường HOANHAP_ADMIN_PASSWORD)");
        }
        else lines.Add("Tài khoản quản trị: admin (đã có từ trước)");

        var demo = config.GetValue<bool?>("Seed:Demo") ?? settings.Provider == DatabaseProvider.Sqlite;
        if (demo) lines.AddRange(await SeedDemoAsync(db, users, config, Say, ct));
        Say($"  • Xong sau {clock.Elapsed.TotalSeconds:0} giây.");
        return lines;
    }

    /// <summary>
    /// The migrations were squashed into one initial migration per provider before anything was deployed (README,
    /// "Migrations"): a database made by the earlier ones cannot be brought forward, and EF would otherwise fail on the
    /// first table that already exists.
    /// </summary>
    public static string UnknownMigrationsMessage(DatabaseSettings settings, IReadOnlyList<string> unknown) =>
        (settings.Provider == DatabaseProvider.Sqlite
            ? $"Cơ sở dữ liệu SQLite {SqliteFile(settings.ConnectionString)} được tạo bởi một phiên bản cũ của HoaNhap"
            : "Cơ sở dữ liệu PostgreSQL được tạo bởi một phiên bản cũ của HoaNhap")
        + $" (có {unknown.Count} bước migration không còn trong phiên bản này, ví dụ {unknown[0]}). "
        + "Cấu trúc cơ sở dữ liệu đã được gộp lại trước khi triển khai, nên không thể nâng cấp cơ sở dữ liệu này: "
        + (settings.Provider == DatabaseProvider.Sqlite
            ? "hãy xoá tệp đó (dữ liệu mẫu sẽ được tạo lại khi chạy) rồi chạy lại."
            : "hãy tạo một cơ sở dữ liệu mới rồi chạy lại.");

    static string SqliteFile(string connectionString) =>
        new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;

    static async Task<IEnumerable<string>> SeedDemoAsync(HoaNhapDbContext db, UserManager<AppUser> users, IConfiguration config,
        Action<string> say, CancellationToken ct)
    {
        var folder = DataFolder.Ensure(config, Directory.GetCurrentDirectory());
        var loginsFile = Path.Combine(folder, "demo-logins.txt");
        if (await users.FindByNameAsync("tinh.canbo") is not null)
            return File.Exists(loginsFile) ? File.ReadAllLines(loginsFile) : ["Dữ liệu mẫu đã có từ trước."];

        say($"  • Tạo dữ liệu mẫu: Tỉnh Phú Thọ, 3 xã, phường, khoảng 150 người và tài khoản mẫu cho mỗi vai trò…");
        var password = config["HOANHAP_DEMO_PASSWORD"] is { Length: > 0 } p ? p : NewPassword();
        var province = DemoSeeder.ProvinceCode;
        var communes = await db.Communes.AsNoTracking().Where(c => DemoSeeder.CommuneCodes.Contains(c.Code)).ToListAsync(ct);
        var list = new List<(string User, string Role, string Unit)>();
        async Task Add(string userName, string fullName, string role, string unit)
        {
            await CreateUserAsync(db, users, userName, password, fullName, role, unit);
            list.Add((userName, role, unit));
        }
        await Add("tinh.canbo", "Trần Minh Đức", Roles.ProvinceOfficer, province);
        await Add("toaan", "Nguyễn Thị Lan", Roles.CourtReader, province);
        await Add("vks", "Lê Văn Hùng", Roles.ProcuracyReader, province);
        await Add("nganhang", "Phạm Thu Hà", Roles.BankOfficer, province);
        var supervisors = new Dictionary<string, IReadOnlyList<(string UserId, string Name)>>();
        var officers = new Dictionary<string, (string UserId, string Name)>();
        string[] officerNames = ["Đinh Công Thành", "Bùi Quang Huy", "Hà Văn Sơn"];
        string[] leaderNames = ["Xa Thị Hồng", "Quách Văn Tiến", "Đinh Thị Mai"];
        string[][] supervisorNames = [["Nguyễn Thị Hoa", "Bùi Văn Khánh"], ["Lò Thị Nga", "Trịnh Văn Bình"], ["Xa Văn Thắng", "Hà Thị Liên"]];
        for (var i = 0; i < communes.Count; i++)
        {
            var c = communes.OrderBy(x => x.Code).ElementAt(i);
            var slug = VietnameseText.Fold(c.Name).Replace(" ", "");
            await Add($"ca.{slug}", officerNames[i % 3], Roles.CommuneOfficer, c.Code);
            officers[c.Code] = ((await users.FindByNameAsync($"ca.{slug}"))!.Id, officerNames[i % 3]);
            await Add($"ubnd.{slug}", leaderNames[i % 3], Roles.CommuneLeader, c.Code);
            var assigned = new List<(string, string)>();
            for (var k = 0; k < 2; k++)
            {
                var name = supervisorNames[i % 3][k];
                await Add($"giamsat{k + 1}.{slug}", name, Roles.Supervisor, c.Code);
                assigned.Add(((await users.FindByNameAsync($"giamsat{k + 1}.{slug}"))!.Id, name));
            }
            supervisors[c.Code] = assigned;
        }
        // A body of the plans (issue 19, part 6): the Women's Union of the first commune reports on its own tasks.
        var first = communes.OrderBy(x => x.Code).First();
        var firstSlug = VietnameseText.Fold(first.Name).Replace(" ", "");
        await CreateUserAsync(db, users, $"phunu.{firstSlug}", password, "Lê Thị Thu", Roles.PartnerBody, first.Code, nameof(HoaNhap.Domain.Plans.Body.WomensUnion));
        list.Add(($"phunu.{firstSlug}", Roles.PartnerBody, first.Code));
        var people = await DemoSeeder.SeedPeopleAsync(db, supervisors, db.Today, ct);
        await DemoReintegration.SeedAsync(db, officers, db.Today, ct);

        var lines = new List<string>
        {
            $"Dữ liệu mẫu: Tỉnh Phú Thọ, {communes.Count} xã/phường, {people} người.",
            $"Mật khẩu chung của các tài khoản mẫu: {password}",
        };
        // The unit by its name, as everywhere in the application (the code alone says nothing to a new user).
        var demoProvince = await db.Provinces.AsNoTracking().SingleAsync(p => p.Code == DemoSeeder.ProvinceCode, ct);
        var unitNames = communes.ToDictionary(c => c.Code, c => c.FullName);
        unitNames[demoProvince.Code] = demoProvince.FullName;
        lines.AddRange(list.Select(u => $"  {u.User,-22} {Roles.Title(u.Role),-28} {unitNames.GetValueOrDefault(u.Unit, "đơn vị " + u.Unit)}"));
        // Demo accounts only: kept so that a restart can print them again.
        await File.WriteAllLinesAsync(loginsFile, lines, ct);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(loginsFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return lines;
    }

    static async Task CreateUserAsync(HoaNhapDbContext db, UserManager<AppUser> users, string userName, string password,
        string fullName, string role, string unitCode, string? body = null)
    {
        var outcome = await UserCommands.CreateAsync(db, users, new UserInput
        {
            UserName = userName, Password = password, FullName = fullName, Role = role, UnitCode = unitCode, Body = body,
        }, CancellationToken.None);
        if (!outcome.Succeeded)
            throw new InvalidOperationException($"Không tạo được tài khoản {userName}: " +
                string.Join(" ", outcome.Errors.SelectMany(e => e.Value)));
    }

    static string NewPassword()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        return "Hn-" + RandomNumberGenerator.GetString(alphabet, 14) + "9a";
    }
}
