using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Portal;
using HoaNhap.Web.Shared.Notifications;
using HoaNhap.Web.Tests.Infrastructure;
using HoaNhap.Web.Tests.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static HoaNhap.Web.Tests.Breaches.CaseSetup;
using static Microsoft.Playwright.Assertions;

namespace HoaNhap.Browser.Tests;

/// <summary>
/// Notifications (issue 18 part 2) in the officer's browser, on a 390 × 844 phone: the commune decides an absence, the message
/// to the person's phone is refused by the SMS gateway (a stand-in started here), and the case page shows the ledger — the SMS
/// failed with the reason, the portal copy delivered — and the worklist the failed delivery; each page checked with axe-core.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class Officer_sees_the_message_ledger(BrowserApp app)
{
    static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [SkippableFact]
    public async Task The_case_page_shows_each_messages_status_and_a_failure_is_on_the_worklist()
    {
        app.EnsureBrowser();
        await using var standIn = await ProviderStandIn.StartAsync();
        var config = app.Services.GetRequiredService<IConfiguration>();
        config["Notifications:Sms:Url"] = standIn.SmsUrl;
        using var day = app.MoveClockTo(new DateTimeOffset(app.Today.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(7)));
        var (person, caseId) = await ActiveCaseAsync(app, Unit.A, "Lý Văn Tin", SentenceType.SuspendedSentence, app.Today.AddMonths(-3));
        await app.WithDbAsync(async db =>
        {
            var p = await db.People.AsNoTracking().FirstAsync(x => x.Id == person);
            db.Add(new ReminderConsent
            {
                PersonId = person, ProvinceCode = p.ProvinceCode, CommuneCode = p.CommuneCode, Channel = ReminderChannel.Sms, Granted = true,
                At = app.Clock.GetUtcNow(), By = "congdan-thu",
            });
            return await db.SaveChangesAsync();
        });

        var api = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var created = await api.PostAsJsonAsync($"/api/v1/cases/{caseId}/absence-requests", new
        {
            requestedOn = Iso(app.Today), from = Iso(app.Today.AddDays(10)), to = Iso(app.Today.AddDays(12)), destination = "Hà Nội", reason = "Thăm bố ốm", medicalTreatment = false,
        });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var decided = await api.PostAsJsonAsync($"/api/v1/cases/{caseId}/absence-requests/{id}/decision", new { approved = false, decidedOn = Iso(app.Today), reason = "Đang có lịch làm việc" });
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());
        var sms = await app.WithDbAsync(db => db.Set<Domain.Notifications.OutboxMessage>().AsNoTracking()
            .SingleAsync(m => m.PersonId == person && m.Channel == Domain.Notifications.MessageChannel.Sms));
        standIn.AnswerNext(sms.Id, 400);
        await app.Services.GetRequiredService<MessageDispatcher>().RunOnceAsync(CancellationToken.None);

        var (context, page) = await app.SignedInAsync(Roles.CommuneOfficer, Unit.A, Phone, mobile: true);
        await using var _ = context;
        await page.GotoAsync($"/Cases/Details/{caseId}#messages");
        var ledger = page.GetByTestId("messages-section");
        await Expect(ledger).ToContainTextAsync("Báo kết quả đơn xin vắng mặt");
        var row = ledger.Locator("[data-testid=message-row][data-status=Failed]");
        await Expect(row).ToContainTextAsync("Gửi không được");
        await Expect(row).ToContainTextAsync("400");
        await ledger.ScrollIntoViewIfNeededAsync();
        await BrowserApp.ScreenshotAsync(page, "case-message-ledger-phone");
        await Axe.AssertNoSeriousViolationsAsync(page, "case-message-ledger");

        await page.GotoAsync("/Worklist");
        await Expect(page.Locator("body")).ToContainTextAsync("Tin nhắn gửi không được");
        await Expect(page.Locator("body")).ToContainTextAsync("Lý Văn Tin");
        await Axe.AssertNoSeriousViolationsAsync(page, "worklist-message-failed");

        await page.GotoAsync("/Notifications/Templates");
        await Expect(page.GetByTestId("templates")).ToContainTextAsync("Nhắc điểm danh, trình diện ngày mai");
        await Axe.AssertNoSeriousViolationsAsync(page, "message-templates");
    }
}
