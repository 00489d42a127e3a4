using System.Net;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Features.Worklist;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static HoaNhap.Web.Tests.Transfers.TransferTestData;

namespace HoaNhap.Web.Tests.Worklist;

/// <summary>
/// The daily worklist: the job collects every source's items and replaces the stored list; each role sees its
/// part (commune: the commune's; supervisor: their own; province: counts per commune); the API and the page.
/// The database is shared with other tests, so the assertions look only at the people made here.
/// </summary>
public abstract class WorklistTests(HoaNhapApp app)
{
    DateOnly Today => app.Today;

    sealed record Scenario(Guid Soon, Guid SoonCase, Guid Unsupervised, Guid Later, Guid Closed, Guid OtherCommune);

    async Task<Scenario> ScenarioAsync()
    {
        var soon = await app.CreatePersonAsync(Unit.A, TestData.Unique("Nguyễn Văn Sắp"), assignSupervisor: true);
        var soonCase = await OpenCaseAsync(app, soon, endsOn: Today.AddDays(10));
        var unsupervised = await app.CreatePersonAsync(Unit.A, TestData.Unique("Đinh Văn Riêng"));
        await OpenCaseAsync(app, unsupervised, endsOn: Today.AddDays(30));
        var later = await app.CreatePersonAsync(Unit.A, TestData.Unique("Trần Văn Lâu"), assignSupervisor: true);
        await OpenCaseAsync(app, later, endsOn: Today.AddDays(31));
        var closed = await app.CreatePersonAsync(Unit.A, TestData.Unique("Phạm Văn Đóng"), assignSupervisor: true);
        await OpenCaseAsync(app, closed, endsOn: Today.AddDays(5), status: CaseStatus.Completed);
        var other = await app.CreatePersonAsync(Unit.B, TestData.Unique("Vũ Thị Khác"), assignSupervisor: true);
        await OpenCaseAsync(app, other, endsOn: Today.AddDays(3));
        await app.Services.GetRequiredService<WorklistJob>().RunAsync(Today, CancellationToken.None);
        return new Scenario(soon, soonCase, unsupervised, later, closed, other);
    }

    static async Task<List<JsonElement>> ItemsAsync(HttpClient client, string url = "/api/v1/worklist")
    {
        var r = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        return JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.EnumerateArray().ToList();
    }

    static IEnumerable<Guid> People(IEnumerable<JsonElement> items, string kind) =>
        items.Where(i => i.GetProperty("kind").GetString() == kind).Select(i => i.GetProperty("personId").GetGuid());

