using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.Supervision;

/// <summary>
/// Part 2 of issue 4: the assignment is a decision of the commune People's Committee, generated
/// into the case file; a change needs a reason and a new decision; a supervisor sees only the
/// people assigned to them now.
/// </summary>
public abstract class SupervisorAssignmentTests(HoaNhapApp app)
{
    DateOnly Today => app.Today;

    async Task<List<(string Title, string? Number, IReadOnlyList<string> Text)>> DecisionsAsync(Guid caseId)
    {
        using var scope = app.Services.CreateScope();
        var items = await app.NewDbContext(scope).Set<CaseFileItem>().AsNoTracking()
            .Where(i => i.CaseId == caseId && i.Kind == CaseFileItemKind.SupervisorAssignmentDecision).OrderBy(i => i.CreatedAt).ToListAsync();
        return items.Select(i => (i.Title, i.Number, AdministrativeDocument.Text(i.Content!))).ToList();
    }

    [SkippableFact]
    public async Task Assigning_a_supervisor_issues_the_commune_committee_decision_into_the_open_case_file()
    {
        app.EnsureAvailable();
        var (person, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddMonths(-2), assignSupervisor: false);
        var leader = await app.ApiAsync(Roles.CommuneLeader, Unit.A);
        var supervisor = await app.CurrentUserAsync(Roles.Supervisor, Unit.A);

        var response = await leader.PostAsJsonAsync($"/api/v1/people/{person}/supervisors", new
        {
            supervisorUserId = supervisor.UserId, decisionNumber = "12/QĐ-UBND", decisionDate = SupervisionSetup.Iso(Today.AddDays(-3)),
            assignedOn = SupervisionSetup.Iso(Today.AddDays(-2)),
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(SupervisionSetup.Iso(Today.AddDays(-3)), body.GetProperty("decisionDate").GetString());
        var fileId = body.GetProperty("decisionFileItemId").GetString();
        Assert.NotNull(fileId);

        var decision = Assert.Single(await DecisionsAsync(caseId));
        Assert.Equal("12/QĐ-UBND", decision.Number);
        var text = string.Join("\n", decision.Text);
        Assert.Contains("ỦY BAN NHÂN DÂN", text);
        Assert.Contains("Số: 12/QĐ-UBND", text);
        Assert.Contains("Về việc phân công người trực tiếp giám sát, giáo dục", text);
        Assert.Contains($"Phân công ông (bà) {supervisor.FullName} trực tiếp giám sát, giáo dục", text);
        Assert.Contains("TM. ỦY BAN NHÂN DÂN", text);

        // Downloadable from the case page, kept with the case.
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var file = await pages.GetAsync($"/Cases/Details/{caseId}?handler=File&file={fileId}");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(AdministrativeDocument.ContentType, file.Content.Headers.ContentType!.MediaType);

        // A second assignment is a change: it needs the change form and a reason.
        var again = await leader.PostAsJsonAsync($"/api/v1/people/{person}/supervisors", new { supervisorUserId = supervisor.UserId, assignedOn = SupervisionSetup.Iso(Today) });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("Thay đổi người giám sát", await again.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task Changing_the_supervisor_needs_a_reason_keeps_both_in_history_and_the_former_supervisor_loses_access()
    {
        app.EnsureAvailable();
        var (person, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.NonCustodialReform, Today.AddMonths(-3), c => c.IncomeDeductionPercent = 10);
        var former = await app.ApiAsync(Roles.Supervisor, Unit.A);
        var formerPages = await app.PagesAsync(Roles.Supervisor, Unit.A);
        Assert.Equal(HttpStatusCode.OK, (await former.GetAsync($"/api/v1/cases/{caseId}/check-ins")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await formerPages.GetAsync($"/Cases/Details/{caseId}")).StatusCode);
        Assert.Contains(person.ToString(), await formerPages.GetStringAsync("/Supervision/Mine"));

        var (newId, newUser) = await SupervisionSetup.NewSupervisorAsync(app, "Hoàng Thị Thay");
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var noReason = await officer.PostAsJsonAsync($"/api/v1/people/{person}/supervisors/change",
            new { supervisorUserId = newId, changedOn = SupervisionSetup.Iso(Today), decisionNumber = "20/QĐ-UBND", reason = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));

        var changed = await officer.PostAsJsonAsync($"/api/v1/people/{person}/supervisors/change",
            new { supervisorUserId = newId, changedOn = SupervisionSetup.Iso(Today), decisionNumber = "20/QĐ-UBND", reason = "Người giám sát chuyển công tác" });
        Assert.Equal(HttpStatusCode.Created, changed.StatusCode);
        var body = await changed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(SupervisionSetup.Iso(Today), body.GetProperty("ended").GetProperty("endedOn").GetString());
        Assert.Equal("Người giám sát chuyển công tác", body.GetProperty("ended").GetProperty("endReason").GetString());
        Assert.Equal(newId, body.GetProperty("started").GetProperty("supervisorUserId").GetString());

        var history = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/people/{person}/supervisors");
        Assert.Equal(2, history.GetArrayLength());
        Assert.Contains(history.EnumerateArray(), a => a.GetProperty("endReason").GetString() == "Người giám sát chuyển công tác");
        Assert.Contains(history.EnumerateArray(), a => a.GetProperty("supervisorUserId").GetString() == newId && a.GetProperty("endedOn").ValueKind == JsonValueKind.Null);
        var officerPages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var casePage = await officerPages.GetStringAsync($"/Cases/Details/{caseId}");
        Assert.Contains("Lý do kết thúc: Người giám sát chuyển công tác", casePage);

        // A new decision, saying whom it replaces and why (the first assignment came before the case was opened).
        var decision = Assert.Single(await DecisionsAsync(caseId));
        Assert.Equal("Quyết định thay đổi người trực tiếp giám sát, giáo dục", decision.Title);
        Assert.Equal("20/QĐ-UBND", decision.Number);
        var text = string.Join("\n", decision.Text);
        Assert.Contains("Về việc thay đổi người trực tiếp giám sát, giáo dục", text);
        Assert.Contains("Lý do: Người giám sát chuyển công tác", text);
        Assert.Contains("Phân công ông (bà) Hoàng Thị Thay", text);

        // The former supervisor no longer sees the person, on pages or through the API.
        Assert.Equal(HttpStatusCode.NotFound, (await former.GetAsync($"/api/v1/people/{person}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await former.GetAsync($"/api/v1/cases/{caseId}/check-ins")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await formerPages.GetAsync($"/Cases/Details/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await formerPages.GetAsync($"/Supervision/Assessment/{caseId}")).StatusCode);
        Assert.DoesNotContain(person.ToString(), await formerPages.GetStringAsync("/Supervision/Mine"));
        var refused = await former.PostAsJsonAsync($"/api/v1/cases/{caseId}/assessments", new { on = SupervisionSetup.Iso(Today), rating = "Good", obligationsKept = true });
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);

        // The new one does.
        var next = await SupervisionSetup.ApiAsync(app, newUser);
        Assert.Equal(HttpStatusCode.OK, (await next.GetAsync($"/api/v1/people/{person}")).StatusCode);
        var nextPages = await app.SignInAsync(newUser, HoaNhapApp.Password);
        var mine = await nextPages.GetStringAsync("/Supervision/Mine");
        Assert.Contains(person.ToString(), mine);
        Assert.Contains($"/Supervision/Assessment/{caseId}", mine);
    }

    [SkippableFact]
    public async Task A_supervisor_sees_only_their_people_not_another_person_of_the_same_commune()
    {
        app.EnsureAvailable();
        var (mine, myCase) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddMonths(-1));
        var (other, otherCase) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddMonths(-1), assignSupervisor: false);
        var api = await app.ApiAsync(Roles.Supervisor, Unit.A);
        var pages = await app.PagesAsync(Roles.Supervisor, Unit.A);

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/people/{mine}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/cases/{myCase}/assessments")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await pages.GetAsync($"/People/Details/{mine}")).StatusCode);
        foreach (var url in new[] { $"/api/v1/people/{other}", $"/api/v1/people/{other}/supervisors", $"/api/v1/cases/{otherCase}/check-ins",
                     $"/api/v1/cases/{otherCase}/self-reports", $"/api/v1/cases/{otherCase}/assessments", $"/api/v1/cases/{otherCase}/supervision-plan" })
            Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(url)).StatusCode);
        foreach (var url in new[] { $"/People/Details/{other}", $"/Cases/Details/{otherCase}", $"/Supervision/Assessment/{otherCase}" })
            Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync(url)).StatusCode);
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var otherName = (await officer.GetFromJsonAsync<JsonElement>($"/api/v1/people/{other}")).GetProperty("fullName").GetString();
        var list = await api.GetFromJsonAsync<JsonElement>($"/api/v1/people?q={Uri.EscapeDataString(otherName!)}");
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), p => p.GetProperty("id").GetString() == other.ToString());

        var minePage = await pages.GetStringAsync("/Supervision/Mine");
        Assert.Contains(mine.ToString(), minePage);
        Assert.DoesNotContain(other.ToString(), minePage);
        Assert.Contains("Người tôi giám sát", minePage);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SupervisorAssignmentTests_Sqlite(SqliteApp app) : SupervisorAssignmentTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SupervisorAssignmentTests_Postgres(PostgresApp app) : SupervisorAssignmentTests(app);
