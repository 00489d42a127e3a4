using System.Text.RegularExpressions;
using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Breaches;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Programmes;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Features.Dashboard;
using HoaNhap.Web.Features.People;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.Dashboard;

/// <summary>
/// A province of 148 communes (Phú Thọ, code 25), every commune with data: a person serving a sentence, and — differently
/// from commune to commune — a breach, an overdue task, a training session, so that communes miss zero to three targets.
/// The province dashboard stays under 100 KB, shows a chart per indicator, and lists the communes worst first, page by page.
/// Its own database: the generated rows would change the figures other dashboard tests compute.
/// </summary>
public abstract partial class DashboardSizeTests(HoaNhapApp app)
{
    const string Province = "25";
    public const int MaxPageBytes = 100 * 1024;
    static readonly SemaphoreSlim Once = new(1, 1);
    static readonly HashSet<HoaNhapApp> Seeded = [];

    async Task SeedAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (!Seeded.Add(app)) return;
            var officer = await app.CurrentUserAsync(Roles.ProvinceOfficer, Unit.A);
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
            var communes = await db.Communes.Where(c => c.ProvinceCode == Province).OrderBy(c => c.Code).Select(c => c.Code).ToListAsync();
            Assert.Equal(148, communes.Count);
            var t = app.Today;
            for (var k = 0; k < communes.Count; k++)
            {
                var commune = communes[k];
                var person = await PersonCommands.CreateAsync(db, officer, TestData.Person(TestData.Unique("Người Thử Cỡ Trang"), commune), null, CancellationToken.None);
                var c = new Case
                {
                    PersonId = person.Value!.Id, ProvinceCode = Province, CommuneCode = commune, Kind = CaseKind.CommunitySentence, SentenceType = SentenceType.SuspendedSentence,
                    StartOn = t.AddDays(-400), TermMonths = 36, ExpectedEndOn = Periods.EndAfterMonths(t.AddDays(-400), 36),
                    LegalBasisVersion = LegalBasis.For(t.AddDays(-400)), DecisionNumber = $"{k + 1}/2026/QĐ-CA",
                }.InState(CaseStatus.Active);
                db.Cases.Add(c);
                if (k % 2 == 0)
                    db.Add(new Breach { CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = Province, CommuneCode = commune, Kind = BreachKind.LawViolation, OccurredOn = t.AddDays(-30 - k), Description = "Sinh dữ liệu thử.", Intentional = true });
                if (k % 3 == 0)
                    db.Add(new WorklistItem { ProvinceCode = Province, CommuneCode = commune, Kind = WorklistKind.CheckInDue, PersonId = c.PersonId, CaseId = c.Id, DueOn = t.AddDays(-2), Title = "Điểm danh", ComputedOn = t });
                if (k % 5 != 0)
                    db.Add(new TrainingSession { ProvinceCode = Province, CommuneCode = commune, HeldOn = t.AddDays(-60), Organiser = "Công an tỉnh", Topic = "Thi hành án hình sự tại cộng đồng", UnitsTrained = "Công an xã", PeopleTrained = 10, CreatedAt = DateTimeOffset.UtcNow, CreatedBy = "test" });
            }
            await db.SaveChangesAsync();
        }
        finally { Once.Release(); }
    }

    static int Bytes(string html) => System.Text.Encoding.UTF8.GetByteCount(html);

    [GeneratedRegex("data-testid=\"dashboard-unit\" data-unit=\"(\\d+)\" data-missed=\"(\\d+)\"")]
    private static partial Regex UnitRow();

    [SkippableFact]
    public async Task Province_dashboard_of_148_communes_stays_under_100_KB_with_a_chart_per_indicator_and_worst_communes_first()
    {
        app.EnsureAvailable();
        await SeedAsync();
        var pages = await app.PagesAsync(Roles.ProvinceOfficer, Unit.A);

        var html = await pages.GetStringAsync("/Dashboard");
        Directory.CreateDirectory(TestEnvironment.Artifacts);
        await File.WriteAllTextAsync(Path.Combine(TestEnvironment.Artifacts, $"dashboard-148-communes-{(app.IsPostgres ? "postgres" : "sqlite")}.html"), html);
        Assert.True(Bytes(html) < MaxPageBytes, $"/Dashboard of a province of 148 communes is {Bytes(html) / 1024} KB");
        var withHistory = Indicators.All.Count(i => i.HasData && i.HasHistory);
        Assert.Equal(withHistory, Regex.Matches(html, "<svg class=\"chart\" role=\"img\"").Count);
        Assert.Equal(Indicators.All.Count(i => i.HasData), Regex.Matches(html, "data-testid=\"dashboard-chart\"").Count);
        Assert.Contains("data-testid=\"dashboard-charts-table\"", html);

        // Every commune once, across the pages, each page no worse than the next.
        var rows = new List<(string Commune, int Missed)>();
        for (var page = 1; page <= 8; page++)
        {
            var p = page == 1 ? html : await pages.GetStringAsync($"/Dashboard?page={page}");
            Assert.True(Bytes(p) < MaxPageBytes, $"page {page}: {Bytes(p) / 1024} KB");
            var found = UnitRow().Matches(p).Select(m => (m.Groups[1].Value, int.Parse(m.Groups[2].Value))).ToList();
            Assert.True(found.Count <= HoaNhap.Web.Features.Dashboard.IndexModel.UnitsPerPage);
            Assert.Equal(page < 8, p.Contains("data-testid=\"dashboard-units-next\""));
            rows.AddRange(found);
        }
        Assert.Equal(148, rows.Select(r => r.Commune).Distinct().Count());
        Assert.Equal(rows.Select(r => r.Missed).OrderByDescending(m => m), rows.Select(r => r.Missed));
        Assert.True(rows[0].Missed >= 3, "a commune with a breach, an overdue task and no training misses three targets and comes first");
        Assert.True(rows[^1].Missed < rows[0].Missed);

        // The indicator page of the province: the chart first, under 100 KB too.
        var indicator = await pages.GetStringAsync($"/Dashboard/Indicator/{Indicators.ViolationRate}");
        Assert.True(Bytes(indicator) < MaxPageBytes, $"the indicator page is {Bytes(indicator) / 1024} KB");
        Assert.True(indicator.IndexOf("data-testid=\"trend-chart\"", StringComparison.Ordinal) < indicator.IndexOf("data-testid=\"indicator-definition\"", StringComparison.Ordinal),
            "the chart comes before the definition");
        Assert.Contains("data-testid=\"chart-target\"", indicator);
        Assert.Contains($"fill=\"{HoaNhap.Web.Shared.Charts.BarChart.Red}\"", indicator);
    }
}

public sealed class DashboardSizeTests_Sqlite(SqliteApp app) : DashboardSizeTests(app), IClassFixture<SqliteApp>;

public sealed class DashboardSizeTests_Postgres(PostgresApp app) : DashboardSizeTests(app), IClassFixture<PostgresApp>;
