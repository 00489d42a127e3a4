using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.Exchange;

/// <summary>The exchange API: clients registered by the administrator, client-credential tokens, scopes, idempotent pushes.</summary>
public abstract class ExchangeTests(HoaNhapApp app)
{
    async Task<(string ClientId, string Secret)> RegisterAsync(string kind, params string[] scopes)
    {
        var admin = await app.ApiAsync(Roles.SystemAdmin, Unit.A);
        var response = await admin.PostAsJsonAsync("/api/v1/exchange/clients", new { name = $"Hệ thống {kind}", kind, provinceCode = "25", scopes });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("clientId").GetString()!, body.GetProperty("clientSecret").GetString()!);
    }

    async Task<HttpClient> AgencyAsync(string kind, params string[] scopes)
    {
        var (id, secret) = await RegisterAsync(kind, scopes);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var token = await client.PostAsync("/api/v1/exchange/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = id, ["client_secret"] = secret,
        }));
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var body = await token.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("access_token").GetString());
        return client;
    }

    static object Judgment(string reference, string personalId, string number, int term = 12) => new
    {
        reference,
        person = new { fullName = "Đỗ Văn Gửi", dateOfBirth = "15/06/1990", gender = "Male", personalIdNumber = personalId, communeCode = "04792", address = "Tổ 1" },
        judgment = new
        {
            number, court = "Tòa án nhân dân khu vực 1 - Phú Thọ", judgmentDate = "2026-09-01", effectiveOn = "2026-10-01", offences = new[] { "Điều 173" },
            mainPenalty = "SuspendedSentence", termMonths = term, probationMonths = 24,
        },
    };

    [SkippableFact]
    public async Task A_court_pushes_a_judgment_once_a_replay_answers_the_same_and_another_body_with_the_same_reference_is_a_conflict()
    {
        app.EnsureAvailable();
        var court = await AgencyAsync("Court", "judgments:write", "decisions:write");
        var pid = TestData.NewPersonalId();
        var reference = "TA-" + Guid.NewGuid().ToString("N")[..8];
        var number = $"{Random.Shared.Next(1000, 9999)}/2026/HS-ST";
        var first = await court.PostAsJsonAsync("/api/v1/exchange/judgments", Judgment(reference, pid, number));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var created = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(created.GetProperty("personCreated").GetBoolean());

        var replay = await court.PostAsJsonAsync("/api/v1/exchange/judgments", Judgment(reference, pid, number));
        Assert.Equal(HttpStatusCode.Created, replay.StatusCode);
        Assert.Equal(created.GetProperty("judgmentId").GetGuid(), (await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("judgmentId").GetGuid());
        Assert.True(replay.Headers.Contains("Idempotent-Replayed"));
        var changed = await court.PostAsJsonAsync("/api/v1/exchange/judgments", Judgment(reference, pid, number, term: 18));
        Assert.Equal(HttpStatusCode.Conflict, changed.StatusCode);

        // A second judgment of the same person finds them by the personal ID number.
        var second = await court.PostAsJsonAsync("/api/v1/exchange/judgments", Judgment(reference + "-2", pid, "7" + number));
        var secondBody = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(secondBody.GetProperty("personCreated").GetBoolean());
        Assert.Equal(created.GetProperty("personId").GetGuid(), secondBody.GetProperty("personId").GetGuid());

        var decision = await court.PostAsJsonAsync("/api/v1/exchange/decisions", new
        {
            reference = reference + "-qd", personalIdNumber = pid, judgmentNumber = number,
            decision = new { number = "12/2026/QĐ-CA", issuedOn = "2026-10-05", issuedBy = "Chánh án Tòa án nhân dân khu vực 1" },
        });
        Assert.Equal(HttpStatusCode.Created, decision.StatusCode);

        using var scope = app.Services.CreateScope();
        var db = app.NewDbContext(scope);
        var judgmentId = created.GetProperty("judgmentId").GetGuid();
        Assert.Equal(1, await db.Judgments.CountAsync(j => j.Id == judgmentId));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "Judgment" && a.EntityId == judgmentId.ToString() && a.UserName.StartsWith("agency:court-25-")));
    }

    [SkippableFact]
    public async Task Bad_pushes_answer_problem_details_naming_each_field()
    {
        app.EnsureAvailable();
        var court = await AgencyAsync("Court", "judgments:write");
        var noReference = await court.PostAsJsonAsync("/api/v1/exchange/judgments", new { });
        Assert.Equal(HttpStatusCode.BadRequest, noReference.StatusCode);
        Assert.Contains("\"reference\"", await noReference.Content.ReadAsStringAsync());
        var bad = await court.PostAsJsonAsync("/api/v1/exchange/judgments", new
        {
            reference = "TA-" + Guid.NewGuid().ToString("N")[..8],
            person = new { fullName = "Đỗ Văn Lỗi", dateOfBirth = "1990", gender = "Male", personalIdNumber = TestData.NewPersonalId(), communeCode = "04792", address = "Tổ 1" },
            judgment = new { number = "", court = "TAND", judgmentDate = "31/02/2026", offences = new[] { "Điều 999" }, mainPenalty = "Death" },
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "judgment.number", "judgment.judgmentDate", "judgment.offences", "judgment.mainPenalty" })
            Assert.True(errors.TryGetProperty(field, out _), field + " in " + errors);
        var notJson = await court.PostAsync("/api/v1/exchange/judgments", new StringContent("{\"reference\": 5}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Contains("reference", await notJson.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task Scopes_and_token_kinds_are_kept_apart()
    {
        app.EnsureAvailable();
        var bank = await AgencyAsync("Bank", "loans:write");
        Assert.Equal(HttpStatusCode.Forbidden, (await bank.PostAsJsonAsync("/api/v1/exchange/judgments", new { reference = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bank.GetAsync("/api/v1/people")).StatusCode);
        var user = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.PostAsJsonAsync("/api/v1/exchange/loans", new { reference = "x" })).StatusCode);
        var anonymous = app.CreateClient();
        var wrong = await anonymous.PostAsJsonAsync("/api/v1/exchange/token", new { clientId = "court-25-00000000", clientSecret = "sai" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        var empty = await anonymous.PostAsJsonAsync("/api/v1/exchange/token", new { });
        Assert.Contains("clientSecret", await empty.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.ProvinceOfficer, Unit.A)).GetAsync("/api/v1/exchange/clients")).StatusCode);

        var openApi = await anonymous.GetStringAsync("/openapi/v1.json");
        foreach (var path in new[] { "/api/v1/exchange/token", "/api/v1/exchange/judgments", "/api/v1/exchange/decisions", "/api/v1/exchange/release-notices", "/api/v1/exchange/loans", "/api/v1/reconciliations" })
            Assert.Contains($"\"{path}\"", openApi);
    }

    [SkippableFact]
    public async Task A_prison_notice_reaches_the_commune_and_the_bank_reports_a_loan()
    {
        app.EnsureAvailable();
        var prison = await AgencyAsync("Prison", "release-notices:write");
        var name = TestData.Unique("Vũ Văn Về");
        var notice = await prison.PostAsJsonAsync("/api/v1/exchange/release-notices", new
        {
            reference = "TG-" + Guid.NewGuid().ToString("N")[..8], fullName = name, dateOfBirth = "1985", gender = "Male",
            communeCode = "04792", address = "Tổ 7", releasedOn = "2026-11-01", releaseKind = "SentenceCompleted", prison = "Trại giam Tân Lập",
        });
        Assert.Equal(HttpStatusCode.Created, notice.StatusCode);
        var commune = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        Assert.Contains(name, WebUtility.HtmlDecode(await commune.GetStringAsync("/Exchange/ReleaseNotices")));
        var other = await app.PagesAsync(Roles.CommuneOfficer, Unit.B);
        Assert.DoesNotContain(name, WebUtility.HtmlDecode(await other.GetStringAsync("/Exchange/ReleaseNotices")));

        var bank = await AgencyAsync("Bank", "loans:write");
        var personId = await app.CreatePersonAsync(Unit.A, TestData.Unique("Hà Văn Vay"));
        using var scope = app.Services.CreateScope();
        var pid = (await app.NewDbContext(scope).People.FirstAsync(p => p.Id == personId)).PersonalIdNumber;
        var loan = await bank.PostAsJsonAsync("/api/v1/exchange/loans", new
        {
            reference = "NH-" + Guid.NewGuid().ToString("N")[..8], personalIdNumber = pid, status = "Disbursed", amount = 50_000_000, on = app.Today.ToString("yyyy-MM-dd"),
        });
        Assert.Equal(HttpStatusCode.Created, loan.StatusCode);
        Assert.Equal(personId, (await loan.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("personId").GetGuid());
        var badLoan = await bank.PostAsJsonAsync("/api/v1/exchange/loans", new { reference = "NH-x" + Guid.NewGuid().ToString("N")[..6], personalIdNumber = "000000000000", status = "Maybe", on = "hôm qua" });
        var errors = (await badLoan.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "personalIdNumber", "status", "on" }) Assert.True(errors.TryGetProperty(field, out _), field);
    }

    [SkippableFact]
    public async Task The_administrator_registers_a_client_on_the_page_and_sees_the_secret_once()
    {
        app.EnsureAvailable();
        var admin = await app.PagesAsync(Roles.SystemAdmin, Unit.A);
        var response = await HoaNhapApp.PostFormAsync(admin, "/Exchange/Clients", "/Exchange/Clients", new()
        {
            ["Input.Name"] = "Hệ thống Tòa án tỉnh", ["Input.Kind"] = "Court", ["Input.ProvinceCode"] = "25", ["Input.Scopes"] = "judgments:write",
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"client-secret\"", html);
        Assert.DoesNotContain("data-testid=\"client-secret\"", await admin.GetStringAsync("/Exchange/Clients"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ExchangeTests_Sqlite(SqliteApp app) : ExchangeTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ExchangeTests_Postgres(PostgresApp app) : ExchangeTests(app);
