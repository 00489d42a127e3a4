using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Reports;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Features.Dashboard;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace HoaNhap.Web.Tests.Reports;

/// <summary>
/// Periodic reports: the commune prepares its report from live data, writes the narrative and submits it; the
/// province returns or accepts it and prepares the province report that lists who submitted; .docx and .xlsx.
/// </summary>
public abstract class ReportsTests(HoaNhapApp app)
{
    static async Task<JsonElement> JsonAsync(HttpResponseMessage r)
    {
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.IsSuccessStatusCode, $"{(int)r.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [SkippableFact]
    public async Task Commune_submits_province_returns_then_accepts_and_aggregates()
    {
        app.EnsureAvailable();
        var commune = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var province = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        var body = new { kind = "Custom", from = "01/03/2025", to = "31/03/2025" };
        var created = await JsonAsync(await commune.PostAsJsonAsync("/api/v1/reports", body));
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal("Draft", created.GetProperty("status").GetString());
        Assert.Equal("2025-04-02", created.GetProperty("dueOn").GetString());

        // One report per unit and period: 422, nothing stored.
        Assert.Equal((HttpStatusCode)422, (await commune.PostAsJsonAsync("/api/v1/reports", body)).StatusCode);
        // Without the results section it cannot be sent (422); without confirmation the request is invalid (400).
        Assert.Equal(HttpStatusCode.BadRequest, (await commune.PostAsJsonAsync($"/api/v1/reports/{id}/submit", new { confirmed = false })).StatusCode);
        Assert.Equal((HttpStatusCode)422, (await commune.PostAsJsonAsync($"/api/v1/reports/{id}/submit", new { confirmed = true })).StatusCode);
        await JsonAsync(await commune.PutAsJsonAsync($"/api/v1/reports/{id}/narrative", new { results = "Quản lý chặt chẽ người chấp hành án.", shortcomings = "Thiếu kinh phí.", proposals = "Tập huấn thêm." }));
        // The province cannot accept a draft.
        Assert.Equal((HttpStatusCode)422, (await province.PostAsJsonAsync($"/api/v1/reports/{id}/review", new { accepted = true })).StatusCode);
        var sent = await JsonAsync(await commune.PostAsJsonAsync($"/api/v1/reports/{id}/submit", new { confirmed = true }));
        Assert.Equal("Submitted", sent.GetProperty("status").GetString());
        // Sent: the commune can no longer change it.
        Assert.Equal((HttpStatusCode)422, (await commune.PutAsJsonAsync($"/api/v1/reports/{id}/narrative", new { results = "Khác" })).StatusCode);
        // The commune does not review; returning needs a reason.
        Assert.Equal(HttpStatusCode.Forbidden, (await commune.PostAsJsonAsync($"/api/v1/reports/{id}/review", new { accepted = true })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await province.PostAsJsonAsync($"/api/v1/reports/{id}/review", new { accepted = false })).StatusCode);
        var returned = await JsonAsync(await province.PostAsJsonAsync($"/api/v1/reports/{id}/review", new { accepted = false, reason = "Bổ sung số liệu tập huấn." }));
        Assert.Equal("Returned", returned.GetProperty("status").GetString());
        await JsonAsync(await commune.PostAsJsonAsync($"/api/v1/reports/{id}/submit", new { confirmed = true }));
        var accepted = await JsonAsync(await province.PostAsJsonAsync($"/api/v1/reports/{id}/review", new { accepted = true }));
        Assert.Equal("Accepted", accepted.GetProperty("status").GetString());

        // Another commune and other roles.
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(Roles.CommuneOfficer, Unit.B)).GetAsync($"/api/v1/reports/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(Roles.ProvinceOfficer, Unit.B)).GetAsync($"/api/v1/reports/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.Supervisor, Unit.A)).GetAsync($"/api/v1/reports/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.ApiAsync(Roles.CommuneLeader, Unit.A)).GetAsync($"/api/v1/reports/{id}")).StatusCode);

        // The province report of the same period shows who submitted.
        var provinceReport = await JsonAsync(await province.PostAsJsonAsync("/api/v1/reports", body));
        var pid = provinceReport.GetProperty("id").GetGuid();
        Assert.Equal(JsonValueKind.Null, provinceReport.GetProperty("communeCode").ValueKind);
        var pages = await app.PagesAsync(Roles.ProvinceOfficer, Unit.A);
        var html = await pages.GetStringAsync($"/Reports/Details/{pid}");
        Assert.Contains("data-commune=\"04792\" data-status=\"Accepted\"", html);
        var list = await pages.GetStringAsync("/Reports");
        Assert.Contains($"data-report=\"{id}\" data-status=\"Accepted\"", list);

        var xlsx = await pages.GetAsync($"/Reports/Details/{pid}?handler=Xlsx");
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var rows = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "Báo cáo của xã", excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("Đã tiếp nhận", rows.Single(r => (string?)r["Mã xã"] == "04792")["Trạng thái"]?.ToString());
    }

