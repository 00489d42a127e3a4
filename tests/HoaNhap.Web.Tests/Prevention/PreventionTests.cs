using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Prevention;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Tests.Infrastructure;
using HoaNhap.Web.Tests.Supervision;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Tests.Prevention;

/// <summary>
/// Issue 19, parts 1 and 2: signs of violation recorded by the commune police or the person's supervisor, and the supervision
/// grade that tightens at once when an event meets a criterion (with its reason and a worklist item), loosens only by the
/// commune officer's decision after the minimum time, and sets the contact cadence.
/// </summary>
public abstract class PreventionTests(HoaNhapApp app)
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

    static async Task<List<(string Kind, Guid? Case)>> WorklistAsync(HttpClient client) =>
        (await JsonAsync(await client.GetAsync("/api/v1/worklist"), HttpStatusCode.OK)).EnumerateArray()
            .Select(i => (i.GetProperty("kind").GetString()!, i.GetProperty("caseId").ValueKind == JsonValueKind.Null ? (Guid?)null : i.GetProperty("caseId").GetGuid()))
            .ToList();

    Task<int> SignCountAsync(Guid caseId) => app.WithDbAsync(db => db.Set<ViolationSign>().CountAsync(s => s.CaseId == caseId));

    [SkippableFact]
    public async Task A_second_sign_tightens_the_grade_at_once_with_its_reason_and_a_worklist_item()
    {
        app.EnsureAvailable();
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddMonths(-2));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);

        var grade = await JsonAsync(await officer.GetAsync($"/api/v1/cases/{caseId}/grade"), HttpStatusCode.OK);
        Assert.Equal("Normal", grade.GetProperty("grade").GetString());
        Assert.Equal(30, grade.GetProperty("cadence").GetProperty("contactIntervalDays").GetInt32());
        Assert.Equal("Proposed", grade.GetProperty("parametersStatus").GetString());
        Assert.Equal(Iso(Today.AddMonths(-2).AddDays(30)), grade.GetProperty("cadence").GetProperty("nextContactDue").GetString());   // none yet: 30 days from the start

        var first = await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/signs",
            new { kind = "FamilyConflict", observedOn = Iso(Today.AddDays(-3)), note = "Hàng xóm báo có cãi vã lớn trong gia đình" }), HttpStatusCode.Created);
        Assert.Equal("FamilyConflict", first.GetProperty("sign").GetProperty("kind").GetString());
        Assert.Equal("Normal", first.GetProperty("grade").GetProperty("grade").GetString());
        Assert.Contains(first.GetProperty("grade").GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains("1 dấu hiệu vi phạm"));
        Assert.DoesNotContain((nameof(WorklistKind.GradeTightened), (Guid?)caseId), await WorklistAsync(officer));

        // The person's own supervisor sees the second sign first.
        var supervisor = await app.ApiAsync(Roles.Supervisor, Unit.A);
        var second = await JsonAsync(await supervisor.PostAsJsonAsync($"/api/v1/cases/{caseId}/signs",
            new { kind = "AssociatingWithGroup", observedOn = Iso(Today), note = "Tụ tập với nhóm thanh niên đã bị xử phạt" }), HttpStatusCode.Created);
        var tightened = second.GetProperty("grade");
        Assert.Equal("Strict", tightened.GetProperty("grade").GetString());
        Assert.Equal("Quản lý chặt chẽ", tightened.GetProperty("name").GetString());
        Assert.Equal(7, tightened.GetProperty("cadence").GetProperty("contactIntervalDays").GetInt32());
        Assert.Contains("Hệ thống tự chuyển", tightened.GetProperty("reasons")[0].GetString());
        Assert.Contains("2 dấu hiệu vi phạm", tightened.GetProperty("reasons")[0].GetString());
        Assert.True(tightened.GetProperty("awaitingReview").GetBoolean());

        // On the worklist at once, for the commune and for the supervisor.
        Assert.Contains((nameof(WorklistKind.GradeTightened), (Guid?)caseId), await WorklistAsync(officer));
        Assert.Contains((nameof(WorklistKind.GradeTightened), (Guid?)caseId), await WorklistAsync(supervisor));

        // The case page shows the grade, its reason and the signs.
        var html = await (await app.PagesAsync(Roles.CommuneOfficer, Unit.A)).GetStringAsync($"/Cases/Details/{caseId}");
        Assert.Contains("data-testid=\"prevention-section\"", html);
        Assert.Contains("data-grade=\"Strict\"", html);
        Assert.Contains("Tụ tập với nhóm thanh niên đã bị xử phạt", html);
        Assert.Contains("hệ thống đề xuất", html);

        // Keeping the grade after review clears the item.
        await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/grade",
            new { grade = "Strict", on = Iso(Today), reason = "Đã rà soát, giữ mức chặt chẽ, tăng thăm gặp hằng tuần" }), HttpStatusCode.OK);
        Assert.DoesNotContain((nameof(WorklistKind.GradeTightened), (Guid?)caseId), await WorklistAsync(officer));
    }

    [SkippableFact]
    public async Task Bad_signs_are_refused_naming_each_field_and_other_communes_and_roles_cannot_record()
    {
        app.EnsureAvailable();
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddMonths(-2));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var bad = await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/signs",
            new { kind = "Gossip", observedOn = Iso(Today.AddDays(1)), note = "" }), HttpStatusCode.BadRequest);
        var errors = bad.GetProperty("errors");
        Assert.Contains("loại dấu hiệu", errors.GetProperty("kind")[0].GetString());
        Assert.True(errors.TryGetProperty("observedOn", out _));
        Assert.Contains("Nội dung", errors.GetProperty("note")[0].GetString());
        Assert.Equal(0, await SignCountAsync(caseId));

        var other = await app.ApiAsync(Roles.CommuneOfficer, Unit.B);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/v1/cases/{caseId}/signs",
            new { kind = "DrugUse", observedOn = Iso(Today), note = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/cases/{caseId}/grade")).StatusCode);
        var leader = await app.ApiAsync(Roles.CommuneLeader, Unit.A);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsJsonAsync($"/api/v1/cases/{caseId}/signs",
            new { kind = "DrugUse", observedOn = Iso(Today), note = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsJsonAsync($"/api/v1/cases/{caseId}/grade",
            new { grade = "Normal", on = Iso(Today), reason = "x" })).StatusCode);
        Assert.Equal(0, await SignCountAsync(caseId));

        // The page form, without JavaScript.
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var posted = await HoaNhapApp.PostFormAsync(pages, $"/Prevention/Sign/{caseId}", $"/Prevention/Sign/{caseId}",
            new() { ["Input.Kind"] = "DrugUse", ["Input.ObservedOn"] = Vn(Today), ["Input.Note"] = "Có biểu hiện lạ, mắt đỏ, nói không mạch lạc" });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(1, await SignCountAsync(caseId));
        var signs = await JsonAsync(await officer.GetAsync($"/api/v1/cases/{caseId}/signs"), HttpStatusCode.OK);
        Assert.Equal("DrugUse", Assert.Single(signs.EnumerateArray()).GetProperty("kind").GetString());
    }

    [SkippableFact]
    public async Task A_breach_tightens_loosening_waits_for_the_window_and_the_officer_decides_it_with_a_reason()
    {
        app.EnsureAvailable();
        var (_, recent) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddMonths(-2));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync($"/api/v1/cases/{recent}/breaches", new
        {
            kind = "ObligationBreach", occurredOn = Iso(Today.AddDays(-1)), description = "Không có mặt theo giấy triệu tập", intentional = true,
        })).StatusCode);
        var grade = await JsonAsync(await officer.GetAsync($"/api/v1/cases/{recent}/grade"), HttpStatusCode.OK);
        Assert.Equal("Strict", grade.GetProperty("grade").GetString());
        Assert.Equal(Iso(Today.AddDays(-1)), grade.GetProperty("since").GetString());

        var refused = await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/cases/{recent}/grade",
            new { grade = "Normal", on = Iso(Today), reason = "Đã nhắc nhở" }), (HttpStatusCode)422);
        Assert.Contains("ít nhất 3 tháng", refused.GetProperty("errors").GetProperty("grade")[0].GetString());
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<GradeDecision>().CountAsync(d => d.CaseId == recent)));
        var missing = await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/cases/{recent}/grade", new { grade = "Strict", on = Iso(Today) }), HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("reason", out _));

        // Eight months after a breach, held long enough and out of the window: the officer may loosen, as far as the criteria allow.
        var (_, older) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddMonths(-14));
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync($"/api/v1/cases/{older}/breaches", new
        {
            kind = "ObligationBreach", occurredOn = Iso(Today.AddMonths(-8)), description = "Vắng mặt buổi điểm danh", intentional = false,
        })).StatusCode);
        var before = await JsonAsync(await officer.GetAsync($"/api/v1/cases/{older}/grade"), HttpStatusCode.OK);
        Assert.Equal("Strict", before.GetProperty("grade").GetString());      // never loosens by itself
        Assert.Equal("Relaxed", before.GetProperty("allowed").GetString());
        var loosened = await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/cases/{older}/grade",
            new { grade = "Relaxed", on = Iso(Today), reason = "Chấp hành tốt 8 tháng liên tục, đã quá nửa thời gian thử thách" }), HttpStatusCode.OK);
        Assert.Equal("Relaxed", loosened.GetProperty("grade").GetString());
        Assert.Equal(60, loosened.GetProperty("cadence").GetProperty("contactIntervalDays").GetInt32());
        Assert.False(loosened.GetProperty("history")[0].GetProperty("automatic").GetBoolean());

        // The decision page, for the commune officer.
        var page = await (await app.PagesAsync(Roles.CommuneOfficer, Unit.A)).GetStringAsync($"/Prevention/Grade/{older}");
        Assert.Contains("Chấp hành tốt 8 tháng liên tục", page);
    }

    [SkippableFact]
    public async Task Contact_less_often_than_the_grade_needs_the_commune_leaders_approval_and_ends_with_a_tightening()
    {
        app.EnsureAvailable();
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddMonths(-2));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var leader = await app.ApiAsync(Roles.CommuneLeader, Unit.A);

        // More often than the minimum: at once.
        var often = await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/cadence", new { intervalDays = 14, reason = "Mới có mâu thuẫn gia đình" }), HttpStatusCode.Created);
        Assert.Equal("Approved", often.GetProperty("status").GetString());
        var cadence = (await JsonAsync(await officer.GetAsync($"/api/v1/cases/{caseId}/grade"), HttpStatusCode.OK)).GetProperty("cadence");
        Assert.Equal(14, cadence.GetProperty("contactIntervalDays").GetInt32());
        Assert.Equal(30, cadence.GetProperty("gradeIntervalDays").GetInt32());

        // Less often: a request the commune leader decides; the officer may not approve it.
        var rare = await JsonAsync(await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/cadence", new { intervalDays = 45, reason = "Đi làm xa theo mùa vụ" }), HttpStatusCode.Created);
        Assert.Equal("Requested", rare.GetProperty("status").GetString());
        var requestId = rare.GetProperty("id").GetGuid();
        Assert.Equal(14, (await JsonAsync(await officer.GetAsync($"/api/v1/cases/{caseId}/grade"), HttpStatusCode.OK)).GetProperty("cadence").GetProperty("contactIntervalDays").GetInt32());
        Assert.Contains((nameof(WorklistKind.CadenceAwaitingApproval), (Guid?)caseId), await WorklistAsync(leader));
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/cadence/{requestId}/decision", new { approved = true })).StatusCode);
        var noReason = await JsonAsync(await leader.PostAsJsonAsync($"/api/v1/cases/{caseId}/cadence/{requestId}/decision", new { approved = false }), HttpStatusCode.BadRequest);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("note", out _));

        var approved = await JsonAsync(await leader.PostAsJsonAsync($"/api/v1/cases/{caseId}/cadence/{requestId}/decision",
            new { approved = true, note = "Đồng ý, có xác nhận của chủ sử dụng lao động" }), HttpStatusCode.OK);
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.Equal(45, (await JsonAsync(await officer.GetAsync($"/api/v1/cases/{caseId}/grade"), HttpStatusCode.OK)).GetProperty("cadence").GetProperty("contactIntervalDays").GetInt32());
        Assert.DoesNotContain((nameof(WorklistKind.CadenceAwaitingApproval), (Guid?)caseId), await WorklistAsync(leader));
        Assert.Equal((HttpStatusCode)422, (await leader.PostAsJsonAsync($"/api/v1/cases/{caseId}/cadence/{requestId}/decision", new { approved = true })).StatusCode);

        // A breach tightens the grade: the approved cadence ends with the grade it was approved under.
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/breaches", new
        {
            kind = "ObligationBreach", occurredOn = Iso(Today), description = "Không trình diện theo lịch", intentional = true,
        })).StatusCode);
        var after = (await JsonAsync(await officer.GetAsync($"/api/v1/cases/{caseId}/grade"), HttpStatusCode.OK)).GetProperty("cadence");
        Assert.Equal(7, after.GetProperty("contactIntervalDays").GetInt32());
        Assert.False(after.GetProperty("ownCadence").GetBoolean());
    }

    [SkippableFact]
    public async Task The_OpenAPI_document_describes_the_grade_and_signs()
    {
        app.EnsureAvailable();
        var doc = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        foreach (var (path, method) in new[] { ("/api/v1/cases/{id}/grade", "get"), ("/api/v1/cases/{id}/grade", "post"),
            ("/api/v1/cases/{id}/signs", "get"), ("/api/v1/cases/{id}/signs", "post"), ("/api/v1/cases/{id}/cadence", "post"),
            ("/api/v1/cases/{id}/cadence/{requestId}/decision", "post") })
            Assert.True(paths.TryGetProperty(path, out var item) && item.TryGetProperty(method, out _), $"The OpenAPI document has no {method} {path}.");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PreventionTests_Sqlite(SqliteApp app) : PreventionTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PreventionTests_Postgres(PostgresApp app) : PreventionTests(app);
