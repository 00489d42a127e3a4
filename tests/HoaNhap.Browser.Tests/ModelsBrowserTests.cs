using System.Text.RegularExpressions;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace HoaNhap.Browser.Tests;

/// <summary>
/// A commune officer registers a reintegration model, logs an activity, and sees it on the commune page that gives the
/// verdict on "≥ 10 returnees ⇒ 1 model + 1 exemplary individual"; every page passes the accessibility check.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ModelsBrowserTests(BrowserApp app)
{
    [SkippableFact]
    public async Task Officer_registers_a_model_logs_an_activity_and_sees_the_communes_verdict()
    {
        app.EnsureBrowser();
        var (context, page) = await app.SignedInAsync(Roles.CommuneOfficer, Unit.B);
        await using var _c = context;
        var name = TestData.Unique("Tiếp sức hòa nhập cộng đồng");

        await page.GetByTestId("nav-models").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Communes/"));
        await Expect(page.GetByTestId("coverage-verdict")).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page, "commune-coverage");

        await page.GotoAsync(page.Url.Split("/Communes")[0] + "/ReintegrationModels");
        await page.GetByTestId("model-create").ClickAsync();
        await page.GetByTestId("model-name").FillAsync(name);
        await page.GetByTestId("model-established-on").FillAsync(Display.Date(app.Today.AddMonths(-2)));
        await page.GetByTestId("model-lead").SelectOptionAsync("CommunePolice");
        await page.GetByTestId("model-goal").FillAsync("Giúp người chấp hành xong án phạt tù có việc làm, không tái phạm.");
        await Axe.AssertNoSeriousViolationsAsync(page, "model-edit");
        await page.GetByTestId("model-save").ClickAsync();
        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(name);
        await Axe.AssertNoSeriousViolationsAsync(page, "model-details");

        await page.GetByTestId("activity-add").ClickAsync();
        await page.GetByTestId("activity-on").FillAsync(Display.Date(app.Today));
        await page.GetByTestId("activity-content").FillAsync("Sinh hoạt định kỳ, giới thiệu việc làm cho thành viên.");
        await page.GetByTestId("activity-participants").FillAsync("12");
        await page.GetByTestId("activity-helped").FillAsync("3");
        await Axe.AssertNoSeriousViolationsAsync(page, "model-activity");
        await page.GetByTestId("activity-save").ClickAsync();
        await Expect(page.GetByTestId("activity-row")).ToContainTextAsync("Sinh hoạt định kỳ");
        await BrowserApp.ScreenshotAsync(page, "models-01-details");

        await page.GetByTestId("nav-models").ClickAsync();
        await Expect(page.GetByTestId("coverage-model-list")).ToContainTextAsync(name);
        await BrowserApp.ScreenshotAsync(page, "models-02-commune");
    }
}
