using HoaNhap.Domain.Access;
using HoaNhap.Domain.People;
using HoaNhap.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace HoaNhap.Browser.Tests;

/// <summary>axe-core finds no critical or serious problem on the pages an officer uses most.</summary>
[Collection(BrowserCollection.Name)]
public sealed class Pages_have_no_serious_accessibility_problems(BrowserApp app)
{
    [SkippableTheory]
    [InlineData("login")]
    [InlineData("people-list")]
    [InlineData("create-form")]
    [InlineData("create-form-with-errors")]
    [InlineData("person-page")]
    [InlineData("edit-form")]
    public async Task Page_passes_axe(string which)
    {
        app.EnsureBrowser();
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        if (which != "login") await BrowserApp.SignInAsync(page, Roles.CommuneOfficer, Unit.A);

        switch (which)
        {
            case "login":
                await page.GotoAsync("/Account/Login");
                break;
            case "people-list":
                await page.GotoAsync("/People");
                await Expect(page.GetByTestId("person-link").First).ToBeVisibleAsync();
                break;
            case "create-form":
                await page.GotoAsync("/People/Create");
                break;
            case "create-form-with-errors":
                await page.GotoAsync("/People/Create");
                await PersonForm.FillAsync(page, new PersonFormInput("", "15/06/1990", Gender.Female, "12345", "04792", "Tổ 2"));
                await page.GetByTestId("save").ClickAsync();
                await Expect(page.GetByTestId("error-summary")).ToBeVisibleAsync();
                break;
            case "person-page":
                await page.GotoAsync($"/People/Details/{app.PersonA}");
                await Expect(page.GetByTestId("timeline")).ToBeVisibleAsync();
                break;
            case "edit-form":
                await page.GotoAsync($"/People/Edit/{app.PersonA}");
                break;
        }
        await BrowserApp.ScreenshotAsync(page, $"a11y-{which}");
        await Axe.AssertNoSeriousViolationsAsync(page, which);
    }
}
