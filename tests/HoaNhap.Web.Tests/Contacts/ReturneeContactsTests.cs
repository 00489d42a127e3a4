using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Contacts;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static HoaNhap.Web.Tests.Reintegration.ReintegrationSetup;

namespace HoaNhap.Web.Tests.Contacts;

/// <summary>
/// The contact log of a returnee after reception (issue 19, part 8): date, way, note and who, through the API and the page linked from
/// the reintegration section; only from the day of reception; another province's officer gets not found.
/// </summary>
public abstract class ReturneeContactsTests(HoaNhapApp app)
{
    DateOnly Today => app.Today;

    static async Task<List<string>> ErrorFieldsAsync(HttpResponseMessage r) =>
        (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();

    [SkippableFact]
    public async Task A_returnees_contacts_after_reception_are_logged_with_the_way_and_who()
    {
        app.EnsureAvailable();
        var caseId = await ReceivedCaseAsync(app, Today.AddDays(-30), Today.AddDays(-35));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var url = $"/api/v1/cases/{caseId}/reintegration/contacts";

        // Before the person reported to the commune there is nothing to log after reception.
        var tooSoon = await officer.PostAsJsonAsync(url, new { on = Iso(Today), way = "Visit" });
        Assert.Equal((HttpStatusCode)422, tooSoon.StatusCode);
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        Assert.Contains("data-testid=\"returnee-not-received\"", await pages.GetStringAsync($"/Contacts/Returnee/{caseId}"));
        Assert.DoesNotContain("data-testid=\"returnee-contact-log\"", await pages.GetStringAsync($"/Cases/Details/{caseId}"));

        var reportedOn = Today.AddDays(-25);
        var report = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/reintegration/report",
            new { reportedOn = Iso(reportedOn), circumstances = "Ở cùng mẹ.", undertaking = true });
        Assert.True(report.IsSuccessStatusCode, await report.Content.ReadAsStringAsync());
        Assert.Contains($"/Contacts/Returnee/{caseId}", await pages.GetStringAsync($"/Cases/Details/{caseId}"));

        // Bad input names its field; a day before reception is refused.
        Assert.Equal(new[] { "on", "way" }, (await ErrorFieldsAsync(await officer.PostAsJsonAsync(url, new { }))).Order().ToArray());
        var before = await officer.PostAsJsonAsync(url, new { on = Iso(reportedOn.AddDays(-1)), way = "Call" });
        Assert.Equal(HttpStatusCode.BadRequest, before.StatusCode);
        Assert.Contains("on", await ErrorFieldsAsync(before));

        var visit = await officer.PostAsJsonAsync(url, new { on = Iso(Today.AddDays(-10)), way = "Visit", note = "Đến nhà: đã có việc làm thời vụ." });
        Assert.True(visit.StatusCode == HttpStatusCode.Created, await visit.Content.ReadAsStringAsync());
        var me = await app.CurrentUserAsync(Roles.CommuneOfficer, Unit.A);
        Assert.Equal("Visit", (await visit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("way").GetString());

        // Through the page: a call today, back on the log with the confirmation.
        var form = $"/Contacts/Returnee/{caseId}";
        var saved = await HoaNhapApp.PostFormAsync(pages, form, form, new() { ["Input.On"] = Display.Date(Today), ["Input.Way"] = "Call", ["Input.Note"] = "Gọi hỏi thăm sức khỏe." });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(form, saved.Headers.Location!.OriginalString);
        var log = await pages.GetStringAsync(form);
        Assert.Equal(2, log.Split("data-testid=\"returnee-contact-row\"").Length - 1);
        Assert.Contains("Gọi điện thoại", log);
        Assert.Contains("Đến nhà, nơi làm việc", log);
        Assert.Contains("Lần tiếp xúc gần nhất: hôm nay.", log);

        var api = await officer.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal(reportedOn, DateOnly.Parse(api.GetProperty("receivedOn").GetString()!));
        var contacts = api.GetProperty("contacts").EnumerateArray().ToList();
        Assert.Equal(["Call", "Visit"], contacts.Select(c => c.GetProperty("way").GetString()));
        Assert.All(contacts, c => Assert.Equal(me.FullName, c.GetProperty("byName").GetString()));
        // They are the case's contacts: the case page's timeline shows them too.
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<Contact>().CountAsync(c => c.CaseId == caseId)));

        // A community-sentence case has no such log; another province's officer finds nothing.
        var (_, sentence) = await Breaches.CaseSetup.ActiveCaseAsync(app, Unit.A, "Phạm Văn Án", SentenceType.SuspendedSentence, Today.AddMonths(-1));
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/v1/cases/{sentence}/reintegration/contacts")).StatusCode);
        Assert.Equal((HttpStatusCode)422, (await officer.PostAsJsonAsync($"/api/v1/cases/{sentence}/reintegration/contacts", new { on = Iso(Today), way = "Call" })).StatusCode);
        var officerB = await app.ApiAsync(Roles.CommuneOfficer, Unit.B);
        Assert.Equal(HttpStatusCode.NotFound, (await officerB.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officerB.PostAsJsonAsync(url, new { on = Iso(Today), way = "Call" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.PagesAsync(Roles.CommuneOfficer, Unit.B)).GetAsync(form)).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReturneeContactsTests_Sqlite(SqliteApp app) : ReturneeContactsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ReturneeContactsTests_Postgres(PostgresApp app) : ReturneeContactsTests(app);
