using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Features.Worklist;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using HoaNhap.Web.Tests.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.Worklist;

/// <summary>
/// Issue 15, part 4: the worklist is kept current as events arrive — recording the event that settles an item removes
/// it, and recording one that needs action adds it, in the answer to the very next request, without a nightly run.
/// The nightly run goes one province at a time and leaves the other provinces' items alone.
/// </summary>
public abstract class WorklistUpdatesTests(HoaNhapApp app)
{
    DateOnly Today => app.Today;
    static string Iso(DateOnly d) => SupervisionSetup.Iso(d);

    static async Task<List<(string Kind, Guid? Case)>> ItemsAsync(HttpClient client)
    {
        var r = await client.GetAsync("/api/v1/worklist");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        return JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.EnumerateArray()
            .Select(i => (i.GetProperty("kind").GetString()!, i.GetProperty("caseId").ValueKind == JsonValueKind.Null ? (Guid?)null : i.GetProperty("caseId").GetGuid()))
            .ToList();
    }

    [SkippableFact]
    public async Task Recording_the_due_check_in_removes_it_from_the_worklist_at_once()
    {
        app.EnsureAvailable();
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddMonths(-2)); // a check-in falls due today
        await app.Services.GetRequiredService<WorklistJob>().RunAsync(Today, CancellationToken.None);
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        Assert.Contains((nameof(WorklistKind.CheckInDue), (Guid?)caseId), await ItemsAsync(officer));

        var missed = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/check-ins", new { on = Iso(Today), kind = "Summons", attended = false, note = "Không đến" });
        Assert.Equal(HttpStatusCode.Created, missed.StatusCode);
        Assert.Contains((nameof(WorklistKind.CheckInDue), (Guid?)caseId), await ItemsAsync(officer));   // not attended: still due

        var attended = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/check-ins", new { on = Iso(Today), kind = "CheckIn", attended = true, note = "Có mặt" });
        Assert.Equal(HttpStatusCode.Created, attended.StatusCode);
        Assert.DoesNotContain((nameof(WorklistKind.CheckInDue), (Guid?)caseId), await ItemsAsync(officer));
    }

    [SkippableFact]
    public async Task A_request_for_absence_appears_on_the_worklist_at_once()
    {
        app.EnsureAvailable();
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddMonths(-3).AddDays(-10));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        Assert.DoesNotContain((nameof(WorklistKind.AbsenceAwaitingDecision), (Guid?)caseId), await ItemsAsync(officer));

        var r = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/absence-requests", new
        {
            requestedOn = Iso(Today), from = Iso(Today.AddDays(10)), to = Iso(Today.AddDays(15)), destination = "Thành phố Hồ Chí Minh",
            reason = "Thăm mẹ ốm", medicalTreatment = false,
        });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        Assert.Contains((nameof(WorklistKind.AbsenceAwaitingDecision), (Guid?)caseId), await ItemsAsync(officer));
    }

    [SkippableFact]
    public async Task The_nightly_run_replaces_each_province_and_keeps_what_events_already_changed()
    {
        app.EnsureAvailable();
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, Today.AddMonths(-2));
        var job = app.Services.GetRequiredService<WorklistJob>();
        var run = await job.RunAsync(Today, CancellationToken.None);
        Assert.True(run.Items > 0);
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/check-ins", new { on = Iso(Today), kind = "CheckIn", attended = true, note = "Có mặt" });
        var again = await job.RunAsync(Today, CancellationToken.None);
        Assert.DoesNotContain((nameof(WorklistKind.CheckInDue), (Guid?)caseId), await ItemsAsync(officer));
        using var scope = app.Services.CreateScope();
        var db = app.NewDbContext(scope);
        // Every item stored once: per-province replacement leaves no duplicate behind.
        var duplicates = await db.Set<WorklistItem>().GroupBy(i => new { i.Kind, i.PersonId, i.CaseId, i.DueOn, i.CommuneCode, i.Title }).Where(g => g.Count() > 1).CountAsync();
        Assert.Equal(0, duplicates);
        Assert.Equal(again.Items, await db.Set<WorklistItem>().CountAsync());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class WorklistUpdatesTests_Sqlite(SqliteApp app) : WorklistUpdatesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class WorklistUpdatesTests_Postgres(PostgresApp app) : WorklistUpdatesTests(app);
