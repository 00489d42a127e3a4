using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using HoaNhap.Web.Tests.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HoaNhap.Browser.Tests;

/// <summary>
/// The case page as the officer's working page, on a 390×844 phone and a 1280 px desktop (issue 14):
/// intake as a task list, opening the case through "check your answers" and landing on the intake
/// section with the confirmation in view; jump links, large targets, tap-to-call, the short per-role
/// menu; actions the law does not allow yet explained; the supervisor's check-ins and visits.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class Case_page_works_on_a_phone_and_a_desktop(BrowserApp app)
{
    DateOnly Today => app.Today;
    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");

    static ViewportSize Size(int width) => width <= 600 ? new() { Width = 390, Height = 844 } : new() { Width = 1280, Height = 900 };

    async Task<Guid> IntakeCaseAsync()
    {
        var person = await app.CreatePersonAsync(Unit.A, TestData.Unique("Phan Văn Tiếp"), assignSupervisor: false);
        await app.WithDbAsync(async db =>
        {
            var p = await db.People.FirstAsync(x => x.Id == person);
            p.Phone = "0912 345 678";
            return await db.SaveChangesAsync();
        });
        var api = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var r = await api.PostAsJsonAsync($"/api/v1/people/{person}/cases", new
        {
            kind = "SuspendedSentence", decisionNumber = "41/2026/QĐ-CA", decisionDate = Iso(Today.AddDays(-5)),
            decisionReceivedOn = Iso(Today.AddDays(-3)), startsOn = Iso(Today.AddDays(-3)), termMonths = 24, custodyDaysServed = 0,
        });
        Assert.True(r.IsSuccessStatusCode, await r.Content.ReadAsStringAsync());
        return (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [SkippableTheory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Officer_opens_a_case_from_the_task_list_through_check_your_answers(int width)
    {
        app.EnsureBrowser();
        var caseId = await IntakeCaseAsync();
        var phone = width <= 600;
        var (context, page) = await app.SignedInAsync(Roles.CommuneOfficer, Unit.A, Size(width), mobile: phone);
        await using var _ = context;

        await page.GotoAsync($"/Cases/Details/{caseId}");
        var tasks = page.GetByTestId("intake-tasks");
        await Expect(tasks).ToBeVisibleAsync();
        await Expect(tasks.Locator("[data-task=decision] [data-testid=task-state]")).ToHaveTextAsync("Đã xong");
        await Expect(tasks.Locator("[data-task=summons] [data-testid=task-state]")).ToHaveTextAsync("Chưa bắt đầu");
        await Expect(tasks.Locator("[data-task=open] [data-testid=task-state]")).ToHaveTextAsync("Chưa bắt đầu");
        // Tap to call.
        await Expect(page.GetByTestId("case-phone")).ToHaveAttributeAsync("href", "tel:0912345678");
        // Not allowed yet: said, with what to do first.
        await Expect(page.GetByTestId("breach-blocked")).ToContainTextAsync("Hoàn tất tiếp nhận và mở hồ sơ");
        await Expect(page.GetByTestId("breach-add")).ToHaveCountAsync(0);
        await BrowserApp.ScreenshotAsync(page, $"case-intake-tasks-{width}");
        await Axe.AssertNoSeriousViolationsAsync(page, $"case-intake-tasks-{width}");
        await AssertFitsAsync(page);

        // The in-page menu jumps to a section.
        var menu = page.GetByTestId("case-menu");
        await Expect(menu).ToBeVisibleAsync();
        await menu.GetByRole(AriaRole.Link, new() { Name = "Vi phạm" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("#breaches$"));
        await Expect(page.Locator("#breaches-heading")).ToBeInViewportAsync();

        // Each section's action is within one screen of its heading.
        foreach (var (heading, action) in new[] { ("#intake-heading", "[data-testid=open-case]"), ("#supervision-heading", "[data-testid=check-in-add]"),
                     ("#breaches-heading", "[data-testid=breach-blocked]"), ("#absences-heading", "[data-testid=absence-blocked]") })
        {
            var h = (await page.Locator(heading).BoundingBoxAsync())!;
            var a = (await page.Locator(action).First.BoundingBoxAsync())!;
            Assert.True(a.Y - h.Y < Size(width).Height, $"{action} is {a.Y - h.Y:0} px below {heading} at {width} px.");
        }

        // Open the case: the form, then the answers with "Thay đổi", then the save.
        await page.GetByTestId("open-case").ClickAsync();
        await page.Locator("#Input_On").FillAsync(Display.Date(Today.AddDays(-1)));
        await page.GetByTestId("open-continue").ClickAsync();
        await Expect(page.GetByTestId("check-answers")).ToContainTextAsync(Display.Date(Today.AddDays(-1)));
        await Expect(page.GetByTestId("check-answers-warning")).ToContainTextAsync("Triệu tập người chấp hành án");
        await BrowserApp.ScreenshotAsync(page, $"case-open-check-answers-{width}");
        await Axe.AssertNoSeriousViolationsAsync(page, $"case-open-check-answers-{width}");
        await page.GetByTestId("change-On").Last.ClickAsync();
        await Expect(page.Locator("#Input_On")).ToHaveValueAsync(Display.Date(Today.AddDays(-1)));
        await page.Locator("#Input_On").FillAsync(Display.Date(Today));
        await page.GetByTestId("open-continue").ClickAsync();
        if (phone)
        {
            var button = (await page.GetByTestId("check-answers-confirm").BoundingBoxAsync())!;
            Assert.True(button.Height >= 44 && button.Width >= 390 - 2 * 32, $"The confirm button is {button.Width}×{button.Height} on a phone.");
        }
        await page.GetByTestId("check-answers-confirm").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/Cases/Details/{caseId}#intake$"));
        await Expect(page.GetByTestId("case-status")).ToHaveTextAsync("Đang chấp hành / quản lý");
        var flash = page.GetByTestId("flash");
        await Expect(flash).ToContainTextAsync($"Đã mở hồ sơ ngày {Display.Date(Today)}");
        await Expect(flash).ToBeInViewportAsync();
        // Now a breach can be recorded: the button is there, the explanation gone.
        await Expect(page.GetByTestId("breach-add")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("breach-blocked")).ToHaveCountAsync(0);
        await BrowserApp.ScreenshotAsync(page, $"case-opened-{width}");
        await Axe.AssertNoSeriousViolationsAsync(page, $"case-opened-{width}");
    }

    [SkippableTheory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task The_menu_puts_the_daily_work_first_and_keeps_calculators_from_supervisors(int width)
    {
        app.EnsureBrowser();
        var phone = width <= 600;
        var (context, page) = await app.SignedInAsync(Roles.CommuneOfficer, Unit.A, Size(width), mobile: phone);
        await using (context)
        {
            await page.GotoAsync("/");
            if (phone)
            {
                await Expect(page.Locator(".main-nav")).ToBeHiddenAsync();
                var nav = page.GetByTestId("phone-nav");
                await Expect(nav.Locator(":scope > a")).ToHaveTextAsync(["Việc cần làm", "Người chấp hành án", "Tìm"]);
                await Expect(page.GetByTestId("phone-nav-rules")).ToBeHiddenAsync();
                await page.GetByTestId("phone-nav-more").Locator("summary").ClickAsync();
                await Expect(page.GetByTestId("phone-nav-rules")).ToBeVisibleAsync();
                foreach (var link in await nav.Locator("a, summary").AllAsync())
                    if (await link.IsVisibleAsync())
                        Assert.True((await link.BoundingBoxAsync())!.Height >= 44, $"A menu item is smaller than a finger: {await link.InnerTextAsync()}.");
            }
            else
            {
                await Expect(page.GetByTestId("phone-nav")).ToBeHiddenAsync();
                await Expect(page.GetByTestId("nav-rules")).ToBeVisibleAsync();
            }
            await BrowserApp.ScreenshotAsync(page, $"menu-officer-{width}");
            await Axe.AssertNoSeriousViolationsAsync(page, $"menu-officer-{width}");
        }

        var (sc, sp) = await app.SignedInAsync(Roles.Supervisor, Unit.A, Size(width), mobile: phone);
        await using (sc)
        {
            await sp.GotoAsync("/");
            if (phone) await sp.GetByTestId("phone-nav-more").Locator("summary").ClickAsync();
            await Expect(sp.Locator("header a[href='/Rules']")).ToHaveCountAsync(0);
            await Expect(sp.Locator("header a[href='/Rules/AlmostEligible']")).ToHaveCountAsync(0);
            await BrowserApp.ScreenshotAsync(sp, $"menu-supervisor-{width}");
            await Axe.AssertNoSeriousViolationsAsync(sp, $"menu-supervisor-{width}");
        }
    }

    [SkippableTheory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Supervisor_records_a_visit_from_their_home_page(int width)
    {
        app.EnsureBrowser();
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddMonths(-3));
        var phone = width <= 600;
        var (context, page) = await app.SignedInAsync(Roles.Supervisor, Unit.A, Size(width), mobile: phone);
        await using var _ = context;

        await page.GotoAsync("/");
        await Expect(page.GetByTestId("home-mine")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("home-figures")).ToHaveCountAsync(0);
        await BrowserApp.ScreenshotAsync(page, $"supervisor-home-{width}");
        await Axe.AssertNoSeriousViolationsAsync(page, $"supervisor-home-{width}");

        await page.Locator($"a[href='/Supervision/CheckIn/{caseId}']").First.ClickAsync();
        await Expect(page.GetByTestId("check-in-form")).ToBeVisibleAsync();
        await Expect(page.Locator("input[value=Summons]")).ToHaveCountAsync(0);
        foreach (var label in await page.Locator(".radios label").AllAsync())
            Assert.True((await label.BoundingBoxAsync())!.Height >= 44, "A choice is smaller than a finger.");
        if (phone)
        {
            var save = (await page.GetByTestId("check-in-save").BoundingBoxAsync())!;
            Assert.True(save.Width >= 390 - 2 * 32, $"“Lưu” is {save.Width} px wide on a phone.");
        }
        await page.GetByText("Thăm gặp", new() { Exact = true }).ClickAsync();
        await page.Locator("#Input_Attended").GetByText("Có", new() { Exact = true }).ClickAsync();
        await page.Locator("#Input_Note").FillAsync("Gặp tại nhà, đang sửa xe cho hàng xóm.");
        await BrowserApp.ScreenshotAsync(page, $"supervisor-visit-form-{width}");
        await Axe.AssertNoSeriousViolationsAsync(page, $"supervisor-visit-form-{width}");
        await page.GetByTestId("check-in-save").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/Cases/Details/{caseId}#supervision$"));
        var flash = page.GetByTestId("flash");
        await Expect(flash).ToContainTextAsync("Đã ghi thăm gặp");
        await Expect(flash).ToBeInViewportAsync();
        await Expect(page.GetByTestId("check-ins")).ToContainTextAsync("Gặp tại nhà, đang sửa xe cho hàng xóm.");
        await BrowserApp.ScreenshotAsync(page, $"supervisor-visit-saved-{width}");
        await Axe.AssertNoSeriousViolationsAsync(page, $"supervisor-visit-saved-{width}");
    }

    static async Task AssertFitsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"Horizontal scroll on {page.Url}: {widths[0]} > {widths[1]}.");
    }
}
