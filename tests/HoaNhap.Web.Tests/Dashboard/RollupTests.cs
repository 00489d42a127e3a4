using System.Data.Common;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using HoaNhap.Data;
using HoaNhap.Data.Jobs;
using HoaNhap.Data.Rollups;
using HoaNhap.Domain.Indicators;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Breaches;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Features.Dashboard;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.Dashboard;

/// <summary>
/// The dashboard reads stored per-commune figures: an event recorded shows on the next read, the job stores the figures and runs
/// once however many servers run it, the page says when the figures were computed, and a fresh province dashboard costs a handful
/// of SQL commands instead of one per indicator and month.
/// </summary>
public abstract partial class RollupTests(HoaNhapApp app)
{
    const string Province = "25";
    const string Commune = "04792";

    static long Total(JsonElement dashboard, string key) =>
        dashboard.GetProperty("total").EnumerateArray().First(f => f.GetProperty("key").GetString() == key).GetProperty("numerator").GetInt64();

    async Task<JsonElement> DashboardAsync(HttpClient api)
    {
        var response = await api.GetAsync($"/api/v1/dashboard?province={Province}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    /// <summary>A person serving a community sentence in commune A since a year ago, with a new offence on <paramref name="on"/>.</summary>
    async Task NewOffenceAsync(DateOnly on)
    {
        var person = await app.CreatePersonAsync(Unit.A, TestData.Unique("Phạm Tội Mới"));
        await app.WithDbAsync(async db =>
        {
            var start = app.Today.AddDays(-365);
            var c = new Case
            {
                PersonId = person, ProvinceCode = Province, CommuneCode = Commune, Kind = CaseKind.CommunitySentence, SentenceType = SentenceType.SuspendedSentence,
                StartOn = start, TermMonths = 24, ExpectedEndOn = Periods.EndAfterMonths(start, 24),
                LegalBasisVersion = LegalBasis.For(start), DecisionNumber = "16/2026/QĐ-CA",
            }.InState(CaseStatus.Active);
            db.Cases.Add(c);
            await db.SaveChangesAsync();
            db.Add(new Breach { CaseId = c.Id, PersonId = person, ProvinceCode = Province, CommuneCode = Commune, Kind = BreachKind.NewOffence, OccurredOn = on, Description = "Phạm tội mới (thử).", Intentional = true });
            return await db.SaveChangesAsync();
        });
    }

    [SkippableFact]
    public async Task A_recorded_offence_changes_the_figure_on_the_next_read_and_the_stored_rows()
    {
        app.EnsureAvailable();
        var api = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        var before = Total(await DashboardAsync(api), Indicators.NewOffences);
        var caseload = Total(await DashboardAsync(api), Indicators.Caseload);

        await NewOffenceAsync(app.Today);

        var after = await DashboardAsync(api);
        Assert.Equal(before + 1, Total(after, Indicators.NewOffences));
        Assert.Equal(caseload + 1, Total(after, Indicators.Caseload));
        var computedAt = after.GetProperty("computedAt").GetDateTimeOffset();
        Assert.True(DateTimeOffset.UtcNow - computedAt < TimeSpan.FromMinutes(5), $"computedAt {computedAt:O}");
        // The figure came from the stored rows of the month.
        var month = after.GetProperty("month").GetString()!;
        var stored = await app.WithDbAsync(db => db.Set<IndicatorRollup>().AsNoTracking()
            .Where(r => r.ProvinceCode == Province && r.Month == month && r.IndicatorKey == Indicators.NewOffences).SumAsync(r => r.Numerator));
        Assert.Equal(before + 1, stored);
    }

    [SkippableFact]
    public async Task The_job_stores_every_figure_and_clears_the_mark()
    {
        app.EnsureAvailable();
        await NewOffenceAsync(app.Today.AddDays(-1));
        var dirty = await app.WithDbAsync(db => db.Set<RollupState>().AsNoTracking().FirstOrDefaultAsync(s => s.ProvinceCode == Province));
        Assert.True(dirty is null || dirty.DirtyFrom is not null, "A recorded event marks the province (or it was never computed).");

        var run = await app.Services.GetRequiredService<RollupJob>().RefreshAsync(app.Today, nightly: false, CancellationToken.None);
        Assert.True(run.Months >= 1);

        var state = await app.WithDbAsync(db => db.Set<RollupState>().AsNoTracking().SingleAsync(s => s.ProvinceCode == Province));
        Assert.Null(state.DirtyFrom);
        var api = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        var dashboard = await DashboardAsync(api);
        var month = dashboard.GetProperty("month").GetString()!;
        var rows = await app.WithDbAsync(db => db.Set<IndicatorRollup>().AsNoTracking().Where(r => r.ProvinceCode == Province && r.Month == month).ToListAsync());
        foreach (var key in new[] { Indicators.Caseload, Indicators.NewOffences, Indicators.ViolationRate })
            Assert.Equal(Total(dashboard, key), rows.Where(r => r.IndicatorKey == key).Sum(r => r.Numerator));
        // Twelve months are stored for the trends.
        var months = await app.WithDbAsync(db => db.Set<RollupMonth>().AsNoTracking().CountAsync(m => m.ProvinceCode == Province));
        Assert.True(months >= 12, $"{months} months stored");
    }

    [SkippableFact]
    public async Task The_page_says_when_the_figures_were_computed()
    {
        app.EnsureAvailable();
        var pages = await app.PagesAsync(Roles.ProvinceOfficer, Unit.A);
        var html = await pages.GetStringAsync("/Dashboard");
        var m = ComputedAt().Match(html);
        Assert.True(m.Success, "The page says when the figures were computed.");
        Assert.Equal(Display.Date(app.Today), m.Groups[2].Value);
    }

    [SkippableFact]
    public async Task A_fresh_province_dashboard_costs_a_few_SQL_commands()
    {
        app.EnsureAvailable();
        var pages = await app.PagesAsync(Roles.ProvinceOfficer, Unit.A);
        Assert.Equal(HttpStatusCode.OK, (await pages.GetAsync("/Dashboard")).StatusCode);   // computes what is stale
        using var counter = new CommandCounter(app);
        var response = await pages.GetAsync("/Dashboard");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Counted live it was ~240: every indicator for each of twelve months.
        Assert.True(counter.Count is >= 1 and <= 14, $"{counter.Count} commands:\n{counter}");
    }

    [SkippableFact]
    public async Task Many_readers_of_a_province_just_changed_count_it_once_and_all_see_the_change()
    {
        app.EnsureAvailable();
        var api = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        var before = Total(await DashboardAsync(api), Indicators.NewOffences);
        await NewOffenceAsync(app.Today);

        using var counter = new CommandCounter(app);
        var readers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ => Total(await DashboardAsync(api), Indicators.NewOffences)));

        Assert.All(readers, n => Assert.Equal(before + 1, n));
        // One computation (a late reader may find the first one just finished and start a second); each used to count alone.
        Assert.InRange(counter.CountOf("DELETE FROM \"RollupMonths\""), 1, 2);
    }