    [SkippableFact]
    public async Task Report_figures_come_from_the_indicator_definitions_and_the_docx_shows_them()
    {
        app.EnsureAvailable();
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var startDay = 15;
        var month = ReportingPeriod.MonthContaining(app.Today, startDay);
        var form = "/Reports/Create";
        var response = await HoaNhapApp.PostFormAsync(pages, form, form, new()
        {
            ["Input.Kind"] = "Month", ["Input.Year"] = month.To.Year.ToString(), ["Input.Number"] = month.To.Month.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var url = response.Headers.Location!.ToString();
        var id = Guid.Parse(url.Split('/').Last());

        // An invalid form answers the page with the errors; nothing stored.
        var invalid = await HoaNhapApp.PostFormAsync(pages, form, form, new() { ["Input.Kind"] = "Month", ["Input.Year"] = "1999" });
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("Hãy nhập năm báo cáo", await invalid.Content.ReadAsStringAsync());

        var edit = $"/Reports/Edit/{id}";
        Assert.Equal(HttpStatusCode.Redirect, (await HoaNhapApp.PostFormAsync(pages, edit, edit, new()
        {
            ["Input.Results"] = "Đã quản lý, giáo dục đầy đủ.", ["Input.Shortcomings"] = "", ["Input.Proposals"] = "Không.",
        })).StatusCode);
        var submit = $"/Reports/Submit/{id}";
        var notConfirmed = await HoaNhapApp.PostFormAsync(pages, submit, submit, new());
        Assert.Contains("Hãy xác nhận", await notConfirmed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await HoaNhapApp.PostFormAsync(pages, submit, submit, new() { ["Input.Confirmed"] = "true" })).StatusCode);

        // The frozen figures equal the indicator computed now for the same unit and period.
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
        var report = await db.Set<PeriodicReport>().AsNoTracking().FirstAsync(r => r.Id == id);
        Assert.Equal(ReportStatus.Submitted, report.Status);
        Assert.Equal((month.From, month.To), (report.From, report.To));
        var caseload = Indicators.Find(Indicators.Caseload)!;
        var today = app.Today;
        var cells = await IndicatorQueries.CellsAsync(db, caseload, new IndicatorPeriod(report.From, report.To < today ? report.To : today, today, ""),
            new Area("25", "04792", ""), CancellationToken.None);
        var expected = cells.Values.Sum(v => v.N);

        var api = await app.ApiAsync(Roles.CommuneLeader, Unit.A);
        var dto = await JsonAsync(await api.GetAsync($"/api/v1/reports/{id}"));
        var figure = dto.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("key").GetString() == Indicators.Caseload);
        Assert.Equal(expected, figure.GetProperty("numerator").GetInt64());
        // Every figure of the catalogue is computed now (models and exemplary individuals included).
        Assert.Equal(JsonValueKind.Number, dto.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("key").GetString() == Indicators.ModelCommunes).GetProperty("numerator").ValueKind);

        var docx = await pages.GetAsync($"/Reports/Details/{id}?handler=Docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using var stream = new MemoryStream(await docx.Content.ReadAsByteArrayAsync());
        using var doc = WordprocessingDocument.Open(stream, false);
        var text = string.Join("\n", doc.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("BÁO CÁO", text);
        Assert.Contains($"- {caseload.Name}: {caseload.Format(expected)}", text);
        Assert.Contains("Đã quản lý, giáo dục đầy đủ.", text);
        Assert.Contains($"- {Indicators.Find(Indicators.ModelCommunes)!.Name}: ", text);
        Assert.DoesNotContain("DỰ THẢO", text);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReportsTests_Sqlite(SqliteApp app) : ReportsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ReportsTests_Postgres(PostgresApp app) : ReportsTests(app);
