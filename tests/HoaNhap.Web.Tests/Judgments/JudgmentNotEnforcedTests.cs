using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Features.Worklist;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.Judgments;

/// <summary>
/// Issue 19, part 4: a judgment served in the community with no case opened within its legal deadline is a <c>JudgmentNotEnforced</c> item
/// on the worklist of the commune and the province, at once when recorded late, gone when the case opens; a court's push creates the
/// intake task (<c>JudgmentIntakeDue</c>) for the commune of residence.
/// </summary>
public abstract class JudgmentNotEnforcedTests(HoaNhapApp app)
{
    DateOnly Today => app.Today;
    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    static string Commune => HoaNhapApp.Units[Unit.A].Commune;

    static async Task<JsonElement> JsonAsync(HttpResponseMessage r, HttpStatusCode expected)
    {
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(expected == r.StatusCode, $"{(int)r.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    static async Task<List<JsonElement>> ItemsAsync(HttpClient client, Guid person, string query = "") =>
        (await JsonAsync(await client.GetAsync("/api/v1/worklist" + query), HttpStatusCode.OK)).EnumerateArray()
            .Where(i => i.GetProperty("personId").GetGuid() == person).ToList();

    static object Judgment(string number, DateOnly judged, DateOnly effective, string penalty = "SuspendedSentence") => new
    {
        number, court = "Tòa án nhân dân khu vực 1 - Phú Thọ", judgmentDate = Iso(judged), effectiveOn = Iso(effective), offences = new[] { "Điều 173" },
        mainPenalty = penalty, termMonths = 12, probationMonths = penalty == "SuspendedSentence" ? 24 : (int?)null,
    };

    [SkippableFact]
    public async Task A_judgment_recorded_after_its_deadline_is_on_the_commune_and_province_worklist_at_once_and_goes_when_the_case_opens()
    {
        app.EnsureAvailable();
        var person = await app.CreatePersonAsync(Unit.A, TestData.Unique("Trần Văn Sót"));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var number = $"{Random.Shared.Next(100, 999)}/2026/HS-ST";
        var judgment = await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/people/{person}/judgments",
            Judgment(number, Today.AddDays(-70), Today.AddDays(-60))), HttpStatusCode.Created);
        var judgmentId = judgment.GetProperty("id").GetGuid();

        // In effect 60 days ago, no decision recorded: 7 days + 3 and 5 working days have long passed.
        var item = Assert.Single(await ItemsAsync(officer, person), i => i.GetProperty("kind").GetString() == nameof(WorklistKind.JudgmentNotEnforced));
        Assert.Contains(number, item.GetProperty("title").GetString());
        Assert.True(DateOnly.Parse(item.GetProperty("dueOn").GetString()!) < Today);
        var province = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        Assert.Contains(await ItemsAsync(province, person, $"?commune={Commune}"), i => i.GetProperty("kind").GetString() == nameof(WorklistKind.JudgmentNotEnforced));
        Assert.Empty(await ItemsAsync(await app.ApiAsync(Roles.CommuneOfficer, Unit.B), person));

        // A case started but still in intake: the judgment is still not enforced, now pointing at that case.
        var opened = await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/people/{person}/cases", new
        {
            kind = "SuspendedSentence", judgmentId, startsOn = Iso(Today.AddDays(-70)),
            decisionNumber = "40/2026/QĐ-CA", decisionDate = Iso(Today.AddDays(-55)), decisionReceivedOn = Iso(Today.AddDays(-50)),
        }), HttpStatusCode.Created);
        var caseId = opened.GetProperty("id").GetGuid();
        var still = Assert.Single(await ItemsAsync(officer, person), i => i.GetProperty("kind").GetString() == nameof(WorklistKind.JudgmentNotEnforced));
        Assert.Equal(caseId, still.GetProperty("caseId").GetGuid());

        await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/status",
            new { status = "Active", on = Iso(Today), version = opened.GetProperty("version").GetInt64() }), HttpStatusCode.OK);
        Assert.DoesNotContain(await ItemsAsync(officer, person), i => i.GetProperty("kind").GetString() is nameof(WorklistKind.JudgmentNotEnforced)
            or nameof(WorklistKind.JudgmentIntakeDue));
        // The nightly run agrees.
        await app.Services.GetRequiredService<WorklistJob>().RunAsync(Today, CancellationToken.None);
        Assert.DoesNotContain(await ItemsAsync(officer, person), i => i.GetProperty("kind").GetString() == nameof(WorklistKind.JudgmentNotEnforced));
    }

    [SkippableFact]
    public async Task A_prison_judgment_or_a_sentence_already_over_opens_no_case_and_is_not_on_the_list()
    {
        app.EnsureAvailable();
        var person = await app.CreatePersonAsync(Unit.A, TestData.Unique("Vũ Văn Tù"));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/people/{person}/judgments",
            Judgment($"{Random.Shared.Next(100, 999)}/2026/HS-ST", Today.AddDays(-70), Today.AddDays(-60), "Imprisonment")), HttpStatusCode.Created);
        // Probation of 24 months from a judgment of four years ago: over.
        await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/people/{person}/judgments",
            Judgment($"{Random.Shared.Next(100, 999)}/2022/HS-ST", Today.AddYears(-4), Today.AddYears(-4).AddDays(30))), HttpStatusCode.Created);
        Assert.DoesNotContain(await ItemsAsync(officer, person), i => i.GetProperty("kind").GetString() is nameof(WorklistKind.JudgmentNotEnforced)
            or nameof(WorklistKind.JudgmentIntakeDue));
    }

    async Task<HttpClient> CourtAsync()
    {
        var admin = await app.ApiAsync(Roles.SystemAdmin, Unit.A);
        var registered = await JsonAsync(await admin.PostAsJsonAsync("/api/v1/exchange/clients",
            new { name = "Hệ thống Tòa án", kind = "Court", provinceCode = HoaNhapApp.Units[Unit.A].Province, scopes = new[] { "judgments:write", "decisions:write" } }),
            HttpStatusCode.Created);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var token = await JsonAsync(await client.PostAsync("/api/v1/exchange/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = registered.GetProperty("clientId").GetString()!,
            ["client_secret"] = registered.GetProperty("clientSecret").GetString()!,
        })), HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("access_token").GetString());
        return client;
    }

    [SkippableFact]
    public async Task A_court_push_creates_the_intake_task_for_the_commune_of_residence_and_a_late_one_is_not_enforced_at_once()
    {
        app.EnsureAvailable();
        var court = await CourtAsync();
        var pid = TestData.NewPersonalId();
        var number = $"{Random.Shared.Next(1000, 9999)}/2026/HS-ST";
        var pushed = await JsonAsync(await court.PostAsJsonAsync("/api/v1/exchange/judgments", new
        {
            reference = "TA-" + Guid.NewGuid().ToString("N")[..8],
            person = new { fullName = TestData.Unique("Đỗ Văn Gửi"), dateOfBirth = "15/06/1990", gender = "Male", personalIdNumber = pid, communeCode = Commune, address = "Tổ 1" },
            judgment = Judgment(number, Today.AddDays(-10), Today.AddDays(-1)),
        }), HttpStatusCode.Created);
        var person = pushed.GetProperty("personId").GetGuid();

        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var task = Assert.Single(await ItemsAsync(officer, person));
        Assert.Equal(nameof(WorklistKind.JudgmentIntakeDue), task.GetProperty("kind").GetString());
        Assert.Contains(number, task.GetProperty("title").GetString());
        Assert.True(DateOnly.Parse(task.GetProperty("dueOn").GetString()!) >= Today);
        Assert.Contains(await ItemsAsync(await app.ApiAsync(Roles.ProvinceOfficer, Unit.A), person, $"?commune={Commune}"),
            i => i.GetProperty("kind").GetString() == nameof(WorklistKind.JudgmentIntakeDue));
        Assert.Empty(await ItemsAsync(await app.ApiAsync(Roles.CommuneOfficer, Unit.B), person));
        // The task leads to the form that opens the case.
        Assert.Equal($"/Cases/Create/{person}", await app.WithDbAsync(db => db.Set<WorklistItem>().Where(i => i.PersonId == person).Select(i => i.Link).SingleAsync()));

        // The court's enforcement decision, received long ago, moves the deadline back: the judgment is now not enforced.
        await JsonAsync(await court.PostAsJsonAsync("/api/v1/exchange/decisions", new
        {
            reference = "TA-" + Guid.NewGuid().ToString("N")[..8], personalIdNumber = pid, judgmentNumber = number,
            decision = new { number = "12/2026/QĐ-CA", issuedOn = Iso(Today.AddDays(-1)), issuedBy = "Chánh án Tòa án nhân dân khu vực 1", receivedOn = Iso(Today.AddDays(-1)) },
        }), HttpStatusCode.Created);
        var items = await ItemsAsync(officer, person);
        var expected = HoaNhap.Domain.Rules.WorkingDays.Add(Today.AddDays(-1), 5,
            HoaNhap.Domain.Rules.HolidayCalendar.Seed.Select(h => h.Date).ToHashSet());
        var one = Assert.Single(items);
        Assert.Equal(expected < Today ? nameof(WorklistKind.JudgmentNotEnforced) : nameof(WorklistKind.JudgmentIntakeDue), one.GetProperty("kind").GetString());
        Assert.Equal(Iso(expected), one.GetProperty("dueOn").GetString());

        // A judgment pushed long after it took effect is not enforced at once.
        var late = await JsonAsync(await court.PostAsJsonAsync("/api/v1/exchange/judgments", new
        {
            reference = "TA-" + Guid.NewGuid().ToString("N")[..8],
            person = new { fullName = TestData.Unique("Đỗ Văn Muộn"), dateOfBirth = "15/06/1991", gender = "Male", personalIdNumber = TestData.NewPersonalId(1991), communeCode = Commune, address = "Tổ 2" },
            judgment = Judgment($"{Random.Shared.Next(1000, 9999)}/2026/HS-ST", Today.AddDays(-90), Today.AddDays(-80)),
        }), HttpStatusCode.Created);
        Assert.Equal(nameof(WorklistKind.JudgmentNotEnforced),
            Assert.Single(await ItemsAsync(officer, late.GetProperty("personId").GetGuid())).GetProperty("kind").GetString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class JudgmentNotEnforcedTests_Sqlite(SqliteApp app) : JudgmentNotEnforcedTests(app);

[Collection(PostgresCollection.Name)]
public sealed class JudgmentNotEnforcedTests_Postgres(PostgresApp app) : JudgmentNotEnforcedTests(app);
