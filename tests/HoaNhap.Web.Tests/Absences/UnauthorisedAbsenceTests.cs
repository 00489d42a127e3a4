using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Alerts;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Features.Worklist;
using HoaNhap.Web.Tests.Infrastructure;
using HoaNhap.Web.Tests.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.Absences;

/// <summary>
/// Issue 19, part 3: the officer records that a person is away without permission, and the alert <c>UnauthorisedAbsence</c> is raised
/// in the same request; a return recorded after its due day raises the overrun alert at once, and the nightly run adds no second one.
/// </summary>
public abstract class UnauthorisedAbsenceTests(HoaNhapApp app)
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

    static async Task<List<JsonElement>> AlertsOfAsync(HttpClient client, Guid caseId) =>
        (await JsonAsync(await client.GetAsync("/api/v1/alerts?status=All"), HttpStatusCode.OK)).EnumerateArray()
            .Where(a => a.GetProperty("caseId").GetGuid() == caseId).ToList();

    [SkippableFact]
    public async Task Recording_an_unauthorised_absence_raises_its_alert_at_once_and_another_commune_gets_not_found()
    {
        app.EnsureAvailable();
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddDays(-20));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var url = $"/api/v1/cases/{caseId}/unauthorised-absences";

        var bad = await JsonAsync(await officer.PostAsJsonAsync(url, new { noticedOn = "31/02/2026", note = "" }), HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("noticedOn", out _));
        Assert.True(bad.GetProperty("errors").TryGetProperty("note", out _));
        Assert.Empty(await AlertsOfAsync(officer, caseId));

        var recorded = await JsonAsync(await officer.PostAsJsonAsync(url,
            new { noticedOn = Iso(Today), note = "Tổ trưởng tổ dân phố báo đi khỏi địa phương 3 ngày, không xin phép" }), HttpStatusCode.Created);
        var alertId = recorded.GetProperty("alertId").GetGuid();
        var alert = Assert.Single(await AlertsOfAsync(officer, caseId));
        Assert.Equal(alertId, alert.GetProperty("id").GetGuid());
        Assert.Equal(nameof(AlertKind.UnauthorisedAbsence), alert.GetProperty("kind").GetString());
        Assert.Equal("Open", alert.GetProperty("status").GetString());
        Assert.Equal(Iso(Today.AddDays(2)), alert.GetProperty("dueOn").GetString());   // Alerts.VerifyDays = 2

        // Another commune does not find the case; the commune leader reads but does not record.
        var other = await app.ApiAsync(Roles.CommuneOfficer, Unit.B);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync(url, new { noticedOn = Iso(Today), note = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.CommuneLeader, Unit.A)).PostAsJsonAsync(url, new { noticedOn = Iso(Today), note = "x" })).StatusCode);

        var id = recorded.GetProperty("id").GetGuid();
        var back = await JsonAsync(await officer.PostAsJsonAsync($"{url}/{id}/back", new { backOn = Iso(Today) }), HttpStatusCode.OK);
        Assert.Equal(Iso(Today), back.GetProperty("backOn").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await officer.PostAsJsonAsync($"{url}/{id}/back", new { backOn = Iso(Today) })).StatusCode);
        var list = await JsonAsync(await officer.GetAsync(url), HttpStatusCode.OK);
        Assert.Equal(alertId, Assert.Single(list.EnumerateArray()).GetProperty("alertId").GetGuid());

        // The page, without JavaScript: the list and the form; another commune gets 404.
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        Assert.Contains("Tổ trưởng tổ dân phố báo đi khỏi địa phương", await pages.GetStringAsync($"/Absences/Unauthorised/{caseId}"));
        var posted = await HoaNhapApp.PostFormAsync(pages, $"/Absences/Unauthorised/{caseId}", $"/Absences/Unauthorised/{caseId}",
            new() { ["Input.NoticedOn"] = Vn(Today), ["Input.Note"] = "Không có mặt tại nhà khi cán bộ đến kiểm tra" });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(2, (await AlertsOfAsync(officer, caseId)).Count(a => a.GetProperty("kind").GetString() == nameof(AlertKind.UnauthorisedAbsence)));
        var empty = await HoaNhapApp.PostFormAsync(pages, $"/Absences/Unauthorised/{caseId}", $"/Absences/Unauthorised/{caseId}",
            new() { ["Input.NoticedOn"] = Vn(Today), ["Input.Note"] = "" });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Nội dung không được để trống", await empty.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.PagesAsync(Roles.CommuneOfficer, Unit.B)).GetAsync($"/Absences/Unauthorised/{caseId}")).StatusCode);
    }

    [SkippableFact]
    public async Task A_day_covered_by_an_approved_absence_is_not_unauthorised()
    {
        app.EnsureAvailable();
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.NonCustodialReform, Today.AddDays(-20));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var request = await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/absence-requests", new
        {
            requestedOn = Iso(Today.AddDays(-10)), from = Iso(Today.AddDays(-2)), to = Iso(Today.AddDays(3)), destination = "Hà Nội", reason = "Thăm con", medicalTreatment = false,
        }), HttpStatusCode.Created);
        await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/absence-requests/{request.GetProperty("id").GetGuid()}/decision",
            new { approved = true, decidedOn = Iso(Today.AddDays(-8)) }), HttpStatusCode.OK);
        var refused = await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/unauthorised-absences",
            new { noticedOn = Iso(Today), note = "Không có ở nhà" }), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("có phép", refused.GetProperty("errors").GetProperty("noticedOn")[0].GetString());
        Assert.Empty(await AlertsOfAsync(officer, caseId));
    }

    [SkippableFact]
    public async Task A_return_recorded_after_its_due_day_raises_the_overrun_alert_at_once_and_only_once()
    {
        app.EnsureAvailable();
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddDays(-20));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var request = await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/absence-requests", new
        {
            requestedOn = Iso(Today), from = Iso(Today.AddDays(2)), to = Iso(Today.AddDays(5)), destination = "Đà Nẵng", reason = "Đám cưới em trai", medicalTreatment = false,
        }), HttpStatusCode.Created);
        var id = request.GetProperty("id").GetGuid();
        var approved = await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/absence-requests/{id}/decision",
            new { approved = true, decidedOn = Iso(Today) }), HttpStatusCode.OK);
        var due = DateOnly.Parse(approved.GetProperty("returnDueOn").GetString()!);
        Assert.DoesNotContain(await AlertsOfAsync(officer, caseId), a => a.GetProperty("kind").GetString() == nameof(AlertKind.AbsenceOverrun));

        // No nightly run between: the late return is recorded five days after its due day.
        var back = due.AddDays(5);
        using (app.MoveClockTo(back))
        {
            var api = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
            var returned = await JsonAsync(await api.PostAsJsonAsync($"/api/v1/cases/{caseId}/absence-requests/{id}/return", new { returnedOn = Iso(back) }),
                HttpStatusCode.OK);
            Assert.True(returned.GetProperty("returnLate").GetBoolean());
            var alert = Assert.Single(await AlertsOfAsync(api, caseId), a => a.GetProperty("kind").GetString() == nameof(AlertKind.AbsenceOverrun));
            Assert.Equal(Iso(back.AddDays(2)), alert.GetProperty("dueOn").GetString());
            await app.Services.GetRequiredService<WorklistJob>().RunAsync(back, CancellationToken.None);
            Assert.Equal(1, await app.WithDbAsync(db => db.Set<Alert>().CountAsync(a => a.CaseId == caseId && a.Kind == AlertKind.AbsenceOverrun)));
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class UnauthorisedAbsenceTests_Sqlite(SqliteApp app) : UnauthorisedAbsenceTests(app);

[Collection(PostgresCollection.Name)]
public sealed class UnauthorisedAbsenceTests_Postgres(PostgresApp app) : UnauthorisedAbsenceTests(app);
