using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Data.Rules;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Features.Rules;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.Rules;

/// <summary>
/// The administrator's rule parameters and holiday table. The database is shared by the whole
/// collection, so these tests change only values from 2031 on (no other test computes that far
/// ahead) and holidays of 2031.
/// </summary>
public abstract class RuleParametersTests(HoaNhapApp app)
{
    protected HoaNhapApp App { get; } = app;

    static string Admin => HoaNhapApp.UserName(Roles.SystemAdmin, Unit.A);

    static object NewValue(string value, string effectiveFrom, string source = "Văn bản thử nghiệm Điều 1", string status = "ToVerify") =>
        new { value, effectiveFrom, source, status };

    static async Task<JsonElement> Json(HttpResponseMessage r) => await r.Content.ReadFromJsonAsync<JsonElement>();

    static async Task<JsonElement> ParameterAsync(HttpClient api, string key) =>
        (await api.GetFromJsonAsync<JsonElement>("/api/v1/rules/parameters")).EnumerateArray().Single(p => p.GetProperty("key").GetString() == key);

    static async Task<string> WorkingDayAsync(HttpClient api, string from, int workingDays)
    {
        var response = await api.PostAsJsonAsync("/api/v1/rules/working-days", new { from, workingDays });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await Json(response)).GetProperty("date").GetString()!;
    }

    [SkippableFact]
    public async Task A_value_from_a_future_date_leaves_todays_value_in_force_and_joins_the_history()
    {
        App.EnsureAvailable();
        var admin = await App.ApiAsync(Roles.SystemAdmin, Unit.A);
        var key = RuleKeys.LoanMaxTermMonths;

        var response = await admin.PostAsJsonAsync($"/api/v1/rules/parameters/{key}", NewValue("96", "2031-03-01", "Quyết định thử nghiệm Điều 5"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await Json(response);
        Assert.Equal("120", created.GetProperty("value").GetString());

        // Any signed-in user reads the parameters: today's value, and the new one in the history.
        var reader = await App.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var p = await ParameterAsync(reader, key);
        Assert.Equal("120", p.GetProperty("value").GetString());
        Assert.Equal("tháng", p.GetProperty("unit").GetString());
        Assert.Equal("ToVerify", p.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(p.GetProperty("source").GetString()));
        Assert.Equal("2023-08-17", p.GetProperty("effectiveFrom").GetString());
        var added = p.GetProperty("history").EnumerateArray().Single(h => h.GetProperty("effectiveFrom").GetString() == "2031-03-01");
        Assert.Equal("96", added.GetProperty("value").GetString());
        Assert.Equal("Quyết định thử nghiệm Điều 5", added.GetProperty("source").GetString());
        Assert.Equal(Admin, added.GetProperty("changedBy").GetString());

        // The rules read the value in force on the day they compute for.
        using var scope = App.Services.CreateScope();
        var parameters = await scope.ServiceProvider.GetRequiredService<RuleBook>().ParametersAsync(CancellationToken.None);
        Assert.Equal(120, parameters.Int(key, new DateOnly(2031, 2, 28)));
        Assert.Equal(96, parameters.Int(key, new DateOnly(2031, 3, 1)));
        Assert.Equal("96", parameters.Get(key, new DateOnly(2040, 1, 1)).Value);
        // The earlier value is still stored unchanged: a change adds a row.
        var rows = await App.NewDbContext(scope).RuleParameterValues.AsNoTracking().Where(v => v.Key == key).ToListAsync();
        Assert.Contains(rows, r => r.Value == "120" && r.EffectiveFrom == new DateOnly(2023, 8, 17));
    }

    [SkippableFact]
    public async Task The_change_is_in_the_audit_log_with_the_administrator_and_the_new_value()
    {
        App.EnsureAvailable();
        var admin = await App.ApiAsync(Roles.SystemAdmin, Unit.A);
        var key = RuleKeys.AbsenceDecisionDeadline;
        var response = await admin.PostAsJsonAsync($"/api/v1/rules/parameters/{key}", NewValue("5", "15/07/2031", "Nghị định thử nghiệm Điều 9", "Confirmed"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        using var scope = App.Services.CreateScope();
        var entries = await App.NewDbContext(scope).AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(RuleParameterValue) && a.UserName == Admin && a.Action == AuditActions.Create).ToListAsync();
        var entry = Assert.Single(entries, a =>
        {
            var d = JsonDocument.Parse(a.Details!).RootElement;
            return d.GetProperty("Key")[1].GetString() == key && d.GetProperty("EffectiveFrom")[1].GetString() == "2031-07-15";
        });
        var details = JsonDocument.Parse(entry.Details!).RootElement;
        Assert.Equal(JsonValueKind.Null, details.GetProperty("Value")[0].ValueKind);   // old
        Assert.Equal("5", details.GetProperty("Value")[1].GetString());               // new
        Assert.Equal("Confirmed", details.GetProperty("Status")[1].GetString());
        Assert.Equal("Nghị định thử nghiệm Điều 9", details.GetProperty("Source")[1].GetString());
    }

    [SkippableTheory]
    [InlineData(RuleKeys.ShortenMaxMonths, "abc")]     // a number of months
    [InlineData(RuleKeys.ShortenMaxMonths, "-3")]
    [InlineData(RuleKeys.ShortenMaxMonths, "1.5")]
    [InlineData(RuleKeys.ShortenMinServed, "3/2")]     // a fraction greater than the whole term
    [InlineData(RuleKeys.ShortenMinServed, "0,5")]
    [InlineData(RuleKeys.LoanMaxIndividual, "100.000.000")]
    [InlineData(RuleKeys.LoanMaxIndividual, "")]
    public async Task A_value_that_does_not_fit_the_unit_is_refused_naming_value(string key, string value)
    {
        App.EnsureAvailable();
        var admin = await App.ApiAsync(Roles.SystemAdmin, Unit.A);
        var response = await admin.PostAsJsonAsync($"/api/v1/rules/parameters/{key}", NewValue(value, "2031-01-01"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Json(response)).GetProperty("errors");
        Assert.StartsWith("Giá trị", errors.GetProperty("value")[0].GetString());
        Assert.Single(errors.EnumerateObject());
        Assert.DoesNotContain((await ParameterAsync(admin, key)).GetProperty("history").EnumerateArray(),
            h => h.GetProperty("effectiveFrom").GetString() == "2031-01-01");
    }

    [SkippableFact]
    public async Task Missing_date_source_and_status_are_named_in_Vietnamese()
    {
        App.EnsureAvailable();
        var admin = await App.ApiAsync(Roles.SystemAdmin, Unit.A);
        var response = await admin.PostAsJsonAsync($"/api/v1/rules/parameters/{RuleKeys.ShortenMaxMonths}",
            new { value = "6", effectiveFrom = "31/02/2031", source = new string('x', 301), status = "Maybe" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Json(response)).GetProperty("errors");
        Assert.StartsWith("Ngày bắt đầu áp dụng", errors.GetProperty("effectiveFrom")[0].GetString());
        Assert.Contains("300 ký tự", errors.GetProperty("source")[0].GetString());
        Assert.StartsWith("Tình trạng nguồn", errors.GetProperty("status")[0].GetString());
        Assert.False(errors.TryGetProperty("value", out _));

        var empty = await admin.PostAsJsonAsync($"/api/v1/rules/parameters/{RuleKeys.ShortenMaxMonths}", new { });
        var emptyErrors = (await Json(empty)).GetProperty("errors");
        foreach (var field in new[] { "value", "effectiveFrom", "source", "status" })
            Assert.True(emptyErrors.TryGetProperty(field, out _), field);
    }

    [SkippableFact]
    public async Task A_second_value_for_the_same_key_and_date_is_refused()
    {
        App.EnsureAvailable();
        var admin = await App.ApiAsync(Roles.SystemAdmin, Unit.A);
        var key = RuleKeys.ReintegrationPersonReport;
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync($"/api/v1/rules/parameters/{key}", NewValue("7", "2031-05-01"))).StatusCode);

        var again = await admin.PostAsJsonAsync($"/api/v1/rules/parameters/{key}", NewValue("8", "01/05/2031"));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("01/05/2031", (await Json(again)).GetProperty("errors").GetProperty("effectiveFrom")[0].GetString());

        // The seeded value's own date counts too.
        var seeded = await admin.PostAsJsonAsync($"/api/v1/rules/parameters/{key}", NewValue("8", "2020-01-01"));
        Assert.Equal(HttpStatusCode.BadRequest, seeded.StatusCode);
        Assert.True((await Json(seeded)).GetProperty("errors").TryGetProperty("effectiveFrom", out _));

        var history = (await ParameterAsync(admin, key)).GetProperty("history").EnumerateArray().ToList();
        Assert.Equal("7", history.Single(h => h.GetProperty("effectiveFrom").GetString() == "2031-05-01").GetProperty("value").GetString());
    }

    [SkippableFact]
    public async Task An_unknown_parameter_is_not_found()
    {
        App.EnsureAvailable();
        var admin = await App.ApiAsync(Roles.SystemAdmin, Unit.A);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync("/api/v1/rules/parameters/Khong.Co", NewValue("1", "2031-01-01"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/rules/parameters/Khong.Co")).StatusCode);
    }

    [SkippableTheory]
    [InlineData(Roles.ProvinceOfficer)]
    [InlineData(Roles.CommuneOfficer)]
    [InlineData(Roles.CourtReader)]
    public async Task Only_an_administrator_changes_parameters_and_holidays(string role)
    {
        App.EnsureAvailable();
        var api = await App.ApiAsync(role, Unit.A);
        var key = RuleKeys.ShortenMaxMonths;
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync($"/api/v1/rules/parameters/{key}", NewValue("6", "2031-09-09"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync("/api/v1/rules/holidays", new { date = "2031-09-09", name = "Ngày thử" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.DeleteAsync("/api/v1/rules/holidays/2031-01-01")).StatusCode);
        Assert.DoesNotContain((await ParameterAsync(api, key)).GetProperty("history").EnumerateArray(),
            h => h.GetProperty("effectiveFrom").GetString() == "2031-09-09");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/rules/holidays?year=2031")).StatusCode);
    }

    [SkippableFact]
    public async Task A_holiday_added_is_skipped_by_working_days_until_it_is_removed()
    {
        App.EnsureAvailable();
        var admin = await App.ApiAsync(Roles.SystemAdmin, Unit.A);
        var officer = await App.ApiAsync(Roles.CommuneOfficer, Unit.A);
        // Monday 10/03/2031 + 3 working days: Tue 11, Wed 12, Thu 13.
        Assert.Equal("2031-03-13", await WorkingDayAsync(officer, "2031-03-10", 3));

        var added = await admin.PostAsJsonAsync("/api/v1/rules/holidays", new { date = "12/03/2031", name = "Ngày nghỉ thử nghiệm" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var year = await officer.GetFromJsonAsync<JsonElement>("/api/v1/rules/holidays?year=2031");
        var h = year.EnumerateArray().Single(x => x.GetProperty("date").GetString() == "2031-03-12");
        Assert.Equal("Ngày nghỉ thử nghiệm", h.GetProperty("name").GetString());
        Assert.Equal("Thứ Tư", h.GetProperty("weekday").GetString());
        Assert.Equal("2031-03-14", await WorkingDayAsync(officer, "2031-03-10", 3));

        var duplicate = await admin.PostAsJsonAsync("/api/v1/rules/holidays", new { date = "2031-03-12", name = "Lần hai" });
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.True((await Json(duplicate)).GetProperty("errors").TryGetProperty("date", out _));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/v1/rules/holidays/2031-03-12")).StatusCode);
        Assert.Equal("2031-03-13", await WorkingDayAsync(officer, "2031-03-10", 3));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync("/api/v1/rules/holidays/2031-03-12")).StatusCode);

        using var scope = App.Services.CreateScope();
        var actions = await App.NewDbContext(scope).AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Holiday) && a.UserName == Admin && a.Details!.Contains("2031-03-12"))
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal([AuditActions.Create, AuditActions.Delete], actions);
    }

    [SkippableFact]
    public async Task A_holiday_needs_a_real_date_and_a_name()
    {
        App.EnsureAvailable();
        var admin = await App.ApiAsync(Roles.SystemAdmin, Unit.A);
        var response = await admin.PostAsJsonAsync("/api/v1/rules/holidays", new { date = "30/02/2031", name = " " });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Json(response)).GetProperty("errors");
        Assert.StartsWith("Ngày nghỉ", errors.GetProperty("date")[0].GetString());
        Assert.StartsWith("Tên ngày nghỉ", errors.GetProperty("name")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/v1/rules/holidays?year=1200")).StatusCode);
    }

    [SkippableFact]
    public async Task The_pages_answer_an_administrator_and_refuse_a_commune_officer()
    {
        App.EnsureAvailable();
        var admin = await App.PagesAsync(Roles.SystemAdmin, Unit.A);
        var officer = await App.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var edit = $"/Rules/Parameters/Edit?key={RuleKeys.ShortenMinServed}";
        foreach (var url in new[] { "/Rules/Parameters", edit, "/Rules/Holidays?year=2026" })
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync(url)).StatusCode);
        }
        var list = WebUtility.HtmlDecode(await admin.GetStringAsync("/Rules/Parameters"));
        Assert.Contains("Đã đối chiếu văn bản", list);
        Assert.Contains("Cần kiểm tra lại", list);
        Assert.Contains("<mark>", list);
        Assert.Contains($"href=\"/Rules/Parameters/Edit?key={RuleKeys.LoanMaxIndividual}\"", list);
        Assert.Contains("100.000.000 đồng", list);
        Assert.Contains("href=\"/Rules/Holidays?year=", list);
        Assert.Contains("Tham số pháp lý", WebUtility.HtmlDecode(await admin.GetStringAsync("/")));
        Assert.Contains("Giỗ Tổ Hùng Vương", WebUtility.HtmlDecode(await admin.GetStringAsync("/Rules/Holidays?year=2026")));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/Rules/Parameters/Edit?key=Khong.Co")).StatusCode);
    }

    [SkippableFact]
    public async Task The_form_adds_a_value_from_a_date_and_shows_errors_at_the_top()
    {
        App.EnsureAvailable();
        var admin = await App.PagesAsync(Roles.SystemAdmin, Unit.A);
        var key = RuleKeys.AbsenceMaxPerTripDays;
        var url = $"/Rules/Parameters/Edit?key={key}";

        var invalid = await HoaNhapApp.PostFormAsync(admin, url, url, new()
        {
            ["Input.Value"] = "sáu mươi", ["Input.EffectiveFrom"] = "01/06/2032", ["Input.Source"] = "", ["Input.Status"] = "Confirmed",
        });
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var html = WebUtility.HtmlDecode(await invalid.Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"error-summary\"", html);
        Assert.Contains("href=\"#Input_Value\"", html);
        Assert.Contains("Nguồn văn bản không được để trống.", html);

        var saved = await HoaNhapApp.PostFormAsync(admin, url, url, new()
        {
            ["Input.Value"] = "90", ["Input.EffectiveFrom"] = "01/06/2032", ["Input.Source"] = "Luật thử nghiệm Điều 92", ["Input.Status"] = "Confirmed",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.StartsWith("/Rules/Parameters", saved.Headers.Location?.OriginalString);
        Assert.Contains("Đã thêm giá trị 90 ngày", WebUtility.HtmlDecode(await admin.GetStringAsync("/Rules/Parameters")));

        var p = await ParameterAsync(await App.ApiAsync(Roles.SystemAdmin, Unit.A), key);
        Assert.Equal("60", p.GetProperty("value").GetString());
        var added = p.GetProperty("history").EnumerateArray().Single(h => h.GetProperty("effectiveFrom").GetString() == "2032-06-01");
        Assert.Equal("90", added.GetProperty("value").GetString());
        Assert.Equal("Confirmed", added.GetProperty("status").GetString());
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(url));
        Assert.Contains("01/06/2032", page);
        Assert.Contains("sắp áp dụng", page);
    }

    [SkippableFact]
    public async Task The_holiday_page_adds_and_removes_a_day()
    {
        App.EnsureAvailable();
        var admin = await App.PagesAsync(Roles.SystemAdmin, Unit.A);
        var added = await HoaNhapApp.PostFormAsync(admin, "/Rules/Holidays?year=2031", "/Rules/Holidays?year=2031",
            new() { ["Input.Date"] = "15/10/2031", ["Input.Name"] = "Ngày nghỉ thử trên trang" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync("/Rules/Holidays?year=2031"));
        Assert.Contains("data-date=\"2031-10-15\"", page);
        Assert.Contains("Ngày nghỉ thử trên trang", page);

        var duplicate = await HoaNhapApp.PostFormAsync(admin, "/Rules/Holidays?year=2031", "/Rules/Holidays?year=2031",
            new() { ["Input.Date"] = "2031-10-15", ["Input.Name"] = "Lần hai" });
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Contains("đã có trong bảng ngày nghỉ", WebUtility.HtmlDecode(await duplicate.Content.ReadAsStringAsync()));

        var removed = await HoaNhapApp.PostFormAsync(admin, "/Rules/Holidays?year=2031", "/Rules/Holidays?handler=Remove",
            new() { ["date"] = "2031-10-15" });
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.DoesNotContain("data-date=\"2031-10-15\"", await admin.GetStringAsync("/Rules/Holidays?year=2031"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RuleParametersTests_Sqlite(SqliteApp app) : RuleParametersTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RuleParametersTests_Postgres(PostgresApp app) : RuleParametersTests(app);
