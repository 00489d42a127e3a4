using HoaNhap.Domain.Access;
using HoaNhap.Web.Tests.Infrastructure;

namespace HoaNhap.Web.Tests.Authorization;

/// <summary>The layout's menu, on the desk and on the phone, offers exactly the acts the permission table gives the role.</summary>
public abstract class MenuFollowsPermissionsTests(HoaNhapApp app)
{
    static readonly (Act Act, string Desk, string Phone)[] Links =
    [
        (Act.UseWorklist, "nav-worklist", "phone-nav-worklist"),
        (Act.SeeAlerts, "nav-alerts", "phone-nav-alerts"),
        (Act.SeeCaseload, "nav-caseload", "phone-nav-caseload"),
        (Act.RecordBatchCheckIn, "nav-batch-check-in", "phone-nav-batch-check-in"),
        (Act.SeeDashboard, "nav-dashboard", "phone-nav-dashboard"),
        (Act.ReadReports, "nav-reports", "phone-nav-reports"),
        (Act.SeeReconciliation, "nav-reconciliation", "phone-nav-reconciliation"),
        (Act.ReadReleaseNotices, "nav-release-notices", "phone-nav-release-notices"),
        (Act.ReadLoans, "nav-loans", "phone-nav-loans"),
        (Act.UseReintegrationModels, "nav-models", "phone-nav-models"),
        (Act.UseEmployment, "nav-jobs", "phone-nav-jobs"),
        (Act.ReviewRetention, "nav-retention", "phone-nav-retention"),
        (Act.SeePlans, "nav-plans", "phone-nav-plans"),
        (Act.SeeInspections, "nav-inspections", "phone-nav-inspections"),
    ];

    [SkippableFact]
    public async Task Every_role_sees_a_menu_link_exactly_when_the_table_allows_its_act()
    {
        app.EnsureAvailable();
        foreach (var role in Roles.All)
        {
            var html = await (await app.PagesAsync(role, Unit.A)).GetStringAsync("/");
            foreach (var (act, desk, phone) in Links)
            {
                var allowed = Permissions.Allows(role, act);
                Assert.True(allowed == html.Contains($"data-testid=\"{desk}\""), $"{role}: {desk} shown = {!allowed}");
                Assert.True(allowed == html.Contains($"data-testid=\"{phone}\""), $"{role}: {phone} shown = {!allowed}");
            }
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MenuFollowsPermissionsTests_Sqlite(SqliteApp app) : MenuFollowsPermissionsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class MenuFollowsPermissionsTests_Postgres(PostgresApp app) : MenuFollowsPermissionsTests(app);
