using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Audit;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.Health;

/// <summary>The application behind a real Kestrel server on a free local port: requests travel over TCP.</summary>
public abstract class KestrelApp : HoaNhapApp
{
    protected override void StartApplication()
    {
        UseKestrel(0);
        StartServer();
    }

    public Uri Address => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
}

public sealed class KestrelSqliteApp : KestrelApp
{
    public override bool IsPostgres => false;
}

public sealed class KestrelPostgresApp : KestrelApp
{
    public override bool IsPostgres => true;
}

[CollectionDefinition(Name)]
public sealed class KestrelSqliteCollection : ICollectionFixture<KestrelSqliteApp> { public const string Name = "SQLite-kestrel"; }

[CollectionDefinition(Name)]
public sealed class KestrelPostgresCollection : ICollectionFixture<KestrelPostgresApp> { public const string Name = "Postgres-kestrel"; }

public abstract partial class KestrelTests(KestrelApp app)
{
    protected KestrelApp App { get; } = app;

    [SkippableFact]
    public async Task An_agency_system_gets_a_token_then_creates_and_reads_a_person_over_tcp()
    {
        App.EnsureAvailable();
        Assert.Equal("http", App.Address.Scheme);
        Assert.NotEqual(0, App.Address.Port);
        using var http = new HttpClient { BaseAddress = App.Address };

        var health = await http.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("nosniff", health.Headers.GetValues("X-Content-Type-Options").Single());

        var tokenResponse = await http.PostAsJsonAsync("/api/v1/auth/token",
            new { userName = HoaNhapApp.UserName(Roles.CommuneOfficer, Unit.A), password = HoaNhapApp.Password });
        Assert.Equal(HttpStatusCode.OK, tokenResponse.StatusCode);
        var token = await tokenResponse.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(token.GetProperty("expiresAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(50));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());

        var name = TestData.Unique("Vương Văn Mạng");
        var created = await http.PostAsJsonAsync("/api/v1/people", TestData.PersonJson(name, "04792"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!;
        var read = await http.GetFromJsonAsync<JsonElement>(location);
        Assert.Equal(name, read.GetProperty("fullName").GetString());
        Assert.Equal("04792", read.GetProperty("communeCode").GetString());

        // Over TCP the audit log records the caller's real address.
        var id = Guid.Parse(read.GetProperty("id").GetString()!);
        using var scope = App.Services.CreateScope();
        var entries = await App.NewDbContext(scope).AuditEntries.AsNoTracking().Where(a => a.PersonId == id).ToListAsync();
        Assert.Contains(entries, a => a.Action == AuditActions.Create);
        Assert.All(entries, a => Assert.True(IPAddress.TryParse(a.ClientAddress, out var ip) && IPAddress.IsLoopback(ip), $"Client address {a.ClientAddress}"));
    }

    [SkippableFact]
    public async Task A_person_signs_in_on_the_web_over_tcp()
    {
        App.EnsureAvailable();
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = App.Address };

        var login = await http.GetStringAsync("/Account/Login");
        var token = WebUtility.HtmlDecode(AntiForgery().Match(login).Groups[1].Value);
        var posted = await http.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = HoaNhapApp.UserName(Roles.ProvinceOfficer, Unit.A), ["Password"] = HoaNhapApp.Password,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var cookie = posted.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("hoanhap="));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);

        var home = await http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Xin chào, Người Thử ProvinceOfficer", await home.Content.ReadAsStringAsync());
        Assert.Equal("DENY", home.Headers.GetValues("X-Frame-Options").Single());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgery();
}

[Collection(KestrelSqliteCollection.Name)]
public sealed class KestrelTests_Sqlite(KestrelSqliteApp app) : KestrelTests(app);

[Collection(KestrelPostgresCollection.Name)]
public sealed class KestrelTests_Postgres(KestrelPostgresApp app) : KestrelTests(app);
