using System.Net;
using System.Text;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Tests.Health;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.Security;

[CollectionDefinition(Name)]
public sealed class ApiDatabaseGoneSqliteCollection : ICollectionFixture<DatabaseGoneSqliteApp> { public const string Name = "SQLite-api-database-gone"; }

[CollectionDefinition(Name)]
public sealed class ApiDatabaseGonePostgresCollection : ICollectionFixture<DatabaseGonePostgresApp> { public const string Name = "Postgres-api-database-gone"; }

/// <summary>With the database gone, every API route answers 503 problem details with Retry-After (or a 4xx it could decide without it).</summary>
public abstract class ApiDatabaseGoneTests(HoaNhapApp app)
{
    [SkippableFact]
    public async Task Every_api_route_answers_503_with_retry_after_when_the_database_is_gone()
    {
        app.EnsureAvailable();
        var api = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        var anonymous = app.CreateClient();
        await DatabaseGoneTests.RemoveDatabaseAsync(app);

        static async Task Assert503(HttpResponseMessage response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{response.RequestMessage!.RequestUri}: {(int)response.StatusCode} {body}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.NotNull(response.Headers.RetryAfter);
        }
        await Assert503(await api.GetAsync("/api/v1/people?q=an"));
        await Assert503(await anonymous.PostAsync("/api/v1/auth/token",
            new StringContent("{\"userName\":\"ca.tanhoa\",\"password\":\"Khong-Dung-123\"}", Encoding.UTF8, "application/json")));
        await Assert503(await anonymous.PostAsync("/api/v1/exchange/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "court-25-00000000", ["client_secret"] = "khong-dung",
        })));

        var failures = new List<string>();
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/v1") == true)
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, e.RoutePattern.RawText!)));
        foreach (var (method, pattern) in routes)
        {
            var url = "/" + System.Text.RegularExpressions.Regex.Replace(pattern.TrimStart('/'), @"\{(\*\*)?([^}:?]+)[^}]*\}", m => m.Groups[2].Value switch
            {
                "year" => "2026", "code" => "04792", "key" => "AnTreo.Shorten.MinServed", "role" => "Supervisor", "date" => "2026-01-01",
                "documentName" => "v1", "path" => "x",
                _ => Guid.NewGuid().ToString(),
            });
            var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (method is "POST" or "PUT") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            var response = await api.SendAsync(request);
            var status = (int)response.StatusCode;
            if (response.Content.Headers.ContentType?.MediaType == "text/html") failures.Add($"{method} {url}: HTML");
            if (status >= 500 && (status != 503 || response.Headers.RetryAfter is null)) failures.Add($"{method} {url}: {status}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}

[Collection(ApiDatabaseGoneSqliteCollection.Name)]
public sealed class ApiDatabaseGoneTests_Sqlite(DatabaseGoneSqliteApp app) : ApiDatabaseGoneTests(app);

[Collection(ApiDatabaseGonePostgresCollection.Name)]
public sealed class ApiDatabaseGoneTests_Postgres(DatabaseGonePostgresApp app) : ApiDatabaseGoneTests(app);
