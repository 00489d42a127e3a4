using System.Net.Http.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static HoaNhap.Web.Tests.Breaches.CaseSetup;
using static Microsoft.Playwright.Assertions;

namespace HoaNhap.Browser.Tests;

/// <summary>
/// Scheduled self check-in (issue 18 part 4) on a 390 × 844 phone: inside the window the person takes a photo (the file input set as
/// the camera would) and sends it; the commune officer opens it from the case page, sees the photo and accepts it; the person reads
/// the answer. Each page checked with axe-core.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class Person_checks_in_from_the_portal_and_the_officer_accepts(BrowserApp app)
{
    static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    const string Pin = "318642";

    [SkippableFact]
    public async Task Check_in_with_a_photo_inside_the_window_then_accepted()
    {
        app.EnsureBrowser();
        using var _ = app.MoveClockTo(new DateTimeOffset(app.Today.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(7)));
        var (person, caseId) = await ActiveCaseAsync(app, Unit.A, "Vũ Văn Tự Điểm", SentenceType.SuspendedSentence, app.Today.AddMonths(-2), assignSupervisor: false);
        var idNumber = await PortalSessions.ActivateAsync(app, Unit.A, person, Pin);
        var officerApi = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var put = await officerApi.PutAsJsonAsync($"/api/v1/cases/{caseId}/self-check-in", new
        {
            repeat = "EveryDays", everyDays = 1, windowStart = "08:00", windowEnd = "12:00", startOn = Iso(app.Today),
            reason = "Làm việc ở xa, gặp trực tiếp hằng tháng theo kế hoạch vẫn giữ.",
        });
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());

        var context = await app.NewContextAsync(Phone, mobile: true);
        await using var __ = context;
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Cong-dan/Dang-nhap");
        await page.GetByTestId("portal-id-number").FillAsync(idNumber);
        await page.GetByTestId("portal-pin").FillAsync(Pin);
        await page.GetByTestId("portal-sign-in").ClickAsync();
        await page.WaitForURLAsync("**/Cong-dan");
        await Expect(page.GetByTestId("portal-date-SelfCheckIn")).ToContainTextAsync("khung giờ đang mở");
        await page.GetByTestId("portal-go-check-in").ClickAsync();
        await page.WaitForURLAsync("**/Cong-dan/Tu-diem-danh");
        await Expect(page.GetByTestId("portal-check-in-consent")).Not.ToBeCheckedAsync();
        await AssertFitsAsync(page);
        await Axe.AssertNoSeriousViolationsAsync(page, "portal-self-check-in");

        // The phone's camera gives a JPEG: made here by the browser itself.
        var dataUrl = await page.EvaluateAsync<string>(@"() => { const c = document.createElement('canvas'); c.width = 96; c.height = 96;
            const g = c.getContext('2d'); g.fillStyle = '#7a9a5a'; g.fillRect(0, 0, 96, 96); g.fillStyle = '#f5c49a';
            g.beginPath(); g.arc(48, 40, 22, 0, 7); g.fill(); return c.toDataURL('image/jpeg', 0.85); }");
        var jpeg = Convert.FromBase64String(dataUrl[(dataUrl.IndexOf(',') + 1)..]);
        await page.GetByTestId("portal-check-in-photo").SetInputFilesAsync(new FilePayload { Name = "anh-chup.jpg", MimeType = "image/jpeg", Buffer = jpeg });
        await BrowserApp.ScreenshotAsync(page, "portal-self-check-in-phone");
        await page.GetByTestId("portal-check-in-send").ClickAsync();
        await Expect(page.GetByTestId("flash")).ToContainTextAsync("Đã nhận lượt tự điểm danh");
        await Expect(page.GetByTestId("portal-check-in-done")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("portal-check-in-pending")).ToBeVisibleAsync();

        // The commune officer opens it from the case page, sees the photo and accepts it.
        var (officerContext, officer) = await app.SignedInAsync(Roles.CommuneOfficer, Unit.A);
        await using (officerContext)
        {
            await officer.GotoAsync($"/Cases/Details/{caseId}#self-check-in");
            await Expect(officer.GetByTestId("self-check-in-section")).ToContainTextAsync("Chờ cán bộ xem");
            await officer.GetByTestId("self-check-in-open").ClickAsync();
            var photo = officer.GetByTestId("self-check-in-photo");
            await Expect(photo).ToBeVisibleAsync();
            Assert.True(await photo.EvaluateAsync<int>("img => img.naturalWidth") == 96, "The photo is shown to the officer.");
            await Axe.AssertNoSeriousViolationsAsync(officer, "self-check-in-review");
            await officer.GetByTestId("review-decision-accepted").CheckAsync();
            await officer.GetByTestId("review-save").ClickAsync();
            await Expect(officer.GetByTestId("self-check-in-section")).ToContainTextAsync("Đã chấp nhận");
            await BrowserApp.ScreenshotAsync(officer, "self-check-in-accepted");
        }

        await page.ReloadAsync();
        await Expect(page.GetByTestId("portal-check-in-accepted")).ToContainTextAsync("Đã chấp nhận");
        await AssertFitsAsync(page);
    }

    static async Task AssertFitsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1] && widths[1] == Phone.Width, $"Horizontal scroll on {page.Url}: {widths[0]} > {widths[1]}.");
    }
}
