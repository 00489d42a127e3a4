using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Tests.Infrastructure;
using HoaNhap.Web.Tests.Supervision;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HoaNhap.Browser.Tests;

/// <summary>
/// Issue 19, part 3 on a 390 × 844 phone: a sign of violation raises an alert; the commune officer opens it from the alerts list and
/// records its ledger — verify, dispose (with an action), follow up — until it is closed. Each step's page passes the axe check.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AlertsBrowserTests(BrowserApp app)
{
    static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [SkippableFact]
    public async Task The_officer_verifies_disposes_and_follows_up_an_alert_on_a_phone()
    {
        app.EnsureBrowser();
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, app.Today.AddDays(-20));
        var (context, page) = await app.SignedInAsync(Roles.CommuneOfficer, Unit.A, Phone, mobile: true);
        await using (context)
        {
            await page.GotoAsync($"/Prevention/Sign/{caseId}");
            await page.GetByText("Có biểu hiện sử dụng ma túy", new() { Exact = true }).ClickAsync();
            await page.Locator("#Input_Note").FillAsync("Mắt đỏ, nói không mạch lạc");
            await page.GetByTestId("sign-save").ClickAsync();
            await Expect(page.GetByTestId("flash")).ToContainTextAsync("Đã ghi nhận dấu hiệu vi phạm");

            await page.GotoAsync("/Alerts");
            await Axe.AssertNoSeriousViolationsAsync(page, "alerts-list");
            await AssertFitsAsync(page);
            var id = await page.Locator($"[data-testid=alert-row][data-kind=ViolationSign]").Last.GetAttributeAsync("data-id");
            await page.GotoAsync($"/Alerts/{id}");
            await Expect(page.GetByTestId("alert-status")).ToHaveAttributeAsync("data-status", "Open");

            await page.Locator("#Input_Note").FillAsync("Đã gặp gia đình, xác nhận có biểu hiện");
            await Axe.AssertNoSeriousViolationsAsync(page, "alert-verify");
            await AssertFitsAsync(page);
            await page.GetByTestId("alert-save").ClickAsync();
            await Expect(page.GetByTestId("flash")).ToContainTextAsync("Đã ghi bước “Xác minh”");
            await Expect(page.GetByTestId("alert-status")).ToHaveAttributeAsync("data-status", "Verified");

            // Dispose: without an action the form says so, beside the choice.
            await page.Locator("#Input_Note").FillAsync("Triệu tập lên làm việc tại Công an xã");
            await page.GetByTestId("alert-save").ClickAsync();
            await Expect(page.Locator(".error-summary")).ToContainTextAsync("Hãy chọn biện pháp xử lý");
            await page.GetByText("Triệu tập", new() { Exact = true }).ClickAsync();
            await Axe.AssertNoSeriousViolationsAsync(page, "alert-dispose");
            await page.GetByTestId("alert-save").ClickAsync();
            await Expect(page.GetByTestId("alert-status")).ToHaveAttributeAsync("data-status", "Disposed");

            await page.Locator("#Input_Note").FillAsync("Đã cam kết, không tái diễn");
            await page.GetByTestId("alert-save").ClickAsync();
            await Expect(page.GetByTestId("alert-status")).ToHaveAttributeAsync("data-status", "Closed");
            await Expect(page.GetByTestId("alert-step")).ToHaveCountAsync(3);
            await Expect(page.GetByTestId("alert-ledger")).ToContainTextAsync("Triệu tập");
            await Axe.AssertNoSeriousViolationsAsync(page, "alert-ledger");
            await BrowserApp.ScreenshotAsync(page, "phone-alert-ledger");
            await AssertFitsAsync(page);
        }
    }

    static async Task AssertFitsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1] && widths[1] == Phone.Width, $"Horizontal scroll on {page.Url}: {widths[0]} > {widths[1]}.");
    }
}
