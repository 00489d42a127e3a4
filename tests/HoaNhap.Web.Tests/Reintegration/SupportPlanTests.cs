using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static HoaNhap.Web.Tests.Reintegration.ReintegrationSetup;

namespace HoaNhap.Web.Tests.Reintegration;

/// <summary>
/// Needs and the support plan: each need becomes an action with the responsible body, a due date and an
/// outcome; the returnee's page shows every area at a glance (overdue marked); refusals and scope.
/// </summary>
public abstract class SupportPlanTests(HoaNhapApp app)
{
    DateOnly Today => app.Today;

    [SkippableFact]
    public async Task Needs_become_actions_with_a_body_a_due_date_and_an_outcome_shown_per_area()
    {
        app.EnsureAvailable();
        var caseId = await ReceivedCaseAsync(app, Today.AddDays(-40), Today.AddDays(-45));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var url = $"/api/v1/cases/{caseId}/reintegration/support";

        var empty = await officer.PostAsJsonAsync(url, new { });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var names = (await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("area", names);
        Assert.Contains("responsible", names);
        var backwards = await officer.PostAsJsonAsync(url, new { area = "Housing", need = "Chưa có chỗ ở", action = "Hỗ trợ thuê nhà", responsible = "MassOrganisation",
            identifiedOn = Iso(Today), dueOn = Iso(Today.AddDays(-1)) });
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);

        var id1 = await officer.PostAsJsonAsync(url, new { area = "IdentityCard", need = "Chưa có thẻ căn cước", action = "Hướng dẫn làm thủ tục cấp căn cước",
            responsible = "CommunePolice", identifiedOn = Iso(Today.AddDays(-30)), dueOn = Iso(Today.AddDays(-5)) });
        Assert.Equal(HttpStatusCode.Created, id1.StatusCode);
        var overdue = await id1.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(overdue.GetProperty("overdue").GetBoolean());
        var work = await officer.PostAsJsonAsync(url, new { area = "Work", need = "Chưa có việc làm", action = "Giới thiệu việc làm tại xưởng may",
            responsible = "EducationLabour", identifiedOn = Iso(Today.AddDays(-30)), dueOn = Iso(Today.AddDays(30)) });
        Assert.Equal(HttpStatusCode.Created, work.StatusCode);
        var workId = (await work.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        // The outcome: through the page (the commune officer), then a second outcome is refused by rule.
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var form = $"/Reintegration/SupportOutcome/{caseId}/{workId}";
        var bad = await HoaNhapApp.PostFormAsync(pages, form, form, new() { ["Input.ClosedOn"] = Display.Date(Today) });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Hãy chọn kết quả", await bad.Content.ReadAsStringAsync());
        var done = await HoaNhapApp.PostFormAsync(pages, form, form, new()
            { ["Input.Status"] = "Done", ["Input.ClosedOn"] = Display.Date(Today), ["Input.Outcome"] = "Đã ký hợp đồng lao động 12 tháng." });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal((HttpStatusCode)422, (await officer.PostAsJsonAsync($"{url}/{workId}/outcome",
            new { status = "NotPossible", closedOn = Iso(Today), outcome = "x" })).StatusCode);
        Assert.Equal(SupportStatus.Done, (await app.WithDbAsync(db => db.Set<SupportAction>().AsNoTracking().SingleAsync(a => a.Id == workId))).Status);

        // At a glance: every area, the overdue one marked.
        var plan = await officer.GetFromJsonAsync<JsonElement>(url);
        var areas = plan.GetProperty("areas").EnumerateArray().ToDictionary(a => a.GetProperty("area").GetString()!, a => a.GetProperty("state").GetString());
        Assert.Equal(10, areas.Count);
        Assert.Equal("Quá hạn", areas["IdentityCard"]);
        Assert.Equal("Đã giải quyết", areas["Work"]);
        Assert.Equal("Chưa có nhu cầu", areas["Housing"]);
        var html = await pages.GetStringAsync($"/Cases/Details/{caseId}");
        Assert.Contains("data-testid=\"support-overdue\"", html);
        // The overdue action is on the worklist (for the commune and the assigned officer); the settled one is not.
        var items = await app.WithDbAsync(db => new HoaNhap.Web.Features.Reintegration.ReintegrationWorklist().CollectEverywhereAsync(db, Today));
        var item = Assert.Single(items, i => i.CaseId == caseId && i.Kind == Domain.Worklist.WorklistKind.ReintegrationSupportOverdue);
        Assert.Equal(Today.AddDays(-5), item.DueOn);
        Assert.Contains("Hướng dẫn làm thủ tục cấp căn cước", item.Title);
        Assert.Contains("Đã ký hợp đồng lao động 12 tháng.", html);

        // Readers see it, the leader may not write, another commune gets 404.
        var leader = await app.ApiAsync(Roles.CommuneLeader, Unit.A);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsJsonAsync(url, new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ApiAsync(Roles.CommuneOfficer, Unit.B)).GetAsync(url)).StatusCode);
    }

    [SkippableFact]
    public async Task A_support_plan_is_refused_for_a_community_sentence_case()
    {
        app.EnsureAvailable();
        var (_, caseId) = await Breaches.CaseSetup.ActiveCaseAsync(app, Unit.A, "Bùi Văn Án", SentenceType.NonCustodialReform, Today.AddMonths(-1));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var r = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/reintegration/support", new { area = "Work", need = "Việc làm", action = "Giới thiệu",
            responsible = "Employer", identifiedOn = Iso(Today), dueOn = Iso(Today.AddDays(10)) });
        Assert.Equal((HttpStatusCode)422, r.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Set<SupportAction>().AnyAsync(a => a.CaseId == caseId)));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SupportPlanTests_Sqlite(SqliteApp app) : SupportPlanTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SupportPlanTests_Postgres(PostgresApp app) : SupportPlanTests(app);
