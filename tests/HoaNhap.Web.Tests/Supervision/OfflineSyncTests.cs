using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Contacts;
using HoaNhap.Domain.OfflineSync;
using HoaNhap.Domain.Supervision;
using HoaNhap.Web.Tests.Breaches;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Tests.Supervision;

/// <summary>
/// Issue 18, part 3: records made on a phone without signal sync exactly once through <c>/api/v1/sync</c> — the signed-in user's
/// cookie and the page's anti-forgery token, the phone's id de-duplicated by a unique index, a stale case version answered as a
/// conflict with the case as it is now, and the same scope as the online forms.
/// </summary>
public abstract class OfflineSyncTests(HoaNhapApp app)
{
    DateOnly Today => app.Today;
    static string Iso(DateOnly d) => SupervisionSetup.Iso(d);

    /// <summary>The supervisor's browser: signed in with a cookie, and the anti-forgery token the page's script sends.</summary>
    async Task<HttpClient> PhoneAsync(string role = Roles.Supervisor, Unit unit = Unit.A)
    {
        var client = await app.PagesAsync(role, unit);
        var token = await client.GetFromJsonAsync<JsonElement>("/api/v1/sync/token");
        client.DefaultRequestHeaders.Add(token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString());
        return client;
    }

    async Task<long> VersionAsync(Guid caseId) => await app.WithDbAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Version).FirstAsync());

    Task<int> CountAsync<T>(Guid caseId) where T : class, ISupervisionRecord =>
        app.WithDbAsync(db => db.Set<T>().CountAsync(x => x.CaseId == caseId));

    static object Visit(Guid clientId, long version, DateOnly on, string note) => new
    {
        clientId, caseVersion = version, madeAt = DateTimeOffset.UtcNow,
        record = new { kind = "Visit", on = on.ToString("dd/MM/yyyy"), attended = true, note },
    };

    [SkippableFact]
    public async Task The_same_record_sent_again_is_stored_once_and_gets_the_same_answer()
    {
        app.EnsureAvailable();
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddMonths(-3));
        var phone = await PhoneAsync();
        var version = await VersionAsync(caseId);
        var clientId = Guid.NewGuid();

        var first = await phone.PostAsJsonAsync($"/api/v1/sync/cases/{caseId}/check-ins", Visit(clientId, version, Today, "Gặp tại nhà, đang làm ruộng."));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var again = await phone.PostAsJsonAsync($"/api/v1/sync/cases/{caseId}/check-ins", Visit(clientId, version, Today, "Gặp tại nhà, đang làm ruộng."));
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());

        var body = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(clientId, body.GetProperty("clientId").GetGuid());
        Assert.Equal("CheckIn", body.GetProperty("kind").GetString());
        Assert.Equal("Visit", body.GetProperty("record").GetProperty("kind").GetString());
        Assert.Equal(1, await CountAsync<CheckIn>(caseId));
        var receipt = await app.WithDbAsync(db => db.Set<SyncReceipt>().SingleAsync(r => r.ClientId == clientId));
        Assert.Equal(body.GetProperty("recordId").GetGuid(), receipt.RecordId);
        Assert.Equal(version, receipt.CaseVersion);

        // Two sendings of one new record at the same moment (two tabs, a retry after a lost answer): one record.
        var racing = Guid.NewGuid();
        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            phone.PostAsJsonAsync($"/api/v1/sync/cases/{caseId}/check-ins", Visit(racing, version, Today.AddDays(-1), "Gọi lại sau."))));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        Assert.Single((await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync()))).Distinct());
        Assert.Equal(2, await CountAsync<CheckIn>(caseId));

        // The online form's records are not touched by the sync: an online check-in adds one more.
        var online = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        Assert.Equal(HttpStatusCode.Created, (await online.PostAsJsonAsync($"/api/v1/cases/{caseId}/check-ins",
            new { kind = "CheckIn", on = Iso(Today), attended = true })).StatusCode);
        Assert.Equal(3, await CountAsync<CheckIn>(caseId));
    }

    [SkippableFact]
    public async Task A_record_based_on_an_old_version_of_the_case_is_a_conflict_and_nothing_is_stored()
    {
        app.EnsureAvailable();
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddMonths(-3));
        var phone = await PhoneAsync();
        var package = await phone.GetFromJsonAsync<JsonElement>("/api/v1/sync/people");
        var mine = package.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("case").ValueKind == JsonValueKind.Object
            && p.GetProperty("case").GetProperty("caseId").GetGuid() == caseId).GetProperty("case");
        var basedOn = mine.GetProperty("version").GetInt64();
        Assert.Equal("Đang chấp hành / quản lý", Fact(mine.GetProperty("facts"), "status"));

        // While the phone is without signal, the commune police record that the person absconded: the case moves on.
        await app.WithDbAsync(async db =>
        {
            var c = await db.Cases.FirstAsync(x => x.Id == caseId);
            Assert.Null(c.MoveTo(CaseStatus.Absconded, Today));
            return await db.SaveChangesAsync();
        });

        var clientId = Guid.NewGuid();
        var stale = await phone.PostAsJsonAsync($"/api/v1/sync/cases/{caseId}/check-ins", Visit(clientId, basedOn, Today, "Không gặp, nhà khóa cửa."));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(basedOn, problem.GetProperty("caseVersion").GetInt64());
        var current = problem.GetProperty("currentVersion").GetInt64();
        Assert.True(current > basedOn);
        Assert.Equal("Bỏ trốn", Fact(problem.GetProperty("current"), "status"));
        Assert.Contains("chưa được lưu", problem.GetProperty("detail").GetString());
        Assert.Equal(0, await CountAsync<CheckIn>(caseId));
        Assert.False(await app.WithDbAsync(db => db.Set<SyncReceipt>().AnyAsync(r => r.ClientId == clientId)));

        // The supervisor has seen the case as it is now and sends the record again on it: stored once.
        var resent = await phone.PostAsJsonAsync($"/api/v1/sync/cases/{caseId}/check-ins", Visit(clientId, current, Today, "Không gặp, nhà khóa cửa."));
        Assert.Equal(HttpStatusCode.Created, resent.StatusCode);
        Assert.Equal(1, await CountAsync<CheckIn>(caseId));
    }

    static string? Fact(JsonElement facts, string field) =>
        facts.EnumerateArray().Single(f => f.GetProperty("field").GetString() == field).GetProperty("value").GetString();

    [SkippableFact]
    public async Task A_case_of_another_commune_is_not_found_and_nothing_is_stored()
    {
        app.EnsureAvailable();
        var (_, other) = await CaseSetup.ActiveCaseAsync(app, Unit.B, "Trần Văn Xa", SentenceType.SuspendedSentence, Today.AddMonths(-3));
        var version = await VersionAsync(other);
        foreach (var role in new[] { Roles.Supervisor, Roles.CommuneOfficer })
        {
            var phone = await PhoneAsync(role);
            var answer = await phone.PostAsJsonAsync($"/api/v1/sync/cases/{other}/check-ins", Visit(Guid.NewGuid(), version, Today, "Thử."));
            Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
            var contact = await phone.PostAsJsonAsync($"/api/v1/sync/cases/{other}/contacts", new
            {
                clientId = Guid.NewGuid(), caseVersion = version, record = new { channel = "Visit", on = Iso(Today) },
            });
            Assert.Equal(HttpStatusCode.NotFound, contact.StatusCode);
        }
        Assert.Equal(0, await CountAsync<CheckIn>(other));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Contact>().CountAsync(c => c.CaseId == other)));

        // The supervisor's package holds only the people assigned to them.
        var package = await (await PhoneAsync()).GetFromJsonAsync<JsonElement>("/api/v1/sync/people");
        Assert.DoesNotContain(package.GetProperty("people").EnumerateArray(), p => p.GetProperty("case").ValueKind == JsonValueKind.Object
            && p.GetProperty("case").GetProperty("caseId").GetGuid() == other);
        Assert.Equal(7, package.GetProperty("keepDays").GetInt32());
    }

    [SkippableFact]
    public async Task The_commune_officers_package_is_the_communes_open_cases_and_their_field_forms_sync_once()
    {
        app.EnsureAvailable();
        var (_, own) = await CaseSetup.ActiveCaseAsync(app, Unit.A, "Lê Thị Xã Nhà", SentenceType.NonCustodialReform, Today.AddMonths(-2), assignSupervisor: false);
        var (_, other) = await CaseSetup.ActiveCaseAsync(app, Unit.B, "Ngô Văn Xã Khác", SentenceType.SuspendedSentence, Today.AddMonths(-2), assignSupervisor: false);
        var phone = await PhoneAsync(Roles.CommuneOfficer);
        var package = await phone.GetFromJsonAsync<JsonElement>("/api/v1/sync/people");
        var cases = package.GetProperty("people").EnumerateArray().Where(p => p.GetProperty("case").ValueKind == JsonValueKind.Object)
            .Select(p => p.GetProperty("case")).ToList();
        // The commune's open cases (not only the people assigned to a supervisor), none of another commune; no assessment form.
        var mine = Assert.Single(cases, c => c.GetProperty("caseId").GetGuid() == own);
        Assert.DoesNotContain(cases, c => c.GetProperty("caseId").GetGuid() == other);
        Assert.Equal(JsonValueKind.Null, mine.GetProperty("assessmentForm").ValueKind);
        Assert.Equal($"/Contacts/Record/{own}", mine.GetProperty("contactForm").GetString());
        Assert.Equal("/Supervision/Commune", package.GetProperty("listPage").GetString());
        var pages = package.GetProperty("pages").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Contains("/Supervision/Commune", pages);
        Assert.Contains($"/Supervision/CheckIn/{own}", pages);
        Assert.DoesNotContain(pages, p => p!.Contains("/Supervision/Assessment/", StringComparison.Ordinal));
        // The list page the phone keeps shows the case with its two field forms.
        var list = await phone.GetStringAsync("/Supervision/Commune");
        Assert.Contains($"/Supervision/CheckIn/{own}", list);
        Assert.Contains($"/Contacts/Record/{own}", list);
        Assert.Contains("data-offline=\"officer\"", list);

        // A summons attendance and a home visit made offline: stored once each, repeats answered from the receipt.
        var version = await VersionAsync(own);
        var checkIn = new { clientId = Guid.NewGuid(), caseVersion = version, madeAt = DateTimeOffset.UtcNow,
            record = new { kind = "CheckIn", on = Iso(Today), attended = true, note = "Có mặt tại trụ sở." } };
        var contact = new { clientId = Guid.NewGuid(), caseVersion = version, madeAt = DateTimeOffset.UtcNow,
            record = new { channel = "Visit", on = Iso(Today), note = "Thăm gia đình, không có nhà." } };
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await phone.PostAsJsonAsync($"/api/v1/sync/cases/{own}/check-ins", checkIn)).StatusCode);
            Assert.Equal(HttpStatusCode.Created, (await phone.PostAsJsonAsync($"/api/v1/sync/cases/{own}/contacts", contact)).StatusCode);
        }
        Assert.Equal(1, await CountAsync<CheckIn>(own));
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Contact>().CountAsync(c => c.CaseId == own)));
        // An assessment is the supervisor's: the officer's phone is refused, nothing stored.
        Assert.Equal(HttpStatusCode.Forbidden, (await phone.PostAsJsonAsync($"/api/v1/sync/cases/{own}/assessments", new
        {
            clientId = Guid.NewGuid(), caseVersion = version, record = new { on = Iso(Today), rating = "Good", obligationsKept = true },
        })).StatusCode);
        // A stale version: a conflict, nothing stored.
        Assert.Equal(HttpStatusCode.Conflict, (await phone.PostAsJsonAsync($"/api/v1/sync/cases/{own}/check-ins", new
        {
            clientId = Guid.NewGuid(), caseVersion = version - 1, record = new { kind = "Visit", on = Iso(Today), attended = true },
        })).StatusCode);
        Assert.Equal(1, await CountAsync<CheckIn>(own));
        // The commune leader keeps nothing.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await PhoneAsync(Roles.CommuneLeader)).GetAsync("/api/v1/sync/people")).StatusCode);
    }

    [SkippableFact]
    public async Task A_write_needs_the_cookie_and_the_anti_forgery_token()
    {
        app.EnsureAvailable();
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddMonths(-3));
        var version = await VersionAsync(caseId);

        var noToken = await app.PagesAsync(Roles.Supervisor, Unit.A);
        var refused = await noToken.PostAsJsonAsync($"/api/v1/sync/cases/{caseId}/check-ins", Visit(Guid.NewGuid(), version, Today, "Không có mã."));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("chống giả mạo", await refused.Content.ReadAsStringAsync());

        var bearer = await app.ApiAsync(Roles.Supervisor, Unit.A);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bearer.GetAsync("/api/v1/sync/people")).StatusCode);
        Assert.Equal(0, await CountAsync<CheckIn>(caseId));
    }

    [SkippableFact]
    public async Task Signing_out_tells_the_browser_to_clear_what_the_site_kept_and_the_sync_api_is_documented()
    {
        app.EnsureAvailable();
        var phone = await app.PagesAsync(Roles.Supervisor, Unit.A);
        var signedOut = await HoaNhapApp.PostFormAsync(phone, "/Account/Logout", "/Account/Logout", []);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        var clear = string.Join(",", signedOut.Headers.GetValues("Clear-Site-Data"));
        Assert.Contains("\"cache\"", clear);
        Assert.Contains("\"storage\"", clear);
        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.GetAsync("/api/v1/sync/people")).StatusCode);

        var openApi = await app.CreateClient().GetStringAsync("/openapi/v1.json");
        foreach (var path in new[] { "/api/v1/sync/token", "/api/v1/sync/people", "/api/v1/sync/cases/{id}/check-ins",
                     "/api/v1/sync/cases/{id}/assessments", "/api/v1/sync/cases/{id}/contacts" })
            Assert.Contains($"\"{path}\"", openApi);

        // The pages give the script what it needs: the signed-in user, the days to keep, and the form's case and version.
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddMonths(-3));
        var pages = await app.PagesAsync(Roles.Supervisor, Unit.A);
        var mine = await pages.GetStringAsync("/Supervision/Mine");
        Assert.Contains("data-offline=\"supervisor\"", mine);
        Assert.Contains("data-offline-keep-days=\"7\"", mine);
        Assert.Contains("/js/offline.js", mine);
        var form = await pages.GetStringAsync($"/Supervision/CheckIn/{caseId}");
        Assert.Contains($"data-case-version=\"{await VersionAsync(caseId)}\"", form);
        Assert.Contains($"data-sync-url=\"/api/v1/sync/cases/{caseId}/check-ins\"", form);
        var officer = await (await app.PagesAsync(Roles.CommuneOfficer, Unit.A)).GetStringAsync("/");
        Assert.DoesNotContain("data-offline=\"supervisor\"", officer);
    }

    [SkippableFact]
    public async Task Malformed_sendings_answer_4xx_and_never_5xx()
    {
        app.EnsureAvailable();
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddMonths(-3));
        var phone = await PhoneAsync();
        var version = await VersionAsync(caseId);
        string[] bodies =
        [
            "null", "[]", "{\"clientId\":null,\"caseVersion\":null,\"record\":null}", "{\"clientId\":\"not-a-guid\"}",
            $"{{\"clientId\":\"{Guid.Empty}\",\"caseVersion\":{version},\"record\":{{}}}}",
            $"{{\"clientId\":\"{Guid.NewGuid()}\",\"caseVersion\":9223372036854775807,\"record\":{{}}}}",
            $"{{\"clientId\":\"{Guid.NewGuid()}\",\"caseVersion\":{version},\"record\":{{\"kind\":null,\"on\":\"{new string('Ệ', 100_000)}\"}}}}",
            $"{{\"clientId\":\"{Guid.NewGuid()}\",\"caseVersion\":{version},\"madeAt\":\"0001-01-01T00:00:00+07:00\",\"record\":{{}}}}",
        ];
        foreach (var body in bodies)
        {
            var answer = await phone.PostAsync($"/api/v1/sync/cases/{caseId}/check-ins", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
            Assert.True((int)answer.StatusCode is >= 400 and < 500, $"{body[..Math.Min(body.Length, 80)]}: {(int)answer.StatusCode}");
        }
        // The phone's clock may be far off, and its time may carry any offset: kept in UTC.
        foreach (var madeAt in new[] { "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "2026-12-07T08:30:00+07:00" })
        {
            var clientId = Guid.NewGuid();
            var answer = await phone.PostAsJsonAsync($"/api/v1/sync/cases/{caseId}/check-ins", new
            {
                clientId, caseVersion = version, madeAt = DateTimeOffset.Parse(madeAt, System.Globalization.CultureInfo.InvariantCulture),
                record = new { kind = "Contact", on = Iso(Today), attended = false },
            });
            Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
        }
        Assert.Equal(3, await CountAsync<CheckIn>(caseId));
    }

    [SkippableFact]
    public async Task Assessments_and_home_visits_sync_through_the_online_forms_commands()
    {
        app.EnsureAvailable();
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddMonths(-3));
        var phone = await PhoneAsync();
        var version = await VersionAsync(caseId);

        var assessment = await phone.PostAsJsonAsync($"/api/v1/sync/cases/{caseId}/assessments", new
        {
            clientId = Guid.NewGuid(), caseVersion = version,
            record = new { on = Iso(Today), rating = "Good", obligationsKept = true, comment = "Chấp hành tốt." },
        });
        Assert.Equal(HttpStatusCode.Created, assessment.StatusCode);
        Assert.Equal(1, await CountAsync<SupervisorAssessment>(caseId));

        var visit = await phone.PostAsJsonAsync($"/api/v1/sync/cases/{caseId}/contacts", new
        {
            clientId = Guid.NewGuid(), caseVersion = version, record = new { channel = "Visit", on = Iso(Today), at = "08:30", note = "Thăm gia đình." },
        });
        Assert.Equal(HttpStatusCode.Created, visit.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Contact>().CountAsync(c => c.CaseId == caseId)));

        // The online form's checks answer as they do online: a day in the future is refused, nothing is stored.
        var future = await phone.PostAsJsonAsync($"/api/v1/sync/cases/{caseId}/check-ins", Visit(Guid.NewGuid(), version, Today.AddDays(3), "Ngày sai."));
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.True((await future.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("on", out _));
        Assert.Equal(0, await CountAsync<CheckIn>(caseId));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OfflineSyncTests_Sqlite(SqliteApp app) : OfflineSyncTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OfflineSyncTests_Postgres(PostgresApp app) : OfflineSyncTests(app);
