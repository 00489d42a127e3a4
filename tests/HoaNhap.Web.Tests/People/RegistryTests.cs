using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.People;

/// <summary>The rest of a person's file: photo, decisions, cases, supervisors, and the list filters.</summary>
public abstract class RegistryTests(HoaNhapApp app)
{
    // The smallest valid PNG (1×1 pixel).
    static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==");

    static MultipartFormDataContent PersonForm(string token, string name, byte[] photo, string fileName)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(name), "Input.FullName" },
            { new StringContent("1990"), "Input.DateOfBirth" },
            { new StringContent("Male"), "Input.Gender" },
            { new StringContent(TestData.NewPersonalId()), "Input.PersonalIdNumber" },
            { new StringContent("04792"), "Input.CommuneCode" },
            { new StringContent("Tổ 2"), "Input.Address" },
        };
        var file = new ByteArrayContent(photo);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "Photo", fileName);
        return form;
    }

    static async Task<string> TokenAsync(HttpClient pages)
    {
        var html = await pages.GetStringAsync("/People/Create");
        var m = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        return WebUtility.HtmlDecode(m.Groups[1].Value);
    }

    [SkippableFact]
    public async Task A_photo_uploaded_with_the_form_is_shown_only_to_those_who_may_see_the_person()
    {
        app.EnsureAvailable();
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var response = await pages.PostAsync("/People/Create", PersonForm(await TokenAsync(pages), TestData.Unique("Đinh Văn Ảnh"), Png, "anh.png"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = response.Headers.Location!.OriginalString;
        Assert.Contains("?handler=Photo", await pages.GetStringAsync(details));
        var photo = await pages.GetAsync(details + "?handler=Photo");
        Assert.Equal("image/png", photo.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await photo.Content.ReadAsByteArrayAsync());

        var other = await app.PagesAsync(Roles.CommuneOfficer, Unit.B);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(details + "?handler=Photo")).StatusCode);
    }

    [SkippableFact]
    public async Task A_file_that_is_not_an_image_is_refused_naming_the_photo_and_nothing_is_stored()
    {
        app.EnsureAvailable();
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var name = TestData.Unique("Tạ Văn Tệp");
        var response = await pages.PostAsync("/People/Create", PersonForm(await TokenAsync(pages), name, "MZ not an image"u8.ToArray(), "virus.png"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ảnh chân dung phải là tệp JPEG hoặc PNG.", await response.Content.ReadAsStringAsync());
        using var scope = app.Services.CreateScope();
        Assert.False(await app.NewDbContext(scope).People.AnyAsync(p => p.FullName == name));
    }

    [SkippableFact]
    public async Task Decision_case_status_and_supervisor_through_the_api_build_the_file()
    {
        app.EnsureAvailable();
        var api = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var person = (await (await api.PostAsJsonAsync("/api/v1/people", TestData.PersonJson(TestData.Unique("Kiều Văn Hồ"), "04792")))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var judgment = await (await api.PostAsJsonAsync($"/api/v1/people/{person}/judgments", new
        {
            number = "12/2025/HS-ST", court = "Tòa án nhân dân khu vực 1 - Phú Thọ", judgmentDate = "2025-03-10", effectiveOn = "2025-04-10",
            offences = new[] { "Điều 173" }, mainPenalty = "NonCustodialReform", termMonths = 12,
            civilObligations = new[] { new { kind = "Compensation", amount = 5_000_000 } },
        })).Content.ReadFromJsonAsync<JsonElement>();
        var judgmentId = judgment.GetProperty("id").GetString();
        Assert.Equal("NonCustodialReform", judgment.GetProperty("mainPenalty").GetString());

        var obligation = judgment.GetProperty("civilObligations")[0].GetProperty("id").GetString();
        var settleTooEarly = await api.PostAsJsonAsync($"/api/v1/judgments/{judgmentId}/obligations/{obligation}/settlement", new { settledOn = "2025-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, settleTooEarly.StatusCode);
        Assert.True((await settleTooEarly.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("settledOn", out _));
        var settled = await api.PostAsJsonAsync($"/api/v1/judgments/{judgmentId}/obligations/{obligation}/settlement", new { settledOn = "2025-06-30" });
        Assert.Equal("2025-06-30", (await settled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("settledOn").GetString());
        var otherCommune = await app.ApiAsync(Roles.CommuneOfficer, Unit.B);
        Assert.Equal(HttpStatusCode.NotFound,
            (await otherCommune.PostAsJsonAsync($"/api/v1/judgments/{judgmentId}/obligations/{obligation}/settlement", new { settledOn = "2025-06-30" })).StatusCode);

        var decision = await api.PostAsJsonAsync($"/api/v1/judgments/{judgmentId}/decisions",
            new { number = "5/2025/QĐ-CA", issuedOn = "2025-04-15", issuedBy = "Tòa án nhân dân khu vực 1 - Phú Thọ", receivedOn = "2025-04-17" });
        Assert.Equal(HttpStatusCode.Created, decision.StatusCode);
        var tooEarly = await api.PostAsJsonAsync($"/api/v1/judgments/{judgmentId}/decisions",
            new { number = "6/2025/QĐ-CA", issuedOn = "2025-01-01", issuedBy = "Tòa án" });
        Assert.Equal(HttpStatusCode.BadRequest, tooEarly.StatusCode);

        var opened = await (await api.PostAsJsonAsync($"/api/v1/people/{person}/cases", new
        {
            kind = "NonCustodialReform", judgmentId, startsOn = "2026-07-02",
            decisionNumber = "40/2026/QĐ-CA", decisionDate = "2026-06-25", decisionReceivedOn = "2026-06-27",
        })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Intake", opened.GetProperty("status").GetString());
        Assert.Equal("LTHAHS 2025", opened.GetProperty("legalBasisVersion").GetString());
        var duplicate = await api.PostAsJsonAsync($"/api/v1/people/{person}/cases", new
        {
            kind = "NonCustodialReform", judgmentId, startsOn = "2026-07-02",
            decisionNumber = "41/2026/QĐ-CA", decisionDate = "2026-06-25", decisionReceivedOn = "2026-06-27",
        });
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);

        var caseId = opened.GetProperty("id").GetString();
        var active = await api.PostAsJsonAsync($"/api/v1/cases/{caseId}/status", new { status = "Active", on = "2026-07-10", version = opened.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, active.StatusCode);
        var stale = await api.PostAsJsonAsync($"/api/v1/cases/{caseId}/status", new { status = "Completed", on = "2026-07-11", version = opened.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var leader = await app.ApiAsync(Roles.CommuneLeader, Unit.A);
        var supervisor = await app.CurrentUserAsync(Roles.Supervisor, Unit.A);
        var assigned = await leader.PostAsJsonAsync($"/api/v1/people/{person}/supervisors",
            new { supervisorUserId = supervisor.UserId, decisionNumber = "45/QĐ-UBND", assignedOn = "2026-07-12" });
        Assert.Equal(HttpStatusCode.Created, assigned.StatusCode);
        var wrongCommune = await app.CurrentUserAsync(Roles.Supervisor, Unit.B);
        var refused = await leader.PostAsJsonAsync($"/api/v1/people/{person}/supervisors",
            new { supervisorUserId = wrongCommune.UserId, assignedOn = "2026-07-12" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        var supervisorApi = await app.ApiAsync(Roles.Supervisor, Unit.A);
        Assert.Equal(HttpStatusCode.OK, (await supervisorApi.GetAsync($"/api/v1/people/{person}")).StatusCode);
        var cases = await supervisorApi.GetFromJsonAsync<JsonElement>($"/api/v1/people/{person}/cases");
        Assert.Equal("Active", cases[0].GetProperty("status").GetString());
    }

    [SkippableFact]
    public async Task List_filters_by_commune_sentence_type_and_status()
    {
        app.EnsureAvailable();
        var province = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        var family = TestData.Unique("Lọc");
        async Task<string> Person(string commune, string? sentence)
        {
            var id = (await (await province.PostAsJsonAsync("/api/v1/people", TestData.PersonJson($"{family} Người", commune)))
                .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            if (sentence is not null)
                (await province.PostAsJsonAsync($"/api/v1/people/{id}/cases", new
                {
                    kind = sentence, startsOn = "2025-05-01", termMonths = 24,
                    decisionNumber = "9/2025/QĐ-CA", decisionDate = "2025-04-20", decisionReceivedOn = "2025-04-22",
                })).EnsureSuccessStatusCode();
            return id;
        }
        var suspended = await Person("04792", "SuspendedSentence");
        var reform = await Person("04795", "NonCustodialReform");
        var none = await Person("04795", null);
        var q = Uri.EscapeDataString(HoaNhap.Domain.Text.VietnameseText.Fold(family));
        async Task<string[]> Ids(string filter) => (await province.GetFromJsonAsync<JsonElement>($"/api/v1/people?q={q}&{filter}"))
            .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).Order().ToArray();

        Assert.Equal(new[] { none, reform }.Order(), await Ids("communeCode=04795"));
        Assert.Equal([suspended], await Ids("sentenceType=SuspendedSentence"));
        Assert.Equal(new[] { reform, suspended }.Order(), await Ids("status=Intake"));
        Assert.Empty(await Ids("status=Active"));

        var pages = await app.PagesAsync(Roles.ProvinceOfficer, Unit.A);
        var html = await pages.GetStringAsync($"/People?q={q}&type=NonCustodialReform");
        Assert.Contains($"/People/Details/{reform}", html);
        Assert.DoesNotContain($"/People/Details/{suspended}", html);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RegistryTests_Sqlite(SqliteApp app) : RegistryTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RegistryTests_Postgres(PostgresApp app) : RegistryTests(app);
