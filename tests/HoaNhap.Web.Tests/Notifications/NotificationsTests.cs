using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Notifications;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Features.Notifications;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Notifications;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static HoaNhap.Web.Tests.Breaches.CaseSetup;

namespace HoaNhap.Web.Tests.Notifications;

/// <summary>
/// Notifications that arrive (issue 18 part 2), against a provider stand-in started by each test (a real HTTP server) and the
/// loopback SMTP server test.sh starts: the outbox row written with the decision that causes it, retries that send a message
/// once, consent, quiet hours, a failure on the commune's worklist, the provider's delivery report on the case page, two
/// dispatchers at once, e-mail, and the daily reminders.
/// </summary>
public abstract class NotificationsTests(HoaNhapApp app)
{
    const string Secret = "bi-mat-chung-cua-thu-nghiem";
    DateOnly Today => app.Today;

    IConfiguration Config => app.Services.GetRequiredService<IConfiguration>();
    MessageDispatcher Dispatcher => app.Services.GetRequiredService<MessageDispatcher>();

    /// <summary>A moment of today in Vietnam (UTC+7).</summary>
    DateTimeOffset At(DateOnly day, int hour, int minute = 0) => new(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(7));

    async Task<ProviderStandIn> StandInAsync()
    {
        var standIn = await ProviderStandIn.StartAsync();
        Config["Notifications:Sms:Url"] = standIn.SmsUrl;
        Config["Notifications:Sms:User"] = "hoanhap";
        Config["Notifications:Sms:Password"] = "mat-khau-cong-sms";
        Config["Notifications:Sms:Sender"] = "CONG AN XA";
        Config["Notifications:Sms:CallbackSecret"] = Secret;
        Config["Notifications:Zalo:Url"] = standIn.ZaloUrl;
        Config["Notifications:Zalo:AccessToken"] = "zalo-access-token-thu";
        Config["Notifications:Zalo:CallbackSecret"] = Secret;
        Config["Notifications:Zalo:Templates:absence-decided"] = "7895417a7d3f9461cd2e";
        return standIn;
    }

    /// <summary>A person with an active case, a portal account and the consents given (e.g. new { channel = "Sms", granted = true }).</summary>
    async Task<(Guid Person, Guid Case)> PersonAsync(string name, params object[] consents)
    {
        var (person, caseId) = await ActiveCaseAsync(app, Unit.A, name, SentenceType.SuspendedSentence, Today.AddMonths(-3));
        var idNumber = await PortalSessions.ActivateAsync(app, Unit.A, person);
        if (consents.Length > 0)
        {
            var me = await PortalSessions.ApiAsync(app, idNumber);
            Assert.Equal(HttpStatusCode.OK, (await me.PutAsJsonAsync("/api/v1/me/consents", consents)).StatusCode);
        }
        return (person, caseId);
    }

