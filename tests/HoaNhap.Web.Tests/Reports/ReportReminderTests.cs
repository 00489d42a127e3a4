using System.Net.Http.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Features.Reports;
using HoaNhap.Web.Features.Rules;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.Reports;

/// <summary>Before the monthly report falls due, every commune that manages people finds it on its worklist.</summary>
public abstract class ReportReminderTests(HoaNhapApp app)
{
    [SkippableFact]
    public async Task A_commune_with_open_cases_is_reminded_of_its_monthly_report_on_the_due_date()
    {
        app.EnsureAvailable();
        // A person of commune A with an open case: the commune manages people, so it reports.
        var person = await app.CreatePersonAsync(Unit.A, TestData.Unique("Người có hồ sơ"));
        var api = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var opened = await api.PostAsJsonAsync($"/api/v1/people/{person}/cases", new
        {
            kind = "SuspendedSentence", decisionNumber = "1/2025/QĐ-CA", decisionDate = "2025-01-10", decisionReceivedOn = "2025-01-12",
            startsOn = "2025-01-05", termMonths = 24,
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, opened.StatusCode);
        using var scope = app.Services.CreateScope();
        var db = app.NewDbContext(scope);
        var p = await scope.ServiceProvider.GetRequiredService<RuleBook>().ParametersAsync(CancellationToken.None);
        // A month in the past that no test reports on: its due date, and a day well before its reminder starts.
        var window = ReportingPeriod.Month(2025, 3, ReportingPeriod.StartDay(p, new DateOnly(2025, 3, 1)));
        var due = ReportingPeriod.DueOn(window, false, p);
        var source = new ReportDueSource(scope.ServiceProvider.GetRequiredService<RuleBook>());

        var onDue = await source.CollectEverywhereAsync(db, due);
        var item = Assert.Single(onDue, i => i.CommuneCode == HoaNhapApp.Units[Unit.A].Commune && i.DueOn == due);
        Assert.Equal(WorklistKind.ReportDue, item.Kind);
        Assert.StartsWith("Gửi báo cáo", item.Title);

        var early = await source.CollectEverywhereAsync(db, window.To.AddDays(-20));
        Assert.DoesNotContain(early, i => i.DueOn == due);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReportReminderTests_Sqlite(SqliteApp app) : ReportReminderTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ReportReminderTests_Postgres(PostgresApp app) : ReportReminderTests(app);
