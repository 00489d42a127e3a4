using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Web.Tests.Infrastructure;

namespace HoaNhap.Web.Tests.Health;

/// <summary>What monitoring and other agencies' systems see before signing in: health, the API description, 401s.</summary>
public abstract class HealthTests(HoaNhapApp app)
{
    protected HoaNhapApp App { get; } = app;

    [SkippableFact]
    public async Task Health_check_answers_ok_without_signing_in()
    {
        App.EnsureAvailable();
        var response = await App.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task OpenApi_document_describes_the_agency_endpoints()
    {
        App.EnsureAvailable();
        var response = await App.CreateClient().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("HoaNhap API", doc.GetProperty("info").GetProperty("title").GetString());
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/auth/token", "/api/v1/people", "/api/v1/people/{id}", "/api/v1/people/{id}/judgments", "/api/v1/users" })
            Assert.True(paths.TryGetProperty(path, out _), $"The OpenAPI document has no {path}.");
        Assert.True(paths.GetProperty("/api/v1/auth/token").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/v1/people/{id}").TryGetProperty("put", out _));
        Assert.False(paths.TryGetProperty("/healthz", out _));
    }

    [SkippableTheory]
    [InlineData(null, null)]
    [InlineData("application/json", null)]
    [InlineData("text/html,application/xhtml+xml,*/*;q=0.8", null)]
    [InlineData(null, "not-a-real-token")]
    public async Task Api_without_a_valid_token_answers_401_problem_details_not_a_sign_in_page(string? accept, string? token)
    {
        App.EnsureAvailable();
        var client = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/people");
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<html", body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(401, JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32());
    }

    [SkippableFact]
    public async Task A_browser_cookie_does_not_open_the_api()
    {
        App.EnsureAvailable();
        var browser = await App.PagesAsync(HoaNhap.Domain.Access.Roles.CommuneOfficer, Unit.A);
        var response = await browser.GetAsync("/api/v1/people");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class HealthTests_Sqlite(SqliteApp app) : HealthTests(app);

[Collection(PostgresCollection.Name)]
public sealed class HealthTests_Postgres(PostgresApp app) : HealthTests(app);
