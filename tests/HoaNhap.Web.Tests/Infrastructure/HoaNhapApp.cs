using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using HoaNhap.Data;
using HoaNhap.Data.Identity;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.People;
using HoaNhap.Web.Features.People;
using HoaNhap.Web.Features.Supervision;
using HoaNhap.Web.Features.Users;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HoaNhap.Web.Tests.Infrastructure;

public enum Unit { A, B }

/// <summary>
/// The real application on a real database (SQLite file or a fresh PostgreSQL database), with one
/// user per role in two places: unit A (commune 04792, province 25) and unit B (commune 00004,
/// province 01), and one person in each commune with an assigned supervisor.
/// </summary>
public abstract partial class HoaNhapApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Test-Passw0rd-2026";
    public const string AdminPassword = "Admin-Passw0rd-2026";
    public static readonly IReadOnlyDictionary<Unit, (string Province, string Commune)> Units = new Dictionary<Unit, (string, string)>
    {
        [Unit.A] = ("25", "04792"),
        [Unit.B] = ("01", "00004"),
    };

    readonly string _folder = Path.Combine(Path.GetTempPath(), "hoanhap-tests-" + Guid.NewGuid().ToString("N")[..8]);
    string? _postgresDatabase;
    readonly ConcurrentDictionary<string, string> _tokens = new();

    public abstract bool IsPostgres { get; }
    /// <summary>The PostgreSQL server the test databases are created on (the replica tests start their own).</summary>
    protected virtual string? PostgresServer => TestEnvironment.PostgresConnection;
    /// <summary>The connection string the application is given (through PgBouncer in the PgBouncer tests).</summary>
    public string? AppConnectionString { get; private set; }
    public string? PostgresDatabase => _postgresDatabase;
    public string DataFolder => _folder;
    /// <summary>Settings a subclass adds (after the common ones).</summary>
    protected virtual void ConfigureMore(IWebHostBuilder builder) { }
    /// <summary>The application's connection string for the test database (a subclass may route it elsewhere).</summary>
    protected virtual string PostgresAppConnection(string server, string database) =>
        new NpgsqlConnectionStringBuilder(server) { Database = database, Pooling = true }.ConnectionString;
    public bool Available { get; private set; } = true;
    public string? UnavailableReason { get; private set; }
    protected virtual bool SeedDemo => false;
    public Guid PersonA { get; private set; }
    public Guid PersonB { get; private set; }

    /// <summary>Skips (or, when test.sh --strict asks for it, fails) a test whose database is not here.</summary>
    public void EnsureAvailable() => Skip.IfNot(Available, UnavailableReason);

    public static string UserName(string role, Unit unit) => $"{role.ToLowerInvariant()}.{unit.ToString().ToLowerInvariant()}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("DataFolder", _folder);
        builder.UseSetting("Seed:Demo", SeedDemo ? "true" : "false");
        builder.UseSetting("HOANHAP_ADMIN_PASSWORD", AdminPassword);
        builder.UseSetting("HOANHAP_DEMO_PASSWORD", Password);
        // Every test signs in from 127.0.0.1: the portal's per-address limit is tested apart (PortalRateLimitTests).
        builder.UseSetting("Portal:SignInPermitsPerMinute", "100000");
        if (IsPostgres)
        {
            AppConnectionString = PostgresAppConnection(PostgresServer!, _postgresDatabase!);
            builder.UseSetting("ConnectionStrings:Postgres", AppConnectionString);
        }
        else
        {
            AppConnectionString = $"Data Source={Path.Combine(_folder, "test.db")}";
            builder.UseSetting("ConnectionStrings:Sqlite", AppConnectionString);
        }
        // One clock for the application and the test: tests move it instead of writing dates relative to the machine's day.
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        ConfigureMore(builder);
    }

    /// <summary>The application's clock (the injected <see cref="TimeProvider"/>); a test may move it.</summary>
    public TestClock Clock { get; } = new();
    /// <summary>Today by the application's clock.</summary>
    public DateOnly Today => Clock.Today;

    /// <summary>
    /// Moves the application's clock so that today is <paramref name="day"/> until the scope is disposed. Sign-ins made
    /// before are forgotten on both moves: their lifetimes were counted by the other time.
    /// </summary>
    public IDisposable MoveClockTo(DateOnly day)
    {
        _tokens.Clear();
        var moved = Clock.MoveTo(day);
        return new Moved(() => { moved.Dispose(); _tokens.Clear(); });
    }

    /// <summary>Moves the application's clock so that now is <paramref name="instant"/> (a time of day matters: a window, a deadline hour).</summary>
    public IDisposable MoveClockTo(DateTimeOffset instant)
    {
        _tokens.Clear();
        var moved = Clock.MoveTo(instant);
        return new Moved(() => { moved.Dispose(); _tokens.Clear(); });
    }

    sealed class Moved(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }

    /// <summary>Marks the fixture unavailable (skip) or, under --strict, fails.</summary>
    protected void MarkUnavailable(string reason)
    {
        UnavailableReason = reason;
        if (TestEnvironment.RequirePostgres) throw new InvalidOperationException(reason + " It is required (--strict).");
        Available = false;
    }

    public virtual async Task InitializeAsync()
    {
        if (!Available) return;
        Directory.CreateDirectory(_folder);
        if (IsPostgres)
        {
            if (PostgresServer is not { } admin)
            {
                UnavailableReason = "HOANHAP_TEST_POSTGRES is not set: no PostgreSQL server for this run (./test.sh starts one).";
                if (TestEnvironment.RequirePostgres) throw new InvalidOperationException(UnavailableReason + " It is required (--strict).");
                Available = false;
                return;
            }
            _postgresDatabase = "hoanhap_test_" + Guid.NewGuid().ToString("N")[..12];
            await using var conn = new NpgsqlConnection(admin);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{_postgresDatabase}\" ENCODING 'UTF8' TEMPLATE template0", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        StartApplication();
        await SeedAsync();
    }

    /// <summary>Builds the host (in-memory by default; the browser tests start Kestrel instead).</summary>
    protected virtual void StartApplication() => _ = Server;

    async Task SeedAsync()
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var unit in Units.Keys)
            foreach (var role in Roles.All)
            {
                var (province, commune) = Units[unit];
                var outcome = await UserCommands.CreateAsync(db, users, new UserInput
                {
                    UserName = UserName(role, unit), Password = Password, FullName = $"Người Thử {role}",
                    Role = role, UnitCode = Roles.IsCommuneLevel(role) || role == Roles.PartnerBody ? commune : province,
                    // The body of each unit's PartnerBody user: the commune's Women's Union.
                    Body = role == Roles.PartnerBody ? nameof(HoaNhap.Domain.Plans.Body.WomensUnion) : null,
                }, CancellationToken.None);
                if (!outcome.Succeeded) throw new InvalidOperationException(string.Join(" ", outcome.Errors.SelectMany(e => e.Value)));
            }
        PersonA = await CreatePersonAsync(Unit.A, "Nguyễn Văn Thử", assignSupervisor: true);
        PersonB = await CreatePersonAsync(Unit.B, "Trần Thị Khác", assignSupervisor: true);
    }

    public async Task<CurrentUser> CurrentUserAsync(string role, Unit unit)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var u = (await users.FindByNameAsync(UserName(role, unit)))!;
        return new CurrentUser(u.Id, u.UserName!, u.FullName, u.Role, u.ProvinceCode, u.CommuneCode) { Body = u.Body };
    }

    /// <summary>Creates a person through the application's own handler, as the commune officer of the unit.</summary>
    public async Task<Guid> CreatePersonAsync(Unit unit, string fullName, bool assignSupervisor = false, string? address = null)
    {
        var officer = await CurrentUserAsync(Roles.CommuneOfficer, unit);
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
        var outcome = await PersonCommands.CreateAsync(db, officer, TestData.Person(fullName, Units[unit].Commune, address), null, CancellationToken.None);
        if (!outcome.Succeeded) throw new InvalidOperationException(string.Join(" ", outcome.Errors.SelectMany(e => e.Value)));
        var id = outcome.Value!.Id;
        if (assignSupervisor)
        {
            var supervisor = await CurrentUserAsync(Roles.Supervisor, unit);
            var assigned = await SupervisorCommands.AssignAsync(db, officer, id,
                new AssignmentInput { SupervisorUserId = supervisor.UserId, AssignedOn = "01/01/2026", DecisionNumber = "1/QĐ-UBND" }, CancellationToken.None);
            if (!assigned.Succeeded) throw new InvalidOperationException(string.Join(" ", assigned.Errors.SelectMany(e => e.Value)));
        }
        return id;
    }

    public HoaNhapDbContext NewDbContext(IServiceScope scope) => scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();

    /// <summary>Reads (or writes) the database directly in a scope of its own, to check what a request stored.</summary>
    public async Task<T> WithDbAsync<T>(Func<HoaNhapDbContext, Task<T>> f)
    {
        using var scope = Services.CreateScope();
        return await f(NewDbContext(scope));
    }

    /// <summary>An API client holding a bearer token for the user of that role and unit.</summary>
    public async Task<HttpClient> ApiAsync(string role, Unit unit)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = ClientOptions.BaseAddress, AllowAutoRedirect = false });
        var name = UserName(role, unit);
        if (!_tokens.TryGetValue(name, out var token))
        {
            token = await TokenAsync(client, name, Password);
            _tokens[name] = token;
        }
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<string> TokenAsync(HttpClient client, string userName, string password, string? totp = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password, totpCode = totp });
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"Token for {userName}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<TokenBody>())!.AccessToken;
    }

    sealed record TokenBody(string AccessToken, DateTimeOffset ExpiresAt);

    /// <summary>A browser-like client (cookies, no automatic redirects) signed in through the login form.</summary>
    public async Task<HttpClient> PagesAsync(string role, Unit unit) => await SignInAsync(UserName(role, unit), Password);

    public async Task<HttpClient> SignInAsync(string userName, string password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = ClientOptions.BaseAddress, AllowAutoRedirect = false, HandleCookies = true });
        var response = await PostFormAsync(client, "/Account/Login", "/Account/Login", new() { ["UserName"] = userName, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in of {userName} answered {(int)response.StatusCode}.");
        return client;
    }

    /// <summary>GETs the form page for its anti-forgery token, then POSTs the fields with it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formUrl, string postUrl, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(formUrl);
        var token = AntiForgery().Match(page);
        if (!token.Success) throw new InvalidOperationException($"No anti-forgery token on {formUrl}.");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return await client.PostAsync(postUrl, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgery();

    public new virtual async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_postgresDatabase is not null && PostgresServer is { } admin)
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(admin);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}

public sealed class SqliteApp : HoaNhapApp
{
    public override bool IsPostgres => false;
}

public sealed class PostgresApp : HoaNhapApp
{
    public override bool IsPostgres => true;
}

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteApp> { public const string Name = "SQLite"; }

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresApp> { public const string Name = "Postgres"; }
