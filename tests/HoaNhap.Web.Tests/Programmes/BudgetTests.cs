using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Tests.Infrastructure;

namespace HoaNhap.Web.Tests.Programmes;

/// <summary>The yearly budget plan and settlement: one plan per unit and year, plan vs spent per item and totals.</summary>
public abstract class BudgetTests(HoaNhapApp app)
{
    [SkippableFact]
    public async Task A_commune_plans_its_budget_once_a_year_and_settles_it_per_item()
    {
        app.EnsureAvailable();
        var commune = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var plan = await commune.PutAsJsonAsync("/api/v1/programmes/budgets/2021", new
        {
            items = new[] { new { item = "Quản lý, giám sát, giáo dục", amount = 20_000_000L }, new { item = "Tuyên truyền", amount = 5_000_000L } },
        });
        Assert.Equal(HttpStatusCode.OK, plan.StatusCode);
        Assert.Equal(25_000_000L, (await plan.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("plannedTotal").GetInt64());

        // A second plan for the same unit and year is refused and changes nothing.
        var second = await commune.PutAsJsonAsync("/api/v1/programmes/budgets/2021", new { items = new[] { new { item = "Tập huấn", amount = 1L } } });
        Assert.Equal((HttpStatusCode)422, second.StatusCode);
        var text = await second.Content.ReadAsStringAsync();
        Assert.Contains("year", text);
        Assert.Contains("chỉ lập một dự toán mỗi năm", text);

        // The settlement must cover every planned item, dated in or after the year.
        var missingItem = await commune.PutAsJsonAsync("/api/v1/programmes/budgets/2021/settlement", new
        {
            settledOn = "15/01/2022", items = new[] { new { item = "Tuyên truyền", amount = 4_000_000L } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, missingItem.StatusCode);
        Assert.Contains("items", await missingItem.Content.ReadAsStringAsync());
        Assert.Equal((HttpStatusCode)422, (await commune.PutAsJsonAsync("/api/v1/programmes/budgets/2021/settlement", new
        {
            settledOn = "15/12/2020", items = new[] { new { item = "Quản lý, giám sát, giáo dục", amount = 1L }, new { item = "Tuyên truyền", amount = 1L } },
        })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await commune.PutAsJsonAsync("/api/v1/programmes/budgets/2020/settlement", new { settledOn = "15/01/2021" })).StatusCode);
        var settled = await commune.PutAsJsonAsync("/api/v1/programmes/budgets/2021/settlement", new
        {
            settledOn = "15/01/2022", items = new[] { new { item = "Tuyên truyền", amount = 4_000_000L }, new { item = "quản lý, giám sát, giáo dục", amount = 18_500_000L } },
        });
        Assert.Equal(HttpStatusCode.OK, settled.StatusCode);

        using var list = JsonDocument.Parse(await commune.GetStringAsync("/api/v1/programmes/budgets?year=2021"));
        var p = Assert.Single(list.RootElement.EnumerateArray());
        Assert.Equal("04792", p.GetProperty("communeCode").GetString());
        Assert.Equal(22_500_000L, p.GetProperty("spentTotal").GetInt64());
        Assert.Equal(18_500_000L, p.GetProperty("items")[0].GetProperty("spent").GetInt64());

        var html = await (await app.PagesAsync(Roles.ProvinceOfficer, Unit.A)).GetStringAsync("/Programmes/Budget?year=2021");
        Assert.Contains("data-commune=\"04792\"", html);
        Assert.Contains("25.000.000", html);
        Assert.Contains("22.500.000", html);
        // Commune B sees nothing of it.
        var other = await app.ApiAsync(Roles.CommuneOfficer, Unit.B);
        Assert.Equal(0, (await other.GetFromJsonAsync<JsonElement>("/api/v1/programmes/budgets?year=2021")).GetArrayLength());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.Supervisor, Unit.A)).GetAsync("/api/v1/programmes/budgets")).StatusCode);
    }

    [SkippableFact]
    public async Task The_pages_plan_and_settle_and_show_errors_beside_the_fields()
    {
        app.EnsureAvailable();
        var pages = await app.PagesAsync(Roles.CommuneLeader, Unit.A);
        var invalid = await HoaNhapApp.PostFormAsync(pages, "/Programmes/BudgetEdit?year=2022", "/Programmes/BudgetEdit", new()
        {
            ["Year"] = "2022", ["Input.Items[0].Item"] = "Tập huấn", ["Input.Items[0].Amount"] = "-5",
        });
        Assert.Contains("Hãy nhập số tiền dự toán của mỗi khoản", await invalid.Content.ReadAsStringAsync());
        Assert.Equal(0, (await (await app.ApiAsync(Roles.CommuneOfficer, Unit.A)).GetFromJsonAsync<JsonElement>("/api/v1/programmes/budgets?year=2022")).GetArrayLength());

        var saved = await HoaNhapApp.PostFormAsync(pages, "/Programmes/BudgetEdit?year=2022", "/Programmes/BudgetEdit", new()
        {
            ["Year"] = "2022", ["Input.Items[0].Item"] = "Tập huấn", ["Input.Items[0].Amount"] = "3000000", ["Input.Items[1].Item"] = "", ["Input.Items[1].Amount"] = "",
        });
        Assert.True(saved.IsSuccessStatusCode || saved.StatusCode == HttpStatusCode.Redirect, saved.StatusCode.ToString());
        var settle = await HoaNhapApp.PostFormAsync(pages, "/Programmes/BudgetSettle?year=2022", "/Programmes/BudgetSettle?year=2022", new()
        {
            ["Input.SettledOn"] = "20/01/2023", ["Input.Items[0].Item"] = "Tập huấn", ["Input.Items[0].Amount"] = "2750000",
        });
        Assert.True(settle.IsSuccessStatusCode || settle.StatusCode == HttpStatusCode.Redirect, settle.StatusCode.ToString());
        var html = await pages.GetStringAsync("/Programmes/Budget?year=2022");
        Assert.Contains("3.000.000", html);
        Assert.Contains("2.750.000", html);
        Assert.Contains("20/01/2023", html);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class BudgetTests_Sqlite(SqliteApp app) : BudgetTests(app);

[Collection(PostgresCollection.Name)]
public sealed class BudgetTests_Postgres(PostgresApp app) : BudgetTests(app);
