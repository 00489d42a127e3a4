using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Contacts;
using HoaNhap.Domain.Supervision;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Features.Contacts;
using HoaNhap.Web.Features.Worklist;
using HoaNhap.Web.Tests.Infrastructure;
using HoaNhap.Web.Tests.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.Contacts;

/// <summary>
/// Issue 14, parts 9 and 10: the contact timeline of a case, appointments with a week calendar and an .ics file, the
/// worklist item of a missed appointment, the month-end batch check-in, and the printable case file.
/// </summary>
public abstract class ContactsTests(HoaNhapApp app)
{
    DateOnly Today => app.Today;
    static string Iso(DateOnly d) => SupervisionSetup.Iso(d);
    static string Vn(DateOnly d) => d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    async Task<int> CountAsync<T>(Guid caseId) where T : class, ISupervisionRecord
    {
        using var scope = app.Services.CreateScope();
        return await app.NewDbContext(scope).Set<T>().CountAsync(x => x.CaseId == caseId);
    }

    [SkippableFact]
    public async Task The_timeline_shows_contacts_check_ins_and_summons_read_from_where_they_are_kept()
    {
        app.EnsureAvailable();
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddMonths(-2));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/check-ins",
            new { on = Iso(Today.AddDays(-3)), kind = "CheckIn", attended = true, note = "Điểm danh tháng" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/summons",
            new { appointmentOn = Iso(Today.AddDays(2)), place = "Trụ sở Công an xã" })).StatusCode);
        var call = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/contacts",
            new { channel = "Call", on = Iso(Today), at = "09:15", note = "Nhắc lịch làm việc tuần sau" });
        Assert.Equal(HttpStatusCode.Created, call.StatusCode);

        var timeline = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/contacts");
        var sources = timeline.EnumerateArray().Select(e => e.GetProperty("source").GetString()).ToList();
        Assert.Equal(new string?[] { "Contact", "SummonsIssued", "CheckIn" }, sources);
        Assert.Equal("09:15", timeline[0].GetProperty("at").GetString());
        // Read, not copied: one contact row, one check-in row.
        Assert.Equal(1, await CountAsync<Contact>(caseId));
        Assert.Equal(1, await CountAsync<CheckIn>(caseId));

        var html = await (await app.PagesAsync(Roles.CommuneOfficer, Unit.A)).GetStringAsync($"/Cases/Details/{caseId}");
        Assert.Contains("data-testid=\"contacts-section\"", html);
        Assert.Contains("Nhắc lịch làm việc tuần sau", html);
        Assert.Contains("data-source=\"SummonsIssued\"", html);
        Assert.Contains("Điểm danh tháng", html);
        Assert.Contains($"/Contacts/Record/{caseId}", html);

        var bad = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/contacts", new { channel = "Telepathy", on = Iso(Today.AddDays(1)), at = "25:99" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("channel", out _) && errors.TryGetProperty("on", out _) && errors.TryGetProperty("at", out _));
        Assert.Equal(1, await CountAsync<Contact>(caseId));

        // The page form does the same, without JavaScript.
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var posted = await HoaNhapApp.PostFormAsync(pages, $"/Contacts/Record/{caseId}", $"/Contacts/Record/{caseId}",
            new() { ["Input.Channel"] = "Visit", ["Input.On"] = Vn(Today), ["Input.Note"] = "Đến nhà, gặp gia đình" });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(2, await CountAsync<Contact>(caseId));
        var page = await pages.GetStringAsync($"/Contacts/Case/{caseId}");
        Assert.Contains("Đến nhà, gặp gia đình", page);
    }

    [SkippableFact]
    public async Task A_supervisor_records_contacts_and_sees_only_the_appointments_of_their_own_people()
    {
        app.EnsureAvailable();
        var (_, own) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddMonths(-1));
        var (_, notMine) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddMonths(-1), assignSupervisor: false);
        var supervisor = await app.ApiAsync(Roles.Supervisor, Unit.A);
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var day = Today.AddDays(1);

        Assert.Equal(HttpStatusCode.Created, (await supervisor.PostAsJsonAsync($"/api/v1/cases/{own}/contacts",
            new { channel = "Visit", on = Iso(Today), note = "Thăm gia đình" })).StatusCode);
        var mine = await supervisor.PostAsJsonAsync($"/api/v1/cases/{own}/appointments",
            new { channel = "Visit", on = Iso(day), startsAt = "14:00", durationMinutes = 45, place = "Nhà riêng", purpose = "Kiểm tra việc làm" });
        Assert.Equal(HttpStatusCode.Created, mine.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.PostAsJsonAsync($"/api/v1/cases/{notMine}/contacts",
            new { channel = "Call", on = Iso(Today) })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync($"/api/v1/cases/{notMine}/appointments",
            new { channel = "InPerson", on = Iso(day), startsAt = "08:00", durationMinutes = 30, place = "Trụ sở Công an xã", purpose = "Làm việc định kỳ" })).StatusCode);
        var past = await officer.PostAsJsonAsync($"/api/v1/cases/{own}/appointments",
            new { channel = "InPerson", on = Iso(Today.AddDays(-1)), startsAt = "8h", durationMinutes = 0, place = "", purpose = "" });
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        var pastErrors = (await past.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "on", "startsAt", "durationMinutes", "place", "purpose" }) Assert.True(pastErrors.TryGetProperty(field, out _), field);

        var range = $"?from={Iso(day)}&to={Iso(day)}";
        var theirs = (await supervisor.GetFromJsonAsync<JsonElement>("/api/v1/appointments" + range)).EnumerateArray().Select(a => a.GetProperty("caseId").GetGuid()).ToList();
        Assert.Contains(own, theirs);
        Assert.DoesNotContain(notMine, theirs);
        var commune = (await officer.GetFromJsonAsync<JsonElement>("/api/v1/appointments" + range)).EnumerateArray().Select(a => a.GetProperty("caseId").GetGuid()).ToList();
        Assert.Contains(own, commune);
        Assert.Contains(notMine, commune);
        var otherCommune = (await (await app.ApiAsync(Roles.CommuneOfficer, Unit.B)).GetFromJsonAsync<JsonElement>("/api/v1/appointments" + range))
            .EnumerateArray().Select(a => a.GetProperty("caseId").GetGuid()).ToList();
        Assert.DoesNotContain(own, otherCommune);

        // The week page: the supervisor's week shows their appointment, not the other one.
        var week = await (await app.PagesAsync(Roles.Supervisor, Unit.A)).GetStringAsync($"/Contacts/Calendar?week={Iso(day)}");
        Assert.Contains("Kiểm tra việc làm", week);
        Assert.DoesNotContain("Làm việc định kỳ", week);
        var monday = ContactQueries.WeekOf(day);
        Assert.Contains($"/Contacts/Calendar?week={Iso(monday.AddDays(-7))}", week);
        Assert.Contains($"/Contacts/Calendar?week={Iso(monday.AddDays(7))}", week);
    }

    [SkippableFact]
    public async Task The_calendar_downloads_as_an_rfc_5545_file_with_utc_times()
    {
        app.EnsureAvailable();
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddMonths(-1));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var day = Today.AddDays(2);
        var created = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/appointments", new
        {
            channel = "InPerson", on = Iso(day), startsAt = "08:30", durationMinutes = 30, place = "Trụ sở Công an xã, phòng 2",
            purpose = "Làm việc về bản cam kết; nhắc nghĩa vụ, báo cáo định kỳ và việc thay đổi nơi cư trú, nơi làm việc trong thời gian thử thách",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var response = await pages.GetAsync($"/Contacts/Calendar?handler=Ics&week={Iso(day)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", text);
        Assert.EndsWith("END:VCALENDAR\r\n", text);
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
        var lines = text.Split("\r\n");
        Assert.All(lines, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, l));
        var unfolded = text.Replace("\r\n ", "");
        // 08:30 in Vietnam (UTC+7) is 01:30 UTC.
        Assert.Contains($"DTSTART:{day:yyyyMMdd}T013000Z", unfolded);
        Assert.Contains($"DTEND:{day:yyyyMMdd}T020000Z", unfolded);
        Assert.Contains($"UID:{id}@", unfolded);
        Assert.Contains("LOCATION:Trụ sở Công an xã\\, phòng 2", unfolded);
        Assert.Contains("bản cam kết\\; nhắc nghĩa vụ\\,", unfolded);

        var api = await officer.GetAsync($"/api/v1/appointments/calendar.ics?from={Iso(day)}&to={Iso(day)}");
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Contains($"UID:{id}@", (await api.Content.ReadAsStringAsync()).Replace("\r\n ", ""));
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.GetAsync("/api/v1/appointments?from=2026-01-10&to=2026-01-01")).StatusCode);
    }

    [SkippableFact]
    public async Task A_missed_appointment_goes_on_the_worklist_until_a_contact_is_recorded()
    {
        app.EnsureAvailable();
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddMonths(-1).AddDays(-10));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/appointments",
            new { channel = "InPerson", on = Iso(Today), startsAt = "07:30", durationMinutes = 30, place = "Trụ sở Công an xã", purpose = "Làm việc" })).StatusCode);

        async Task<List<JsonElement>> ItemsAsync(HttpClient client)
        {
            await app.Services.GetRequiredService<WorklistJob>().RunAsync(Today, CancellationToken.None);
            return (await client.GetFromJsonAsync<JsonElement>("/api/v1/worklist")).EnumerateArray()
                .Where(i => i.GetProperty("kind").GetString() == nameof(WorklistKind.AppointmentDue) && i.GetProperty("caseId").GetGuid() == caseId).ToList();
        }
        var due = await ItemsAsync(officer);
        Assert.Single(due);
        Assert.Contains("chưa ghi tiếp xúc", due[0].GetProperty("title").GetString());
        Assert.Single(await ItemsAsync(await app.ApiAsync(Roles.Supervisor, Unit.A)));
        var worklistPage = await (await app.PagesAsync(Roles.CommuneOfficer, Unit.A)).GetStringAsync("/Worklist");
        Assert.Contains($"/Contacts/Record/{caseId}", worklistPage);

        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/contacts",
            new { channel = "InPerson", on = Iso(Today), note = "Đã làm việc theo lịch hẹn" })).StatusCode);
        Assert.Empty(await ItemsAsync(officer));
    }

    [SkippableFact]
    public async Task The_month_end_batch_records_everyone_at_once_or_nothing_when_a_row_is_wrong()
    {
        app.EnsureAvailable();
        // Started on the 10th of last month: the monthly check-in falls due in this month.
        var start = new DateOnly(Today.Year, Today.Month, 10).AddMonths(-1);
        var (_, first) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, start);
        var (_, second) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, start);
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var list = await pages.GetStringAsync("/Contacts/BatchCheckIn");
        Assert.Contains($"data-case=\"{first}\"", list);
        Assert.Contains($"data-case=\"{second}\"", list);

        // One wrong row: the page shows the error naming the person and saves nobody.
        var wrong = await HoaNhapApp.PostFormAsync(pages, "/Contacts/BatchCheckIn", "/Contacts/BatchCheckIn", new()
        {
            ["Input.Month"] = BatchCheckIn.MonthKey(Today),
            ["Input.Rows[0].CaseId"] = first.ToString(), ["Input.Rows[0].Attended"] = "true", ["Input.Rows[0].On"] = Vn(Today),
            ["Input.Rows[1].CaseId"] = second.ToString(), ["Input.Rows[1].Attended"] = "false", ["Input.Rows[1].On"] = "31/02/2026",
        });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var wrongHtml = WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync());
        Assert.Contains("ngày điểm danh phải có dạng ngày/tháng/năm", wrongHtml);
        Assert.Contains("data-testid=\"error-summary\"", wrongHtml);
        Assert.Equal(0, await CountAsync<CheckIn>(first));
        Assert.Equal(0, await CountAsync<CheckIn>(second));

        var ok = await HoaNhapApp.PostFormAsync(pages, "/Contacts/BatchCheckIn", "/Contacts/BatchCheckIn", new()
        {
            ["Input.Month"] = BatchCheckIn.MonthKey(Today),
            ["Input.Rows[0].CaseId"] = first.ToString(), ["Input.Rows[0].Attended"] = "true", ["Input.Rows[0].On"] = Vn(Today),
            ["Input.Rows[1].CaseId"] = second.ToString(), ["Input.Rows[1].Attended"] = "false", ["Input.Rows[1].On"] = Vn(Today), ["Input.Rows[1].Note"] = "Ốm, có giấy",
        });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(1, await CountAsync<CheckIn>(first));
        Assert.Equal(1, await CountAsync<CheckIn>(second));
        var after = await pages.GetStringAsync("/Contacts/BatchCheckIn");
        Assert.Contains($"data-case=\"{first}\" data-recorded=\"true\"", after);

        // The API answers each row; a missing answer or a row outside the list names the row, and nothing is stored.
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var due = await officer.GetFromJsonAsync<JsonElement>("/api/v1/check-ins/due");
        Assert.Contains(due.EnumerateArray(), d => d.GetProperty("caseId").GetGuid() == first && d.GetProperty("recorded").GetBoolean());
        var refused = await officer.PostAsJsonAsync("/api/v1/check-ins/batch", new
        {
            rows = new object[] { new { caseId = second, on = Iso(Today) }, new { caseId = Guid.NewGuid(), attended = true, on = Iso(Today) } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("rows[0].attended", out _));
        Assert.True(errors.TryGetProperty("rows[1].caseId", out _));
        Assert.Equal(1, await CountAsync<CheckIn>(second));
        var saved = await officer.PostAsJsonAsync("/api/v1/check-ins/batch", new { rows = new[] { new { caseId = second, attended = true, on = Iso(Today), note = "Đã có mặt" } } });
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        Assert.Equal(2, await CountAsync<CheckIn>(second));
    }

    [SkippableFact]
    public async Task The_printable_case_file_has_every_part_without_the_menu_and_downloads_as_docx_audited()
    {
        app.EnsureAvailable();
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddMonths(-1));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/contacts",
            new { channel = "Call", on = Iso(Today), note = "Gọi nhắc nộp bản tự nhận xét" })).StatusCode);
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var details = await pages.GetStringAsync($"/Cases/Details/{caseId}");
        Assert.Contains($"href=\"/Cases/Print/{caseId}\"", details);

        var html = await pages.GetStringAsync($"/Cases/Print/{caseId}");
        foreach (var part in new[] { "print-person", "print-judgment", "print-deadlines", "print-contacts", "print-breaches", "print-files" })
            Assert.Contains($"data-testid=\"{part}\"", html);
        Assert.Contains("Gọi nhắc nộp bản tự nhận xét", html);
        Assert.Contains("/css/print.css", html);
        Assert.DoesNotContain("main-nav", html);
        var css = await pages.GetStringAsync("/css/print.css");
        Assert.Contains("size: A4", css);
        Assert.Contains("break-before: page", css);

        var docx = await pages.GetAsync($"/Cases/Print/{caseId}?handler=Docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal(AdministrativeDocument.ContentType, docx.Content.Headers.ContentType!.MediaType);
        var text = string.Join("\n", AdministrativeDocument.Text(await docx.Content.ReadAsByteArrayAsync()));
        Assert.Contains("HỒ SƠ THI HÀNH ÁN", text);
        Assert.Contains("IV. TIẾP XÚC, ĐIỂM DANH VÀ LỊCH HẸN", text);
        Assert.Contains("Gọi nhắc nộp bản tự nhận xét", text);
        Assert.Contains("VI. DANH MỤC TÀI LIỆU TRONG HỒ SƠ", text);

        using var scope = app.Services.CreateScope();
        var audit = await app.NewDbContext(scope).AuditEntries.AsNoTracking()
            .Where(a => a.EntityId == caseId.ToString() && a.Action == "View").Select(a => a.Details).ToListAsync();
        // Written by the personal-data audit (the page declares it reads a case): one entry per view and per download.
        Assert.Contains(audit, d => d != null && d.Contains($"/Cases/Print/{caseId}\"", StringComparison.Ordinal));
        Assert.Contains(audit, d => d != null && d.Contains($"/Cases/Print/{caseId}?handler=Docx", StringComparison.Ordinal));

        var otherCommune = await app.PagesAsync(Roles.CommuneOfficer, Unit.B);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCommune.GetAsync($"/Cases/Print/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCommune.GetAsync($"/Cases/Print/{caseId}?handler=Docx")).StatusCode);
    }

    [SkippableFact]
    public async Task The_openapi_document_describes_the_contacts_endpoints()
    {
        app.EnsureAvailable();
        var doc = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        foreach (var (path, method) in new[] { ("/api/v1/cases/{id}/contacts", "get"), ("/api/v1/cases/{id}/contacts", "post"),
            ("/api/v1/cases/{id}/appointments", "post"), ("/api/v1/appointments", "get"), ("/api/v1/appointments/calendar.ics", "get"),
            ("/api/v1/check-ins/due", "get"), ("/api/v1/check-ins/batch", "post") })
            Assert.True(paths.TryGetProperty(path, out var item) && item.TryGetProperty(method, out _), $"The OpenAPI document has no {method} {path}.");
    }
}

/// <summary>The iCalendar writer on its own: escaping and folding as RFC 5545 says.</summary>
public sealed class ICalendarTests
{
    [Fact]
    public void Text_is_escaped_and_long_lines_fold_at_75_octets_without_splitting_a_character()
    {
        Assert.Equal("a\\;b\\,c\\\\d\\ne", ICalendar.Escape("a;b,c\\d\ne"));
        var line = "SUMMARY:" + string.Concat(Enumerable.Repeat("Triệu tập người chấp hành án ", 8));
        var folded = ICalendar.Fold(line);
        var parts = folded.Split("\r\n");
        Assert.True(parts.Length > 1);
        Assert.All(parts, p => Assert.True(Encoding.UTF8.GetByteCount(p) <= 75));
        Assert.All(parts.Skip(1), p => Assert.StartsWith(" ", p));
        Assert.Equal(line, folded.Replace("\r\n ", ""));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ContactsTests_Sqlite(SqliteApp app) : ContactsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ContactsTests_Postgres(PostgresApp app) : ContactsTests(app);
