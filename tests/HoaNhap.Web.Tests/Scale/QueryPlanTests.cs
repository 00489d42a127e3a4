using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Text;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Features.Dashboard;
using HoaNhap.Web.Features.People;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.Scale;

/// <summary>
/// Issue 15, part 2: the hot queries keep the plans that make them fast at national scale. On PostgreSQL each query of
/// the application is explained with sequential scans discouraged (the test tables are small, so the planner would
/// otherwise scan them): a missing index or a query shape no index can answer (an OR across tables, correlated
/// sub-queries) still shows in the plan and fails the test. JIT is off for the application's sessions.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class QueryPlanTests_Postgres(PostgresApp app)
{
    /// <param name="prepare">Run first in the plan's transaction (rolled back).</param>
    async Task<string> PlanAsync(Func<HoaNhapDbContext, DbCommand> command, Func<HoaNhapDbContext, Task>? prepare = null)
    {
        using var scope = app.Services.CreateScope();
        var db = app.NewDbContext(scope);
        await db.Database.OpenConnectionAsync();
        await using var tx = await db.Database.BeginTransactionAsync();
        if (prepare is not null) await prepare(db);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_seqscan = off");
        await using var cmd = command(db);
        cmd.Transaction = tx.GetDbTransaction();
        cmd.CommandText = "EXPLAIN " + cmd.CommandText;
        var lines = new List<string>();
        await using (var reader = await cmd.ExecuteReaderAsync())
            while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        return string.Join('\n', lines);
    }

    void PostgresOnly()
    {
        app.EnsureAvailable();
        Skip.IfNot(app.IsPostgres, "A PostgreSQL plan.");
    }

    [SkippableFact]
    public async Task The_case_page_finds_the_following_case_through_an_index()
    {
        PostgresOnly();
        var id = Guid.NewGuid();
        var plan = await PlanAsync(db => db.Cases.Where(x => x.PreviousCaseId == id).Select(x => (Guid?)x.Id).CreateDbCommand());
        Assert.Contains("IX_Cases_PreviousCaseId", plan);
    }

    [SkippableFact]
    public async Task The_worklist_reads_its_computation_date_from_an_index()
    {
        PostgresOnly();
        var plan = await PlanAsync(db => db.Set<WorklistItem>().Select(i => i.ComputedOn).OrderByDescending(d => d).Take(1).CreateDbCommand());
        Assert.Contains("IX_WorklistItem_ComputedOn", plan);
    }

    [SkippableFact]
    public async Task A_province_officers_search_uses_the_trigram_index_of_names()
    {
        PostgresOnly();
        var officer = await app.CurrentUserAsync(Roles.ProvinceOfficer, Unit.A);
        // On a test database the place index is always the cheaper path; without it (dropped in the plan's transaction,
        // rolled back) the query must still be one the trigram index answers — at national scale the planner takes it
        // for a rare name (3 ms for 58,000 people of a province), which the old union over the nation could not.
        static Task WithoutPlaceIndex(HoaNhapDbContext db) => db.Database.ExecuteSqlRawAsync("DROP INDEX \"IX_People_ProvinceCode_CommuneCode\"");
        var plan = await PlanAsync(db => PeopleQueries.Matching(db, officer, new PeopleFilter("ksor blup", null, null, null)).CreateDbCommand(), WithoutPlaceIndex);
        Assert.Contains("IX_People_SearchKey", plan);
        // A name reads only the people of the scope: no union over the nation's matches, no sub-plan per person.
        Assert.DoesNotContain("Judgments", plan);
        Assert.DoesNotContain("SubPlan", plan);
    }

    [SkippableFact]
    public async Task A_search_with_digits_finds_judgment_numbers_through_their_trigram_index()
    {
        PostgresOnly();
        var officer = await app.CurrentUserAsync(Roles.ProvinceOfficer, Unit.A);
        var plan = await PlanAsync(db => PeopleQueries.Matching(db, officer, new PeopleFilter("77/2025", null, null, null)).CreateDbCommand());
        Assert.Contains("IX_Judgments_NumberKey", plan);
        Assert.DoesNotContain("SubPlan", plan);
    }

    [SkippableFact]
    public async Task The_reoffending_indicator_joins_the_periods_events_instead_of_a_sub_query_per_case()
    {
        PostgresOnly();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var period = new IndicatorPeriod(today.AddMonths(-12), today, today, "12 tháng");
        var indicator = Indicators.Find(Indicators.ReoffendingRate)!;
        var plan = await PlanAsync(db => indicator.Counted!(db, period).CreateDbCommand());
        Assert.DoesNotContain("SubPlan", plan);
    }

    [SkippableFact]
    public async Task The_applications_sessions_run_without_jit()
    {
        PostgresOnly();
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
        Assert.Equal("off", await db.Database.SqlQueryRaw<string>("SELECT current_setting('jit') AS \"Value\"").SingleAsync());
    }
}

/// <summary>Issue 15, part 2: a search never lists more than <see cref="PeopleFilter.MaxResults"/> people; past it the officer is asked to narrow it.</summary>
public abstract class SearchCapTests(HoaNhapApp app)
{
    [SkippableFact]
    public async Task A_search_matching_more_than_the_cap_lists_the_first_500_and_asks_to_narrow_it()
    {
        app.EnsureAvailable();
        var name = TestData.Unique("Ngô Văn Trùng");
        using (var scope = app.Services.CreateScope())
        {
            var db = app.NewDbContext(scope);
            var (province, commune) = HoaNhapApp.Units[Unit.A];
            var now = DateTimeOffset.UtcNow;
            await BulkInsert.InsertAsync(db, Enumerable.Range(0, PeopleFilter.MaxResults + 5).Select(i => new Person
            {
                ProvinceCode = province, CommuneCode = commune, FullName = $"{name} {i}", BirthYear = 1980, Gender = Gender.Male,
                Address = "Tổ 1", SearchKey = VietnameseText.Fold($"{name} {i}"), CreatedAt = now, CreatedBy = "test", UpdatedAt = now, UpdatedBy = "test",
            }), CancellationToken.None);
        }
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var body = await officer.GetFromJsonAsync<JsonElement>("/api/v1/people?q=" + Uri.EscapeDataString(name) + "&page=30");
        Assert.Equal(PeopleFilter.MaxResults, body.GetProperty("total").GetInt32());
        Assert.True(body.GetProperty("capped").GetBoolean());
        Assert.Equal(25, body.GetProperty("page").GetInt32());   // the last page of the cap
        Assert.Equal(20, body.GetProperty("items").GetArrayLength());
        var page = await (await app.PagesAsync(Roles.CommuneOfficer, Unit.A)).GetAsync("/People?q=" + Uri.EscapeDataString(name));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Hãy nhập thêm họ tên", await page.Content.ReadAsStringAsync());

        var one = await officer.GetFromJsonAsync<JsonElement>("/api/v1/people?q=" + Uri.EscapeDataString(name + " 504"));
        Assert.False(one.GetProperty("capped").GetBoolean());
        Assert.Equal(1, one.GetProperty("total").GetInt32());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SearchCapTests_Sqlite(SqliteApp app) : SearchCapTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SearchCapTests_Postgres(PostgresApp app) : SearchCapTests(app);
