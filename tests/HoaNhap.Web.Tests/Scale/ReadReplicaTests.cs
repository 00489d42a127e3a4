using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Shared.ReadReplica;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HoaNhap.Web.Tests.Scale;

/// <summary>
/// The application on a PostgreSQL primary with a real hot standby, both started for this fixture by
/// <c>scripts/pg-cluster.sh start</c> and <c>start-replica</c> (streaming replication, pg_basebackup -R).
/// </summary>
public sealed class ReplicaPostgresApp : HoaNhapApp
{
    string? _primaryDir, _replicaDir, _primary;
    public string? ReplicaServer { get; private set; }
    public string? ReplicaDirectory => _replicaDir;
    public override bool IsPostgres => true;
    protected override string? PostgresServer => _primary;

    public override async Task InitializeAsync()
    {
        if (TestEnvironment.PostgresConnection is null)
            MarkUnavailable("HOANHAP_TEST_POSTGRES is not set: no PostgreSQL for this run (./test.sh starts one).");
        else if (!PgCluster.ServerBinariesPresent)
            MarkUnavailable("No PostgreSQL server binaries (/usr/lib/postgresql/*/bin) to start a primary and a standby.");
        else
        {
            _primaryDir = PgCluster.NewDirectory("primary");
            _replicaDir = PgCluster.NewDirectory("replica");
            _primary = await PgCluster.RunAsync("start", _primaryDir);
            ReplicaServer = await PgCluster.RunAsync("start-replica", _replicaDir, _primaryDir);
        }
        await base.InitializeAsync();
    }

    public string ReplicaConnection => new NpgsqlConnectionStringBuilder(ReplicaServer) { Database = PostgresDatabase }.ConnectionString;

    protected override void ConfigureMore(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:PostgresReadOnly", ReplicaConnection);
        builder.UseSetting("ReadReplica:CheckSeconds", "0");
        builder.UseSetting("ReadReplica:MaxLagSeconds", "60");
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await PgCluster.StopAsync(_replicaDir);
        await PgCluster.StopAsync(_primaryDir);
    }
}

public sealed class ReadReplicaTests_Postgres(ReplicaPostgresApp app) : IClassFixture<ReplicaPostgresApp>
{
    async Task<string> OnReplicaAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(app.ReplicaConnection);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToString(await cmd.ExecuteScalarAsync()) ?? "";
    }

    static async Task<string> DashboardNameAsync(HttpClient api)
    {
        var response = await api.GetAsync("/api/v1/dashboard");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString()!;
    }

    [SkippableFact]
    public async Task Postgres_dashboards_read_from_the_replica_and_fall_back_to_the_primary_when_it_lags_or_is_down()
    {
        app.EnsureAvailable();
        var router = app.Services.GetRequiredService<ReadReplicaRouter>();
        var api = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        Assert.Contains("Tân Hòa", await DashboardNameAsync(api));
        Assert.True(router.LastState?.Usable, router.LastState?.Reason);

        // The standby stops replaying; the primary changes the commune's name.
        await OnReplicaAsync("SELECT pg_wal_replay_pause()");
        try
        {
            await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"Communes\" SET \"Name\" = 'Tân Hòa Mới' WHERE \"Code\" = '04792'"));
            await Task.Delay(300);

            // Read-only work still goes to the standby (within the allowed lag): the old name, on the API and the page.
            Assert.DoesNotContain("Mới", await DashboardNameAsync(api));
            var page = await pages.GetAsync("/Dashboard");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            // The dashboard itself (<main>); the header's unit name comes from the application's cache of units.
            var html = await page.Content.ReadAsStringAsync();
            var main = html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];
            Assert.Contains("Tân Hòa", main);
            Assert.DoesNotContain("Tân Hòa Mới", main);

            // Lagging beyond the parameter: the primary answers, with the new name.
            router.MaxLag = TimeSpan.FromSeconds(1);
            await Task.Delay(1500);
            Assert.Contains("Tân Hòa Mới", await DashboardNameAsync(api));
            Assert.False(router.LastState?.Usable);
        }
        finally
        {
            await OnReplicaAsync("SELECT pg_wal_replay_resume()");
            router.MaxLag = TimeSpan.FromSeconds(60);
        }

        // Caught up again: back on the standby, which now has the change.
        for (var i = 0; i < 100 && await OnReplicaAsync("SELECT \"Name\" FROM \"Communes\" WHERE \"Code\" = '04792'") != "Tân Hòa Mới"; i++)
            await Task.Delay(100);
        Assert.Contains("Tân Hòa Mới", await DashboardNameAsync(api));
        Assert.True(router.LastState?.Usable, router.LastState?.Reason);

        // The standby goes away: read-only work falls back to the primary without an error.
        await PgCluster.StopAsync(app.ReplicaDirectory);
        NpgsqlConnection.ClearAllPools();
        Assert.Contains("Tân Hòa Mới", await DashboardNameAsync(api));
        Assert.Equal(HttpStatusCode.OK, (await pages.GetAsync("/Dashboard")).StatusCode);
        Assert.False(router.LastState?.Usable);
    }
}
