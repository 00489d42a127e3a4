using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared.Notifications;
using HoaNhap.Web.Tests.Infrastructure;
using HoaNhap.Web.Tests.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static HoaNhap.Web.Tests.Breaches.CaseSetup;

namespace HoaNhap.Web.Tests.Portal;

/// <summary>
/// The person changes their phone number from the portal (issue 18, left from part 1): a code goes by SMS to the new number, the
/// file keeps the old number until the code comes back, a wrong code is refused, and the change is audited; page and API.
/// </summary>
public abstract class PortalPhoneChangeTests(HoaNhapApp app)
{
    async Task<ProviderStandIn> StandInAsync()
    {
        var standIn = await ProviderStandIn.StartAsync();
        app.Services.GetRequiredService<IConfiguration>()["Notifications:Sms:Url"] = standIn.SmsUrl;
        return standIn;
    }

    static (string Phone, string Code) LastSms(ProviderStandIn standIn)
    {
        var body = standIn.Requests.Last(r => r.Path == "/sms/send").Body;
        return (body.GetProperty("phone").GetString()!, Regex.Match(body.GetProperty("message").GetString()!, @"\b(\d{6})\b").Groups[1].Value);
    }

    Task<string?> PhoneAsync(Guid person) => app.WithDbAsync(db => db.People.AsNoTracking().Where(p => p.Id == person).Select(p => p.Phone).FirstAsync());

    [SkippableFact]
    public async Task The_new_number_is_kept_only_after_the_code_sent_to_it_is_confirmed()
    {
        app.EnsureAvailable();
        await using var standIn = await StandInAsync();
        using var day = app.MoveClockTo(new DateTimeOffset(app.Today.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(7)));
        var (person, _) = await ActiveCaseAsync(app, Unit.A, "Lâm Văn Số", SentenceType.SuspendedSentence, app.Today.AddMonths(-3));
        var idNumber = await PortalSessions.ActivateAsync(app, Unit.A, person);
        var me = await PortalSessions.ApiAsync(app, idNumber);
        var old = await PhoneAsync(person);

        var bad = await me.PutAsJsonAsync("/api/v1/me/phone", new { phone = "12345" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("10 chữ số", await bad.Content.ReadAsStringAsync());
        var asked = await me.PutAsJsonAsync("/api/v1/me/phone", new { phone = "0987 654 321" });
        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        Assert.Equal(old, await PhoneAsync(person));
        await app.Services.GetRequiredService<MessageDispatcher>().RunOnceAsync(CancellationToken.None);
        var (to, code) = LastSms(standIn);
        Assert.Equal("84987654321", to);

        var wrong = code == "000000" ? "111111" : "000000";
        var refused = await me.PostAsJsonAsync("/api/v1/me/phone/confirm", new { code = wrong });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(old, await PhoneAsync(person));
        var confirmed = await me.PostAsJsonAsync("/api/v1/me/phone/confirm", new { code });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("0987654321", await PhoneAsync(person));
        Assert.Equal("0987654321", (await me.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("phone").GetString());
        // Used once.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await me.PostAsJsonAsync("/api/v1/me/phone/confirm", new { code })).StatusCode);
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.PersonId == person && a.Action == AuditActions.Update && a.EntityType == "Person").ToListAsync());
        Assert.Contains(audit, a => a.Details!.Contains("321") && !a.Details.Contains("0987654321"));
    }

    [SkippableFact]
    public async Task The_page_asks_for_the_number_then_the_code()
    {
        app.EnsureAvailable();
        await using var standIn = await StandInAsync();
        using var day = app.MoveClockTo(new DateTimeOffset(app.Today.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(7)));
        var (person, _) = await ActiveCaseAsync(app, Unit.A, "Ông Thị Máy", SentenceType.SuspendedSentence, app.Today.AddMonths(-3));
        var idNumber = await PortalSessions.ActivateAsync(app, Unit.A, person);
        var pages = await PortalSessions.PagesAsync(app, idNumber);
        var sent = await HoaNhapApp.PostFormAsync(pages, "/Cong-dan/So-dien-thoai", "/Cong-dan/So-dien-thoai?handler=Send", new() { ["Input.Phone"] = "0977111222" });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var form = await sent.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"portal-phone-confirm-form\"", form);
        // The code goes to the confirming handler, not back to the sending one of the address the page was posted to.
        Assert.Contains("action=\"/Cong-dan/So-dien-thoai\"", form);
        await app.Services.GetRequiredService<MessageDispatcher>().RunOnceAsync(CancellationToken.None);
        var done = await HoaNhapApp.PostFormAsync(pages, "/Cong-dan/So-dien-thoai", "/Cong-dan/So-dien-thoai", new() { ["Input.Code"] = LastSms(standIn).Code });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal("0977111222", await PhoneAsync(person));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PortalPhoneChangeTests_Sqlite(SqliteApp app) : PortalPhoneChangeTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PortalPhoneChangeTests_Postgres(PostgresApp app) : PortalPhoneChangeTests(app);
