using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Tests.Infrastructure;
using HoaNhap.Web.Tests.Supervision;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HoaNhap.Browser.Tests;

/// <summary>A supervisor on a 360 px phone opens their list and records an assessment with large controls.</summary>
[Collection(BrowserCollection.Name)]
public sealed class Supervisor_assesses_from_a_phone(BrowserApp app)
{
    static readonly ViewportSize Phone = new() { Width = 360, Height = 740 };

    [SkippableFact]
    public async Task Assessment_form_fits_a_360_px_screen_and_saves()
    {
        app.EnsureBrowser();
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, app.Today.AddMonths(-4));
        var (context, page) = await app.SignedInAsync(Roles.Supervisor, Unit.A, Phone, mobile: true);
        await using var _ = context;

        await page.GotoAsync("/Supervision/Mine");
        await Expect(page.Locator($"a[href='/Supervision/Assessment/{caseId}']")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "phone-supervisor-mine");
        await AssertFitsAsync(page);

        await page.Locator($"a[href='/Supervision/Assessment/{caseId}']").ClickAsync();
        await Expect(page.GetByTestId("assessment-form")).ToBeVisibleAsync();
        await AssertFitsAsync(page);
        // Large controls: each choice is a tap target at least 44 px high.
        foreach (var label in await page.Locator(".radios label").AllAsync())
            Assert.True((await label.BoundingBoxAsync())!.Height >= 44, "A choice is smaller than a finger.");
        await page.GetByText("Khá", new() { Exact = true }).ClickAsync();
        await page.GetByText("Có", new() { Exact = true }).ClickAsync();
        await page.Locator("#Input_Comment").FillAsync("Chăm chỉ làm ăn, không vi phạm");
        await BrowserApp.ScreenshotAsync(page, "phone-supervisor-assessment");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi nhận xét" }).ClickAsync();
        await Expect(page.GetByTestId("flash")).ToContainTextAsync("Đã gửi nhận xét");
        await Expect(page.GetByTestId("assessments")).ToContainTextAsync("Chăm chỉ làm ăn, không vi phạm");
        await BrowserApp.ScreenshotAsync(page, "phone-case-supervision-section");
        await AssertFitsAsync(page);
    }

    static async Task AssertFitsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1] && widths[1] == Phone.Width, $"Horizontal scroll on {page.Url}: {widths[0]} > {widths[1]}.");
    }
}