    [SkippableFact]
    public async Task The_job_lists_sentences_ending_within_30_days_and_each_role_sees_its_part()
    {
        app.EnsureAvailable();
        var s = await ScenarioAsync();
        const string kind = nameof(WorklistKind.SentenceEndingSoon);

        var officerA = await ItemsAsync(await app.ApiAsync(Roles.CommuneOfficer, Unit.A));
        Assert.Contains(s.Soon, People(officerA, kind));
        Assert.Contains(s.Unsupervised, People(officerA, kind));      // the 30th day is included
        Assert.DoesNotContain(s.Later, People(officerA, kind));       // the 31st day is not
        Assert.DoesNotContain(s.Closed, People(officerA, kind));      // a completed case is not
        Assert.DoesNotContain(s.OtherCommune, People(officerA, kind)); // another commune's is not
        Assert.Contains(s.Soon, People(await ItemsAsync(await app.ApiAsync(Roles.CommuneLeader, Unit.A)), kind));

        var officerB = await ItemsAsync(await app.ApiAsync(Roles.CommuneOfficer, Unit.B));
        Assert.Contains(s.OtherCommune, People(officerB, kind));
        Assert.DoesNotContain(s.Soon, People(officerB, kind));

        // A supervisor sees only the people assigned to them.
        var supervisorA = await ItemsAsync(await app.ApiAsync(Roles.Supervisor, Unit.A));
        Assert.Contains(s.Soon, People(supervisorA, kind));
        Assert.DoesNotContain(s.Unsupervised, People(supervisorA, kind));

        // The province officer: counts per commune of the province, and the province's items.
        var province = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        var counts = JsonDocument.Parse(await province.GetStringAsync("/api/v1/worklist/counts")).RootElement.EnumerateArray().ToList();
        Assert.Contains(counts, c => c.GetProperty("communeCode").GetString() == "04792" && c.GetProperty("kind").GetString() == kind
            && c.GetProperty("count").GetInt32() >= 2 && c.GetProperty("communeName").GetString() == "Phường Tân Hòa");
        Assert.DoesNotContain(counts, c => c.GetProperty("communeCode").GetString() == "00004");
        Assert.Contains(s.Soon, People(await ItemsAsync(province, "/api/v1/worklist?commune=04792"), kind));
        Assert.Equal(HttpStatusCode.BadRequest, (await province.GetAsync("/api/v1/worklist?commune=00004")).StatusCode);

        // Court, procuracy, bank and administrators have no worklist.
        foreach (var role in new[] { Roles.CourtReader, Roles.ProcuracyReader, Roles.BankOfficer, Roles.SystemAdmin })
            Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAsync(role, Unit.A)).GetAsync("/api/v1/worklist")).StatusCode);
    }

    [SkippableFact]
    public async Task The_api_answers_exactly_the_shape_of_the_issue()
    {
        app.EnsureAvailable();
        var s = await ScenarioAsync();
        var item = (await ItemsAsync(await app.ApiAsync(Roles.CommuneOfficer, Unit.A))).Single(i => i.GetProperty("personId").GetGuid() == s.Soon && i.GetProperty("kind").GetString() == "SentenceEndingSoon");
        Assert.Equal(["kind", "personId", "caseId", "dueOn", "title"], item.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("SentenceEndingSoon", item.GetProperty("kind").GetString());
        Assert.Equal(s.SoonCase, item.GetProperty("caseId").GetGuid());
        Assert.Equal(Today.AddDays(10).ToString("yyyy-MM-dd"), item.GetProperty("dueOn").GetString());
        Assert.Contains(Display.Date(Today.AddDays(10)), item.GetProperty("title").GetString());
    }

    [SkippableFact]
    public async Task An_item_no_longer_due_disappears_at_the_next_run()
    {
        app.EnsureAvailable();
        var s = await ScenarioAsync();
        using (var scope = app.Services.CreateScope())
        {
            var db = app.NewDbContext(scope);
            var c = await db.Cases.SingleAsync(x => x.Id == s.SoonCase);
            c.ExpectedEndOn = Today.AddDays(90);
            await db.SaveChangesAsync();
        }
        var run = await app.Services.GetRequiredService<WorklistJob>().RunAsync(Today, CancellationToken.None);
        Assert.Equal(Today, run.ComputedOn);
        var officerA = await ItemsAsync(await app.ApiAsync(Roles.CommuneOfficer, Unit.A));
        Assert.DoesNotContain(s.Soon, People(officerA, nameof(WorklistKind.SentenceEndingSoon)));
        Assert.Contains(s.Unsupervised, People(officerA, nameof(WorklistKind.SentenceEndingSoon)));
        using (var scope = app.Services.CreateScope())
            Assert.True(await app.NewDbContext(scope).Set<WorklistItem>().AllAsync(i => i.ComputedOn == Today));
    }

    [SkippableFact]
    public async Task The_page_groups_the_items_by_kind_and_the_home_page_opens_to_what_needs_doing()
    {
        app.EnsureAvailable();
        var s = await ScenarioAsync();
        var officer = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var page = await officer.GetStringAsync("/Worklist");
        foreach (var kind in Enum.GetValues<WorklistKind>())
            Assert.Contains(WorklistText.Kind(kind), page);
        Assert.Contains($"/Cases/Details/{s.SoonCase}", page);
        Assert.Contains($"data-person=\"{s.Soon}\"", page);
        Assert.Contains(Display.Date(Today), page);   // when the list was computed

        var home = await officer.GetStringAsync("/");
        Assert.Contains("data-testid=\"home-worklist\"", home);
        Assert.Contains("data-kind=\"SentenceEndingSoon\"", home);

        var supervisor = await (await app.PagesAsync(Roles.Supervisor, Unit.A)).GetStringAsync("/Worklist");
        Assert.Contains($"data-person=\"{s.Soon}\"", supervisor);
        Assert.DoesNotContain($"data-person=\"{s.Unsupervised}\"", supervisor);

        var province = await app.PagesAsync(Roles.ProvinceOfficer, Unit.A);
        var counts = await province.GetStringAsync("/Worklist");
        Assert.Contains("data-commune=\"04792\"", counts);
        Assert.Contains("/Worklist?commune=04792", counts);
        Assert.Contains($"data-person=\"{s.Soon}\"", await province.GetStringAsync("/Worklist?commune=04792"));

        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.PagesAsync(Roles.CourtReader, Unit.A)).GetAsync("/Worklist")).StatusCode);
    }

    [Theory]
    [InlineData("2026-11-22T17:00:00+00:00", 30)]   // 00:00 in Vietnam: half an hour to go
    [InlineData("2026-11-22T17:30:00+00:00", 1440)] // exactly 00:30: the next day's
    [InlineData("2026-11-22T10:00:00+00:00", 450)]  // 17:00 in Vietnam
    public void The_job_runs_daily_at_half_past_midnight_Vietnam_time(string now, int minutes)
        => Assert.Equal(TimeSpan.FromMinutes(minutes), WorklistJob.UntilNextRun(DateTimeOffset.Parse(now)));
}

[Collection(SqliteCollection.Name)]
public sealed class WorklistTests_Sqlite(SqliteApp app) : WorklistTests(app);

[Collection(PostgresCollection.Name)]
public sealed class WorklistTests_Postgres(PostgresApp app) : WorklistTests(app);
