using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Reconciliation;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.Reconciliation;

/// <summary>A list still being matched shows how far it got, refreshes itself without JavaScript, and the API says the same.</summary>
public abstract class ReconciliationProgressTests(HoaNhapApp app)
{
    [SkippableFact]
    public async Task A_running_reconciliation_shows_its_progress_and_refreshes_itself()
    {
        app.EnsureAvailable();
        var running = new MonthlyReconciliation
        {
            ProvinceCode = HoaNhapApp.Units[Unit.A].Province, Month = "2024-0" + Random.Shared.Next(1, 10),
            TotalRows = 1000, FileName = "lon.csv",
        };
        running.Start();
        running.ProcessedRows = 250;
        using (var scope = app.Services.CreateScope())
        {
            var db = app.NewDbContext(scope);
            db.Add(running);
            await db.SaveChangesAsync();
        }

        var pages = await app.PagesAsync(Roles.ProvinceOfficer, Unit.A);
        var html = await pages.GetStringAsync($"/Reconciliation/Details/{running.Id}");
        Assert.Contains("đã xử lý 250 / 1000 dòng (25%)", html);
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"2\" />", html);

        var api = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        var result = await api.GetFromJsonAsync<JsonElement>($"/api/v1/reconciliations/{running.Id}");
        Assert.Equal("Running", result.GetProperty("status").GetString());
        Assert.Equal(250, result.GetProperty("processedRows").GetInt32());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReconciliationProgressTests_Sqlite(SqliteApp app) : ReconciliationProgressTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ReconciliationProgressTests_Postgres(PostgresApp app) : ReconciliationProgressTests(app);
