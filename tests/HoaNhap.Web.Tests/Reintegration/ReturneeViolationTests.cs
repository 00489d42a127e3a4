using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Web.Features.Dashboard;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static HoaNhap.Web.Tests.Reintegration.ReintegrationSetup;

namespace HoaNhap.Web.Tests.Reintegration;

/// <summary>
/// Law violations and new offences of returnees (issue 5 part 6): recorded on the reintegration file within the management
/// period (TT 10/2024/TT-BCA Điều 7), a new offence feeds the re-offending rate and stops the record-expiry countdown
/// (BLHS 2015 Điều 70, 73); refusals store nothing; scope and roles.
/// </summary>
public abstract class ReturneeViolationTests(HoaNhapApp app)
{
    DateOnly Today => app.Today;

    static async Task<List<Guid>> ReoffendersAsync(HttpClient api)
    {
        using var json = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/dashboard/indicators/{Indicators.ReoffendingRate}/people"));
        return json.RootElement.EnumerateArray().Select(p => p.GetProperty("personId").GetGuid()).ToList();
    }

    [SkippableFact]
    public async Task A_new_offence_counts_in_the_reoffending_rate_and_stops_the_expungement_countdown()
    {
        app.EnsureAvailable();
        // Prison ≤ 5 years, released 2 years less 20 days ago: the record would clear automatically within 30 days.
        var caseId = await ReturneeWithJudgmentAsync(app, Today.AddYears(-2).AddDays(20), "Điều 173");
        var personId = await app.WithDbAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.PersonId).FirstAsync());
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var url = $"/api/v1/cases/{caseId}/reintegration/violations";
        Assert.DoesNotContain(personId, await ReoffendersAsync(officer));
        Assert.Contains((await officer.GetFromJsonAsync<JsonElement>("/api/v1/reintegration/record-expiry?within=30")).EnumerateArray(),
            r => r.GetProperty("caseId").GetGuid() == caseId);

        // A law violation with its administrative sanction does not count as re-offending.
        var law = await officer.PostAsJsonAsync(url, new { kind = "LawViolation", occurredOn = Iso(Today.AddDays(-40)), description = "Gây rối trật tự công cộng tại chợ.",
            administrativeSanction = true, sanctionDecision = "12/QĐ-XPHC ngày 20/10/2026 của Trưởng Công an xã" });
        Assert.Equal(HttpStatusCode.Created, law.StatusCode);
        Assert.DoesNotContain(personId, await ReoffendersAsync(officer));

        // The new offence: the person is counted, and the record no longer clears on the old judgment's date.
        var offence = await officer.PostAsJsonAsync(url, new { kind = "NewOffence", occurredOn = Iso(Today.AddDays(-25)), description = "Trộm cắp xe máy của hàng xóm.",
            evidence = "Biên bản bắt người phạm tội quả tang." });
        Assert.Equal(HttpStatusCode.Created, offence.StatusCode);
        var offenceId = (await offence.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Contains(personId, await ReoffendersAsync(officer));
        var expungement = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/reintegration/record-expiry");
        Assert.Equal(JsonValueKind.Null, expungement.GetProperty("clearFrom").ValueKind);
        Assert.Contains("Điều 73", expungement.GetProperty("explanation").GetString());
        Assert.DoesNotContain((await officer.GetFromJsonAsync<JsonElement>("/api/v1/reintegration/record-expiry?within=30")).EnumerateArray(),
            r => r.GetProperty("caseId").GetGuid() == caseId);

        // Prosecution, then the judgment; a judgment before the offence is refused with the field named.
        var handling = $"{url}/{offenceId}/handling";
        var early = await officer.PostAsJsonAsync(handling, new { judgmentNumber = "45/2026/HS-ST", judgmentDate = Iso(Today.AddDays(-30)), court = "Tòa án nhân dân khu vực 1", penalty = "02 năm tù" });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("judgmentDate", (await early.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync(handling, new { prosecutedOn = Iso(Today.AddDays(-20)), prosecutingBody = "Cơ quan CSĐT Công an tỉnh" })).StatusCode);
        var judged = await officer.PostAsJsonAsync(handling, new { judgmentNumber = "45/2026/HS-ST", judgmentDate = Iso(Today.AddDays(-2)), court = "Tòa án nhân dân khu vực 1",
            penalty = "02 năm tù về tội trộm cắp tài sản", imprisoned = true });
        Assert.Equal(HttpStatusCode.OK, judged.StatusCode);
        var v = await judged.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Today.AddDays(-20), DateOnly.Parse(v.GetProperty("prosecutedOn").GetString()!));
        Assert.True(v.GetProperty("imprisoned").GetBoolean());
        // A law violation has no prosecution to record.
        var lawId = (await law.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal((HttpStatusCode)422, (await officer.PostAsJsonAsync($"{url}/{lawId}/handling", new { prosecutedOn = Iso(Today) })).StatusCode);

        // The case page shows both, newest first, with the court's judgment; no court request can be drafted any more.
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var html = await pages.GetStringAsync($"/Cases/Details/{caseId}");
        Assert.Contains("data-testid=\"returnee-violations-section\"", html);
        Assert.Contains("2 lần vi phạm, trong đó 1 lần phạm tội mới", html);
        Assert.Contains("45/2026/HS-ST", html);
        // A returnee's page has no community-sentence regime: no supervisor, no breaches of obligations.
        Assert.DoesNotContain("data-testid=\"supervision-section\"", html);
        Assert.DoesNotContain("data-testid=\"breaches-section\"", html);
        var list = await officer.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal("NewOffence,LawViolation", string.Join(",", list.EnumerateArray().Select(x => x.GetProperty("kind").GetString())));
    }

    [SkippableFact]
    public async Task The_page_records_a_violation_and_refusals_store_nothing()
    {
        app.EnsureAvailable();
        var released = Today.AddDays(-60);
        var caseId = await ReceivedCaseAsync(app, released, released.AddDays(1));
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var form = $"/Reintegration/Violation/{caseId}";

        var missing = await HoaNhapApp.PostFormAsync(pages, form, form, new() { ["Input.OccurredOn"] = Display.Date(Today) });
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        var text = await missing.Content.ReadAsStringAsync();
        Assert.Contains("Hãy chọn loại", text);
        Assert.Contains("Nội dung vi phạm không được để trống", text);
        // Before release: outside the management period (TT 10/2024 Điều 7).
        var before = await HoaNhapApp.PostFormAsync(pages, form, form, new()
            { ["Input.Kind"] = "LawViolation", ["Input.OccurredOn"] = Display.Date(released.AddDays(-1)), ["Input.Description"] = "Đánh nhau." });
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Contains("Điều 7", await before.Content.ReadAsStringAsync());
        // A sanction without its decision is incomplete.
        var noDecision = await HoaNhapApp.PostFormAsync(pages, form, form, new()
            { ["Input.Kind"] = "LawViolation", ["Input.OccurredOn"] = Display.Date(Today), ["Input.Description"] = "Đánh nhau.", ["Input.AdministrativeSanction"] = "true" });
        Assert.Contains("quyết định xử phạt", await noDecision.Content.ReadAsStringAsync());
        Assert.False(await app.WithDbAsync(db => db.Set<ReturneeViolation>().AnyAsync(x => x.CaseId == caseId)));

        var ok = await HoaNhapApp.PostFormAsync(pages, form, form, new()
            { ["Input.Kind"] = "LawViolation", ["Input.OccurredOn"] = Display.Date(Today), ["Input.Description"] = "Đánh nhau gây thương tích nhẹ." });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var stored = await app.WithDbAsync(db => db.Set<ReturneeViolation>().AsNoTracking().SingleAsync(x => x.CaseId == caseId));
        Assert.Equal(ReturneeViolationKind.LawViolation, stored.Kind);
        Assert.False(stored.AdministrativeSanction);
        // Audited: who recorded it.
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(ReturneeViolation) && a.EntityId == stored.Id.ToString())));
    }

    [SkippableFact]
    public async Task Community_sentence_cases_closed_files_other_communes_and_readers_are_refused()
    {
        app.EnsureAvailable();
        var (_, sentenceCase) = await Breaches.CaseSetup.ActiveCaseAsync(app, Unit.A, "Bùi Văn Án", SentenceType.NonCustodialReform, Today.AddMonths(-1));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var body = new { kind = "NewOffence", occurredOn = Iso(Today), description = "Trộm cắp tài sản." };
        Assert.Equal((HttpStatusCode)422, (await officer.PostAsJsonAsync($"/api/v1/cases/{sentenceCase}/reintegration/violations", body)).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Set<ReturneeViolation>().AnyAsync(x => x.CaseId == sentenceCase)));

        var caseId = await ReceivedCaseAsync(app, Today.AddDays(-30), Today.AddDays(-29));
        var url = $"/api/v1/cases/{caseId}/reintegration/violations";
        Assert.Equal((HttpStatusCode)422, (await officer.PostAsJsonAsync(url, new { kind = "NewOffence", occurredOn = Iso(Today.AddDays(1)), description = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(Roles.CommuneOfficer, Unit.B)).PostAsJsonAsync(url, body)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(Roles.CommuneOfficer, Unit.B)).GetAsync(url)).StatusCode);
        var leader = await app.ApiAsync(Roles.CommuneLeader, Unit.A);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsJsonAsync(url, body)).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Set<ReturneeViolation>().AnyAsync(x => x.CaseId == caseId)));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReturneeViolationTests_Sqlite(SqliteApp app) : ReturneeViolationTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ReturneeViolationTests_Postgres(PostgresApp app) : ReturneeViolationTests(app);
