using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Data.Identity;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Features.Users;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static HoaNhap.Web.Tests.Reintegration.ReintegrationSetup;

namespace HoaNhap.Web.Tests.Supervision;

/// <summary>
/// Caseload (issue 19, part 8): each supervisor's and officer's open cases against the advisable maximum (3 per supervisor, 20 per
/// officer, proposed), on a page and through the API; a warning on the assignment page and after assigning beyond it; scope.
/// </summary>
public abstract class CaseloadTests(HoaNhapApp app)
{
    DateOnly Today => app.Today;

    static JsonElement Row(JsonElement view, string list, string userId) =>
        view.GetProperty(list).EnumerateArray().Single(r => r.GetProperty("userId").GetString() == userId);

    async Task<string> NewOfficerAsync(string fullName)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var userName = "cb." + Guid.NewGuid().ToString("N")[..8];
        var outcome = await UserCommands.CreateAsync(app.NewDbContext(scope), users, new UserInput
        {
            UserName = userName, Password = HoaNhapApp.Password, FullName = fullName, Role = Roles.CommuneOfficer, UnitCode = HoaNhapApp.Units[Unit.A].Commune,
        }, CancellationToken.None);
        if (!outcome.Succeeded) throw new InvalidOperationException(string.Join(" ", outcome.Errors.SelectMany(e => e.Value)));
        return (await users.FindByNameAsync(userName))!.Id;
    }

    async Task AssignAsync(HttpClient officer, Guid person, string supervisorId)
    {
        var r = await officer.PostAsJsonAsync($"/api/v1/people/{person}/supervisors",
            new { supervisorUserId = supervisorId, assignedOn = SupervisionSetup.Iso(Today.AddDays(-10)), decisionNumber = "5/QĐ-UBND" });
        Assert.True(r.StatusCode == HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task Caseload_counts_each_supervisors_open_cases_and_warns_when_assigning_beyond_the_maximum()
    {
        app.EnsureAvailable();
        var name = TestData.Unique("Đinh Thị Giám Sát");
        var (supervisor, _) = await SupervisionSetup.NewSupervisorAsync(app, name);
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        for (var i = 0; i < 3; i++)
        {
            var (person, _) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddMonths(-2), assignSupervisor: false);
            await AssignAsync(officer, person, supervisor);
        }
        // A person assigned without an open case is no caseload.
        await AssignAsync(officer, await app.CreatePersonAsync(Unit.A, TestData.Unique("Người chưa có hồ sơ")), supervisor);

        var view = await officer.GetFromJsonAsync<JsonElement>("/api/v1/caseload");
        Assert.Equal(3, view.GetProperty("maxPerSupervisor").GetInt32());
        var row = Row(view, "supervisors", supervisor);
        Assert.Equal((3, 3, "AtMaximum"), (row.GetProperty("count").GetInt32(), row.GetProperty("maximum").GetInt32(), row.GetProperty("level").GetString()));

        // The assignment page warns before a fourth person is given to them, and says how many each has now.
        var (fourth, _) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.NonCustodialReform, Today.AddMonths(-1), assignSupervisor: false);
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var form = await pages.GetStringAsync($"/Supervision/Assign/{fourth}");
        Assert.Contains("data-testid=\"caseload-warning\"", form);
        Assert.Contains($"{name} — đang giám sát 3 người", form);
        Assert.Contains($"{name} (đang giám sát 3 người)", form);

        // Assigning anyway is the commune's decision: it is saved, with the warning in the confirmation.
        var saved = await HoaNhapApp.PostFormAsync(pages, $"/Supervision/Assign/{fourth}", $"/Supervision/Assign/{fourth}", new()
        {
            ["Input.SupervisorUserId"] = supervisor, ["Input.AssignedOn"] = Display.Date(Today), ["Input.DecisionNumber"] = "6/QĐ-UBND",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var details = await pages.GetStringAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains($"{name} sẽ giám sát, giúp đỡ 4 người, vượt mức khuyến nghị tối đa 3 người", details);

        row = Row(await officer.GetFromJsonAsync<JsonElement>("/api/v1/caseload"), "supervisors", supervisor);
        Assert.Equal((4, "Over"), (row.GetProperty("count").GetInt32(), row.GetProperty("level").GetString()));
        var page = await pages.GetStringAsync("/Supervision/Caseload");
        Assert.Contains($"data-user=\"{supervisor}\" data-level=\"Over\"", page);
        Assert.Contains("data-testid=\"caseload-over-warning\"", page);

        // A case that ends leaves the caseload.
        using (var scope = app.Services.CreateScope())
        {
            var db = app.NewDbContext(scope);
            var c = await db.Cases.FirstAsync(x => x.PersonId == fourth);
            Assert.Null(c.MoveTo(CaseStatus.Completed, Today));
            await db.SaveChangesAsync();
        }
        row = Row(await officer.GetFromJsonAsync<JsonElement>("/api/v1/caseload"), "supervisors", supervisor);
        Assert.Equal(3, row.GetProperty("count").GetInt32());
    }

    [SkippableFact]
    public async Task An_officers_caseload_counts_the_returnees_they_help_and_another_commune_is_not_found()
    {
        app.EnsureAvailable();
        var officerId = await NewOfficerAsync(TestData.Unique("Hoàng Văn Cán Bộ"));
        var caseId = await ReceivedCaseAsync(app, Today.AddDays(-20), Today.AddDays(-25));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var assign = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/reintegration/officer", new { officerUserId = officerId, assignedOn = Iso(Today) });
        Assert.True(assign.IsSuccessStatusCode, await assign.Content.ReadAsStringAsync());

        var view = await officer.GetFromJsonAsync<JsonElement>("/api/v1/caseload");
        var row = Row(view, "officers", officerId);
        Assert.Equal((1, 20, "Within"), (row.GetProperty("count").GetInt32(), row.GetProperty("maximum").GetInt32(), row.GetProperty("level").GetString()));
        Assert.Contains($"data-user=\"{officerId}\"", await (await app.PagesAsync(Roles.CommuneLeader, Unit.A)).GetStringAsync("/Supervision/Caseload"));

        // The province police see the commune on asking; another commune (or province) is not found; supervisors may not look.
        var province = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        var oneCommune = await province.GetFromJsonAsync<JsonElement>($"/api/v1/caseload?commune={HoaNhapApp.Units[Unit.A].Commune}");
        Assert.Equal(1, Row(oneCommune, "officers", officerId).GetProperty("count").GetInt32());
        Assert.Equal(1, Row(await province.GetFromJsonAsync<JsonElement>("/api/v1/caseload"), "officers", officerId).GetProperty("count").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await province.GetAsync($"/api/v1/caseload?commune={HoaNhapApp.Units[Unit.B].Commune}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/v1/caseload?commune={HoaNhapApp.Units[Unit.B].Commune}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.PagesAsync(Roles.CommuneOfficer, Unit.A)).GetAsync($"/Supervision/Caseload?commune={HoaNhapApp.Units[Unit.B].Commune}")).StatusCode);
        var other = await (await app.ApiAsync(Roles.CommuneOfficer, Unit.B)).GetFromJsonAsync<JsonElement>("/api/v1/caseload");
        Assert.DoesNotContain(other.GetProperty("officers").EnumerateArray(), r => r.GetProperty("userId").GetString() == officerId);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(Roles.Supervisor, Unit.A)).GetAsync("/api/v1/caseload")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CaseloadTests_Sqlite(SqliteApp app) : CaseloadTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CaseloadTests_Postgres(PostgresApp app) : CaseloadTests(app);
