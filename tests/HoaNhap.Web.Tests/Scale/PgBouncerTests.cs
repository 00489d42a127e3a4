using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Features.Worklist;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HoaNhap.Web.Tests.Scale;

/// <summary>
/// The application through PgBouncer in transaction pooling mode (started for this fixture by
/// <c>scripts/pg-cluster.sh start-pgbouncer</c> in front of the test server): no session state survives a
/// transaction, so anything relying on it (session advisory locks, SET, prepared statements) would fail here.
/// </summary>
public sealed class PgBouncerPostgresApp : HoaNhapApp
{
    string? _dir;
    string? _bouncer;
    public override bool IsPostgres => true;

    public override async Task InitializeAsync()
    {
        if (TestEnvironment.PostgresConnection is not { } server)
            MarkUnavailable("HOANHAP_TEST_POSTGRES is not set: no PostgreSQL for this run (./test.sh starts one).");
        else if (!PgCluster.PgBouncerPresent)
            MarkUnavailable("PgBouncer is not installed (apt-get install pgbouncer).");
        else
        {
            _dir = PgCluster.NewDirectory("pgbouncer");
            _bouncer = await PgCluster.RunAsync("start-pgbouncer", _dir, new NpgsqlConnectionStringBuilder(server).Port.ToString());
        }
        await base.InitializeAsync();
    }

    /// <summary>What the README asks for behind PgBouncer: no reset query on close (no session to reset), no auto-prepare.</summary>
    protected override string PostgresAppConnection(string server, string database) =>
        new NpgsqlConnectionStringBuilder(_bouncer) { Database = database, Pooling = true, NoResetOnClose = true, MaxAutoPrepare = 0 }.ConnectionString;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await PgCluster.StopAsync(_dir);
    }
}

[CollectionDefinition(Name)]
public sealed class PgBouncerCollection : ICollectionFixture<PgBouncerPostgresApp> { public const string Name = "PgBouncer"; }

/// <summary>The people API's own tests, run through PgBouncer.</summary>
[Collection(PgBouncerCollection.Name)]
public sealed class PeopleApiTests_PgBouncer_Postgres(PgBouncerPostgresApp app) : People.PeopleApiTests(app);

/// <summary>Reconciliation (a background worker, bulk inserts, audited steps) through PgBouncer.</summary>
[Collection(PgBouncerCollection.Name)]
public sealed class ReconciliationTests_PgBouncer_Postgres(PgBouncerPostgresApp app) : Reconciliation.ReconciliationTests(app);

[Collection(PgBouncerCollection.Name)]
public sealed class PgBouncerTests_Postgres(PgBouncerPostgresApp app)
{
    [SkippableFact]
    public async Task Postgres_through_PgBouncer_concurrent_audited_writes_and_reads_all_answer_and_the_chain_verifies()
    {
        app.EnsureAvailable();
        var officers = await Task.WhenAll(app.ApiAsync(Roles.CommuneOfficer, Unit.A), app.ApiAsync(Roles.CommuneOfficer, Unit.B));
        var work = Enumerable.Range(0, 24).Select(async i =>
        {
            var unit = i % 2 == 0 ? Unit.A : Unit.B;
            var api = officers[i % 2];
            if (i % 3 == 0)
                return (await api.PostAsJsonAsync("/api/v1/people", TestData.PersonJson(TestData.Unique("Vũ Văn Đồng"), HoaNhapApp.Units[unit].Commune))).StatusCode;
            var person = unit == Unit.A ? app.PersonA : app.PersonB;
            return (await api.GetAsync($"/api/v1/people/{person}")).StatusCode;
        });
        var answers = await Task.WhenAll(work);
        Assert.All(answers, s => Assert.True(s is HttpStatusCode.OK or HttpStatusCode.Created, s.ToString()));

        // The worklist job (transaction + advisory transaction lock + bulk insert) runs through it too.
        var run = await app.Services.GetRequiredService<WorklistJob>().RunAsync(DateOnly.FromDateTime(DateTime.Today), CancellationToken.None);
        Assert.True(run.Items >= 0);

        var admin = await app.ApiAsync(Roles.SystemAdmin, Unit.A);
        var verify = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify");
        Assert.True(verify.GetProperty("intact").GetBoolean(), verify.ToString());
    }
}
