using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Portal;
using HoaNhap.Domain.Supervision;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static HoaNhap.Web.Tests.Breaches.CaseSetup;

namespace HoaNhap.Web.Tests.Portal;

/// <summary>
/// The person's own portal (issue 18, part 1): the commune's invitation, activation with the personal ID number, the code
/// and a PIN, sign-in and lock-out, each page and API of the person's own file, another person's data answered 404, staff
/// pages and APIs closed to the role Person, and what the person does landing in the case and on the officer's worklist.
/// </summary>
public abstract class PortalTests(HoaNhapApp app)
{
    DateOnly Today => app.Today;

    static DateOnly Date(JsonElement e, string name) => DateOnly.ParseExact(e.GetProperty(name).GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    async Task<(Guid Person, Guid Case, string IdNumber)> ActivePersonAsync(string name, Unit unit = Unit.A, int monthsAgo = 3)
    {
        var (person, caseId) = await ActiveCaseAsync(app, unit, name, SentenceType.SuspendedSentence, Today.AddMonths(-monthsAgo).AddDays(-5));
        return (person, caseId, await PortalSessions.ActivateAsync(app, unit, person));
    }

    [SkippableFact]
    public async Task Invitation_activation_and_sign_in_open_the_persons_own_file_through_the_API()
    {
        app.EnsureAvailable();
        var (person, caseId) = await ActiveCaseAsync(app, Unit.A, "Nguyễn Văn Cổng", SentenceType.SuspendedSentence, Today.AddMonths(-3).AddDays(-5));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var invited = await officer.PostAsync($"/api/v1/people/{person}/portal-invitation", null);
        Assert.Equal(HttpStatusCode.OK, invited.StatusCode);
        var invitation = await invited.Content.ReadFromJsonAsync<JsonElement>();
        var code = invitation.GetProperty("code").GetString()!;
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}$", code);
        Assert.Equal(Today.AddDays(29), Date(invitation, "expiresOn"));
        // Only the code's hash is kept.
        var stored = await app.WithDbAsync(db => db.Set<PortalInvitation>().AsNoTracking().SingleAsync(i => i.PersonId == person));
        Assert.Equal(PortalCode.Hash(code), stored.CodeHash);
        Assert.DoesNotContain(code.Replace("-", ""), stored.CodeHash);

        var idNumber = await PortalSessions.IdNumberAsync(app, person);
        var anonymous = PortalSessions.Anonymous(app);
        // A trivial PIN, a wrong ID number with the right code: refused, nothing activated.
        Assert.Equal(HttpStatusCode.BadRequest, (await anonymous.PostAsJsonAsync("/api/v1/me/activate", new { personalIdNumber = idNumber, code, pin = "123456" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/me/activate",
            new { personalIdNumber = "001090000001", code, pin = PortalSessions.Pin })).StatusCode);
        var activated = await anonymous.PostAsJsonAsync("/api/v1/me/activate", new { personalIdNumber = idNumber, code = code.ToLowerInvariant().Replace("-", " "), pin = PortalSessions.Pin });
        Assert.Equal(HttpStatusCode.OK, activated.StatusCode);
        // A one-time code.
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/me/activate", new { personalIdNumber = idNumber, code, pin = "975310" })).StatusCode);

        var token = await anonymous.PostAsJsonAsync("/api/v1/me/token", new { personalIdNumber = idNumber, pin = PortalSessions.Pin });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var tokenBody = await token.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(tokenBody.GetProperty("expiresAt").GetDateTimeOffset() > DateTimeOffset.UtcNow);
        var me = await PortalSessions.ApiAsync(app, idNumber);

        var who = await me.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal(person, who.GetProperty("personId").GetGuid());
        Assert.Equal(caseId, who.GetProperty("case").GetProperty("id").GetGuid());
        Assert.Equal("Active", who.GetProperty("case").GetProperty("status").GetString());

        var obligations = await me.GetFromJsonAsync<JsonElement>("/api/v1/me/obligations");
        Assert.True(obligations.GetArrayLength() > 0);
        Assert.All(obligations.EnumerateArray(), o => Assert.False(string.IsNullOrWhiteSpace(o.GetProperty("legalBasis").GetString())));

        var dates = (await me.GetFromJsonAsync<JsonElement>("/api/v1/me/dates")).EnumerateArray().ToList();
        var kinds = dates.Select(d => d.GetProperty("kind").GetString()).ToList();
        Assert.Contains("CheckIn", kinds);
        Assert.Contains("SelfReportDue", kinds);
        var end = Assert.Single(dates, d => d.GetProperty("kind").GetString() == "EndOfTerm");
        var expectedEnd = await app.WithDbAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.ExpectedEndOn).SingleAsync());
        Assert.Equal(expectedEnd, Date(end, "dueOn"));
        Assert.All(dates, d => Assert.False(string.IsNullOrWhiteSpace(d.GetProperty("title").GetString())));

