using System.Text.RegularExpressions;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.People;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HoaNhap.Browser.Tests;

/// <summary>A commune officer at a browser: signs in, registers a person, finds them again.</summary>
[Collection(BrowserCollection.Name)]
public sealed class Registering_a_person_in_the_browser(BrowserApp app)
{
    [SkippableFact]
    public async Task Officer_signs_in_adds_a_person_finds_them_by_a_name_typed_without_diacritics_and_sees_the_creation_on_the_timeline()
    {
        app.EnsureBrowser();
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        var pageErrors = new List<string>();
        page.PageError += (_, e) => pageErrors.Add(e);
        var failedRequests = new List<string>();
        page.Response += (_, r) => { if (r.Status >= 400 && !r.Url.EndsWith("/favicon.ico", StringComparison.Ordinal)) failedRequests.Add($"{r.Status} {r.Url}"); };
        page.RequestFailed += (_, r) => failedRequests.Add($"{r.Failure} {r.Url}");

        // Signing in through the login form (the home page sends an anonymous visitor there).
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Đăng nhập");
        // The stylesheet is served and applied (the header has the brand colour).
        await Expect(page.Locator("header.site-header")).ToHaveCSSAsync("background-color", "rgb(29, 79, 145)");
        await page.GetByTestId("username").FillAsync(HoaNhapApp.UserName(Roles.CommuneOfficer, Unit.A));
        await page.GetByTestId("password").FillAsync(HoaNhapApp.Password);
        await BrowserApp.ScreenshotAsync(page, "journey-01-login-form-filled");
        await page.GetByTestId("login-submit").ClickAsync();
        await Expect(page.GetByTestId("nav-create-person")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "journey-02-home-after-sign-in");

        // "Thêm người".
        var tag = PersonForm.Tag();
        var name = $"Đặng Thị Hồng Nhung {char.ToUpperInvariant(tag[0])}{tag[1..]}";
        var personalId = TestData.NewPersonalId(1990, Gender.Female);
        await page.GetByTestId("nav-create-person").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/People/Create$"));
        await PersonForm.FillAsync(page, new PersonFormInput(name, "15/06/1990", Gender.Female, personalId, "04792", "Tổ 7, khu Hồng Hà", "0912 345 678"));
        await BrowserApp.ScreenshotAsync(page, "journey-03-create-form-filled");
        var id = await PersonForm.SaveAndOpenPersonAsync(page);

        await Expect(page.GetByTestId("person-name")).ToHaveTextAsync(name);
        await Expect(page.GetByTestId("flash")).ToContainTextAsync(name);
        var summary = page.GetByTestId("person-summary");
        await Expect(summary).ToContainTextAsync("15/06/1990");
        await Expect(summary).ToContainTextAsync("Nữ");
        await Expect(summary).ToContainTextAsync(personalId);
        await BrowserApp.ScreenshotAsync(page, "journey-04-person-page-after-create");

        // The list, searched without diacritics and in lower case.
        await page.GetByTestId("nav-people").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/People$"));
        await page.GetByTestId("search").FillAsync($"dang thi hong nhung {tag}");
        await page.GetByTestId("search-submit").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/People\?q=dang"));
        await Expect(page.GetByTestId("result-count")).ToHaveTextAsync("Tìm thấy 1 người.");
        var link = page.GetByTestId("person-link");
        await Expect(link).ToHaveCountAsync(1);
        await Expect(link).ToHaveTextAsync(name);
        await BrowserApp.ScreenshotAsync(page, "journey-05-search-without-diacritics");

        await link.ClickAsync();
        await page.WaitForURLAsync($"**/People/Details/{id}");
        await Expect(page.GetByTestId("person-name")).ToHaveTextAsync(name);
        var timeline = page.GetByTestId("timeline");
        var creation = timeline.Locator("li").Filter(new() { HasText = "Tạo mới thông tin cá nhân" });
        await Expect(creation).ToHaveCountAsync(1);
        await Expect(creation).ToContainTextAsync("bởi " + HoaNhapApp.UserName(Roles.CommuneOfficer, Unit.A));
        await BrowserApp.ScreenshotAsync(page, "journey-06-person-page-timeline");

        Assert.Empty(pageErrors);
        Assert.Empty(failedRequests);
    }

