using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Notifications;
using HoaNhap.Web.Shared.Notifications;
using HoaNhap.Web.Tests.Infrastructure;
using HoaNhap.Web.Tests.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static HoaNhap.Web.Tests.Breaches.CaseSetup;

namespace HoaNhap.Web.Tests.Portal;

/// <summary>
/// Sign-in with a one-time code sent by SMS (issue 18, left from part 1): asked for by ID number (202 whether or not there is an
/// account), sent through the outbox at once even at night and without reminder consent, used once, refused when wrong or
/// expired, locked after repeated failures, audited; on the page as on the API.
/// </summary>
public abstract class PortalOneTimeCodeTests(HoaNhapApp app)
{
    DateTimeOffset At(DateOnly day, int hour, int minute = 0) => new(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(7));

    async Task<ProviderStandIn> StandInAsync()
    {
        var standIn = await ProviderStandIn.StartAsync();
        app.Services.GetRequiredService<IConfiguration>()["Notifications:Sms:Url"] = standIn.SmsUrl;
        return standIn;
    }

    /// <summary>The code in the SMS the gateway received for this phone, the latest.</summary>
    static string CodeIn(ProviderStandIn standIn) =>
        Regex.Match(standIn.Requests.Last(r => r.Path == "/sms/send").Body.GetProperty("message").GetString()!, @"\b(\d{6})\b").Groups[1].Value;

    [SkippableFact]
    public async Task A_code_sent_by_SMS_at_night_signs_the_person_in_once()
    {
        app.EnsureAvailable();
        await using var standIn = await StandInAsync();
        using var night = app.MoveClockTo(At(app.Today, 23, 10));
        var (person, _) = await ActiveCaseAsync(app, Unit.A, "Cao Văn Mã", SentenceType.SuspendedSentence, app.Today.AddMonths(-3));
        var idNumber = await PortalSessions.ActivateAsync(app, Unit.A, person);
        var anonymous = PortalSessions.Anonymous(app);

        // An ID number with no account: the same answer, nothing sent.
        var none = await anonymous.PostAsJsonAsync("/api/v1/me/one-time-code", new { personalIdNumber = "001099999999" });
        Assert.Equal(HttpStatusCode.Accepted, none.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.PostAsJsonAsync("/api/v1/me/one-time-code", new { personalIdNumber = "12" })).StatusCode);
        var asked = await anonymous.PostAsJsonAsync("/api/v1/me/one-time-code", new { personalIdNumber = idNumber });
        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        Assert.Equal(await none.Content.ReadAsStringAsync(), await asked.Content.ReadAsStringAsync());

