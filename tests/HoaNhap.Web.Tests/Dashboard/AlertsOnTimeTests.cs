using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using HoaNhap.Web.Tests.Supervision;

namespace HoaNhap.Web.Tests.Dashboard;

/// <summary>
/// Issue 19, part 3: the dashboard's share of alerts handled on time per commune, from the alert ledger's stored due dates and on-time
/// flags; its target is the rule parameter <c>Alerts.OnTimeTargetPercent</c> (Proposed).
/// </summary>
public abstract class AlertsOnTimeTests(HoaNhapApp app)
{
    DateOnly Today => app.Today;
    static string Iso(DateOnly d) => SupervisionSetup.Iso(d);

    static async Task<JsonElement> JsonAsync(HttpResponseMessage r, HttpStatusCode expected)
    {
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(expected == r.StatusCode, $"{(int)r.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    static JsonElement Figure(JsonElement dashboard, string key) =>
        dashboard.GetProperty("total").EnumerateArray().Single(f => f.GetProperty("key").GetString() == key);

    static JsonElement Definition(JsonElement dashboard, string key) =>
        dashboard.GetProperty("indicators").EnumerateArray().Single(f => f.GetProperty("key").GetString() == key);

    [SkippableFact]
    public async Task An_alert_in_time_counts_on_time_an_overdue_one_does_not_and_the_commune_row_shows_it()
    {
        app.EnsureAvailable();
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var before = Figure(await JsonAsync(await officer.GetAsync("/api/v1/dashboard"), HttpStatusCode.OK), Indicators.AlertsOnTime);
        var (n0, d0) = (before.GetProperty("numerator").GetInt64(), before.GetProperty("denominator").GetInt64());

        // Started 20 days ago: nothing else is due yet, so the two signs are the only alerts of the case.
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddDays(-20));
        // Raised today, verify due in 2 days: on time. Raised 5 days ago, verify due 3 days ago and not done: not on time.
        await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/signs", new { kind = "DrugUse", observedOn = Iso(Today), note = "Biểu hiện lạ" }),
            HttpStatusCode.Created);
        await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/signs", new { kind = "Threats", observedOn = Iso(Today.AddDays(-5)), note = "Đe dọa hàng xóm" }),
            HttpStatusCode.Created);

        var after = Figure(await JsonAsync(await officer.GetAsync("/api/v1/dashboard"), HttpStatusCode.OK), Indicators.AlertsOnTime);
        Assert.Equal(n0 + 1, after.GetProperty("numerator").GetInt64());
        Assert.Equal(d0 + 2, after.GetProperty("denominator").GetInt64());
        Assert.False(after.GetProperty("meetsTarget").GetBoolean());   // the target is 100 %

        // The province's dashboard has the figure per commune, and the indicator's page lists the communes.
        var province = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        var units = (await JsonAsync(await province.GetAsync("/api/v1/dashboard"), HttpStatusCode.OK)).GetProperty("units").EnumerateArray();
        var row = units.Single(u => u.GetProperty("communeCode").GetString() == HoaNhapApp.Units[Unit.A].Commune).GetProperty("figures").EnumerateArray()
            .Single(f => f.GetProperty("key").GetString() == Indicators.AlertsOnTime);
        Assert.Equal(d0 + 2, row.GetProperty("denominator").GetInt64());
        var page = await (await app.PagesAsync(Roles.ProvinceOfficer, Unit.A)).GetStringAsync($"/Dashboard/Indicator/{Indicators.AlertsOnTime}");
        Assert.Contains("Tỷ lệ cảnh báo được xử lý đúng hạn", page);
        Assert.Contains("data-testid=\"indicator-units\"", page);
    }

    [SkippableFact]
    public async Task The_target_is_the_rule_parameter_in_force_for_the_month()
    {
        app.EnsureAvailable();
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var now = Definition(await JsonAsync(await officer.GetAsync("/api/v1/dashboard"), HttpStatusCode.OK), Indicators.AlertsOnTime);
        Assert.Equal(100m, now.GetProperty("target").GetDecimal());
        var parameter = (await (await app.ApiAsync(Roles.SystemAdmin, Unit.A)).GetFromJsonAsync<JsonElement>("/api/v1/rules/parameters")).EnumerateArray()
            .Single(p => p.GetProperty("key").GetString() == "Alerts.OnTimeTargetPercent");
        Assert.Equal("Proposed", parameter.GetProperty("status").GetString());

        var admin = await app.ApiAsync(Roles.SystemAdmin, Unit.A);
        await JsonAsync(await admin.PostAsJsonAsync("/api/v1/rules/parameters/Alerts.OnTimeTargetPercent",
            new { value = "85", effectiveFrom = "2032-01-01", source = "Kế hoạch thử nghiệm của Công an tỉnh", status = "Proposed" }), HttpStatusCode.Created);
        var later = await JsonAsync(await officer.GetAsync("/api/v1/dashboard?month=2032-02"), HttpStatusCode.OK);
        Assert.Equal(85m, Definition(later, Indicators.AlertsOnTime).GetProperty("target").GetDecimal());
        Assert.Equal("Đạt 85 %", Definition(later, Indicators.AlertsOnTime).GetProperty("targetText").GetString());
        Assert.Equal(100m, Definition(await JsonAsync(await officer.GetAsync("/api/v1/dashboard"), HttpStatusCode.OK), Indicators.AlertsOnTime)
            .GetProperty("target").GetDecimal());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AlertsOnTimeTests_Sqlite(SqliteApp app) : AlertsOnTimeTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AlertsOnTimeTests_Postgres(PostgresApp app) : AlertsOnTimeTests(app);