    [SkippableFact]
    public async Task The_job_on_two_servers_runs_once()
    {
        app.EnsureAvailable();
        var first = app.Services.GetRequiredService<RollupJob>();
        var second = ActivatorUtilities.CreateInstance<RollupJob>(app.Services, JobInstance.New());
        var period = "test-" + Guid.NewGuid().ToString("N")[..8];
        var runs = await Task.WhenAll(first.RunOnceAsync(app.Today, period, false, CancellationToken.None),
            second.RunOnceAsync(app.Today, period, false, CancellationToken.None));
        Assert.Single(runs, r => r is not null);
        Assert.Null(await second.RunOnceAsync(app.Today, period, false, CancellationToken.None));
        var lease = await app.WithDbAsync(db => db.Set<JobLease>().AsNoTracking().SingleAsync(l => l.Name == RollupJob.LeaseName));
        Assert.Equal(period, lease.LastDone);
    }

    [GeneratedRegex(@"Số liệu tổng hợp lúc (\d{2}:\d{2}) (\d{2}/\d{2}/\d{4})")]
    private static partial Regex ComputedAt();

}

[Collection(SqliteCollection.Name)]
public sealed class RollupTests_Sqlite(SqliteApp app) : RollupTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RollupTests_Postgres(PostgresApp app) : RollupTests(app);
