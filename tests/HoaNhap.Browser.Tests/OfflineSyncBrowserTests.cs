using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.OfflineSync;
using HoaNhap.Domain.Supervision;
using HoaNhap.Web.Tests.Infrastructure;
using HoaNhap.Web.Tests.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HoaNhap.Browser.Tests;

/// <summary>
/// Issue 18, part 3: a supervisor's phone loses its signal (Chromium's offline emulation), records three visits, gets the signal
/// back, and each visit is on the server exactly once; a record made on a case the commune police changed meanwhile shows the
/// conflict side by side and is sent only when the supervisor says so; signing out leaves nothing on the phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class Supervisor_works_without_signal(BrowserApp app)
{
    static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    Task<List<CheckIn>> CheckInsAsync(Guid caseId) =>
        app.WithDbAsync(db => db.Set<CheckIn>().AsNoTracking().Where(c => c.CaseId == caseId).ToListAsync());

    static async Task RecordVisitAsync(IPage page, DateOnly on, string note)
    {
        await page.Locator("input[name='Input.Kind'][value='Visit']").CheckAsync();
        await page.Locator("input[name='Input.On']").FillAsync(on.ToString("dd/MM/yyyy"));
        await page.Locator("input[name='Input.Attended'][value='true']").CheckAsync();
        await page.Locator("textarea[name='Input.Note']").FillAsync(note);
        await page.GetByTestId("check-in-save").ClickAsync();
    }

    [SkippableFact]
    public async Task Three_visits_recorded_offline_reach_the_server_once_each_and_a_conflict_is_shown_side_by_side()
    {
        app.EnsureBrowser();
        var today = app.Today;
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, today.AddMonths(-3));
        var (context, page) = await app.SignedInAsync(Roles.Supervisor, Unit.A, Phone, mobile: true);
        await using var _ = context;

        // With signal: the list is opened once, and the phone keeps it with the forms of each person.
        await page.GotoAsync("/Supervision/Mine");
        await Expect(page.Locator("body[data-offline-ready='true']")).ToHaveCountAsync(1, new() { Timeout = 60_000 });
        await page.EvaluateAsync("() => navigator.serviceWorker.ready");
        await page.GotoAsync($"/Supervision/CheckIn/{caseId}");
        await Expect(page.GetByTestId("check-in-form")).ToBeVisibleAsync();

        // No signal: the form comes from the phone, and three visits are kept there.
        await context.SetOfflineAsync(true);
        var kept = await page.ReloadAsync();
        Assert.Equal("kept", kept!.Headers.GetValueOrDefault("x-hoanhap-offline"));
        await Expect(page.GetByTestId("check-in-form")).ToBeVisibleAsync();
        // A form never opened on this phone was kept too, from the list.
        var assessment = await page.GotoAsync($"/Supervision/Assessment/{caseId}");
        Assert.Equal("kept", assessment!.Headers.GetValueOrDefault("x-hoanhap-offline"));
        await Expect(page.GetByTestId("assessment-form")).ToBeVisibleAsync();
        await page.GotoAsync($"/Supervision/CheckIn/{caseId}");
        await Expect(page.GetByTestId("check-in-form")).ToBeVisibleAsync();
        for (var i = 1; i <= 3; i++)
        {
            await RecordVisitAsync(page, today.AddDays(1 - i), $"Thăm gặp không có mạng, lần {i}");
            await Expect(page.GetByTestId("offline-waiting").Locator("li")).ToHaveCountAsync(i);
        }
        await Expect(page.GetByTestId("offline-saved").First).ToContainTextAsync("lưu trên điện thoại");
        await BrowserApp.ScreenshotAsync(page, "offline-three-waiting");
        await Axe.AssertNoSeriousViolationsAsync(page, "offline-three-waiting");
        Assert.Empty(await CheckInsAsync(caseId));

        // The signal is back: the three are sent, each once.
        await context.SetOfflineAsync(false);
        await Expect(page.GetByTestId("offline-synced").Locator("li")).ToHaveCountAsync(3, new() { Timeout = 30_000 });
        await Expect(page.GetByTestId("offline-waiting")).ToHaveCountAsync(0);
        await BrowserApp.ScreenshotAsync(page, "offline-three-synced");
        // Sending again (a reload online, the "Gửi ngay" button) adds nothing.
        await page.ReloadAsync();
        await page.GetByTestId("offline-send").ClickAsync();
        await Expect(page.GetByTestId("offline-synced").Locator("li")).ToHaveCountAsync(3);
        var stored = await CheckInsAsync(caseId);
        Assert.Equal(3, stored.Count);
        for (var i = 1; i <= 3; i++)
            Assert.Single(stored, c => c.Note == $"Thăm gặp không có mạng, lần {i}" && c.Kind == CheckInKind.Visit && c.On == today.AddDays(1 - i));
        Assert.Equal(3, await app.WithDbAsync(db => db.Set<SyncReceipt>().CountAsync(r => r.CaseId == caseId)));

        // No signal again; meanwhile the commune police record that the person absconded.
        await context.SetOfflineAsync(true);
        await RecordVisitAsync(page, today, "Đến nhà nhưng không gặp");
        await Expect(page.GetByTestId("offline-waiting").Locator("li")).ToHaveCountAsync(1);
        await app.WithDbAsync(async db =>
        {
            var c = await db.Cases.FirstAsync(x => x.Id == caseId);
            Assert.Null(c.MoveTo(CaseStatus.Absconded, today));
            return await db.SaveChangesAsync();
        });
        await context.SetOfflineAsync(false);
        var conflict = page.GetByTestId("offline-conflicts").Locator("li");
        await Expect(conflict).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        var changed = conflict.GetByTestId("offline-conflict-changed");
        await Expect(changed).ToContainTextAsync("Trạng thái hồ sơ");
        await Expect(changed).ToContainTextAsync("Bỏ trốn");
        await Expect(changed).ToContainTextAsync("Đang chấp hành / quản lý");
        await Expect(conflict.GetByTestId("offline-conflict-table")).ToContainTextAsync("Đến nhà nhưng không gặp");
        await BrowserApp.ScreenshotAsync(page, "offline-conflict");
        await Axe.AssertNoSeriousViolationsAsync(page, "offline-conflict");
        Assert.DoesNotContain(await CheckInsAsync(caseId), c => c.Note == "Đến nhà nhưng không gặp");

        // The supervisor has seen the case as it is now and sends the visit anyway: stored once.
        await conflict.GetByTestId("offline-resend").ClickAsync();
        await Expect(page.GetByTestId("offline-synced").Locator("li")).ToHaveCountAsync(4, new() { Timeout = 30_000 });
        Assert.Single(await CheckInsAsync(caseId), c => c.Note == "Đến nhà nhưng không gặp");

        // Signing out leaves nothing of this on the phone.
        await page.Locator("form[action$='/Account/Logout'] button:visible").First.ClickAsync();
        await page.WaitForURLAsync("**/Account/Login**");
        var left = await page.EvaluateAsync<string[]>(
            "async () => [...(await indexedDB.databases()).map(d => d.name), ...(await caches.keys())]");
        Assert.Empty(left);
    }
}

