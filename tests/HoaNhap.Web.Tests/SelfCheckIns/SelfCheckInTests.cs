using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.SelfCheckIns;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Features.SelfCheckIns;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static HoaNhap.Web.Tests.Breaches.CaseSetup;

namespace HoaNhap.Web.Tests.SelfCheckIns;

/// <summary>
/// Scheduled self check-in (issue 18 part 4): the commune police set a window for a case, the person checks in from the portal with a
/// photo inside it (outside → 422, twice → the first), the location kept only with consent, the officer accepts or queries and the
/// person reads it, the photo only for staff of the commune, and a window that closes without a check-in on the worklist.
/// </summary>
public abstract class SelfCheckInTests(HoaNhapApp app)
{
    static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    /// <summary>A tiny JPEG's first bytes: the server recognises the type from them.</summary>
    static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xD9];

    /// <summary>Today at <paramref name="hour"/>:<paramref name="minute"/> Vietnam time, by the application's clock.</summary>
    DateTimeOffset TodayAt(int hour, int minute = 0) => new(app.Today.ToDateTime(new TimeOnly(hour, minute)), Vietnam);

    static int IsoDay(DateOnly d) => ((int)d.DayOfWeek + 6) % 7 + 1;

    async Task<(Guid Person, Guid Case, string IdNumber)> PersonAsync(string name, Unit unit = Unit.A)
    {
        var (person, caseId) = await ActiveCaseAsync(app, unit, name, SentenceType.SuspendedSentence, app.Today.AddMonths(-3), assignSupervisor: false);
        return (person, caseId, await PortalSessions.ActivateAsync(app, unit, person));
    }

    async Task ScheduleAsync(Guid caseId, string from, string to, DateOnly? startOn = null, Unit unit = Unit.A)
    {
        var officer = await app.ApiAsync(Roles.CommuneOfficer, unit);
        var start = startOn ?? app.Today;
        var put = await officer.PutAsJsonAsync($"/api/v1/cases/{caseId}/self-check-in", new
        {
            repeat = "Weekdays", weekdays = new[] { IsoDay(app.Today) }, windowStart = from, windowEnd = to, startOn = Iso(start),
            reason = "Đi làm xa nhà trong tuần; gặp trực tiếp theo kế hoạch giám sát vẫn giữ.",
        });
        Assert.True(put.StatusCode == HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
    }

    static MultipartFormDataContent CheckIn(byte[]? photo = null, bool consent = false, string? lat = null, string? lon = null, string type = "image/jpeg")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(photo ?? Jpeg);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        form.Add(file, "photo", "anh.jpg");
        form.Add(new StringContent(consent ? "true" : "false"), "locationConsent");
        if (lat is not null) form.Add(new StringContent(lat), "latitude");
        if (lon is not null) form.Add(new StringContent(lon), "longitude");
        return form;
    }

    [SkippableFact]
    public async Task Inside_the_window_a_check_in_is_stored_once_and_outside_it_is_refused()
    {
        app.EnsureAvailable();
        using var _ = app.MoveClockTo(TodayAt(9));
        var (_, caseId, idNumber) = await PersonAsync("Nguyễn Văn Điểm");
        var me = await PortalSessions.ApiAsync(app, idNumber);
        // No schedule yet: nothing to check in to.
        Assert.Equal((HttpStatusCode)422, (await me.PostAsync("/api/v1/me/check-ins", CheckIn())).StatusCode);

        await ScheduleAsync(caseId, "07:00", "11:00");
        var mine = await me.GetFromJsonAsync<JsonElement>("/api/v1/me/check-ins");
        Assert.True(mine.GetProperty("openNow").GetBoolean());
        Assert.Contains((await me.GetFromJsonAsync<JsonElement>("/api/v1/me/dates")).EnumerateArray(), d => d.GetProperty("kind").GetString() == "SelfCheckIn");

        // Not a picture: refused beside the photo, nothing stored.
        var text = await me.PostAsync("/api/v1/me/check-ins", CheckIn("xin chào"u8.ToArray(), type: "image/jpeg"));
        Assert.Equal(HttpStatusCode.BadRequest, text.StatusCode);
        Assert.Contains("JPEG, PNG hoặc WebP", await text.Content.ReadAsStringAsync());

        // Without consent, a location sent anyway is not kept.
        var first = await me.PostAsync("/api/v1/me/check-ins", CheckIn(lat: "21.028511", lon: "105.804817"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var body = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Pending", body.GetProperty("review").GetString());
        var again = await me.PostAsync("/api/v1/me/check-ins", CheckIn());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(body.GetProperty("id").GetGuid(), (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        var stored = Assert.Single(await app.WithDbAsync(db => db.Set<SelfCheckIn>().AsNoTracking().Where(x => x.CaseId == caseId).ToListAsync()));
        Assert.False(stored.LocationConsent);
        Assert.Null(stored.Latitude);
        Assert.Null(stored.Longitude);
        Assert.Equal(Jpeg, await app.WithDbAsync(db => db.Set<SelfCheckInPhoto>().Where(p => p.SelfCheckInId == stored.Id).Select(p => p.Content).SingleAsync()));

        // A window later in the day: not open now, 422 with a message in Vietnamese.
        var (_, otherCase, otherId) = await PersonAsync("Trần Thị Ngoài Giờ");
        await ScheduleAsync(otherCase, "13:00", "15:00");
        var other = await PortalSessions.ApiAsync(app, otherId);
        var outside = await other.PostAsync("/api/v1/me/check-ins", CheckIn());
        Assert.Equal((HttpStatusCode)422, outside.StatusCode);
        Assert.Contains("khung giờ", await outside.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<SelfCheckIn>().CountAsync(x => x.CaseId == otherCase)));
        var next = (await other.GetFromJsonAsync<JsonElement>("/api/v1/me/check-ins")).GetProperty("nextWindow");
        Assert.Equal(TodayAt(13), next.GetProperty("opens").GetDateTimeOffset());

        // The person reaches no case's API, their own or another's.
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/cases/{caseId}/self-check-ins")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/cases/{caseId}/self-check-ins/{stored.Id}/photo")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await me.GetAsync($"/api/v1/cases/{caseId}/self-check-ins")).StatusCode);
    }

    [SkippableFact]
    public async Task The_location_is_kept_only_with_consent_and_the_page_sends_a_photo()
    {
        app.EnsureAvailable();
        using var _ = app.MoveClockTo(TodayAt(8, 30));
        var (_, caseId, idNumber) = await PersonAsync("Lê Văn Đồng Ý");
        await ScheduleAsync(caseId, "08:00", "10:00");
        var pages = await PortalSessions.PagesAsync(app, idNumber);
        var page = WebUtility.HtmlDecode(await pages.GetStringAsync("/Cong-dan/Tu-diem-danh"));
        Assert.Contains("accept=\"image/*\"", page);
        Assert.Contains("capture=\"user\"", page);
        Assert.Contains("Điều 87 và Điều 99", page);
        var consentBox = System.Text.RegularExpressions.Regex.Match(page, "<input[^>]*name=\"Input.LocationConsent\"[^>]*type=\"checkbox\"[^>]*>|<input[^>]*type=\"checkbox\"[^>]*name=\"Input.LocationConsent\"[^>]*>");
        Assert.True(consentBox.Success);
        Assert.DoesNotContain("checked", consentBox.Value);
        Assert.Contains("Tự điểm danh", WebUtility.HtmlDecode(await pages.GetStringAsync("/Cong-dan")));

        // The form, as a phone without JavaScript sends it, with the box ticked and the point filled.
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Jpeg);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "Photo", "selfie.jpg");
        form.Add(new StringContent("true"), "Input.LocationConsent");
        form.Add(new StringContent("21.0285114"), "Input.Latitude");
        form.Add(new StringContent("105.8048170"), "Input.Longitude");
        form.Add(new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken");
        var sent = await pages.PostAsync("/Cong-dan/Tu-diem-danh", form);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("Đã nhận lượt tự điểm danh", WebUtility.HtmlDecode(await pages.GetStringAsync("/Cong-dan/Tu-diem-danh")));
        var stored = Assert.Single(await app.WithDbAsync(db => db.Set<SelfCheckIn>().AsNoTracking().Where(x => x.CaseId == caseId).ToListAsync()));
        Assert.True(stored.LocationConsent);
        Assert.Equal(21.028511, stored.Latitude!.Value, 6);
        Assert.Equal(105.804817, stored.Longitude!.Value, 6);
    }

    [SkippableFact]
    public async Task The_officer_reviews_the_check_in_the_person_reads_it_and_only_the_commune_sees_the_photo()
    {
        app.EnsureAvailable();
        using var _ = app.MoveClockTo(TodayAt(16));
        var (person, caseId, idNumber) = await PersonAsync("Phạm Thị Xét Duyệt");
        await ScheduleAsync(caseId, "15:30", "17:30");
        var me = await PortalSessions.ApiAsync(app, idNumber);
        var id = (await (await me.PostAsync("/api/v1/me/check-ins", CheckIn())).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var list = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/self-check-ins");
        Assert.Equal(id, Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Contains("Điều 87", WebUtility.HtmlDecode(await (await app.PagesAsync(Roles.CommuneOfficer, Unit.A)).GetStringAsync($"/Cases/Details/{caseId}")));

        // The photo: the commune's staff see it, each view audited; another commune 404, a province officer 403.
        var photo = await officer.GetAsync($"/api/v1/cases/{caseId}/self-check-ins/{id}/photo");
        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
        Assert.Equal("image/jpeg", photo.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Jpeg, await photo.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, (await (await app.PagesAsync(Roles.CommuneOfficer, Unit.A)).GetAsync($"/SelfCheckIns/Photo/{caseId}/{id}")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.PersonId == person && a.Action == AuditActions.View
            && a.EntityType == nameof(SelfCheckInPhoto) && a.EntityId == id.ToString())) >= 2);
        Assert.Equal(HttpStatusCode.OK, (await (await app.ApiAsync(Roles.CommuneLeader, Unit.A)).GetAsync($"/api/v1/cases/{caseId}/self-check-ins/{id}/photo")).StatusCode);
        var otherCommune = await app.ApiAsync(Roles.CommuneOfficer, Unit.B);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCommune.GetAsync($"/api/v1/cases/{caseId}/self-check-ins/{id}/photo")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCommune.GetAsync($"/api/v1/cases/{caseId}/self-check-ins")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.PagesAsync(Roles.CommuneOfficer, Unit.B)).GetAsync($"/SelfCheckIns/Photo/{caseId}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.ProvinceOfficer, Unit.A)).GetAsync($"/api/v1/cases/{caseId}/self-check-ins/{id}/photo")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCommune.PostAsJsonAsync($"/api/v1/cases/{caseId}/self-check-ins/{id}/review", new { decision = "Accepted" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.CommuneLeader, Unit.A)).PostAsJsonAsync($"/api/v1/cases/{caseId}/self-check-ins/{id}/review", new { decision = "Accepted" })).StatusCode);

        // A query must say what to make clear; the person reads it in the portal.
        var bare = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/self-check-ins/{id}/review", new { decision = "Queried" });
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Contains("note", await bare.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/self-check-ins/{id}/review",
            new { decision = "Queried", note = "Ảnh bị tối, không nhìn rõ mặt; hãy đến Công an xã trong tuần này." })).StatusCode);
        var mine = Assert.Single((await me.GetFromJsonAsync<JsonElement>("/api/v1/me/check-ins")).GetProperty("items").EnumerateArray());
        Assert.Equal("Queried", mine.GetProperty("review").GetString());
        Assert.Contains("Ảnh bị tối", mine.GetProperty("reviewNote").GetString());
        Assert.Equal(JsonValueKind.Null, mine.GetProperty("photoUrl").ValueKind);
        var pages = await PortalSessions.PagesAsync(app, idNumber);
        Assert.Contains("Ảnh bị tối", WebUtility.HtmlDecode(await pages.GetStringAsync("/Cong-dan")));

        // Accepted on the page: the portal says so.
        var officerPages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var accepted = await HoaNhapApp.PostFormAsync(officerPages, $"/SelfCheckIns/Review/{caseId}/{id}", $"/SelfCheckIns/Review/{caseId}/{id}",
            new() { ["Input.Decision"] = "Accepted", ["Input.Note"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Contains(SelfCheckInText.Review(SelfCheckInReview.Accepted), WebUtility.HtmlDecode(await pages.GetStringAsync("/Cong-dan/Tu-diem-danh")));
        Assert.Contains(await app.WithDbAsync(db => db.AuditEntries.Where(a => a.PersonId == person && a.EntityType == nameof(SelfCheckIn)).Select(a => a.Action).ToListAsync()),
            a => a == AuditActions.Update);
    }

    [SkippableFact]
    public async Task A_window_that_closes_without_a_check_in_goes_on_the_worklist_then()
    {
        app.EnsureAvailable();
        var (person, caseId, _) = await PersonAsync("Hoàng Văn Bỏ Lỡ");
        using (app.MoveClockTo(TodayAt(7, 30)))
        {
            await ScheduleAsync(caseId, "07:00", "08:00");
            Assert.False(await MissedAsync(caseId));
        }
        using (app.MoveClockTo(TodayAt(9)))
        {
            // Nothing has been saved about the person since: the job that looks at closing windows puts it there.
            Assert.False(await MissedAsync(caseId));
            using (var scope = app.Services.CreateScope())
                Assert.Contains(person, await SelfCheckInWindowJob.SweepAsync(scope.ServiceProvider, TodayAt(7, 30), TodayAt(9), CancellationToken.None));
            var item = await app.WithDbAsync(db => db.Set<WorklistItem>().AsNoTracking().SingleAsync(i => i.CaseId == caseId && i.Kind == WorklistKind.SelfCheckInMissed));
            Assert.Equal(app.Today, item.DueOn);
            Assert.Null(item.SupervisorUserId);
            Assert.Contains("07:00–08:00", item.Title);
            Assert.Contains("Bỏ Lỡ", WebUtility.HtmlDecode(await (await app.PagesAsync(Roles.CommuneOfficer, Unit.A)).GetStringAsync("/Worklist")));
            // The nightly reconcile finds the same.
            using (var scope = app.Services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<HoaNhap.Data.HoaNhapDbContext>();
                var source = scope.ServiceProvider.GetServices<HoaNhap.Web.Shared.IWorklistSource>().OfType<SelfCheckInWorklistSource>().Single();
                Assert.Contains(await source.CollectEverywhereAsync(db, app.Today), i => i.CaseId == caseId && i.Kind == WorklistKind.SelfCheckInMissed);
            }
            // The officer follows it up (a call): the item goes at once.
            var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
            Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/check-ins",
                new { on = Iso(app.Today), kind = "Contact", attended = true, note = "Gọi điện nhắc tự điểm danh" })).StatusCode);
            Assert.False(await MissedAsync(caseId));
        }
    }

    Task<bool> MissedAsync(Guid caseId) =>
        app.WithDbAsync(db => db.Set<WorklistItem>().AnyAsync(i => i.CaseId == caseId && i.Kind == WorklistKind.SelfCheckInMissed));

    [SkippableFact]
    public async Task The_schedule_form_checks_its_fields_and_only_the_commune_police_set_it()
    {
        app.EnsureAvailable();
        var (_, caseId) = await ActiveCaseAsync(app, Unit.A, "Đỗ Thị Lịch", SentenceType.NonCustodialReform, app.Today.AddMonths(-2), assignSupervisor: false);
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var bad = await officer.PutAsJsonAsync($"/api/v1/cases/{caseId}/self-check-in", new { repeat = "Weekdays", weekdays = Array.Empty<int>(), windowStart = "11:00", windowEnd = "07:00", startOn = "31/02/2026" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "weekdays", "windowEnd", "startOn", "reason" }) Assert.True(errors.TryGetProperty(field, out var _), field);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.CommuneLeader, Unit.A)).PutAsJsonAsync($"/api/v1/cases/{caseId}/self-check-in",
            new { repeat = "EveryDays", everyDays = 3, windowStart = "07:00", windowEnd = "09:00", startOn = Iso(app.Today), reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(Roles.CommuneOfficer, Unit.B)).PutAsJsonAsync($"/api/v1/cases/{caseId}/self-check-in",
            new { repeat = "EveryDays", everyDays = 3, windowStart = "07:00", windowEnd = "09:00", startOn = Iso(app.Today), reason = "x" })).StatusCode);

        // The page saves every third day, and says it does not replace the in-person contacts.
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        Assert.Contains("không thay thế", WebUtility.HtmlDecode(await pages.GetStringAsync($"/SelfCheckIns/Schedule/{caseId}")));
        var saved = await HoaNhapApp.PostFormAsync(pages, $"/SelfCheckIns/Schedule/{caseId}", $"/SelfCheckIns/Schedule/{caseId}", new()
        {
            ["Input.Repeat"] = "EveryDays", ["Input.EveryDays"] = "3", ["Input.WindowStart"] = "18:00", ["Input.WindowEnd"] = "20:30",
            ["Input.StartOn"] = HoaNhap.Web.Shared.Display.Date(app.Today), ["Input.Reason"] = "Làm ca ngày ở khu công nghiệp", ["Input.Version"] = "0",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var schedule = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/self-check-ins");
        Assert.Equal(3, schedule.GetProperty("schedule").GetProperty("everyDays").GetInt32());
        Assert.Contains("3 ngày một lần", schedule.GetProperty("schedule").GetProperty("description").GetString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SelfCheckInTests_Sqlite(SqliteApp app) : SelfCheckInTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SelfCheckInTests_Postgres(PostgresApp app) : SelfCheckInTests(app);