        // Transactional: queued for now although it is night and no reminder consent was given.
        var message = await app.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.PersonId == person && m.Template == MessageTemplates.OneTimeCode.Id));
        Assert.True(message.Transactional);
        Assert.True(message.NotBefore <= app.Clock.GetUtcNow());
        await app.Services.GetRequiredService<MessageDispatcher>().RunOnceAsync(CancellationToken.None);
        var code = CodeIn(standIn);
        Assert.Matches("^[0-9]{6}$", code);
        // The ledger keeps no code once sent; the stored hash is not the code.
        var after = await app.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == message.Id));
        Assert.Equal(MessageStatus.Sent, after.Status);
        Assert.DoesNotContain(code, after.Body + after.Parameters);
        var tokens = await app.WithDbAsync(db => db.UserTokens.AsNoTracking().Select(t => t.Value).ToListAsync());
        Assert.DoesNotContain(tokens, t => t != null && t.Contains(code));

        var wrong = code == "000000" ? "111111" : "000000";
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/me/token", new { personalIdNumber = idNumber, code = wrong })).StatusCode);
        var token = await anonymous.PostAsJsonAsync("/api/v1/me/token", new { personalIdNumber = idNumber, code });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var me = PortalSessions.Anonymous(app);
        me.DefaultRequestHeaders.Authorization = new("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        Assert.Equal(person, (await me.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("personId").GetGuid());
        // Used once.
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/me/token", new { personalIdNumber = idNumber, code })).StatusCode);

        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.PersonId == person && a.Details != null && a.Details.Contains("portal-code-api")).ToListAsync());
        Assert.Contains(audit, a => a.Action == AuditActions.SignIn);
        Assert.Contains(audit, a => a.Action == AuditActions.SignInFailed);
    }

    [SkippableFact]
    public async Task An_expired_code_or_three_wrong_ones_do_not_sign_in()
    {
        app.EnsureAvailable();
        await using var standIn = await StandInAsync();
        var start = At(app.Today, 10);
        using var day = app.MoveClockTo(start);
        var (person, _) = await ActiveCaseAsync(app, Unit.A, "Tạ Văn Hạn", SentenceType.SuspendedSentence, app.Today.AddMonths(-3));
        var idNumber = await PortalSessions.ActivateAsync(app, Unit.A, person);
        var anonymous = PortalSessions.Anonymous(app);
        var dispatcher = app.Services.GetRequiredService<MessageDispatcher>();

        await anonymous.PostAsJsonAsync("/api/v1/me/one-time-code", new { personalIdNumber = idNumber });
        await dispatcher.RunOnceAsync(CancellationToken.None);
        var code = CodeIn(standIn);
        using (app.MoveClockTo(start.AddMinutes(6)))
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/me/token", new { personalIdNumber = idNumber, code })).StatusCode);

        using var later = app.MoveClockTo(start.AddMinutes(10));
        await anonymous.PostAsJsonAsync("/api/v1/me/one-time-code", new { personalIdNumber = idNumber });
        await dispatcher.RunOnceAsync(CancellationToken.None);
        code = CodeIn(standIn);
        var wrong = code == "000000" ? "111111" : "000000";
        for (var i = 0; i < PortalOneTimeCodesText.MaxTries; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/me/token", new { personalIdNumber = idNumber, code = wrong })).StatusCode);
        // The right code after three wrong ones: the code is spent.
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/me/token", new { personalIdNumber = idNumber, code })).StatusCode);
    }

    [SkippableFact]
    public async Task The_page_sends_the_code_and_signs_in_with_it()
    {
        app.EnsureAvailable();
        await using var standIn = await StandInAsync();
        using var day = app.MoveClockTo(At(app.Today, 10));
        var (person, _) = await ActiveCaseAsync(app, Unit.A, "Mạc Thị Trang", SentenceType.SuspendedSentence, app.Today.AddMonths(-3));
        var idNumber = await PortalSessions.ActivateAsync(app, Unit.A, person);
        var browser = PortalSessions.Anonymous(app, cookies: true);
        var sent = await HoaNhapApp.PostFormAsync(browser, "/Cong-dan/Dang-nhap-bang-ma", "/Cong-dan/Dang-nhap-bang-ma?handler=Send",
            new() { ["Input.PersonalIdNumber"] = idNumber });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var form = await sent.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"portal-code-form\"", form);
        Assert.Contains("action=\"/Cong-dan/Dang-nhap-bang-ma\"", form);
        await app.Services.GetRequiredService<MessageDispatcher>().RunOnceAsync(CancellationToken.None);
        var signedIn = await HoaNhapApp.PostFormAsync(browser, "/Cong-dan/Dang-nhap-bang-ma", "/Cong-dan/Dang-nhap-bang-ma",
            new() { ["Input.PersonalIdNumber"] = idNumber, ["Input.Code"] = CodeIn(standIn) });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/Cong-dan", signedIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Cong-dan")).StatusCode);
    }
}

static class PortalOneTimeCodesText
{
    public const int MaxTries = Features.Portal.PortalOneTimeCodes.MaxTries;
}

[Collection(SqliteCollection.Name)]
public sealed class PortalOneTimeCodeTests_Sqlite(SqliteApp app) : PortalOneTimeCodeTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PortalOneTimeCodeTests_Postgres(PostgresApp app) : PortalOneTimeCodeTests(app);
