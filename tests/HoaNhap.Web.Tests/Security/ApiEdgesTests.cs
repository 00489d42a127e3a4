using System.Net;
using System.Net.Http.Headers;
using System.Text;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Features.Account;
using HoaNhap.Web.Tests.Infrastructure;
using static HoaNhap.Web.Tests.Account.AccountSteps;

namespace HoaNhap.Web.Tests.Security;

/// <summary>
/// The API answers problem details, never a page or a redirect to the sign-in form; its answers are not cached; HTTPS
/// (also behind a trusted proxy) brings HSTS and Secure cookies; a refused sign-in never tells whether the user exists.
/// </summary>
public abstract class ApiEdgesTests(HoaNhapApp app)
{
    protected HoaNhapApp App { get; } = app;

    static void AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.True(status == response.StatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode}, expected {(int)status}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Headers.Location);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{response.RequestMessage?.RequestUri}: Cache-Control {response.Headers.CacheControl}");
    }

    [SkippableFact]
    public async Task Unknown_routes_and_failed_constraints_under_api_answer_404_problem_details()
    {
        App.EnsureAvailable();
        var api = await App.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var anonymous = Browser(App);
        foreach (var client in new[] { api, anonymous })
        {
            AssertProblem(await client.GetAsync("/api/v1/no-such-thing"), HttpStatusCode.NotFound);
            AssertProblem(await client.GetAsync("/api/v2/people"), HttpStatusCode.NotFound);
            // A POST to a path that only a GET route could match answers 405 — still problem details.
            var post = await client.PostAsync("/api/v1/no-such/thing/here", new StringContent("{}", Encoding.UTF8, "application/json"));
            AssertProblem(post, post.StatusCode == HttpStatusCode.MethodNotAllowed ? HttpStatusCode.MethodNotAllowed : HttpStatusCode.NotFound);
        }
        // {id:guid} and {year:int} that are not.
        AssertProblem(await api.GetAsync("/api/v1/people/not-a-guid"), HttpStatusCode.NotFound);
        AssertProblem(await api.GetAsync("/api/v1/cases/123/check-ins"), HttpStatusCode.NotFound);
        AssertProblem(await api.PutAsync("/api/v1/programmes/budgets/two-thousand", new StringContent("{}", Encoding.UTF8, "application/json")), HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task A_body_that_is_not_json_answers_415()
    {
        App.EnsureAvailable();
        var api = await App.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var response = await api.PostAsync("/api/v1/people", new StringContent("fullName=An", Encoding.UTF8, "text/plain"));
        AssertProblem(response, HttpStatusCode.UnsupportedMediaType);
        AssertProblem(await App.CreateClient().PostAsync("/api/v1/auth/token", new StringContent("<xml/>", Encoding.UTF8, "application/xml")),
            HttpStatusCode.UnsupportedMediaType);
    }

    [SkippableFact]
    public async Task A_missing_or_bad_token_answers_401_even_with_a_signed_in_browser()
    {
        App.EnsureAvailable();
        AssertProblem(await Browser(App).GetAsync("/api/v1/people"), HttpStatusCode.Unauthorized);
        var bad = Browser(App);
        bad.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");
        AssertProblem(await bad.GetAsync("/api/v1/people"), HttpStatusCode.Unauthorized);
        var pages = await App.PagesAsync(Roles.CommuneOfficer, Unit.A);
        AssertProblem(await pages.GetAsync("/api/v1/people"), HttpStatusCode.Unauthorized);
        AssertProblem(await pages.GetAsync("/api/v1/no-such-thing"), HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task Every_api_answer_is_marked_no_store()
    {
        App.EnsureAvailable();
        var api = await App.ApiAsync(Roles.CommuneOfficer, Unit.A);
        foreach (var url in new[] { "/api/v1/units/provinces", "/api/v1/rules/parameters", $"/api/v1/people/{App.PersonA}", "/api/v1/worklist" })
        {
            var response = await api.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl?.NoStore, $"{url}: Cache-Control {response.Headers.CacheControl}");
        }
        var page = await (await App.PagesAsync(Roles.CommuneOfficer, Unit.A)).GetAsync($"/People/Details/{App.PersonA}");
        Assert.True(page.Headers.CacheControl?.NoStore, "The person's page may be cached.");
    }

    HttpClient From(IPAddress address, bool https)
    {
        var client = new HttpClient(App.Server.CreateHandler(c => c.Connection.RemoteIpAddress = address)) { BaseAddress = new Uri("http://hoanhap.example.vn") };
        if (https) client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        return client;
    }

    [SkippableFact]
    public async Task Https_through_a_trusted_proxy_brings_hsts_and_secure_cookies_and_an_untrusted_one_does_not()
    {
        App.EnsureAvailable();
        var proxied = await From(IPAddress.Loopback, https: true).GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.OK, proxied.StatusCode);
        Assert.True(proxied.Headers.Contains("Strict-Transport-Security"), "No HSTS behind the proxy.");
        var cookies = proxied.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));

        foreach (var (address, https) in new[] { (IPAddress.Loopback, false), (IPAddress.Parse("203.0.113.7"), true) })
        {
            var plain = await From(address, https).GetAsync("/Account/Login");
            Assert.False(plain.Headers.Contains("Strict-Transport-Security"), $"HSTS from {address}, forwarded https: {https}.");
            Assert.All(plain.Headers.GetValues("Set-Cookie"), c => Assert.DoesNotContain("secure", c, StringComparison.OrdinalIgnoreCase));
        }
    }

    [SkippableFact]
    public async Task A_locked_out_account_and_an_unknown_user_name_get_the_same_answer()
    {
        App.EnsureAvailable();
        var user = await CreateUserAsync(App, Roles.CommuneOfficer, "04792");
        var unknown = "khongcoai." + Guid.NewGuid().ToString("N")[..6];
        var api = App.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await RequestTokenAsync(api, user.UserName, "Wrong-Passw0rd-9");
            await RequestTokenAsync(api, unknown, "Wrong-Passw0rd-9");
        }
        var locked = await RequestTokenAsync(api, user.UserName, user.Password);
        var nobody = await RequestTokenAsync(api, unknown, user.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Equal(nobody.StatusCode, locked.StatusCode);
        var (a, b) = (await ProblemAsync(nobody), await ProblemAsync(locked));
        foreach (var field in new[] { "status", "title", "detail" })
            Assert.Equal(a.GetProperty(field).ToString(), b.GetProperty(field).ToString());

        var web = await (await SubmitLoginAsync(Browser(App), user.UserName, user.Password)).Content.ReadAsStringAsync();
        var webNobody = await (await SubmitLoginAsync(Browser(App), unknown, user.Password)).Content.ReadAsStringAsync();
        Assert.Contains(SignInRefusal.Message, web);
        Assert.Contains(SignInRefusal.Message, webNobody);
    }

    [SkippableFact]
    public async Task A_token_stops_working_while_its_account_is_locked_out()
    {
        App.EnsureAvailable();
        var user = await CreateUserAsync(App, Roles.CommuneOfficer, "04792");
        var api = App.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await HoaNhapApp.TokenAsync(api, user.UserName, user.Password));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/worklist")).StatusCode);
        for (var i = 0; i < 5; i++) await RequestTokenAsync(App.CreateClient(), user.UserName, "Wrong-Passw0rd-9");
        AssertProblem(await api.GetAsync("/api/v1/worklist"), HttpStatusCode.Unauthorized);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ApiEdgesTests_Sqlite(SqliteApp app) : ApiEdgesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ApiEdgesTests_Postgres(PostgresApp app) : ApiEdgesTests(app);
