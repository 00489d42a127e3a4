using System.Net.Http.Json;
using HoaNhap.Domain.Access;
using Microsoft.Extensions.DependencyInjection;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static HoaNhap.Web.Tests.Breaches.CaseSetup;
using static Microsoft.Playwright.Assertions;

namespace HoaNhap.Browser.Tests;

/// <summary>
/// The person's portal on a 390 × 844 phone (issue 18): the commune officer prints the invitation, the person activates
/// from the QR code's address, reads the page, sends a self-report and an absence application, chooses reminders, signs
/// out and in again — each page checked with axe-core and for horizontal scrolling.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class Person_uses_the_portal_on_a_phone(BrowserApp app)
{
    static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    const string Pin = "520741";

    [SkippableFact]
    public async Task Invitation_activation_self_report_absence_and_reminders_on_a_phone()
    {
        app.EnsureBrowser();
        var (person, _) = await ActiveCaseAsync(app, Unit.A, "Nguyễn Thị Cổng", SentenceType.SuspendedSentence, app.Today.AddMonths(-2).AddDays(-3));
        var idNumber = await PortalSessions.IdNumberAsync(app, person);

        // The commune officer prints the invitation.
        var (officerContext, officer) = await app.SignedInAsync(Roles.CommuneOfficer, Unit.A);
        string code, activation;
        await using (officerContext)
        {
            await officer.GotoAsync($"/People/Details/{person}");
            await officer.GetByTestId("portal-invitation").ClickAsync();
            await Axe.AssertNoSeriousViolationsAsync(officer, "portal-invitation-form");
            await officer.GetByTestId("invitation-issue").ClickAsync();
            await Expect(officer.GetByTestId("invitation-qr")).ToBeVisibleAsync();
            code = (await officer.GetByTestId("invitation-code").InnerTextAsync()).Trim();
            await BrowserApp.ScreenshotAsync(officer, "portal-invitation");
            await Axe.AssertNoSeriousViolationsAsync(officer, "portal-invitation");
            activation = $"/Cong-dan/Kich-hoat?code={Uri.EscapeDataString(code)}";
        }

        // The person opens the QR code's address on a phone: the code is filled in.
        var context = await app.NewContextAsync(Phone, mobile: true);
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.GotoAsync(activation);
        await Expect(page.GetByTestId("portal-code")).ToHaveValueAsync(code);
        await AssertFitsAsync(page);
        await Axe.AssertNoSeriousViolationsAsync(page, "portal-activation");
        await page.GetByTestId("portal-id-number").FillAsync(idNumber);
        await page.GetByTestId("portal-pin").FillAsync(Pin);
        await page.GetByTestId("portal-pin-again").FillAsync(Pin);
        await page.GetByTestId("portal-activate").ClickAsync();
        await page.WaitForURLAsync("**/Cong-dan");
        await Expect(page.GetByTestId("flash")).ToContainTextAsync("Đã kích hoạt");
        await Expect(page.GetByTestId("portal-dates")).ToContainTextAsync("Điểm danh");
        await Expect(page.GetByTestId("portal-obligations")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "portal-home-phone");
        await AssertFitsAsync(page);
        await Axe.AssertNoSeriousViolationsAsync(page, "portal-home");

        // The self-report: the earliest open period is chosen; sent late, and said so.
        await page.GetByTestId("portal-go-self-report").ClickAsync();
        await page.GetByTestId("self-report-summary").FillAsync("Tôi chấp hành đầy đủ, đi làm đều đặn.");
        await AssertFitsAsync(page);
        await Axe.AssertNoSeriousViolationsAsync(page, "portal-self-report");
        await page.GetByTestId("self-report-send").ClickAsync();
        await Expect(page.GetByTestId("flash")).ToContainTextAsync("Đã nhận bản tự nhận xét");

        // An absence application, on the commune's worklist at once.
        await page.GetByTestId("portal-nav-absence").ClickAsync();
        await page.GetByTestId("absence-from").FillAsync(Display.Date(app.Today.AddDays(10)));
        await page.GetByTestId("absence-to").FillAsync(Display.Date(app.Today.AddDays(12)));
        await page.GetByTestId("absence-destination").FillAsync("Phường Việt Trì, tỉnh Phú Thọ");
        await page.GetByTestId("absence-reason").FillAsync("Thăm bố ốm");
        await page.GetByTestId("medical-no").CheckAsync();
        await AssertFitsAsync(page);
        await Axe.AssertNoSeriousViolationsAsync(page, "portal-absence");
        await page.GetByTestId("portal-absence-send").ClickAsync();
        await Expect(page.GetByTestId("flash")).ToContainTextAsync("Đã gửi đơn xin vắng mặt");
        await Expect(page.GetByTestId("portal-absences")).ToContainTextAsync("Phường Việt Trì");
        await BrowserApp.ScreenshotAsync(page, "portal-absence-phone");

        // Reminders: SMS only.
        await page.GetByTestId("portal-nav-consents").ClickAsync();
        await page.GetByTestId("consent-sms").CheckAsync();
        await AssertFitsAsync(page);
        await Axe.AssertNoSeriousViolationsAsync(page, "portal-consents");
        await page.GetByTestId("consents-save").ClickAsync();
        await Expect(page.GetByTestId("portal-consents")).ToContainTextAsync("Tin nhắn SMS: đồng ý");

        // Sign out, and in again with the ID number and the PIN.
        await page.GetByTestId("portal-sign-out").ClickAsync();
        await page.WaitForURLAsync("**/Cong-dan/Dang-nhap");
        await AssertFitsAsync(page);
        await Axe.AssertNoSeriousViolationsAsync(page, "portal-sign-in");
        await page.GetByTestId("portal-id-number").FillAsync(idNumber);
        await page.GetByTestId("portal-pin").FillAsync(Pin);
        await page.GetByTestId("portal-sign-in").ClickAsync();
        await page.WaitForURLAsync("**/Cong-dan");
        await Expect(page.GetByTestId("portal-decisions")).ToContainTextAsync("Phường Việt Trì");
    }

    [SkippableFact]
    public async Task Sign_in_with_a_code_sent_by_SMS_on_a_phone()
    {
        app.EnsureBrowser();
        await using var standIn = await HoaNhap.Web.Tests.Notifications.ProviderStandIn.StartAsync();
        app.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Notifications:Sms:Url"] = standIn.SmsUrl;
        using var day = app.MoveClockTo(new DateTimeOffset(app.Today.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(7)));
        var (person, _) = await ActiveCaseAsync(app, Unit.A, "Kiều Văn Mã", SentenceType.SuspendedSentence, app.Today.AddMonths(-2));
        var idNumber = await PortalSessions.IdNumberAsync(app, person);
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var invited = await officer.PostAsync($"/api/v1/people/{person}/portal-invitation", null);
        var code = (await invited.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("code").GetString();
        using var anonymous = new HttpClient { BaseAddress = new Uri(app.BaseUrl + "/") };
        var activated = await anonymous.PostAsJsonAsync("api/v1/me/activate", new { personalIdNumber = idNumber, code, pin = Pin });
        Assert.True(activated.IsSuccessStatusCode, await activated.Content.ReadAsStringAsync());

        var context = await app.NewContextAsync(Phone, mobile: true);
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Cong-dan/Dang-nhap");
        await page.GetByTestId("portal-code-link").ClickAsync();
        await AssertFitsAsync(page);
        await Axe.AssertNoSeriousViolationsAsync(page, "portal-code-request");
        await page.GetByTestId("portal-code-id-number").FillAsync(idNumber);
        await page.GetByTestId("portal-code-send").ClickAsync();
        await Expect(page.GetByTestId("portal-code-sent")).ToContainTextAsync("mã đăng nhập đã được gửi");
        await app.Services.GetRequiredService<HoaNhap.Web.Shared.Notifications.MessageDispatcher>().RunOnceAsync(CancellationToken.None);
        var sms = standIn.Requests.Last(r => r.Path == "/sms/send").Body.GetProperty("message").GetString()!;
        var oneTime = System.Text.RegularExpressions.Regex.Match(sms, @"\b(\d{6})\b").Groups[1].Value;
        await BrowserApp.ScreenshotAsync(page, "portal-code-phone");
        await AssertFitsAsync(page);
        await Axe.AssertNoSeriousViolationsAsync(page, "portal-code-enter");
        await page.GetByTestId("portal-code").FillAsync(oneTime);
        await page.GetByTestId("portal-code-sign-in").ClickAsync();
        await page.WaitForURLAsync("**/Cong-dan");
        await Expect(page.GetByTestId("portal-dates")).ToBeVisibleAsync();
        await AssertFitsAsync(page);
    }

    static async Task AssertFitsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1] && widths[1] == Phone.Width, $"Horizontal scroll on {page.Url}: {widths[0]} > {widths[1]}.");
    }
}
