using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.People;

/// <summary>Bad input is refused with a Vietnamese message naming the field, and nothing is stored.</summary>
public abstract class BadInputTests(HoaNhapApp app)
{
    public static TheoryData<string, string, string> BadPeople => new()
    {
        // case, field, JSON fragment that replaces the field
        { "malformed personal ID", "personalIdNumber", "\"personalIdNumber\":\"12345\"" },
        { "letters in personal ID", "personalIdNumber", "\"personalIdNumber\":\"00109012345A\"" },
        { "personal ID of a woman for a man", "personalIdNumber", "\"personalIdNumber\":\"001190123456\"" },
        { "future birth date", "dateOfBirth", "\"dateOfBirth\":\"2099-01-01\"" },
        { "impossible birth date", "dateOfBirth", "\"dateOfBirth\":\"31/02/1990\"" },
        { "empty name", "fullName", "\"fullName\":\"   \"" },
        { "over-long name", "fullName", "\"fullName\":\"" + new string('a', 101) + "\"" },
        { "over-long address", "address", "\"address\":\"" + new string('b', 501) + "\"" },
        { "script in name", "fullName", "\"fullName\":\"<script>alert(1)</script>\"" },
        { "unknown commune code", "communeCode", "\"communeCode\":\"99999\"" },
        { "commune of another province", "communeCode", "\"communeCode\":\"00004\"" },
        { "gender not Male or Female", "gender", "\"gender\":\"X\"" },
        { "number where text is expected", "dateOfBirth", "\"dateOfBirth\":19900615" },
    };

    [SkippableTheory]
    [MemberData(nameof(BadPeople))]
    public async Task Bad_person_is_refused_naming_the_field_and_nothing_is_stored(string why, string field, string replacement)
    {
        app.EnsureAvailable();
        var api = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var marker = TestData.Unique("Lỗi Nhập");
        var body = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(JsonSerializer.Serialize(TestData.PersonJson(marker, "04792")))!;
        var replaced = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>("{" + replacement + "}")!;
        foreach (var (k, v) in replaced) body[k] = v;
        var response = await api.PostAsync("/api/v1/people", new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), $"{why}: no error on '{field}' in {problem}");
        var message = messages[0].GetString()!;
        Assert.Matches("[àáảãạăâđêôơưéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵ]", message); // Vietnamese, not English
        using var scope = app.Services.CreateScope();
        Assert.False(await app.NewDbContext(scope).People.AnyAsync(p => p.FullName == marker), $"{why}: the person was stored");
    }

    public static TheoryData<string, string, object> BadJudgments => new()
    {
        { "suspended sentence over three years (BLHS Điều 65)", "termMonths", new { termMonths = 48, probationMonths = 60 } },
        { "probation under one year (BLHS Điều 65)", "probationMonths", new { termMonths = 12, probationMonths = 6 } },
        { "offence that is not an article", "offences", new { offences = new[] { "trộm cắp" } } },
        { "article beyond the Penal Code", "offences", new { offences = new[] { "Điều 999" } } },
        { "effective before judgment", "effectiveOn", new { effectiveOn = "2025-01-01" } },
        { "unknown main penalty", "mainPenalty", new { mainPenalty = "Caning" } },
    };

    [SkippableTheory]
    [MemberData(nameof(BadJudgments))]
    public async Task Bad_judgment_is_refused_naming_the_field_and_nothing_is_stored(string why, string field, object change)
    {
        app.EnsureAvailable();
        var api = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var number = $"{Random.Shared.Next(1000, 9999)}/2025/HS-ST";
        var body = new Dictionary<string, object?>
        {
            ["number"] = number, ["court"] = "Tòa án nhân dân khu vực 1 - Phú Thọ", ["judgmentDate"] = "2025-03-10",
            ["effectiveOn"] = "2025-04-10", ["offences"] = new[] { "Điều 173" }, ["mainPenalty"] = "SuspendedSentence",
            ["termMonths"] = 12, ["probationMonths"] = 24,
        };
        foreach (var p in change.GetType().GetProperties()) body[p.Name] = p.GetValue(change);
        var response = await api.PostAsJsonAsync($"/api/v1/people/{app.PersonA}/judgments", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{why}: no error on '{field}' in {problem}");
        using var scope = app.Services.CreateScope();
        Assert.False(await app.NewDbContext(scope).Judgments.AnyAsync(j => j.Number == number), $"{why}: the judgment was stored");
    }

    [SkippableFact]
    public async Task Script_in_an_address_is_stored_as_text_and_rendered_escaped()
    {
        app.EnsureAvailable();
        var id = await app.CreatePersonAsync(Unit.A, TestData.Unique("Lê Văn Kịch"), address: "<script>alert('x')</script> Tổ 9");
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var html = await pages.GetStringAsync($"/People/Details/{id}");
        Assert.DoesNotContain("<script>alert('x')</script>", html);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; Tổ 9", html);
    }

    [SkippableFact]
    public async Task Bad_form_on_the_page_shows_an_error_summary_naming_each_field_and_stores_nothing()
    {
        app.EnsureAvailable();
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var response = await HoaNhapApp.PostFormAsync(pages, "/People/Create", "/People/Create", new()
        {
            ["Input.FullName"] = "", ["Input.DateOfBirth"] = "32/13/1990", ["Input.Gender"] = "Male",
            ["Input.PersonalIdNumber"] = "12345", ["Input.CommuneCode"] = "04792", ["Input.Address"] = "Tổ 1",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"error-summary\"", html);
        Assert.Contains("href=\"#Input_FullName\">Họ và tên không được để trống.", html);
        Assert.Contains("href=\"#Input_DateOfBirth\">Ngày sinh phải có dạng", html);
        Assert.Contains("href=\"#Input_PersonalIdNumber\">", html);
        // Each wrong field is listed once in the summary.
        foreach (var field in new[] { "Input_FullName", "Input_DateOfBirth", "Input_PersonalIdNumber" })
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, $"href=\"#{field}\""));
        using var scope = app.Services.CreateScope();
        Assert.False(await app.NewDbContext(scope).People.AnyAsync(p => p.Address == "Tổ 1" && p.FullName == ""));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class BadInputTests_Sqlite(SqliteApp app) : BadInputTests(app);

[Collection(PostgresCollection.Name)]
public sealed class BadInputTests_Postgres(PostgresApp app) : BadInputTests(app);
