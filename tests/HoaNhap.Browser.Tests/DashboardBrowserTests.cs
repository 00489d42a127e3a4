using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Breaches;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Features.Dashboard;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using static Microsoft.Playwright.Assertions;

namespace HoaNhap.Browser.Tests;

/// <summary>
/// A province officer opens the province dashboard, drills down to a commune, an indicator and the person behind
/// it, downloads the table (.xlsx) and the monthly report (.docx, .xlsx), and the test opens the files and checks their figures.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardBrowserTests(BrowserApp app)
{
    [SkippableFact]
    public async Task Province_officer_drills_down_to_a_person_and_downloads_the_monthly_report()
    {
        app.EnsureBrowser();
        var today = app.Today;
        var name = $"Lò Văn Chỉ Tiêu {PersonForm.Tag()}";
        var person = await app.CreatePersonAsync(Unit.A, name);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
            var c = new Case
            {
                PersonId = person, ProvinceCode = "25", CommuneCode = "04792", Kind = CaseKind.CommunitySentence, SentenceType = SentenceType.SuspendedSentence,
                StartOn = today.AddDays(-120), TermMonths = 24, ExpectedEndOn = Periods.EndAfterMonths(today.AddDays(-120), 24),
                LegalBasisVersion = LegalBasis.For(today.AddDays(-120)), DecisionNumber = "7/2026/QĐ-CA",
            }.InState(CaseStatus.Active);
            db.Cases.Add(c);
            db.Add(new Breach { CaseId = c.Id, PersonId = person, ProvinceCode = "25", CommuneCode = "04792", Kind = BreachKind.LawViolation, OccurredOn = today.AddDays(-2), Description = "Đánh nhau gây rối trật tự công cộng.", Intentional = true });
            await db.SaveChangesAsync();
        }

        var (context, page) = await app.SignedInAsync(Roles.ProvinceOfficer, Unit.A);
        await using var _ = context;
        await page.GetByTestId("nav-dashboard").ClickAsync();
        await Expect(page.GetByTestId("dashboard-title")).ToContainTextAsync("Phú Thọ");
        await Expect(page.GetByTestId("dashboard-units")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "dashboard-01-province");
        await Axe.AssertNoSeriousViolationsAsync(page, "dashboard-province");

        // Province → commune → indicator → people → person.
        await page.Locator("[data-testid=dashboard-unit][data-unit='04792'] a").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("commune=04792"));
        var row = page.Locator($"[data-testid=indicator][data-key='{Indicators.ViolationRate}']");
        var numerator = long.Parse((await row.GetAttributeAsync("data-numerator"))!);
        Assert.True(numerator >= 1);
        await BrowserApp.ScreenshotAsync(page, "dashboard-02-commune");
        var commune = page.Url;

        await row.Locator("a").First.ClickAsync();
        await Expect(page.GetByTestId("indicator-title")).ToHaveTextAsync(Indicators.Find(Indicators.ViolationRate)!.Name);
        await Expect(page.GetByTestId("trend-chart")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("trend-month")).ToHaveCountAsync(12);
        await BrowserApp.ScreenshotAsync(page, "dashboard-03-indicator");
        await Axe.AssertNoSeriousViolationsAsync(page, "dashboard-indicator");
        await page.GetByTestId("indicator-people").ClickAsync();
        var personRow = page.Locator($"[data-testid=indicator-person][data-person='{person}']");
        await Expect(personRow).ToContainTextAsync(name);
        await BrowserApp.ScreenshotAsync(page, "dashboard-04-people");
        await personRow.Locator("a").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/People/Details/{person}"));

        // The commune's table as .xlsx shows the figure of the page.
        await page.GotoAsync(commune);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("dashboard-export").ClickAsync());
        var rows = MiniExcel.Query(await download.PathAsync(), useHeaderRow: true, sheetName: "Chỉ tiêu", excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>().ToList();
        var xlsxRow = rows.Single(r => (string?)r[DashboardExport.Columns.UnitCode] == "04792" && (string?)r[DashboardExport.Columns.Key] == Indicators.ViolationRate);
        Assert.Equal(numerator, Convert.ToInt64(xlsxRow[DashboardExport.Columns.Numerator]));

        // The province's monthly report: prepared from live data, downloaded as .docx and .xlsx.
        await page.GetByTestId("nav-reports").ClickAsync();
        await page.GetByTestId("report-create").ClickAsync();
        await page.GetByTestId("report-kind-Month").CheckAsync();
        await page.GetByTestId("report-create-save").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Reports/Details/"));
        await Expect(page.GetByTestId("report-submissions")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "dashboard-05-report");
        await Axe.AssertNoSeriousViolationsAsync(page, "report-details");
        var caseload = page.Locator($"[data-testid=report-figure][data-key='{Indicators.Caseload}']");
        var caseloadText = (await caseload.GetAttributeAsync("data-value"))!;
        var caseloadNumerator = long.Parse((await caseload.GetAttributeAsync("data-numerator"))!);
        Assert.True(caseloadNumerator >= 1);

        // A province report reads every commune: its .docx is produced in the background; the job's page refreshes itself until ready.
        var reportUrl = page.Url;
        await page.GetByTestId("report-docx-job").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Exports/Details/"));
        await Expect(page.GetByTestId("export-download")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Axe.AssertNoSeriousViolationsAsync(page, "export-ready");
        var docx = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-download").ClickAsync());
        using (var doc = WordprocessingDocument.Open(await docx.PathAsync(), false))
        {
            var text = string.Join("\n", doc.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
            Assert.Contains("BÁO CÁO", text);
            Assert.Contains($"- {Indicators.Find(Indicators.Caseload)!.Name}: {caseloadText}", text);
            Assert.Contains($"- {Indicators.Find(Indicators.ModelCommunes)!.Name}: ", text);
        }
        await page.GotoAsync(reportUrl);
        var xlsx = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("report-xlsx").ClickAsync());
        var figures = MiniExcel.Query(await xlsx.PathAsync(), useHeaderRow: true, sheetName: "Số liệu", excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(caseloadNumerator, Convert.ToInt64(figures.Single(r => (string?)r["Mã chỉ tiêu"] == Indicators.Caseload)["Tử số"]));
    }
}