/// <summary>
/// Issue 18, part 3 for the commune police officer: the commune's open cases and the field forms are kept on the phone; a home visit
/// (contact) and a check-in recorded without signal reach the server once each when the signal is back; signing out leaves nothing.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class Commune_officer_works_without_signal(BrowserApp app)
{
    static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [SkippableFact]
    public async Task A_home_visit_and_a_check_in_recorded_offline_reach_the_server_once_each()
    {
        app.EnsureBrowser();
        var today = app.Today;
        var (_, caseId) = await HoaNhap.Web.Tests.Breaches.CaseSetup.ActiveCaseAsync(app, Unit.A, "Đặng Văn Ngoài Vùng Sóng", SentenceType.NonCustodialReform,
            today.AddMonths(-2), assignSupervisor: false);
        var (context, page) = await app.SignedInAsync(Roles.CommuneOfficer, Unit.A, Phone, mobile: true);
        await using var _ = context;

        // With signal: the commune's list is opened once; the phone keeps it and each case's check-in and contact forms.
        await page.GotoAsync("/Supervision/Commune");
        await Expect(page.GetByTestId("mine-list")).ToContainTextAsync("Đặng Văn Ngoài Vùng Sóng");
        await Expect(page.Locator("body[data-offline-ready='true']")).ToHaveCountAsync(1, new() { Timeout = 60_000 });
        await page.EvaluateAsync("() => navigator.serviceWorker.ready");
        await Axe.AssertNoSeriousViolationsAsync(page, "offline-commune-list");

        // No signal: the list and both forms come from the phone.
        await context.SetOfflineAsync(true);
        var list = await page.ReloadAsync();
        Assert.Equal("kept", list!.Headers.GetValueOrDefault("x-hoanhap-offline"));
        var contactForm = await page.GotoAsync($"/Contacts/Record/{caseId}");
        Assert.Equal("kept", contactForm!.Headers.GetValueOrDefault("x-hoanhap-offline"));
        await page.Locator("input[name='Input.Channel'][value='Visit']").CheckAsync();
        await page.Locator("input[name='Input.On']").FillAsync(today.ToString("dd/MM/yyyy"));
        await page.Locator("textarea[name='Input.Note']").FillAsync("Thăm gia đình khi không có sóng");
        await page.Locator("form[data-offline-form] button[type=submit]").ClickAsync();
        await Expect(page.GetByTestId("offline-waiting").Locator("li")).ToHaveCountAsync(1);
        var checkInForm = await page.GotoAsync($"/Supervision/CheckIn/{caseId}");
        Assert.Equal("kept", checkInForm!.Headers.GetValueOrDefault("x-hoanhap-offline"));
        await page.Locator("input[name='Input.Kind'][value='CheckIn']").CheckAsync();
        await page.Locator("input[name='Input.On']").FillAsync(today.ToString("dd/MM/yyyy"));
        await page.Locator("input[name='Input.Attended'][value='true']").CheckAsync();
        await page.Locator("textarea[name='Input.Note']").FillAsync("Điểm danh tại thôn, không có sóng");
        await page.GetByTestId("check-in-save").ClickAsync();
        await Expect(page.GetByTestId("offline-waiting").Locator("li")).ToHaveCountAsync(2);
        await BrowserApp.ScreenshotAsync(page, "offline-officer-waiting");
        await Axe.AssertNoSeriousViolationsAsync(page, "offline-officer-waiting");

        // The signal is back: both sent, each once, even after sending again.
        await context.SetOfflineAsync(false);
        await Expect(page.GetByTestId("offline-synced").Locator("li")).ToHaveCountAsync(2, new() { Timeout = 30_000 });
        await page.ReloadAsync();
        await page.GetByTestId("offline-send").ClickAsync();
        await Expect(page.GetByTestId("offline-synced").Locator("li")).ToHaveCountAsync(2);
        Assert.Single(await app.WithDbAsync(db => db.Set<HoaNhap.Domain.Contacts.Contact>().AsNoTracking().Where(c => c.CaseId == caseId).ToListAsync()),
            c => c.Note == "Thăm gia đình khi không có sóng");
        Assert.Single(await app.WithDbAsync(db => db.Set<CheckIn>().AsNoTracking().Where(c => c.CaseId == caseId).ToListAsync()),
            c => c.Note == "Điểm danh tại thôn, không có sóng" && c.Kind == CheckInKind.CheckIn);

        // Signing out leaves nothing of this on the phone.
        await page.Locator("form[action$='/Account/Logout'] button:visible").First.ClickAsync();
        await page.WaitForURLAsync("**/Account/Login**");
        var left = await page.EvaluateAsync<string[]>(
            "async () => [...(await indexedDB.databases()).map(d => d.name), ...(await caches.keys())]");
        Assert.Empty(left);
    }
}
