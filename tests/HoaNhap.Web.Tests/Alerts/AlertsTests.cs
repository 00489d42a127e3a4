using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Alerts;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Features.Worklist;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using HoaNhap.Web.Tests.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.Alerts;

/// <summary>
/// Issue 19, part 3: every sign of violation and every missed check-in, overdue self-report or late return the worklist detects is
/// an alert with a ledger (verify, dispose, follow up), each step due by a rule parameter; an alert past its due day is on the
/// province police's worklist.
/// </summary>
public abstract class AlertsTests(HoaNhapApp app)
{
    DateOnly Today => app.Today;
    static string Iso(DateOnly d) => SupervisionSetup.Iso(d);
    static string Vn(DateOnly d) => d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    static async Task<JsonElement> JsonAsync(HttpResponseMessage r, HttpStatusCode expected)
    {
        var body = await r.Content.ReadAsStringAsync();
        Assert.True(expected == r.StatusCode, $"{(int)r.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    static async Task<List<JsonElement>> AlertsOfAsync(HttpClient client, Guid caseId, string query = "") =>
        (await JsonAsync(await client.GetAsync("/api/v1/alerts" + query), HttpStatusCode.OK)).EnumerateArray()
            .Where(a => a.GetProperty("caseId").GetGuid() == caseId).ToList();

    [SkippableFact]
    public async Task A_sign_raises_an_alert_at_once_and_its_ledger_goes_verify_dispose_follow_up_in_order()
    {
        app.EnsureAvailable();
        var (person, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddMonths(-1).AddDays(-5));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/signs",
            new { kind = "DrugUse", observedOn = Iso(Today), note = "Có biểu hiện lạ, nói không mạch lạc" }), HttpStatusCode.Created);

        var alert = Assert.Single(await AlertsOfAsync(officer, caseId), a => a.GetProperty("kind").GetString() == "ViolationSign");
        var id = alert.GetProperty("id").GetGuid();
        Assert.Equal(person, alert.GetProperty("personId").GetGuid());
        Assert.Equal("Open", alert.GetProperty("status").GetString());
        Assert.Equal(Iso(Today.AddDays(2)), alert.GetProperty("dueOn").GetString());   // Alerts.VerifyDays = 2 (Proposed)

        // Another commune: not there, 404; a supervisor has no alerts (403); a leader reads but does not act.
        var other = await app.ApiAsync(Roles.CommuneOfficer, Unit.B);
        Assert.Empty(await AlertsOfAsync(other, caseId));
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/v1/alerts/{id}/steps", new { step = "Verify", on = Iso(Today), note = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/alerts/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.Supervisor, Unit.A)).GetAsync("/api/v1/alerts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.CommuneLeader, Unit.A)).PostAsJsonAsync($"/api/v1/alerts/{id}/steps",
            new { step = "Verify", on = Iso(Today), note = "x" })).StatusCode);

        // Out of order, bad input: 422/400 naming the field, nothing stored.
        var wrong = await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/alerts/{id}/steps", new { step = "Dispose", on = Iso(Today), note = "Nhắc nhở", action = "Reminder" }),
            HttpStatusCode.UnprocessableEntity);
        Assert.Contains("Xác minh", wrong.GetProperty("errors").GetProperty("step")[0].GetString());
        var bad = await officer.PostAsJsonAsync($"/api/v1/alerts/{id}/steps", new { step = "Verify", on = "31/02/2026", note = "" });
        Assert.True(bad.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity, bad.StatusCode.ToString());
        Assert.Contains("Ngày thực hiện", await bad.Content.ReadAsStringAsync());

        var verified = await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/alerts/{id}/steps",
            new { step = "Verify", on = Iso(Today), note = "Đã gặp gia đình, xác nhận có biểu hiện" }), HttpStatusCode.OK);
        Assert.Equal("Verified", verified.GetProperty("status").GetString());
        Assert.Equal(Iso(Today.AddDays(3)), verified.GetProperty("dueOn").GetString());   // Alerts.DisposeDays = 3
        var noAction = await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/alerts/{id}/steps", new { step = "Dispose", on = Iso(Today), note = "Triệu tập" }),
            HttpStatusCode.BadRequest);
        Assert.True(noAction.GetProperty("errors").TryGetProperty("action", out _));
        var disposed = await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/alerts/{id}/steps",
            new { step = "Dispose", on = Iso(Today), note = "Triệu tập lên làm việc", action = "Summons" }), HttpStatusCode.OK);
        Assert.Equal("Disposed", disposed.GetProperty("status").GetString());
        Assert.Equal(Iso(Today.AddDays(7)), disposed.GetProperty("dueOn").GetString());   // Alerts.FollowUpDays = 7
        var closed = await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/alerts/{id}/steps",
            new { step = "FollowUp", on = Iso(Today), note = "Đã cam kết, không tái diễn" }), HttpStatusCode.OK);
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        Assert.DoesNotContain(await AlertsOfAsync(officer, caseId), a => a.GetProperty("id").GetGuid() == id);   // closed alerts leave the default list
        Assert.Single(await AlertsOfAsync(officer, caseId, "?status=Closed"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officer.PostAsJsonAsync($"/api/v1/alerts/{id}/steps",
            new { step = "FollowUp", on = Iso(Today), note = "x" })).StatusCode);

        var detail = await JsonAsync(await officer.GetAsync($"/api/v1/alerts/{id}"), HttpStatusCode.OK);
        var steps = detail.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["Verify", "Dispose", "FollowUp"], steps.Select(s => s.GetProperty("step").GetString()));
        Assert.Equal("Summons", steps[1].GetProperty("action").GetString());
        Assert.All(steps, s => Assert.True(s.GetProperty("onTime").GetBoolean()));

        // The pages: the ledger, without JavaScript.
        var html = await (await app.PagesAsync(Roles.CommuneOfficer, Unit.A)).GetStringAsync($"/Alerts/{id}");
        Assert.Contains("Triệu tập lên làm việc", html);
        Assert.Contains("data-status=\"Closed\"", html);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.PagesAsync(Roles.CommuneOfficer, Unit.B)).GetAsync($"/Alerts/{id}")).StatusCode);
    }

    [SkippableFact]
    public async Task The_page_form_records_the_next_step()
    {
        app.EnsureAvailable();
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddDays(-20));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/signs",
            new { kind = "Threats", observedOn = Iso(Today), note = "Đe dọa hàng xóm" }), HttpStatusCode.Created);
        var id = Assert.Single(await AlertsOfAsync(officer, caseId)).GetProperty("id").GetGuid();
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        Assert.Contains("data-id=\"" + id + "\"", await pages.GetStringAsync("/Alerts"));
        var posted = await HoaNhapApp.PostFormAsync(pages, $"/Alerts/{id}", $"/Alerts/{id}",
            new() { ["Input.On"] = Vn(Today), ["Input.Note"] = "Đã xác minh với tổ dân phố" });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("Verified", (await JsonAsync(await officer.GetAsync($"/api/v1/alerts/{id}"), HttpStatusCode.OK)).GetProperty("status").GetString());
        var empty = await HoaNhapApp.PostFormAsync(pages, $"/Alerts/{id}", $"/Alerts/{id}", new() { ["Input.On"] = Vn(Today), ["Input.Note"] = "x" });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);   // Dispose without an action: the form again, with the message
        Assert.Contains("Hãy chọn biện pháp xử lý", await empty.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task An_alert_past_its_due_day_is_on_the_province_worklist_and_recording_the_step_clears_it()
    {
        app.EnsureAvailable();
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddDays(-20));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/signs",
            new { kind = "FamilyConflict", observedOn = Iso(Today.AddDays(-5)), note = "Cãi vã lớn" }), HttpStatusCode.Created);
        var alert = Assert.Single(await AlertsOfAsync(officer, caseId), a => a.GetProperty("kind").GetString() == "ViolationSign");
        var id = alert.GetProperty("id").GetGuid();
        Assert.Equal(Iso(Today.AddDays(-3)), alert.GetProperty("dueOn").GetString());

        var province = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        var commune = HoaNhapApp.Units[Unit.A].Commune;
        async Task<bool> EscalatedAsync() => (await JsonAsync(await province.GetAsync($"/api/v1/worklist?commune={commune}"), HttpStatusCode.OK)).EnumerateArray()
            .Any(i => i.GetProperty("kind").GetString() == nameof(WorklistKind.AlertOverdue) && i.GetProperty("caseId").GetGuid() == caseId);
        Assert.True(await EscalatedAsync());
        Assert.Contains(await AlertsOfAsync(province, caseId, "?status=Overdue"), a => a.GetProperty("id").GetGuid() == id);

        var late = await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/alerts/{id}/steps",
            new { step = "Verify", on = Iso(Today), note = "Đã xác minh" }), HttpStatusCode.OK);
        Assert.Equal(Iso(Today.AddDays(3)), late.GetProperty("dueOn").GetString());
        Assert.False(await EscalatedAsync());
        var detail = await JsonAsync(await officer.GetAsync($"/api/v1/alerts/{id}"), HttpStatusCode.OK);
        Assert.False(detail.GetProperty("steps")[0].GetProperty("onTime").GetBoolean());
    }

    [SkippableFact]
    public async Task An_overdue_self_report_the_worklist_detects_raises_one_alert_however_often_it_is_seen()
    {
        app.EnsureAvailable();
        var (person, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddMonths(-2));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        Assert.Empty(await AlertsOfAsync(officer, caseId));

        await app.Services.GetRequiredService<IWorklistRefresh>().RefreshAsync([person], CancellationToken.None);   // as when an event is saved
        await app.Services.GetRequiredService<IWorklistRefresh>().RefreshAsync([person], CancellationToken.None);
        await app.Services.GetRequiredService<WorklistJob>().RunAsync(Today, CancellationToken.None);                // and the nightly run

        var raised = Assert.Single(await AlertsOfAsync(officer, caseId), a => a.GetProperty("kind").GetString() == "SelfReportOverdue");
        Assert.Equal("Open", raised.GetProperty("status").GetString());
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Alert>().CountAsync(a => a.CaseId == caseId && a.Kind == AlertKind.SelfReportOverdue)));
        // Raised in bulk (COPY on PostgreSQL) yet audited like any write: one entry naming the alert, in an intact chain.
        var id = raised.GetProperty("id").GetString();
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == nameof(Alert) && e.EntityId == id && e.Action == HoaNhap.Domain.Audit.AuditActions.Create)));
        var chain = await app.WithDbAsync(db => HoaNhap.Web.Features.AuditLog.AuditVerification.VerifyAsync(db, HoaNhapApp.Units[Unit.A].Province));
        Assert.True(chain.Intact, $"Broken at {chain.FirstBadEntry}: {chain.Reason}");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AlertsTests_Sqlite(SqliteApp app) : AlertsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AlertsTests_Postgres(PostgresApp app) : AlertsTests(app);
