using System.Text.RegularExpressions;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using HoaNhap.Web.Tests.Supervision;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HoaNhap.Browser.Tests;

/// <summary>
/// Issue 14, parts 9 and 10 in the browser: an officer makes an appointment from the case page, finds it on the week
/// calendar, records the month-end check-in of the commune on one page (a wrong row first), and prints the case file.
/// Every page passes the accessibility check.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContactsBrowserTests(BrowserApp app)
{
    static string Iso(DateOnly d) => SupervisionSetup.Iso(d);

    [SkippableFact]
    public async Task Officer_schedules_an_appointment_sees_the_week_records_the_month_end_check_in_and_prints_the_file()
    {
        app.EnsureBrowser();
        var today = app.Today;
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, new DateOnly(today.Year, today.Month, 10).AddMonths(-1));
        var (context, page) = await app.SignedInAsync(Roles.CommuneOfficer, Unit.A);
        await using var _c = context;

        // An appointment from the case page's contacts section.
        var day = today.AddDays(1);
        await page.GotoAsync($"/Cases/Details/{caseId}");
        await page.GetByTestId("schedule-appointment").ClickAsync();
        await page.Locator("#Input_On").FillAsync(Display.Date(day));
        await page.Locator("#Input_StartsAt").FillAsync("09:30");
        await page.Locator("#Input_Purpose").FillAsync("Làm việc về kế hoạch giám sát tháng tới");
        await Axe.AssertNoSeriousViolationsAsync(page, "contacts-schedule");
        await page.GetByTestId("save-appointment").ClickAsync();
        await Expect(page.GetByTestId("contacts-section")).ToContainTextAsync("Lịch hẹn");

        // The week calendar, with the appointment on its day, and the previous/next week links.
        await page.GotoAsync($"/Contacts/Calendar?week={Iso(day)}");
        var dayItem = page.Locator($"li[data-day=\"{Iso(day)}\"]");
        await Expect(dayItem.GetByTestId("appointment")).ToContainTextAsync("kế hoạch giám sát tháng tới");
        await Expect(page.GetByTestId("ics-download")).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page, "contacts-calendar");
        await BrowserApp.ScreenshotAsync(page, "contacts-01-calendar");
        await page.GetByTestId("next-week").ClickAsync();
        await Expect(page.GetByTestId("calendar-title")).ToContainTextAsync(Display.Date(Web.Features.Contacts.ContactQueries.WeekOf(day).AddDays(7)));
        await page.GetByTestId("prev-week").ClickAsync();
        await Expect(page.Locator($"li[data-day=\"{Iso(day)}\"]").GetByTestId("appointment")).ToHaveCountAsync(1);

        // Month-end check-in: a wrong date stops the whole batch with a message naming the person; then it saves.
        await page.GetByTestId("nav-batch-check-in").ClickAsync();
        var row = page.Locator($"tr[data-case=\"{caseId}\"]");
        await Expect(row).ToBeVisibleAsync();
        await Axe.AssertNoSeriousViolationsAsync(page, "contacts-batch");
        await row.Locator("input[value=\"true\"]").CheckAsync();
        await row.Locator("input[name$=\".On\"]").FillAsync("31/02/2026");
        await page.GetByTestId("batch-save").ClickAsync();
        await Expect(page.GetByTestId("error-summary")).ToContainTextAsync("ngày điểm danh phải có dạng ngày/tháng/năm");
        await Axe.AssertNoSeriousViolationsAsync(page, "contacts-batch-error");
        await BrowserApp.ScreenshotAsync(page, "contacts-02-batch-error");
        row = page.Locator($"tr[data-case=\"{caseId}\"]");
        await row.Locator("input[name$=\".On\"]").FillAsync(Display.Date(today));
        await page.GetByTestId("batch-save").ClickAsync();
        await Expect(page.Locator($"tr[data-case=\"{caseId}\"][data-recorded=\"true\"]")).ToContainTextAsync("Đã ghi có mặt");

        // The printable case file: no menu, every part, each part on a new page when printed.
        await page.GotoAsync($"/Cases/Details/{caseId}");
        await page.GetByTestId("print-case").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Cases/Print/"));
        await Expect(page.GetByTestId("print-contacts")).ToContainTextAsync("Điểm danh, kiểm diện");
        await Expect(page.Locator("nav.main-nav")).ToHaveCountAsync(0);
        await Axe.AssertNoSeriousViolationsAsync(page, "case-print");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.GetByTestId("print-tools")).ToBeHiddenAsync();
        Assert.Equal("page", await page.GetByTestId("print-judgment").EvaluateAsync<string>("e => getComputedStyle(e).breakBefore"));
        await BrowserApp.ScreenshotAsync(page, "contacts-03-print");
    }
}
