using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Audit;
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
        // Background exports run when a test says so (ExportWorker.RunWaitingAsync).
        builder.UseSetting("Exports:Enabled", "false");
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
        // So do the search, the lists and the worklist, and they say so.
        foreach (var (client, url) in new[] { (api, "/api/v1/people?q=Th%E1%BB%AD"), (api, "/api/v1/worklist"), (pages, "/People?q=Th%E1%BB%AD"), (pages, "/Reports"), (pages, "/Worklist") })
        {
            var r = await client.GetAsync(url);
            Assert.True(r.StatusCode == HttpStatusCode.OK, $"{url}: {(int)r.StatusCode}");
            Assert.Equal("primary", r.Headers.GetValues(ReadReplicaRouter.Header).Single());
        }
    }
}

/// <summary>
/// Issue 15, part 5: searches, lists, reports and the worklist are read from a real hot standby; what they audit is
/// written on the primary; a user who has just saved something reads from the primary (on any app server) while
/// others still read from the standby. A fixture of its own (this class never stops its standby).
/// </summary>
public sealed class ReadReplicaRoutingTests_Postgres(ReplicaPostgresApp app) : IClassFixture<ReplicaPostgresApp>
{
    DateOnly Today => app.Today;

    async Task<string> OnReplicaAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(app.ReplicaConnection);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToString(await cmd.ExecuteScalarAsync()) ?? "";
    }

    /// <summary>
    /// Waits until the standby has replayed everything the primary has written so far (the insert position: the test
    /// cluster commits asynchronously, so a commit may still be in the WAL buffers when its request has answered).
    /// </summary>
    async Task CaughtUpAsync()
    {
        string lsn;
        await using (var conn = new NpgsqlConnection(app.AppConnectionString))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand("SELECT pg_current_wal_insert_lsn()::text", conn);
            lsn = (string)(await cmd.ExecuteScalarAsync())!;
        }
        for (var i = 0; i < 200; i++)
        {
            if (await OnReplicaAsync($"SELECT pg_last_wal_replay_lsn() >= '{lsn}'::pg_lsn") == "True") return;
            await Task.Delay(50);
        }
        throw new TimeoutException("The standby did not catch up within 10 s.");
    }

    static string? ReadFrom(HttpResponseMessage r) =>
        r.Headers.TryGetValues(ReadReplicaRouter.Header, out var v) ? v.Single() : null;

    Task<int> AuditCountOnPrimaryAsync(string action, string userName) =>
        app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == action && a.UserName == userName));

    /// <summary>A client without a cookie jar (each request carries only what the test gives it), holding a bearer token.</summary>
    static async Task<HttpClient> BareApiAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> server, string role, Unit unit)
    {
        var client = server.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer",
            await HoaNhapApp.TokenAsync(client, HoaNhapApp.UserName(role, unit), HoaNhapApp.Password));
        return client;
    }

    static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string? cookie = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (cookie is not null) request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    [SkippableFact]
    public async Task Postgres_search_lists_and_reports_are_read_from_the_replica_and_their_audit_entries_are_written_on_the_primary()
    {
        app.EnsureAvailable();
        var officerName = HoaNhapApp.UserName(Roles.CommuneOfficer, Unit.A);
        // A report to read, made by a client of its own (its own reads would stay on the primary for a while).
        var writer = await BareApiAsync(app, Roles.CommuneOfficer, Unit.A);
        var report = await writer.PostAsJsonAsync("/api/v1/reports", new { kind = "Custom", from = "01/02/2025", to = "28/02/2025" });
        Assert.Equal(HttpStatusCode.Created, report.StatusCode);
        var reportId = (await report.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await CaughtUpAsync();

        // A search by name: answered from the standby; its Search and View entries are on the primary.
        var officer = await BareApiAsync(app, Roles.CommuneOfficer, Unit.A);
        var searches = await AuditCountOnPrimaryAsync(AuditActions.Search, officerName);
        var views = await AuditCountOnPrimaryAsync(AuditActions.View, officerName);
        var search = await officer.GetAsync("/api/v1/people?q=" + Uri.EscapeDataString("Văn Thử"));
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Equal("replica", ReadFrom(search));
        Assert.Contains("Nguyễn Văn Thử", await search.Content.ReadAsStringAsync());
        Assert.Equal(searches + 1, await AuditCountOnPrimaryAsync(AuditActions.Search, officerName));
        Assert.Equal(views + 1, await AuditCountOnPrimaryAsync(AuditActions.View, officerName));

        // It is really the standby that answers: with its replay paused, a person added on the primary is not found yet.
        var newcomer = TestData.Unique("Phạm Văn Sao");
        await OnReplicaAsync("SELECT pg_wal_replay_pause()");
        try
        {
            await app.CreatePersonAsync(Unit.A, newcomer);
            var stale = await officer.GetAsync("/api/v1/people?q=" + Uri.EscapeDataString(newcomer));
            Assert.Equal("replica", ReadFrom(stale));
            Assert.DoesNotContain(newcomer, await stale.Content.ReadAsStringAsync());
        }
        finally { await OnReplicaAsync("SELECT pg_wal_replay_resume()"); }

        // Every list, report and download marked as read-only work answers from the standby without writing through its
        // own context (a save there is refused, and the standby refuses writes anyway): 200 and "replica" for each.
        var key = Indicators.ViolationRate;
        var pages = new Dictionary<(string Role, bool Api), string[]>
        {
            [(Roles.CommuneOfficer, false)] = ["/People", "/People?q=Th%E1%BB%AD", "/Worklist", "/Reports", $"/Reports/Details/{reportId}",
                $"/Reports/Details/{reportId}?handler=Docx", $"/Reports/Details/{reportId}?handler=Xlsx", $"/Dashboard/Indicator/{key}",
                $"/Dashboard/People/{key}", "/Rules/AlmostEligible", "/Transfers", "/Dashboard"],
            [(Roles.CommuneOfficer, true)] = ["/api/v1/people", "/api/v1/worklist", "/api/v1/reports", $"/api/v1/reports/{reportId}",
                $"/api/v1/reports/{reportId}/document", "/api/v1/rules/almost-eligible", "/api/v1/transfers", $"/api/v1/people/{app.PersonA}/cases",
                $"/api/v1/dashboard/indicators/{key}/people", "/api/v1/dashboard"],
            [(Roles.ProvinceOfficer, false)] = ["/AuditLog", "/Reconciliation", "/Worklist"],
            [(Roles.ProvinceOfficer, true)] = ["/api/v1/audit", "/api/v1/reconciliations", "/api/v1/worklist/counts"],
            [(Roles.Supervisor, false)] = ["/Supervision/Mine"],
        };
        foreach (var ((role, api), urls) in pages)
        {
            var client = api ? await BareApiAsync(app, role, Unit.A) : await app.PagesAsync(role, Unit.A);
            foreach (var url in urls)
            {
                var r = await client.GetAsync(url);
                Assert.True(r.StatusCode == HttpStatusCode.OK, $"{role} {url}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
                Assert.True(ReadFrom(r) == "replica", $"{role} {url}: read from {ReadFrom(r) ?? "(no header)"}");
            }
        }

        // A page that is not read-only work says nothing; a person's file stays on the primary.
        var file = await officer.GetAsync($"/api/v1/people/{app.PersonA}");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Null(ReadFrom(file));
    }

    [SkippableFact]
    public async Task Postgres_a_user_who_just_saved_reads_from_the_primary_on_any_server_while_another_user_reads_from_the_replica()
    {
        app.EnsureAvailable();
        await using var peer = new PeerInstance(app, new Dictionary<string, string>
        {
            ["ConnectionStrings:PostgresReadOnly"] = app.ReplicaConnection, ["ReadReplica:CheckSeconds"] = "0", ["ReadReplica:MaxLagSeconds"] = "60",
        });
        var writer = await BareApiAsync(app, Roles.CommuneOfficer, Unit.A);
        var writerOnPeer = await BareApiAsync(peer, Roles.CommuneOfficer, Unit.A);
        var other = await BareApiAsync(app, Roles.CommuneLeader, Unit.A);
        var name = TestData.Unique("Đỗ Văn Ghi");
        var search = "/api/v1/people?q=" + Uri.EscapeDataString(name);
        await CaughtUpAsync();

        await OnReplicaAsync("SELECT pg_wal_replay_pause()");
        try
        {
            var created = await writer.PostAsJsonAsync("/api/v1/people", TestData.PersonJson(name, HoaNhapApp.Units[Unit.A].Commune));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var cookie = created.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])
                .Single(c => c.StartsWith(ReadYourWrites.Cookie + "=", StringComparison.Ordinal));

            // The writer, carrying the marker, finds the person: on this server and on the other one.
            foreach (var (client, where) in new[] { (writer, "this server"), (writerOnPeer, "the other server") })
            {
                var mine = await GetAsync(client, search, cookie);
                Assert.True(ReadFrom(mine) == "primary", where);
                Assert.Contains(name, await mine.Content.ReadAsStringAsync());
            }

            // Another user (and the same user in a browser that did not write) still reads the standby, which has not replayed it.
            foreach (var response in new[] { await GetAsync(other, search), await GetAsync(writerOnPeer, search) })
            {
                Assert.Equal("replica", ReadFrom(response));
                Assert.DoesNotContain(name, await response.Content.ReadAsStringAsync());
            }

            // The marker lasts ReadReplica:StickySeconds: an expired one reads from the standby again.
            var expired = $"{ReadYourWrites.Cookie}={DateTimeOffset.UtcNow.AddSeconds(-1).ToUnixTimeMilliseconds()}";
            Assert.Equal("replica", ReadFrom(await GetAsync(writer, search, expired)));

            // A refused write (422/400) marks nothing; a read never does.
            var refused = await writer.PostAsJsonAsync("/api/v1/people", new { fullName = "" });
            Assert.True((int)refused.StatusCode >= 400);
            Assert.False(refused.Headers.TryGetValues("Set-Cookie", out var set) && set.Any(c => c.StartsWith(ReadYourWrites.Cookie, StringComparison.Ordinal)));
        }
        finally { await OnReplicaAsync("SELECT pg_wal_replay_resume()"); }
    }

    [SkippableFact]
    public async Task Postgres_an_officer_who_records_the_due_check_in_sees_it_gone_from_the_worklist_while_the_replica_lags()
    {
        app.EnsureAvailable();
        var (_, caseId) = await HoaNhap.Web.Tests.Supervision.SupervisionSetup.ActiveCaseAsync(app, HoaNhap.Domain.Cases.SentenceType.SuspendedSentence, Today.AddMonths(-2));
        await app.Services.GetRequiredService<HoaNhap.Web.Features.Worklist.WorklistJob>().RunAsync(Today, CancellationToken.None);
        await CaughtUpAsync();
        // A browser-like client (keeps its cookies) and a colleague of the same commune.
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var leader = await app.ApiAsync(Roles.CommuneLeader, Unit.A);

        async Task<(string? From, bool Due)> WorklistAsync(HttpClient client)
        {
            var r = await client.GetAsync("/api/v1/worklist");
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            var due = (await r.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Any(i =>
                i.GetProperty("kind").GetString() == "CheckInDue" && i.GetProperty("caseId").ValueKind == JsonValueKind.String
                && i.GetProperty("caseId").GetGuid() == caseId);
            return (ReadFrom(r), due);
        }

        Assert.Equal(("replica", true), await WorklistAsync(officer));
        await OnReplicaAsync("SELECT pg_wal_replay_pause()");
        try
        {
            var attended = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/check-ins",
                new { on = HoaNhap.Web.Tests.Supervision.SupervisionSetup.Iso(Today), kind = "CheckIn", attended = true, note = "Có mặt" });
            Assert.Equal(HttpStatusCode.Created, attended.StatusCode);
            // The officer goes back to the worklist: done (read from the primary).
            Assert.Equal(("primary", false), await WorklistAsync(officer));
            // The colleague still reads the lagging standby.
            Assert.Equal(("replica", true), await WorklistAsync(leader));
        }
        finally { await OnReplicaAsync("SELECT pg_wal_replay_resume()"); }
    }

    [SkippableFact]
    public async Task Postgres_a_background_report_export_reads_from_the_replica_unless_it_lacks_the_job_and_stores_its_file_on_the_primary()
    {
        app.EnsureAvailable();
        var officer = await BareApiAsync(app, Roles.CommuneOfficer, Unit.A);
        var report = await officer.PostAsJsonAsync("/api/v1/reports", new { kind = "Custom", from = "01/01/2024", to = "31/01/2024" });
        Assert.Equal(HttpStatusCode.Created, report.StatusCode);
        var reportId = (await report.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await officer.PutAsJsonAsync($"/api/v1/reports/{reportId}/narrative",
            new { results = "Kết quả đã chép sang máy chủ đọc", shortcomings = "", proposals = "" })).StatusCode);

        async Task<Guid> StartAsync()
        {
            var started = await officer.PostAsJsonAsync("/api/v1/exports", new { kind = "report-docx", parameters = new { reportId } });
            Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
            return (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }

        // The fixture's own worker is off (Exports:Enabled=false); one worker runs the queue when the test says so.
        var worker = new HoaNhap.Web.Shared.Exports.ExportWorker(app.Services.GetRequiredService<IServiceScopeFactory>(),
            app.Services.GetServices<HoaNhap.Web.Shared.Exports.IExportKind>(), new HoaNhap.Web.Shared.Exports.ExportSignal(),
            app.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>(),
            app.Services.GetRequiredService<Microsoft.Extensions.Logging.ILogger<HoaNhap.Web.Shared.Exports.ExportWorker>>(), app.Clock);

        async Task<string> DocumentTextAsync(Guid job)
        {
            var stored = await app.WithDbAsync(db => db.Set<HoaNhap.Domain.Exports.ExportJob>().AsNoTracking().SingleAsync(j => j.Id == job));
            Assert.Equal(HoaNhap.Domain.Exports.ExportJobStatus.Done, stored.Status);
            return string.Join("\n", AdministrativeDocument.Text(stored.Content!));
        }

        var onReplica = await StartAsync();
        await CaughtUpAsync();
        await OnReplicaAsync("SELECT pg_wal_replay_pause()");
        try
        {
            // The primary's report changes; the standby does not replay it. The job, which the standby has, reads it there.
            await app.WithDbAsync(db => db.Set<HoaNhap.Domain.Reports.PeriodicReport>().Where(r => r.Id == reportId)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.Results, "Kết quả chỉ có trên máy chủ chính")));
            await worker.RunWaitingAsync(CancellationToken.None);
            var text = await DocumentTextAsync(onReplica);
            Assert.True(text.Contains("Kết quả đã chép sang máy chủ đọc"), text);
            Assert.DoesNotContain("chỉ có trên máy chủ chính", text);

            // A job the standby has not received yet (the user has just saved) reads from the primary.
            var onPrimary = await StartAsync();
            await worker.RunWaitingAsync(CancellationToken.None);
            Assert.Contains("Kết quả chỉ có trên máy chủ chính", await DocumentTextAsync(onPrimary));
        }
        finally { await OnReplicaAsync("SELECT pg_wal_replay_resume()"); }
    }
}
