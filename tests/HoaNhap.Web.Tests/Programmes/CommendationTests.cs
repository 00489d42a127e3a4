using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;

namespace HoaNhap.Web.Tests.Programmes;

/// <summary>The commendation register: proposed → granted / not granted, filtered by year and status, scoped by unit.</summary>
public abstract class CommendationTests(HoaNhapApp app)
{
    static async Task<JsonElement> ListAsync(HttpClient api, string query = "") =>
        (await api.GetFromJsonAsync<JsonElement>("/api/v1/programmes/commendations" + query)).Clone();

    [SkippableFact]
    public async Task A_proposal_is_recorded_then_granted_once_and_filtered_by_year_and_status()
    {
        app.EnsureAvailable();
        var commune = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var name = TestData.Unique("Tổ giám sát");
        var proposedOn = app.Today.AddDays(-10);
        var created = await commune.PostAsJsonAsync("/api/v1/programmes/commendations", new
        {
            commendedName = name, achievement = "Hoàn thành xuất sắc việc giám sát, giáo dục", proposedOn = Display.Date(proposedOn), proposedBy = "UBND xã",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var c = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Proposed", c.GetProperty("status").GetString());
        Assert.Equal("04792", c.GetProperty("communeCode").GetString());
        var id = c.GetProperty("id").GetGuid();

        // A person of the registry of the unit may be named by id; their name is used when no name is given.
        var withPerson = await commune.PostAsJsonAsync("/api/v1/programmes/commendations", new
        {
            personId = app.PersonA, achievement = "Tích cực hòa nhập cộng đồng", proposedOn = Display.Date(proposedOn), proposedBy = "Công an xã",
        });
        Assert.Equal(HttpStatusCode.Created, withPerson.StatusCode);
        Assert.Equal("Nguyễn Văn Thử", (await withPerson.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("commendedName").GetString());

        // The officer of commune B does not see it and cannot decide it.
        var other = await app.ApiAsync(Roles.CommuneOfficer, Unit.B);
        Assert.DoesNotContain((await ListAsync(other)).EnumerateArray(), x => x.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/v1/programmes/commendations/{id}/decision",
            new { granted = true, decidedOn = Display.Date(app.Today), grantedBy = "X", decisionNumber = "1/QĐ" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.PagesAsync(Roles.CommuneOfficer, Unit.B)).GetAsync($"/Programmes/CommendationDecide/{id}")).StatusCode);

        // Granting needs the granting body and the decision number.
        var incomplete = await commune.PostAsJsonAsync($"/api/v1/programmes/commendations/{id}/decision", new { granted = true, decidedOn = Display.Date(app.Today) });
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        var text = await incomplete.Content.ReadAsStringAsync();
        Assert.Contains("grantedBy", text);
        Assert.Contains("decisionNumber", text);
        // A decision before the proposal is refused by rule.
        Assert.Equal((HttpStatusCode)422, (await commune.PostAsJsonAsync($"/api/v1/programmes/commendations/{id}/decision",
            new { granted = true, decidedOn = Display.Date(proposedOn.AddDays(-1)), grantedBy = "Chủ tịch UBND tỉnh", decisionNumber = "12/QĐ-UBND" })).StatusCode);

        // The page form records the decision.
        var pages = await app.PagesAsync(Roles.CommuneLeader, Unit.A);
        Assert.Contains(name, await pages.GetStringAsync($"/Programmes/CommendationDecide/{id}"));
        var posted = await HoaNhapApp.PostFormAsync(pages, $"/Programmes/CommendationDecide/{id}", $"/Programmes/CommendationDecide/{id}", new()
        {
            ["Input.Granted"] = "true", ["Input.DecidedOn"] = Display.Date(app.Today), ["Input.GrantedBy"] = "Chủ tịch UBND tỉnh", ["Input.DecisionNumber"] = "12/QĐ-UBND",
        });
        Assert.True(posted.IsSuccessStatusCode || posted.StatusCode == HttpStatusCode.Redirect, posted.StatusCode.ToString());
        var granted = (await ListAsync(commune, $"?year={proposedOn.Year}&status=Granted")).EnumerateArray().Single(x => x.GetProperty("id").GetGuid() == id);
        Assert.Equal("12/QĐ-UBND", granted.GetProperty("decisionNumber").GetString());
        Assert.DoesNotContain((await ListAsync(commune, "?status=Proposed")).EnumerateArray(), x => x.GetProperty("id").GetGuid() == id);
        Assert.DoesNotContain((await ListAsync(commune, $"?year={proposedOn.Year - 1}")).EnumerateArray(), x => x.GetProperty("id").GetGuid() == id);

        // Deciding again is refused by rule and changes nothing.
        var again = await commune.PostAsJsonAsync($"/api/v1/programmes/commendations/{id}/decision", new { granted = false, decidedOn = Display.Date(app.Today) });
        Assert.Equal((HttpStatusCode)422, again.StatusCode);
        Assert.Contains("đã có kết quả", await again.Content.ReadAsStringAsync());
        Assert.Contains((await ListAsync(commune, "?status=Granted")).EnumerateArray(), x => x.GetProperty("id").GetGuid() == id);

        var html = await (await app.PagesAsync(Roles.ProvinceOfficer, Unit.A)).GetStringAsync($"/Programmes/Commendations?Year={proposedOn.Year}&Status=Granted");
        Assert.Contains(name, html);
        Assert.Contains("12/QĐ-UBND", html);
    }

    [SkippableFact]
    public async Task Invalid_future_or_other_unit_proposals_are_refused_and_nothing_is_stored()
    {
        app.EnsureAvailable();
        var commune = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var count = (await ListAsync(commune)).GetArrayLength();
        Assert.Equal((HttpStatusCode)422, (await commune.PostAsJsonAsync("/api/v1/programmes/commendations", new
        {
            commendedName = "Công an xã", achievement = "X", proposedOn = Display.Date(app.Today.AddDays(1)), proposedBy = "UBND xã",
        })).StatusCode);
        var otherPerson = await commune.PostAsJsonAsync("/api/v1/programmes/commendations", new
        {
            personId = app.PersonB, achievement = "X", proposedOn = Display.Date(app.Today), proposedBy = "UBND xã",
        });
        Assert.Equal(HttpStatusCode.BadRequest, otherPerson.StatusCode);
        Assert.Contains("personId", await otherPerson.Content.ReadAsStringAsync());
        var empty = await commune.PostAsJsonAsync("/api/v1/programmes/commendations", new { proposedOn = "31/02/2026" });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var text = await empty.Content.ReadAsStringAsync();
        foreach (var f in new[] { "commendedName", "achievement", "proposedOn", "proposedBy" }) Assert.Contains(f, text);
        Assert.Equal(HttpStatusCode.BadRequest, (await commune.GetAsync("/api/v1/programmes/commendations?status=Maybe")).StatusCode);
        Assert.Equal(count, (await ListAsync(commune)).GetArrayLength());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.Supervisor, Unit.A)).GetAsync("/api/v1/programmes/commendations")).StatusCode);

        // The page form shows the errors beside the fields.
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var response = await HoaNhapApp.PostFormAsync(pages, "/Programmes/CommendationCreate", "/Programmes/CommendationCreate", new() { ["Input.ProposedOn"] = "01/11/2026" });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Hãy nhập tên tập thể hoặc cá nhân được đề nghị khen thưởng", html);
        Assert.Contains("Hãy nhập thành tích được đề nghị khen thưởng", html);
        Assert.Equal(count, (await ListAsync(commune)).GetArrayLength());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CommendationTests_Sqlite(SqliteApp app) : CommendationTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CommendationTests_Postgres(PostgresApp app) : CommendationTests(app);