    /// <summary>The commune decides an absence request: the event that queues "absence decided".</summary>
    async Task DecideAbsenceAsync(Guid caseId)
    {
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var created = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/absence-requests", new
        {
            requestedOn = Iso(Today), from = Iso(Today.AddDays(10)), to = Iso(Today.AddDays(15)), destination = "Hà Nội", reason = "Thăm bố ốm", medicalTreatment = false,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var decided = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/absence-requests/{id}/decision", new { approved = true, decidedOn = Iso(Today) });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
    }

    Task<List<OutboxMessage>> MessagesAsync(Guid person) =>
        app.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.PersonId == person).ToListAsync());

    async Task<List<JsonElement>> LedgerAsync(Guid caseId, Unit unit = Unit.A)
    {
        var officer = await app.ApiAsync(Roles.CommuneOfficer, unit);
        return (await officer.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/messages")).EnumerateArray().ToList();
    }

    static int RequestsFor(ProviderStandIn s, Guid message) =>
        s.Requests.Count(r => (r.Body.TryGetProperty("requestId", out var id) || r.Body.TryGetProperty("tracking_id", out id)) && id.GetString() == message.ToString());

    [SkippableFact]
    public async Task A_decision_queues_the_message_in_its_transaction_and_two_server_errors_still_send_it_once()
    {
        app.EnsureAvailable();
        await using var standIn = await StandInAsync();
        using var day = app.MoveClockTo(At(Today, 10));
        var (person, caseId) = await PersonAsync("Nguyễn Văn Nhắn", new { channel = "Sms", granted = true });
        await DecideAbsenceAsync(caseId);

        // Saved with the decision, waiting for the dispatcher; the in-portal copy beside it.
        var queued = await MessagesAsync(person);
        var sms = Assert.Single(queued, m => m.Channel == MessageChannel.Sms);
        Assert.Single(queued, m => m.Channel == MessageChannel.Portal);
        Assert.Equal(MessageStatus.Queued, sms.Status);
        Assert.Equal(MessageTemplates.AbsenceDecided.Id, sms.Template);
        Assert.Contains("Nguyễn Văn Nhắn", sms.Body);
        Assert.Equal("Queued", (await LedgerAsync(caseId)).Single(m => m.GetProperty("channel").GetString() == "Sms").GetProperty("status").GetString());

        standIn.AnswerNext(sms.Id, 500, 500);
        await Dispatcher.RunOnceAsync(CancellationToken.None);

        Assert.True(3 == RequestsFor(standIn, sms.Id), string.Join("\n", standIn.Requests.Select(r => r.Body.GetRawText())) + " / " + string.Join(",", (await MessagesAsync(person)).Select(m => m.Channel + ":" + m.Status + ":" + m.Error)));
        var request = standIn.Requests.First(r => r.Body.GetProperty("requestId").GetString() == sms.Id.ToString());
        Assert.Equal("84912345678", request.Body.GetProperty("phone").GetString());
        Assert.Equal("CONG AN XA", request.Body.GetProperty("brandName").GetString());
        Assert.Contains("Nguyen Van Nhan", request.Body.GetProperty("message").GetString());
        Assert.StartsWith("Basic ", request.Authorization);
        Assert.Single(standIn.Accepted.Keys, k => k == sms.Id.ToString());
        var sent = (await MessagesAsync(person)).Single(m => m.Id == sms.Id);
        Assert.Equal(MessageStatus.Sent, sent.Status);
        Assert.Equal(1, sent.Attempts);
        Assert.StartsWith("GW-", sent.ProviderMessageId);
        var row = (await LedgerAsync(caseId)).Single(m => m.GetProperty("channel").GetString() == "Sms");
        Assert.Equal("Sent", row.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, row.GetProperty("sentAt").ValueKind);
        Assert.Equal("Delivered", (await LedgerAsync(caseId)).Single(m => m.GetProperty("channel").GetString() == "Portal").GetProperty("status").GetString());

        // Sent once: the dispatcher again sends nothing more.
        await Dispatcher.RunOnceAsync(CancellationToken.None);
        Assert.Equal(3, RequestsFor(standIn, sms.Id));
    }

    [SkippableFact]
    public async Task The_person_reads_the_message_delivered_to_their_portal()
    {
        app.EnsureAvailable();
        using var day = app.MoveClockTo(At(Today, 10));
        var (person, caseId) = await ActiveCaseAsync(app, Unit.A, TestData.Unique("Lý Thị Cổng"), SentenceType.SuspendedSentence, Today.AddMonths(-3));
        var idNumber = await PortalSessions.ActivateAsync(app, Unit.A, person);
        await DecideAbsenceAsync(caseId);
        var me = await PortalSessions.ApiAsync(app, idNumber);
        // Queued with the decision: not in the portal until the dispatcher has delivered it.
        Assert.Empty((await me.GetFromJsonAsync<JsonElement>("/api/v1/me/messages")).EnumerateArray());

        await Dispatcher.RunOnceAsync(CancellationToken.None);

        var message = Assert.Single((await me.GetFromJsonAsync<JsonElement>("/api/v1/me/messages")).EnumerateArray());
        Assert.Equal(MessageTemplates.AbsenceDecided.Id, message.GetProperty("template").GetString());
        var text = message.GetProperty("text").GetString()!;
        Assert.Contains("đã quyết định về đơn xin vắng mặt", text);
        var page = await (await PortalSessions.PagesAsync(app, idNumber)).GetStringAsync("/Cong-dan");
        Assert.Contains("data-testid=\"portal-messages\"", page);
        Assert.Contains(text, WebUtility.HtmlDecode(page));
    }

    [SkippableFact]
    public async Task A_provider_still_down_after_the_retries_gets_the_message_later_with_back_off()
    {
        app.EnsureAvailable();
        await using var standIn = await StandInAsync();
        var now = At(Today, 10);
        using var day = app.MoveClockTo(now);
        var (person, caseId) = await PersonAsync("Lê Văn Chờ", new { channel = "Sms", granted = true });
        await DecideAbsenceAsync(caseId);
        var sms = (await MessagesAsync(person)).Single(m => m.Channel == MessageChannel.Sms);
        standIn.AnswerNext(sms.Id, 503, 503, 503, 503);
        await Dispatcher.RunOnceAsync(CancellationToken.None);
        var waiting = (await MessagesAsync(person)).Single(m => m.Id == sms.Id);
        Assert.Equal(MessageStatus.Queued, waiting.Status);
        Assert.Contains("503", waiting.Error);
        Assert.True(waiting.NotBefore > now.AddSeconds(30));
        // Not before its time...
        await Dispatcher.RunOnceAsync(CancellationToken.None);
        Assert.Equal(4, RequestsFor(standIn, sms.Id));
        // ...then sent.
        using var later = app.MoveClockTo(now.AddMinutes(2));
        await Dispatcher.RunOnceAsync(CancellationToken.None);
        Assert.Equal(MessageStatus.Sent, (await MessagesAsync(person)).Single(m => m.Id == sms.Id).Status);
        Assert.Equal(5, RequestsFor(standIn, sms.Id));
    }

    [SkippableFact]
    public async Task Without_consent_nothing_is_sent_to_the_phone()
    {
        app.EnsureAvailable();
        await using var standIn = await StandInAsync();
        using var day = app.MoveClockTo(At(Today, 10));
        var (person, caseId) = await PersonAsync("Trần Văn Không", new { channel = "Sms", granted = false }, new { channel = "Zalo", granted = false });
        await DecideAbsenceAsync(caseId);
        var messages = await MessagesAsync(person);
        Assert.DoesNotContain(messages, m => m.Channel is MessageChannel.Sms or MessageChannel.Zalo or MessageChannel.Email);
        Assert.Single(messages, m => m.Channel == MessageChannel.Portal);
        await Dispatcher.RunOnceAsync(CancellationToken.None);
        Assert.Empty(standIn.Requests);
    }

    [SkippableFact]
    public async Task A_reminder_queued_at_night_waits_until_seven_in_the_morning()
    {
        app.EnsureAvailable();
        await using var standIn = await StandInAsync();
        var evening = At(Today, 22, 30);
        using var night = app.MoveClockTo(evening);
        var (person, caseId) = await PersonAsync("Phạm Thị Đêm", new { channel = "Sms", granted = true });
        await DecideAbsenceAsync(caseId);
        var sms = (await MessagesAsync(person)).Single(m => m.Channel == MessageChannel.Sms);
        Assert.Equal(At(Today.AddDays(1), 7), sms.NotBefore);
        await Dispatcher.RunOnceAsync(CancellationToken.None);
        Assert.Equal(0, RequestsFor(standIn, sms.Id));
        using var morning = app.MoveClockTo(At(Today.AddDays(1), 7, 1));
        await Dispatcher.RunOnceAsync(CancellationToken.None);
        Assert.Equal(1, RequestsFor(standIn, sms.Id));
        Assert.Equal(MessageStatus.Sent, (await MessagesAsync(person)).Single(m => m.Id == sms.Id).Status);
    }

    [SkippableFact]
    public async Task A_refused_message_fails_and_is_on_the_commune_officers_worklist()
    {
        app.EnsureAvailable();
        await using var standIn = await StandInAsync();
        using var day = app.MoveClockTo(At(Today, 10));
        var (person, caseId) = await PersonAsync("Đỗ Văn Lỗi", new { channel = "Sms", granted = true });
        await DecideAbsenceAsync(caseId);
        standIn.AnswerNext((await MessagesAsync(person)).Single(m => m.Channel == MessageChannel.Sms).Id, 400);
        await Dispatcher.RunOnceAsync(CancellationToken.None);
        var row = (await LedgerAsync(caseId)).Single(m => m.GetProperty("channel").GetString() == "Sms");
        Assert.Equal("Failed", row.GetProperty("status").GetString());
        Assert.Contains("400", row.GetProperty("error").GetString());

        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var items = (await officer.GetFromJsonAsync<JsonElement>("/api/v1/worklist")).EnumerateArray().ToList();
        var item = Assert.Single(items, i => i.GetProperty("kind").GetString() == "MessageFailed" && i.GetProperty("personId").GetGuid() == person);
        Assert.Contains("Đỗ Văn Lỗi", item.GetProperty("title").GetString());
        Assert.Equal(caseId, item.GetProperty("caseId").GetGuid());
        var other = await app.ApiAsync(Roles.CommuneOfficer, Unit.B);
        Assert.DoesNotContain((await other.GetFromJsonAsync<JsonElement>("/api/v1/worklist")).EnumerateArray(), i => i.GetProperty("personId").GetGuid() == person);
    }

    [SkippableFact]
    public async Task The_gateways_delivery_report_shows_delivered_on_the_case_page()
    {
        app.EnsureAvailable();
        await using var standIn = await StandInAsync();
        using var day = app.MoveClockTo(At(Today, 10));
        var (person, caseId) = await PersonAsync("Vũ Thị Đến", new { channel = "Sms", granted = true });
        await DecideAbsenceAsync(caseId);
        await Dispatcher.RunOnceAsync(CancellationToken.None);
        var sms = (await MessagesAsync(person)).Single(m => m.Channel == MessageChannel.Sms);

        var gateway = PortalSessions.Anonymous(app);
        var report = new { requestId = sms.Id.ToString(), messageId = sms.ProviderMessageId, status = "DELIVERED" };
        Assert.Equal(HttpStatusCode.Unauthorized, (await gateway.PostAsJsonAsync("/api/v1/notifications/callbacks/sms", report)).StatusCode);
        using (var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/v1/notifications/callbacks/sms") { Content = JsonContent.Create(report) })
        {
            wrong.Headers.Add(MessagesApi.SecretHeader, "doan-sai");
            Assert.Equal(HttpStatusCode.Unauthorized, (await gateway.SendAsync(wrong)).StatusCode);
        }
        Assert.Equal(MessageStatus.Sent, (await MessagesAsync(person)).Single(m => m.Id == sms.Id).Status);
        using (var bad = new HttpRequestMessage(HttpMethod.Post, "/api/v1/notifications/callbacks/sms") { Content = JsonContent.Create(new { requestId = "abc", status = "DELIVERED" }) })
        {
            bad.Headers.Add(MessagesApi.SecretHeader, Secret);
            var answer = await gateway.SendAsync(bad);
            Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
            Assert.Contains("requestId", await answer.Content.ReadAsStringAsync());
        }
        using (var right = new HttpRequestMessage(HttpMethod.Post, "/api/v1/notifications/callbacks/sms") { Content = JsonContent.Create(report) })
        {
            right.Headers.Add(MessagesApi.SecretHeader, Secret);
            Assert.Equal(HttpStatusCode.NoContent, (await gateway.SendAsync(right)).StatusCode);
        }
        Assert.Equal("Delivered", (await LedgerAsync(caseId)).Single(m => m.GetProperty("channel").GetString() == "Sms").GetProperty("status").GetString());
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var html = await pages.GetStringAsync($"/Cases/Details/{caseId}");
        Assert.Contains("data-testid=\"messages-section\"", html);
        Assert.Contains(MessageText.Status(MessageStatus.Delivered), html);
        Assert.Contains(MessageTemplates.AbsenceDecided.Title, html);
        // Another commune's officer: not found.
        var other = await app.ApiAsync(Roles.CommuneOfficer, Unit.B);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/cases/{caseId}/messages")).StatusCode);
    }

    [SkippableFact]
    public async Task Zalo_gets_the_approved_template_and_its_delivery_event_marks_it_delivered()
    {
        app.EnsureAvailable();
        await using var standIn = await StandInAsync();
        using var day = app.MoveClockTo(At(Today, 10));
        var (person, caseId) = await PersonAsync("Hoàng Văn Zalo", new { channel = "Zalo", granted = true });
        await DecideAbsenceAsync(caseId);
        await Dispatcher.RunOnceAsync(CancellationToken.None);
        var zalo = (await MessagesAsync(person)).Single(m => m.Channel == MessageChannel.Zalo);
        var request = Assert.Single(standIn.Requests, r => r.Path == "/message/template" && r.Body.GetProperty("tracking_id").GetString() == zalo.Id.ToString());
        Assert.Equal("7895417a7d3f9461cd2e", request.Body.GetProperty("template_id").GetString());
        Assert.StartsWith("Hoàng Văn Zalo", request.Body.GetProperty("template_data").GetProperty("name").GetString());
        Assert.Equal("zalo-access-token-thu", request.AccessToken);
        Assert.True(MessageStatus.Sent == (await MessagesAsync(person)).Single(m => m.Id == zalo.Id).Status, (await MessagesAsync(person)).Single(m => m.Id == zalo.Id).Error);

        var zaloServer = PortalSessions.Anonymous(app);
        using var callback = new HttpRequestMessage(HttpMethod.Post, "/api/v1/notifications/callbacks/zalo")
        {
            Content = JsonContent.Create(new { event_name = "user_received_message", message = new { msg_id = zalo.ProviderMessageId, tracking_id = zalo.Id.ToString() } }),
        };
        callback.Headers.Add(MessagesApi.SecretHeader, Secret);
        Assert.Equal(HttpStatusCode.NoContent, (await zaloServer.SendAsync(callback)).StatusCode);
        Assert.Equal("Delivered", (await LedgerAsync(caseId)).Single(m => m.GetProperty("channel").GetString() == "Zalo").GetProperty("status").GetString());
    }

    [SkippableFact]
    public async Task A_message_for_a_provider_not_configured_waits_untried()
    {
        app.EnsureAvailable();
        await using var standIn = await StandInAsync();
        Config["Notifications:Zalo:AccessToken"] = "";
        using var day = app.MoveClockTo(At(Today, 10));
        var (person, caseId) = await PersonAsync("Lưu Văn Đợi", new { channel = "Zalo", granted = true });
        await DecideAbsenceAsync(caseId);
        await Dispatcher.RunOnceAsync(CancellationToken.None);
        var zalo = (await MessagesAsync(person)).Single(m => m.Channel == MessageChannel.Zalo);
        Assert.Equal(MessageStatus.Queued, zalo.Status);
        Assert.Equal(0, zalo.Attempts);
        Config["Notifications:Zalo:AccessToken"] = "zalo-access-token-thu";
        await Dispatcher.RunOnceAsync(CancellationToken.None);
        Assert.Equal(MessageStatus.Sent, (await MessagesAsync(person)).Single(m => m.Id == zalo.Id).Status);
    }

    [SkippableFact]
    public async Task Two_dispatchers_at_once_send_a_message_once()
    {
        app.EnsureAvailable();
        await using var standIn = await StandInAsync();
        using var day = app.MoveClockTo(At(Today, 10));
        var (person, caseId) = await PersonAsync("Bùi Văn Một", new { channel = "Sms", granted = true });
        await DecideAbsenceAsync(caseId);
        var sms = (await MessagesAsync(person)).Single(m => m.Channel == MessageChannel.Sms);
        standIn.Delay = TimeSpan.FromMilliseconds(400);
        var second = ActivatorUtilities.CreateInstance<MessageDispatcher>(app.Services);
        Assert.NotEqual(Dispatcher.Instance, second.Instance);
        await Task.WhenAll(Task.Run(() => Dispatcher.RunOnceAsync(CancellationToken.None)), Task.Run(() => second.RunOnceAsync(CancellationToken.None)));
        Assert.Equal(1, RequestsFor(standIn, sms.Id));
        Assert.Equal(MessageStatus.Sent, (await MessagesAsync(person)).Single(m => m.Id == sms.Id).Status);
    }

    [SkippableFact]
    public async Task An_email_reaches_the_SMTP_server()
    {
        app.EnsureAvailable();
        if (TestEnvironment.Smtp is null && TestEnvironment.RequirePostgres)
            throw new InvalidOperationException("HOANHAP_TEST_SMTP is not set: test.sh starts the loopback SMTP server (--strict requires it).");
        Skip.If(TestEnvironment.Smtp is null || TestEnvironment.SmtpMailDir is null, "HOANHAP_TEST_SMTP is not set: no SMTP server for this run (./test.sh starts one).");
        var (host, port) = (TestEnvironment.Smtp!.Split(':')[0], TestEnvironment.Smtp.Split(':')[1]);
        Config["Notifications:Email:Host"] = host;
        Config["Notifications:Email:Port"] = port;
        Config["Notifications:Email:Security"] = "None";
        Config["Notifications:Email:From"] = "congan.xa@hoanhap.local";
        using var day = app.MoveClockTo(At(Today, 10));
        var (person, caseId) = await PersonAsync("Ngô Thị Thư", new { channel = "Email", granted = true, address = "ngo.thu@example.vn" });
        await DecideAbsenceAsync(caseId);
        await Dispatcher.RunOnceAsync(CancellationToken.None);
        var email = (await MessagesAsync(person)).Single(m => m.Channel == MessageChannel.Email);
        Assert.True(email.Status == MessageStatus.Sent, email.Error);
        var arrived = Directory.EnumerateFiles(TestEnvironment.SmtpMailDir!, "*", SearchOption.AllDirectories)
            .Select(File.ReadAllText).SingleOrDefault(t => t.Contains($"{email.Id:N}@hoanhap"));
        Assert.NotNull(arrived);
        Assert.Contains("ngo.thu@example.vn", arrived);
        Assert.Contains("congan.xa@hoanhap.local", arrived);
    }

    [SkippableFact]
    public async Task The_daily_run_reminds_of_a_check_in_due_tomorrow_once()
    {
        app.EnsureAvailable();
        var (person, caseId) = await PersonAsync("Đinh Văn Mai", new { channel = "Sms", granted = true });
        var tomorrowDue = await app.WithDbAsync(async db =>
        {
            var c = await db.Cases.AsNoTracking().SingleAsync(x => x.Id == caseId);
            var rules = await new RuleBook(db).ParametersAsync(CancellationToken.None);
            var plan = SupervisionPlans.Effective(null, rules, c);
            return CheckInSchedule.NextDue(c.StartOn, SupervisionPlans.TermEnd(c), plan.CheckInMonths, Today)!.Value;
        });
        // The supervisor's account has a phone: they are told how many of their people check in tomorrow.
        var supervisor = await app.CurrentUserAsync(Roles.Supervisor, Unit.A);
        await app.WithDbAsync(async db =>
        {
            var u = await db.Users.FirstAsync(x => x.Id == supervisor.UserId);
            u.PhoneNumber = "0903111222";
            return await db.SaveChangesAsync();
        });
        using var day = app.MoveClockTo(At(tomorrowDue.AddDays(-1), 1));
        var job = app.Services.GetRequiredService<ReminderJob>();
        await job.RunAsync(app.Today, CancellationToken.None);
        var reminders = (await MessagesAsync(person)).Where(m => m.Template == MessageTemplates.CheckInTomorrow.Id).ToList();
        var sms = Assert.Single(reminders, m => m.Channel == MessageChannel.Sms);
        Assert.Contains(Display.Date(tomorrowDue), sms.Body);
        // Queued at night: it leaves at 07:00.
        Assert.Equal(At(tomorrowDue.AddDays(-1), 7), sms.NotBefore);
        var toSupervisor = await app.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.UserId == supervisor.UserId && m.Template == MessageTemplates.SupervisorCheckIns.Id).ToListAsync());
        var staff = Assert.Single(toSupervisor, m => m.Body.Contains(Display.Date(tomorrowDue)));
        Assert.Equal("0903111222", staff.Recipient);
        Assert.Equal(MessageChannel.Sms, staff.Channel);
        await job.RunAsync(app.Today, CancellationToken.None);
        Assert.Equal(reminders.Count, (await MessagesAsync(person)).Count(m => m.Template == MessageTemplates.CheckInTomorrow.Id));
        Assert.Equal(toSupervisor.Count, await app.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.UserId == supervisor.UserId && m.Template == MessageTemplates.SupervisorCheckIns.Id)));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class NotificationsTests_Sqlite(SqliteApp app) : NotificationsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class NotificationsTests_Postgres(PostgresApp app) : NotificationsTests(app);
