using System.Net;
using System.Net.Http.Json;
using HoaNhap.Data;
using HoaNhap.Data.Partitioning;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Supervision;
using HoaNhap.Web.Features.AuditLog;
using HoaNhap.Web.Shared.Partitions;
using HoaNhap.Web.Tests.AuditLog;
using HoaNhap.Web.Tests.Infrastructure;
using HoaNhap.Web.Tests.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.Scale;

/// <summary>An application of its own: these tests detach months from its tables.</summary>
public sealed class PartitionedPostgresApp : HoaNhapApp
{
    public override bool IsPostgres => true;
}

[CollectionDefinition(Name)]
public sealed class PartitionedPostgresCollection : ICollectionFixture<PartitionedPostgresApp> { public const string Name = "Postgres-partitions"; }

/// <summary>
/// Issue 15, part 5: on PostgreSQL the check-ins, self-reports and audit entries are partitioned by month; a job keeps
/// the next months' partitions ready; an operator archives an old month by detaching it, and every audit chain still
/// verifies from where its archived part ends.
/// </summary>
[Collection(PartitionedPostgresCollection.Name)]
public sealed class PartitioningTests_Postgres(PartitionedPostgresApp app)
{
    static DateOnly ThisMonth
    {
        get
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            return new DateOnly(today.Year, today.Month, 1);
        }
    }

    Task<List<string>> PartitionsAsync(PartitionedTable t) =>
        app.WithDbAsync(async db => (await PostgresPartitioning.PartitionsAsync(db, t)).ToList());

    /// <summary>The partition (or plain table) that holds the row of <paramref name="table"/> with this id.</summary>
    Task<string> WhereIsAsync(string table, object id)
    {
        var sql = "SELECT (SELECT relname::text FROM pg_class WHERE oid = t.tableoid) AS \"Value\" FROM " + Quoted(table) + " t WHERE \"Id\" = {0}";
        return app.WithDbAsync(db => db.Database.SqlQueryRaw<string>(sql, id).SingleAsync());
    }

    Task<long> CountAsync(string sql) => app.WithDbAsync(db => db.Database.SqlQueryRaw<long>(sql).SingleAsync());

    static string Quoted(string name) => $"\"{name}\"";

    [SkippableFact]
    public async Task After_migration_the_event_and_audit_tables_have_a_partition_per_month_and_a_default_one()
    {
        app.EnsureAvailable();
        var partitioned = await app.WithDbAsync(db => db.Database.SqlQueryRaw<string>(
            "SELECT c.relname::text AS \"Value\" FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partrelid WHERE p.partstrat = 'r'").ToListAsync());
        Assert.Equal(["AuditEntries", "CheckIn", "SelfReport"], partitioned.Order(StringComparer.Ordinal));
        foreach (var t in PostgresPartitioning.Tables)
        {
            var partitions = await PartitionsAsync(t);
            Assert.Contains(t.DefaultPartition, partitions);
            for (var i = 0; i <= PostgresPartitioning.DefaultMonthsAhead; i++)
                Assert.Contains(t.PartitionOf(ThisMonth.AddMonths(i)), partitions);
        }
        Assert.Equal(0, await CountAsync("SELECT count(*) AS \"Value\" FROM pg_class WHERE relname LIKE '%\\_unpartitioned'"));
    }

    [SkippableFact]
    public async Task Check_ins_self_reports_and_audit_entries_land_in_the_partition_of_their_month()
    {
        app.EnsureAvailable();
        var today = app.Today;
        var start = today.AddMonths(-3).AddDays(-1);
        var (_, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, start);
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);

        var posted = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/check-ins", new { on = SupervisionSetup.Iso(today), kind = "CheckIn", attended = true });
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var checkIn = await app.WithDbAsync(db => db.Set<CheckIn>().AsNoTracking().SingleAsync(c => c.CaseId == caseId));
        Assert.Equal(PostgresPartitioning.CheckIns.PartitionOf(new DateOnly(today.Year, today.Month, 1)), await WhereIsAsync("CheckIn", checkIn.Id));
        // The application reads it back and the audit names it by its id, as on SQLite.
        var list = await officer.GetStringAsync($"/api/v1/cases/{caseId}/check-ins");
        Assert.Contains(checkIn.Id.ToString(), list);
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.EntityType == nameof(CheckIn) && a.EntityId == checkIn.Id.ToString()));
        Assert.Equal(PostgresPartitioning.AuditEntries.PartitionOf(ThisMonth), await WhereIsAsync("AuditEntries", audit.Id));

        // A period that ended three months ago has no partition yet: its report waits in the default partition, and
        // moves into its month's partition when that partition is made.
        var period = SelfReportSchedule.Periods(start, null, 1, today)[0];
        var report = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/self-reports",
            new { period = period.Label, receivedOn = SupervisionSetup.Iso(period.DueOn), summary = "Chấp hành tốt" });
        Assert.Equal(HttpStatusCode.Created, report.StatusCode);
        var stored = await app.WithDbAsync(db => db.Set<SelfReport>().AsNoTracking().SingleAsync(r => r.CaseId == caseId));
        Assert.Equal(PostgresPartitioning.SelfReports.DefaultPartition, await WhereIsAsync("SelfReport", stored.Id));
        var month = new DateOnly(stored.PeriodEndsOn.Year, stored.PeriodEndsOn.Month, 1);
        var created = await app.WithDbAsync(db => PostgresPartitioning.EnsureMonthsAsync(db, month, 0));
        Assert.Contains(PostgresPartitioning.SelfReports.PartitionOf(month), created);
        Assert.Equal(PostgresPartitioning.SelfReports.PartitionOf(month), await WhereIsAsync("SelfReport", stored.Id));

        // One report per period of a case still holds on the partitioned table.
        var twice = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/self-reports", new { period = period.Label, receivedOn = SupervisionSetup.Iso(today) });
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        await Assert.ThrowsAsync<DbUpdateException>(() => app.WithDbAsync(async db =>
        {
            db.Add(new SelfReport
            {
                CaseId = caseId, PersonId = stored.PersonId, ProvinceCode = stored.ProvinceCode, CommuneCode = stored.CommuneCode,
                PeriodNumber = stored.PeriodNumber, PeriodEndsOn = stored.PeriodEndsOn, ReceivedOn = today, CreatedBy = "test",
            });
            return await db.SaveChangesAsync();
        }));
    }

    [SkippableFact]
    public async Task The_monthly_job_creates_the_next_months_partitions_once_and_moves_early_rows_into_them()
    {
        app.EnsureAvailable();
        var (person, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, app.Today.AddMonths(-1));
        var (province, commune) = HoaNhapApp.Units[Unit.A];
        // A summons set five months ahead has no partition yet.
        var summons = new CheckIn
        {
            CaseId = caseId, PersonId = person, ProvinceCode = province, CommuneCode = commune, Kind = CheckInKind.Summons,
            On = ThisMonth.AddMonths(5).AddDays(9), Attended = false, CreatedBy = "test",
        };
        await app.WithDbAsync(db => { db.Add(summons); return db.SaveChangesAsync(); });
        Assert.Equal(PostgresPartitioning.CheckIns.DefaultPartition, await WhereIsAsync("CheckIn", summons.Id));

        var job = app.Services.GetRequiredService<PartitionMaintenanceJob>();
        // Run as in two months: partitions up to three months after that one (the migration made up to three from now).
        var created = await job.RunOnceForMonthAsync(ThisMonth.AddMonths(2), CancellationToken.None);
        Assert.NotNull(created);
        var expected = PostgresPartitioning.Tables.SelectMany(t => new[] { t.PartitionOf(ThisMonth.AddMonths(4)), t.PartitionOf(ThisMonth.AddMonths(5)) });
        Assert.Equal(expected.Order(StringComparer.Ordinal), created.Order(StringComparer.Ordinal));
        Assert.Equal(PostgresPartitioning.CheckIns.PartitionOf(ThisMonth.AddMonths(5)), await WhereIsAsync("CheckIn", summons.Id));

        // Once a month across instances, and creating what exists is a no-op.
        Assert.Null(await job.RunOnceForMonthAsync(ThisMonth.AddMonths(2), CancellationToken.None));
        Assert.Empty(await app.WithDbAsync(db => PostgresPartitioning.EnsureMonthsAsync(db, ThisMonth.AddMonths(2), 3)));
        // New audit partitions are guarded like the rest: TRUNCATE of the partition itself is refused.
        var truncateSql = "TRUNCATE " + Quoted(PostgresPartitioning.AuditEntries.PartitionOf(ThisMonth.AddMonths(5)));
        var truncate = await Record.ExceptionAsync(() => app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(truncateSql)));
        Assert.Contains("append-only", truncate?.Message);
    }

    /// <summary>Entries of chain <paramref name="chain"/> written as the application writes them, at past times.</summary>
    async Task WriteChainAsync(string chain, params DateTimeOffset[] times)
    {
        await app.WithDbAsync(async db =>
        {
            var key = db.AuditSettings!.Key;
            var previous = AuditChain.Genesis;
            var sequence = 0L;
            foreach (var at in times)
            {
                var e = new AuditEntry
                {
                    Chain = chain, Sequence = ++sequence, At = at, UserName = "ca.cu", Action = AuditActions.View, EntityType = "Person",
                    EntityId = Guid.NewGuid().ToString(), ProvinceCode = chain, PreviousHash = previous,
                };
                e.Hash = AuditChain.ComputeHash(e, key);
                previous = e.Hash;
                db.Add(e);
            }
            db.Add(new AuditChainHead { Chain = chain, Sequence = sequence, Hash = previous });
            return await db.SaveChangesAsync();
        });
    }

    [SkippableFact]
    public async Task Archiving_an_old_month_detaches_it_and_every_chain_still_verifies_from_where_its_archive_ends()
    {
        app.EnsureAvailable();
        const string Chain = "33";
        var march = new DateOnly(2025, 3, 1);
        var april = new DateOnly(2025, 4, 1);
        DateTimeOffset At(int month, int day) => new(2025, month, day, 9, 30, 0, TimeSpan.Zero);
        // Chain 33 began in March 2025 (entries 1–3) and went on in April (4–5), then today through the application.
        await WriteChainAsync(Chain, At(3, 10), At(3, 20), At(3, 31), At(4, 2), At(4, 15));
        var (api, commune) = await AuditSteps.CommuneOfficerInAsync(app, Chain);
        await AuditSteps.CreateAndViewAsync(api, commune, "Hồ Văn Lưu");
        var (person, caseId) = await SupervisionSetup.ActiveCaseAsync(app, SentenceType.SuspendedSentence, app.Today.AddMonths(-1));
        var (province, unitCommune) = HoaNhapApp.Units[Unit.A];
        var oldCheckIn = new CheckIn
        {
            CaseId = caseId, PersonId = person, ProvinceCode = province, CommuneCode = unitCommune, Kind = CheckInKind.CheckIn,
            On = new DateOnly(2025, 3, 14), Attended = true, CreatedBy = "test",
        };
        await app.WithDbAsync(db => { db.Add(oldCheckIn); return db.SaveChangesAsync(); });
        var before = await app.WithDbAsync(db => AuditVerification.VerifyAsync(db));
        Assert.True(before.Intact, before.Reason);
        var chainBefore = before.Chains.Single(c => c.Chain == Chain).EntriesChecked;

        // The current month and a month after an older one still in the live tables are refused.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await Assert.ThrowsAsync<ArchiveRefusedException>(() => app.WithDbAsync(db => PostgresPartitioning.ArchiveMonthAsync(db, ThisMonth, today)));
        var outOfOrder = await Assert.ThrowsAsync<ArchiveRefusedException>(() => app.WithDbAsync(db => PostgresPartitioning.ArchiveMonthAsync(db, april, today)));
        Assert.Contains("03/2025", outOfOrder.Message);

        var archived = await app.WithDbAsync(db => PostgresPartitioning.ArchiveMonthAsync(db, march, today));
        Assert.Contains(("AuditEntries_2025_03", 3L), archived.Detached);
        Assert.Contains(("CheckIn_2025_03", 1L), archived.Detached);
        var start = Assert.Single(archived.Chains);
        Assert.Equal((Chain, 1L, 3L), (start.Chain, start.FirstSequence, start.LastSequence));

        // The month's rows left the live tables; they wait in standalone tables for pg_dump.
        Assert.Equal(0, await CountAsync("SELECT count(*) AS \"Value\" FROM \"AuditEntries\" WHERE \"At\" < '2025-04-01 00:00:00+00'"));
        Assert.Equal(0, await CountAsync("SELECT count(*) AS \"Value\" FROM \"CheckIn\" WHERE \"On\" < '2025-04-01'"));
        Assert.Equal(3, await CountAsync("SELECT count(*) AS \"Value\" FROM \"AuditEntries_2025_03\""));
        Assert.Equal(0, await CountAsync("SELECT count(*) AS \"Value\" FROM pg_class WHERE relname = 'AuditEntries_2025_03' AND relispartition"));
        Assert.DoesNotContain("AuditEntries_2025_03", await PartitionsAsync(PostgresPartitioning.AuditEntries));

        var after = await app.WithDbAsync(db => AuditVerification.VerifyAsync(db));
        Assert.True(after.Intact, $"{after.FirstBadEntry}: {after.Reason}");
        Assert.Equal(chainBefore - 3, after.Chains.Single(c => c.Chain == Chain).EntriesChecked);
        Assert.Equal(0, await AuditVerification.RunCommandAsync(app.Services));

        // The operator's command archives April and says how to dump it.
        var output = new StringWriter();
        Assert.Equal(0, await ArchiveCommand.RunAsync(app.Services, [ArchiveCommand.Verb, "2025-04"], output));
        Assert.Contains("AuditEntries_2025_04: 2 dòng", output.ToString());
        Assert.Contains("pg_dump", output.ToString());
        Assert.Contains("-t 'public.\"AuditEntries_2025_04\"'", output.ToString());
        var again = await app.WithDbAsync(db => AuditVerification.VerifyAsync(db, Chain));
        Assert.True(again.Intact, again.Reason);
        Assert.Equal(chainBefore - 5, again.EntriesChecked);

        // A start moved by hand (to hide deleted entries) does not verify without the key.
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"AuditChainArchives\" SET \"LastSequence\" = \"LastSequence\" + 1 WHERE \"Chain\" = {0} AND \"Month\" = {1}", Chain, april));
        var forged = await app.WithDbAsync(db => AuditVerification.VerifyAsync(db, Chain));
        Assert.False(forged.Intact);
        Assert.Contains("Mốc lưu trữ", forged.Reason);
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"AuditChainArchives\" SET \"LastSequence\" = \"LastSequence\" - 1 WHERE \"Chain\" = {0} AND \"Month\" = {1}", Chain, april));
    }
}

/// <summary>SQLite keeps plain tables: no partitions to make, nothing to archive, single-column keys.</summary>
[Collection(SqliteCollection.Name)]
public sealed class PartitioningTests_Sqlite(SqliteApp app)
{
    [SkippableFact]
    public async Task SQLite_has_no_partitions_to_make_and_refuses_to_archive_a_month()
    {
        app.EnsureAvailable();
        var job = app.Services.GetRequiredService<PartitionMaintenanceJob>();
        Assert.Empty((await job.RunOnceForMonthAsync(DateOnly.FromDateTime(DateTime.UtcNow), CancellationToken.None))!);
        var output = new StringWriter();
        Assert.Equal(1, await ArchiveCommand.RunAsync(app.Services, [ArchiveCommand.Verb, "2025-03"], output));
        Assert.Contains("chỉ có trên PostgreSQL", output.ToString());
        await app.WithDbAsync(db =>
        {
            Assert.Single(db.Model.FindEntityType(typeof(CheckIn))!.FindPrimaryKey()!.Properties);
            Assert.Single(db.Model.FindEntityType(typeof(AuditEntry))!.FindPrimaryKey()!.Properties);
            return Task.FromResult(0);
        });
    }
}