    [SkippableFact]
    public async Task Empty_name_and_malformed_personal_id_are_listed_at_the_top_with_links_to_the_fields_and_nothing_is_saved()
    {
        app.EnsureBrowser();
        var (context, page) = await app.SignedInAsync(Roles.CommuneOfficer, Unit.A);
        await using var _ = context;
        var address = $"Tổ 9, xóm {PersonForm.Tag()}";
        var before = await PeopleCountAsync();

        await page.GotoAsync("/People/Create");
        await PersonForm.FillAsync(page, new PersonFormInput("", "15/06/1990", Gender.Female, "12345", "04792", address));
        await page.GetByTestId("save").ClickAsync();

        var errors = page.GetByTestId("error-summary");
        await Expect(errors).ToBeVisibleAsync();
        await Expect(errors.Locator("h2")).ToHaveTextAsync("Thông tin chưa đúng, hãy sửa lại");
        await BrowserApp.ScreenshotAsync(page, "bad-input-01-error-summary");

        // At the top: above the form and above its first field.
        var summaryBox = (await errors.BoundingBoxAsync())!;
        var formBox = (await page.GetByTestId("person-form").BoundingBoxAsync())!;
        Assert.True(summaryBox.Y + summaryBox.Height <= formBox.Y, $"The error summary (y={summaryBox.Y}) is not above the form (y={formBox.Y}).");

        // One link per field, naming the field, pointing at its input.
        var nameLink = errors.Locator("a[href='#Input_FullName']");
        var idLink = errors.Locator("a[href='#Input_PersonalIdNumber']");
        await Expect(nameLink).ToHaveCountAsync(1);
        await Expect(nameLink).ToContainTextAsync("Họ và tên");
        await Expect(idLink).ToHaveCountAsync(1);
        await Expect(idLink).ToContainTextAsync("định danh");
        await Expect(errors.Locator("li")).ToHaveCountAsync(2);
        await Expect(page.Locator("#Input_FullName")).ToHaveAttributeAsync("data-testid", "full-name");
        await Expect(page.Locator("#Input_PersonalIdNumber")).ToHaveAttributeAsync("data-testid", "personal-id");

        // The form keeps what was typed, and says the same beside each field.
        await Expect(page.GetByTestId("address")).ToHaveValueAsync(address);
        await Expect(page.GetByTestId("personal-id")).ToHaveValueAsync("12345");
        await Expect(page.Locator("[data-valmsg-for='Input.FullName']")).ToContainTextAsync("Họ và tên");

        // Following a link brings the field into view.
        await idLink.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("#Input_PersonalIdNumber$"));
        await Expect(page.Locator("#Input_PersonalIdNumber")).ToBeInViewportAsync();
        await BrowserApp.ScreenshotAsync(page, "bad-input-02-after-following-the-personal-id-link");

        // Nothing was created: not in the database, not in the list.
        Assert.Equal(before, await PeopleCountAsync());
        using (var scope = app.Services.CreateScope())
            Assert.False(await app.NewDbContext(scope).People.AnyAsync(p => p.Address == address));
        await page.GotoAsync("/People?q=" + Uri.EscapeDataString("12345"));
        await Expect(page.GetByTestId("result-count")).ToHaveTextAsync("Tìm thấy 0 người.");
    }

    [SkippableFact]
    public async Task Script_typed_into_an_address_is_shown_as_text_and_never_runs()
    {
        app.EnsureBrowser();
        // The page's Content-Security-Policy would block an inline script even if it were rendered as markup,
        // so this context ignores CSP: what is checked here is the HTML encoding itself.
        var (context, page) = await app.SignedInAsync(Roles.CommuneOfficer, Unit.A, bypassCsp: true);
        await using var _ = context;
        var tag = PersonForm.Tag();
        var name = $"Lê Văn Kịch {char.ToUpperInvariant(tag[0])}{tag[1..]}";
        const string address = "<script>window.__pwned=1</script>Tổ 1";

        await page.GotoAsync("/People/Create");
        await PersonForm.FillAsync(page, new PersonFormInput(name, "15/06/1990", Gender.Male, TestData.NewPersonalId(), "04792", address));
        var id = await PersonForm.SaveAndOpenPersonAsync(page);
        await page.ReloadAsync();   // a fresh load of the person page, not the redirect after saving

        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'"), "The script in the address ran.");
        var shown = page.GetByTestId("person-address");
        await Expect(shown).ToContainTextAsync("<script>window.__pwned=1</script>Tổ 1");
        await Expect(shown.Locator("script")).ToHaveCountAsync(0);
        Assert.Contains("&lt;script&gt;", await shown.InnerHTMLAsync());
        await BrowserApp.ScreenshotAsync(page, "injection-01-person-page-shows-the-script-as-text");

        // The list shows the address too.
        await page.GotoAsync("/People?q=" + Uri.EscapeDataString(name));
        await Expect(page.GetByTestId("person-link")).ToHaveTextAsync(name);
        await Expect(page.GetByTestId("people")).ToContainTextAsync("<script>window.__pwned=1</script>Tổ 1");
        await Expect(page.GetByTestId("people").Locator("script")).ToHaveCountAsync(0);
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'"), "The script in the address ran on the list.");
        await BrowserApp.ScreenshotAsync(page, "injection-02-list-shows-the-script-as-text");

        // And the edit form gives it back as the field's value, not as markup.
        await page.GotoAsync($"/People/Edit/{id}");
        await Expect(page.GetByTestId("address")).ToHaveValueAsync(address);
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'"), "The script in the address ran on the edit form.");
    }

    async Task<int> PeopleCountAsync()
    {
        using var scope = app.Services.CreateScope();
        return await app.NewDbContext(scope).People.CountAsync();
    }
}
