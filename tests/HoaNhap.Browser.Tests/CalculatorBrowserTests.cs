using System.Text.RegularExpressions;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace HoaNhap.Browser.Tests;

/// <summary>An officer uses the calculators from the menu and reads the answer with its reasons.</summary>
[Collection(BrowserCollection.Name)]
public sealed class Using_the_calculators(BrowserApp app)
{
    [SkippableFact]
    public async Task A_deadline_in_working_days_skips_the_30_April_and_1_May_holidays_and_the_weekend()
    {
        app.EnsureBrowser();
        var (context, page) = await app.SignedInAsync(Roles.CommuneOfficer, Unit.A);
        await using var _ = context;
        await page.GetByTestId("nav-rules").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Rules$"));
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Hạn tính theo ngày làm việc" }).ClickAsync();
        await page.GetByTestId("from").FillAsync("29/04/2026");
        await page.GetByTestId("working-days").FillAsync("3");
        await page.GetByTestId("calculate").ClickAsync();
        await Expect(page.GetByTestId("result")).ToContainTextAsync("06/05/2026");
        await Expect(page.GetByTestId("steps")).ToContainTextAsync("30/04/2026");
        await BrowserApp.ScreenshotAsync(page, "calculator-01-working-days");
        await Axe.AssertNoSeriousViolationsAsync(page, "calculator-working-days");
    }

    [SkippableFact]
    public async Task Probation_shortening_says_not_yet_and_from_which_date_with_each_criterion()
    {
        app.EnsureBrowser();
        var (context, page) = await app.SignedInAsync(Roles.CommuneLeader, Unit.A);
        await using var _ = context;
        await page.GotoAsync(app.BaseUrl + "/Rules/ProbationShortening");
        await page.GetByTestId("as-of").FillAsync("01/03/2026");
        await page.GetByTestId("started-on").FillAsync("10/01/2024");
        await page.GetByTestId("probation-months").FillAsync("36");
        await page.Locator("#Input_PreviousShortenings_0__DecidedOn").FillAsync("01/09/2025");
        await page.Locator("#Input_PreviousShortenings_0__Months").FillAsync("3");
        await page.GetByTestId("calculate").ClickAsync();
        await Expect(page.GetByTestId("result")).ToContainTextAsync("Chưa thể đề nghị rút ngắn");
        await Expect(page.GetByTestId("result")).ToContainTextAsync("10/10/2026");
        await Expect(page.GetByTestId("criteria")).ToContainTextAsync("Đã qua 1 năm kể từ lần rút ngắn trước");
        await Expect(page.GetByTestId("criteria").Locator("li.unmet")).ToHaveCountAsync(1);
        await BrowserApp.ScreenshotAsync(page, "calculator-02-probation-shortening");
        await Axe.AssertNoSeriousViolationsAsync(page, "calculator-probation-shortening");

        // A wrong date is named beside its field, and nothing is computed.
        await page.GetByTestId("started-on").FillAsync("31/02/2024");
        await page.GetByTestId("calculate").ClickAsync();
        await Expect(page.GetByTestId("error-summary")).ToContainTextAsync("Ngày bắt đầu thời gian thử thách");
        await Expect(page.GetByTestId("result")).ToHaveCountAsync(0);
    }
}