        // A document issued to the person is in the vault, and downloads.
        Assert.Equal(0, (await me.GetFromJsonAsync<JsonElement>("/api/v1/me/documents")).GetArrayLength());
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/summons",
            new { appointmentOn = Iso(Today.AddDays(7)), place = "Trụ sở Công an xã" })).StatusCode);
        var documents = (await me.GetFromJsonAsync<JsonElement>("/api/v1/me/documents")).EnumerateArray().ToList();
        var summons = Assert.Single(documents);
        Assert.Equal("Summons", summons.GetProperty("kind").GetString());
        var file = await me.GetAsync($"/api/v1/me/documents/{summons.GetProperty("id").GetGuid()}");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.True((await file.Content.ReadAsByteArrayAsync()).Length > 1000);

        // Sign-ins and reads are audited, naming the person.
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.PersonId == person).ToListAsync());
        Assert.Contains(audit, a => a.Action == AuditActions.SignIn && a.Details!.Contains("portal-api"));
        Assert.Contains(audit, a => a.Action == AuditActions.SignIn && a.Details!.Contains("portal-activation"));
        Assert.Contains(audit, a => a.Action == AuditActions.SignInFailed && a.Details!.Contains("portal-activation"));
        Assert.Contains(audit, a => a.Action == AuditActions.View && a.Details!.Contains("/api/v1/me/dates"));
    }

    [SkippableFact]
    public async Task The_pages_show_the_file_and_anything_of_another_person_is_not_found()
    {
        app.EnsureAvailable();
        var (person, caseId, idNumber) = await ActivePersonAsync("Trần Thị Trang");
        var (_, otherCase, _) = await ActivePersonAsync("Lê Văn Khác");
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var other = await (await officer.PostAsJsonAsync($"/api/v1/cases/{otherCase}/summons", new { appointmentOn = Iso(Today.AddDays(3)), place = "Công an xã" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var otherDocument = other.GetProperty("id").GetGuid();

        var pages = await PortalSessions.PagesAsync(app, idNumber);
        var home = await pages.GetAsync("/Cong-dan");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("no-store", home.Headers.CacheControl?.ToString());
        var html = WebUtility.HtmlDecode(await home.Content.ReadAsStringAsync());
        Assert.Contains("Trần Thị Trang", html);
        Assert.Contains("data-testid=\"portal-date-CheckIn\"", html);
        Assert.Contains("data-testid=\"portal-obligations\"", html);
        foreach (var page in new[] { "/Cong-dan/Tu-nhan-xet", "/Cong-dan/Xin-vang-mat", "/Cong-dan/Nhac-viec" })
            Assert.Equal(HttpStatusCode.OK, (await pages.GetAsync(page)).StatusCode);

        // The person's own document downloads from the page; another person's, by page and by API, is not found.
        var own = await (await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/summons", new { appointmentOn = Iso(Today.AddDays(4)), place = "Công an xã" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains($"/Cong-dan/Tai-lieu/{own.GetProperty("id").GetGuid()}", await pages.GetStringAsync("/Cong-dan"));
        var download = await pages.GetAsync($"/Cong-dan/Tai-lieu/{own.GetProperty("id").GetGuid()}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync($"/Cong-dan/Tai-lieu/{otherDocument}")).StatusCode);
        var api = await PortalSessions.ApiAsync(app, idNumber);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/me/documents/{otherDocument}")).StatusCode);
        // No staff page or API, not even about the person's own file.
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/people/{person}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/cases/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/cases/{otherCase}/absence-requests")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/v1/worklist")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync($"/People/Details/{person}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync($"/Cases/Details/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync("/")).StatusCode);
        Assert.True((await pages.GetAsync("/Worklist")).StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden);

        // Signing out ends the session: the portal asks to sign in again.
        var signedOut = await HoaNhapApp.PostFormAsync(pages, "/Cong-dan", "/Cong-dan/Dang-xuat", []);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        var again = await pages.GetAsync("/Cong-dan");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.StartsWith("/Cong-dan/Dang-nhap", again.Headers.Location!.OriginalString);
    }

    [SkippableFact]
    public async Task Staff_and_portal_accounts_stay_on_their_own_side()
    {
        app.EnsureAvailable();
        var (person, _, idNumber) = await ActivePersonAsync("Phạm Văn Bên");
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/v1/me")).StatusCode);
        var officerPages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        Assert.Equal(HttpStatusCode.Forbidden, (await officerPages.GetAsync("/Cong-dan")).StatusCode);
        // The portal account's name and PIN open no staff sign-in.
        var userName = "congdan-" + person.ToString("N");
        Assert.Equal(HttpStatusCode.Unauthorized, (await PortalSessions.Anonymous(app).PostAsJsonAsync("/api/v1/auth/token",
            new { userName, password = PortalSessions.Pin })).StatusCode);
        // A staff password is not a PIN: a staff account has no portal.
        Assert.Equal(HttpStatusCode.Unauthorized, (await PortalSessions.Anonymous(app).PostAsJsonAsync("/api/v1/me/token",
            new { personalIdNumber = idNumber, pin = HoaNhapApp.Password })).StatusCode);
        // Staff of another commune cannot invite the person; the commune leader may not.
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(Roles.CommuneOfficer, Unit.B)).PostAsync($"/api/v1/people/{person}/portal-invitation", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.CommuneLeader, Unit.A)).PostAsync($"/api/v1/people/{person}/portal-invitation", null)).StatusCode);
        // The administrator's account list does not hold portal accounts.
        var admin = await app.ApiAsync(Roles.SystemAdmin, Unit.A);
        Assert.DoesNotContain(userName, await admin.GetStringAsync("/api/v1/users"));
        // An anonymous visitor of the portal is sent to the portal's own sign-in.
        var visitor = await PortalSessions.Anonymous(app).GetAsync("/Cong-dan/Tu-nhan-xet");
        Assert.Equal(HttpStatusCode.Redirect, visitor.StatusCode);
        Assert.StartsWith("/Cong-dan/Dang-nhap", visitor.Headers.Location!.OriginalString);
    }

    [SkippableFact]
    public async Task Repeated_wrong_PINs_lock_the_account_and_a_new_invitation_opens_it_again()
    {
        app.EnsureAvailable();
        var (person, _, idNumber) = await ActivePersonAsync("Đỗ Văn Khóa");
        var client = PortalSessions.Anonymous(app);
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/me/token", new { personalIdNumber = idNumber, pin = "975310" })).StatusCode);
        var locked = await client.PostAsJsonAsync("/api/v1/me/token", new { personalIdNumber = idNumber, pin = PortalSessions.Pin });
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("tạm khóa", await locked.Content.ReadAsStringAsync());
        // The page answers the same, without saying which part was wrong.
        var page = await HoaNhapApp.PostFormAsync(PortalSessions.Anonymous(app, cookies: true), "/Cong-dan/Dang-nhap", "/Cong-dan/Dang-nhap",
            new() { ["Input.PersonalIdNumber"] = idNumber, ["Input.Pin"] = PortalSessions.Pin });
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(PortalAccountsText.SignInRefused, WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()));
        var failed = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.PersonId == person && a.Action == AuditActions.SignInFailed));
        Assert.True(failed >= 6, $"{failed} failed sign-ins audited");

        // The commune issues a new code; activating with it sets a new PIN and lifts the lock.
        await PortalSessions.ActivateAsync(app, Unit.A, person, "864209");
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/v1/me/token", new { personalIdNumber = idNumber, pin = "864209" })).StatusCode);

        // A code is locked after five wrong ID numbers typed with it.
        var code = await PortalSessions.InviteAsync(app, Unit.A, person);
        for (var i = 0; i < 5; i++)
            await client.PostAsJsonAsync("/api/v1/me/activate", new { personalIdNumber = "001090000009", code, pin = "975310" });
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/me/activate", new { personalIdNumber = idNumber, code, pin = "975310" })).StatusCode);
        Assert.Equal(PortalInvitationStatus.Locked, await app.WithDbAsync(db => db.Set<PortalInvitation>().Where(i => i.CodeHash == PortalCode.Hash(code)).Select(i => i.Status).SingleAsync()));
    }

    [SkippableFact]
    public async Task A_self_report_sent_online_lands_in_the_case_late_or_on_time()
    {
        app.EnsureAvailable();
        var (_, caseId, idNumber) = await ActivePersonAsync("Vũ Thị Nhận Xét");
        var me = await PortalSessions.ApiAsync(app, idNumber);
        var periods = (await me.GetFromJsonAsync<JsonElement>("/api/v1/me/self-reports")).EnumerateArray().ToList();
        Assert.Contains(periods, p => p.GetProperty("status").GetString() == "Missing");

        // Without a period: the earliest one still open, overdue, so received late.
        var late = await me.PostAsJsonAsync("/api/v1/me/self-reports", new { summary = "Tôi chấp hành đầy đủ nghĩa vụ, đi làm đều." });
        Assert.Equal(HttpStatusCode.Created, late.StatusCode);
        var lateBody = await late.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Late", lateBody.GetProperty("status").GetString());
        Assert.Equal(Today, Date(lateBody, "receivedOn"));
        Assert.Equal(1, lateBody.GetProperty("number").GetInt32());

        // The current period, before its due day: on time. The officer sees both in the case.
        var current = periods.First(p => p.GetProperty("status").GetString() is "NotYetDue" or "DueToday");
        var onTime = await me.PostAsJsonAsync("/api/v1/me/self-reports", new { period = current.GetProperty("period").GetString(), summary = "Kỳ này tôi vẫn chấp hành tốt." });
        Assert.Equal(HttpStatusCode.Created, onTime.StatusCode);
        Assert.Equal("OnTime", (await onTime.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var seen = (await officer.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/self-reports")).GetProperty("periods").EnumerateArray().ToList();
        Assert.Equal("Late", seen.Single(p => p.GetProperty("number").GetInt32() == 1).GetProperty("status").GetString());
        Assert.Equal("OnTime", seen.Single(p => p.GetProperty("period").GetString() == current.GetProperty("period").GetString()).GetProperty("status").GetString());
        // The same period twice: refused beside the field.
        Assert.Equal(HttpStatusCode.BadRequest, (await me.PostAsJsonAsync("/api/v1/me/self-reports", new { period = current.GetProperty("period").GetString() })).StatusCode);

        // The page sends the next open period the same way and says how it was received.
        var pages = await PortalSessions.PagesAsync(app, idNumber);
        var open = periods.Where(p => p.GetProperty("status").GetString() == "Missing").Select(p => p.GetProperty("period").GetString()!).Skip(1).First();
        var sent = await HoaNhapApp.PostFormAsync(pages, "/Cong-dan/Tu-nhan-xet", "/Cong-dan/Tu-nhan-xet",
            new() { ["Input.Period"] = open, ["Input.Summary"] = "Gửi bổ sung kỳ trước." });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("nộp muộn", WebUtility.HtmlDecode(await pages.GetStringAsync("/Cong-dan/Tu-nhan-xet")));
        Assert.Equal(3, await app.WithDbAsync(db => db.Set<SelfReport>().CountAsync(s => s.CaseId == caseId)));
    }

    [SkippableFact]
    public async Task An_absence_request_is_on_the_worklist_at_once_and_its_decision_shows_back_in_the_portal()
    {
        app.EnsureAvailable();
        var (_, caseId, idNumber) = await ActivePersonAsync("Hoàng Văn Vắng");
        var me = await PortalSessions.ApiAsync(app, idNumber);
        // Beyond the law's limit for one trip: 422, nothing stored.
        var tooLong = await me.PostAsJsonAsync("/api/v1/me/absence-requests", new
        {
            from = Iso(Today.AddDays(5)), to = Iso(Today.AddDays(95)), destination = "Hà Nội", reason = "Đi làm thuê", medicalTreatment = false,
        });
        Assert.Equal((HttpStatusCode)422, tooLong.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Domain.Absences.AbsencePermission>().CountAsync(a => a.CaseId == caseId)));

        var created = await me.PostAsJsonAsync("/api/v1/me/absence-requests", new
        {
            requestedOn = Iso(Today.AddDays(-30)), from = Iso(Today.AddDays(5)), to = Iso(Today.AddDays(9)), destination = "Xã Tân Lạc, tỉnh Phú Thọ",
            reason = "Dự đám cưới em gái", medicalTreatment = false,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var absence = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Today, Date(absence, "requestedOn"));   // filed on the day it is sent, whatever the body says
        var id = absence.GetProperty("id").GetGuid();

        // On the officer's worklist at once: the stored items, updated by the request itself.
        var item = await app.WithDbAsync(db => db.Set<WorklistItem>().AsNoTracking()
            .SingleOrDefaultAsync(i => i.CaseId == caseId && i.Kind == WorklistKind.AbsenceAwaitingDecision));
        Assert.NotNull(item);
        var officerPages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        Assert.Contains("Hoàng Văn Vắng", WebUtility.HtmlDecode(await officerPages.GetStringAsync("/Worklist")));

        // The commune decides; the decision shows back.
        var leader = await app.ApiAsync(Roles.CommuneLeader, Unit.A);
        Assert.Equal(HttpStatusCode.OK, (await leader.PostAsJsonAsync($"/api/v1/cases/{caseId}/absence-requests/{id}/decision",
            new { approved = true, decidedOn = Iso(Today), decisionNumber = "31/QĐ-UBND" })).StatusCode);
        var mine = Assert.Single((await me.GetFromJsonAsync<JsonElement>("/api/v1/me/absence-requests")).EnumerateArray());
        Assert.Equal("Approved", mine.GetProperty("status").GetString());
        Assert.Contains((await me.GetFromJsonAsync<JsonElement>("/api/v1/me/dates")).EnumerateArray(), d => d.GetProperty("kind").GetString() == "AbsenceReturn");
        var decisions = (await me.GetFromJsonAsync<JsonElement>("/api/v1/me/decisions")).EnumerateArray().ToList();
        Assert.Contains(decisions, d => d.GetProperty("kind").GetString() == "Absence" && d.GetProperty("status").GetString() == "Approved");
        Assert.Contains((await me.GetFromJsonAsync<JsonElement>("/api/v1/me/documents")).EnumerateArray(), d => d.GetProperty("kind").GetString() == "AbsenceDecision");
        var pages = await PortalSessions.PagesAsync(app, idNumber);
        Assert.Contains(Domain.Absences.AbsenceText.Status(Domain.Absences.AbsenceStatus.Approved), WebUtility.HtmlDecode(await pages.GetStringAsync("/Cong-dan/Xin-vang-mat")));

        // The page sends an application the same way.
        var sent = await HoaNhapApp.PostFormAsync(pages, "/Cong-dan/Xin-vang-mat", "/Cong-dan/Xin-vang-mat", new()
        {
            ["Input.From"] = Display.Date(Today.AddDays(20)), ["Input.To"] = Display.Date(Today.AddDays(22)), ["Input.Destination"] = "Hà Nội",
            ["Input.Reason"] = "Khám bệnh", ["Input.MedicalTreatment"] = "false",
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<Domain.Absences.AbsencePermission>().CountAsync(a => a.CaseId == caseId)));
    }

    [SkippableFact]
    public async Task Reminder_consent_is_recorded_per_channel_with_time_and_who()
    {
        app.EnsureAvailable();
        var (person, _, idNumber) = await ActivePersonAsync("Bùi Thị Đồng Ý");
        var me = await PortalSessions.ApiAsync(app, idNumber);
        var before = (await me.GetFromJsonAsync<JsonElement>("/api/v1/me/consents")).EnumerateArray().ToList();
        Assert.Equal(["Sms", "Zalo", "Email"], before.Select(c => c.GetProperty("channel").GetString()));
        Assert.All(before, c => Assert.False(c.GetProperty("granted").GetBoolean()));

        Assert.Equal(HttpStatusCode.BadRequest, (await me.PutAsJsonAsync("/api/v1/me/consents", new object[] { new { channel = "Email", granted = true } })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await me.PutAsJsonAsync("/api/v1/me/consents", new object[] { new { channel = "Fax", granted = true } })).StatusCode);
        var put = await me.PutAsJsonAsync("/api/v1/me/consents", new object[]
        {
            new { channel = "Sms", granted = true }, new { channel = "Email", granted = true, address = "dongy@example.vn" },
        });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var after = (await put.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToDictionary(c => c.GetProperty("channel").GetString()!);
        Assert.True(after["Sms"].GetProperty("granted").GetBoolean());
        Assert.False(after["Zalo"].GetProperty("granted").GetBoolean());
        Assert.Equal("dongy@example.vn", after["Email"].GetProperty("address").GetString());
        Assert.Equal("congdan-" + person.ToString("N"), after["Sms"].GetProperty("by").GetString());
        Assert.True(after["Sms"].GetProperty("at").ValueKind == JsonValueKind.String);

        // Withdrawn on the page: a new row, the old one kept.
        var pages = await PortalSessions.PagesAsync(app, idNumber);
        var saved = await HoaNhapApp.PostFormAsync(pages, "/Cong-dan/Nhac-viec", "/Cong-dan/Nhac-viec", new() { ["Input.Email"] = "true", ["Input.EmailAddress"] = "dongy@example.vn" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var rows = await app.WithDbAsync(db => db.Set<ReminderConsent>().AsNoTracking().Where(c => c.PersonId == person).ToListAsync());
        Assert.Equal(2, rows.Count(r => r.Channel == ReminderChannel.Sms));
        Assert.False(rows.Where(r => r.Channel == ReminderChannel.Sms).OrderBy(r => r.At).Last().Granted);
        Assert.Single(rows, r => r.Channel == ReminderChannel.Email);
    }
}

/// <summary>The refusal text, read from the application so the test does not copy it.</summary>
static class PortalAccountsText
{
    public const string SignInRefused = Features.Portal.PortalAccounts.SignInRefused;
}

[Collection(SqliteCollection.Name)]
public sealed class PortalTests_Sqlite(SqliteApp app) : PortalTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PortalTests_Postgres(PostgresApp app) : PortalTests(app);
