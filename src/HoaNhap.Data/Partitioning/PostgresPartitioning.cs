using System.Data.Common;
using System.Globalization;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace HoaNhap.Data.Partitioning;

/// <summary>One table partitioned by month on PostgreSQL: its name, the column of its month, and its partitions' names.</summary>
public sealed record PartitionedTable(string Table, string Column, bool Timestamp, Type Entity)
{
    /// <summary><c>CheckIn_2026_03</c>: the partition of March 2026.</summary>
    public string PartitionOf(DateOnly month) => $"{Table}_{month.ToString("yyyy_MM", CultureInfo.InvariantCulture)}";
    /// <summary>Rows of a month that has no partition (yet) land here.</summary>
    public string DefaultPartition => Table + "_default";

    /// <summary>A partition bound: dates as dates, timestamps as UTC midnight (never the session's time zone).</summary>
    public string Bound(DateOnly day) => Timestamp
        ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 00:00:00+00"
        : day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>SQL each new partition needs beyond what PostgreSQL clones from the parent; {0} is the partition.</summary>
    public string? PerPartitionSql { get; init; }
}

/// <summary>What archiving a month did: the detached tables (with their row counts) and where each audit chain now starts.</summary>
public sealed record MonthArchive(DateOnly Month, IReadOnlyList<(string Table, long Rows)> Detached, IReadOnlyList<AuditChainArchive> Chains);

/// <summary>
/// Monthly partitions of the event and audit tables on PostgreSQL (issue 15, part 5). Everything here is hand-written
/// SQL: <see cref="Apply"/> is called by the PostgreSQL initial migration through <see cref="MigrationSql"/>; <see cref="EnsureMonthsAsync"/> by the monthly maintenance job;
/// <see cref="ArchiveMonthAsync"/> by the <c>archive-month</c> command. SQLite keeps plain tables.
/// <para>
/// Partitioned: <c>CheckIn</c> by <c>On</c> (the day of the check-in or summons), <c>SelfReport</c> by
/// <c>PeriodEndsOn</c> (so that "one report per period of a case" stays a unique index: the end of a period belongs to
/// the period), <c>AuditEntries</c> by <c>At</c> (UTC months). <c>Breach</c> is not: three tables reference it by
/// foreign key and there are few breaches per case, against one check-in a month per person.
/// </para>
/// </summary>
public static class PostgresPartitioning
{
    public const int DefaultMonthsAhead = 3;
    /// <summary>Held (per transaction) by whoever creates, moves or detaches partitions, so two of them never race.</summary>
    const long AdvisoryLock = 48151627;

    public static readonly PartitionedTable CheckIns = new("CheckIn", "On", false, typeof(CheckIn));
    public static readonly PartitionedTable SelfReports = new("SelfReport", "PeriodEndsOn", false, typeof(SelfReport));
    /// <summary>The append-only guard: the row trigger is cloned to every partition, the TRUNCATE trigger is not.</summary>
    public static readonly PartitionedTable AuditEntries = new("AuditEntries", "At", true, typeof(AuditEntry))
    {
        PerPartitionSql = "CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON \"{0}\" FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();",
    };
    public static readonly IReadOnlyList<PartitionedTable> Tables = [CheckIns, SelfReports, AuditEntries];

    public static bool IsPartitioned(Type entity) => Tables.Any(t => t.Entity == entity);

    /// <summary>
    /// PostgreSQL: every unique index of a partitioned table, its primary key included, must contain the partition
    /// key. Called by the DbContext for PostgreSQL only (SQLite keeps single-column keys, and AUTOINCREMENT needs one).
    /// No table has a foreign key into these three; references by id stay and are checked by the application.
    /// </summary>
    public static void ConfigureModel(ModelBuilder m)
    {
        m.Entity<CheckIn>().HasKey(x => new { x.Id, x.On });
        m.Entity<SelfReport>(e =>
        {
            e.HasKey(x => new { x.Id, x.PeriodEndsOn });
            // "One report per period of a case": the period's end is the period's, so the rule holds with it in the index.
            if (e.Metadata.FindIndex([e.Metadata.FindProperty(nameof(SelfReport.CaseId))!, e.Metadata.FindProperty(nameof(SelfReport.PeriodNumber))!]) is { } old)
                e.Metadata.RemoveIndex(old);
            e.HasIndex(x => new { x.CaseId, x.PeriodNumber, x.PeriodEndsOn }).IsUnique();
        });
        m.Entity<AuditEntry>(e =>
        {
            e.HasKey(x => new { x.Id, x.At });
            e.Property(x => x.Id).UseIdentityByDefaultColumn();
            // A number is given once by the chain's head row (locked while it moves); a number given twice is named by
            // the verification. The index serves the verification's walk; PostgreSQL cannot make it unique without At.
            e.HasIndex(x => new { x.Chain, x.Sequence }).IsUnique(false);
        });
    }

    // ---- the migration ------------------------------------------------------------------------------------

    /// <summary>Turns each table into a partitioned one, then moves the audit identity past the copied ids.</summary>
    public static void Apply(MigrationBuilder m, int monthsAhead = DefaultMonthsAhead)
    {
        foreach (var t in Tables) m.Sql(ConvertSql(t, monthsAhead));
        // The audit identity starts after the ids copied into the partitioned table, so none is given twice.
        m.Sql("""
            SELECT setval(pg_get_serial_sequence('"AuditEntries"', 'Id'), COALESCE((SELECT MAX("Id") FROM "AuditEntries"), 0) + 1, false);
            """);
    }

    /// <summary>
    /// One table into <c>PARTITION BY RANGE</c> on its month column: note its keys, foreign keys, other indexes and
    /// triggers; rename it; create the partitioned table like it with a partition per month that has rows, per month from
    /// this one to <paramref name="monthsAhead"/> ahead, and a default partition; copy the rows; drop the old table;
    /// recreate the keys, indexes and triggers on the parent (PostgreSQL propagates them to every partition). Does nothing
    /// when the table is already partitioned. Runs inside the migration's transaction: the tables are locked while rows
    /// are copied, so at scale this is a maintenance window proportional to the tables' size.
    /// </summary>
    public static string ConvertSql(PartitionedTable t, int monthsAhead = DefaultMonthsAhead, bool partition = true)
    {
        var monthOf = t.Timestamp ? $"(\"{t.Column}\" AT TIME ZONE 'UTC')" : $"\"{t.Column}\"";
        var bound = t.Timestamp ? "to_char(m, 'YYYY-MM-DD') || ' 00:00:00+00'" : "to_char(m, 'YYYY-MM-DD')";
        var boundNext = t.Timestamp ? "to_char(m + interval '1 month', 'YYYY-MM-DD') || ' 00:00:00+00'" : "to_char(m + interval '1 month', 'YYYY-MM-DD')";
        var perPartition = t.PerPartitionSql is null ? "" : $"EXECUTE format({Literal(t.PerPartitionSql.Replace("\"{0}\"", "%I"))}, part);";
        return $$"""
            DO $partition$
            DECLARE
                tbl text := '{{t.Table}}';
                old text := '{{t.Table}}_{{(partition ? "unpartitioned" : "partitioned")}}';
                defs text[];
                d text;
                m date;
                part text;
                seq text;
            BEGIN
                IF {{(partition ? "" : "NOT ")}}EXISTS (SELECT 1 FROM pg_partitioned_table WHERE partrelid = format('%I', tbl)::regclass) THEN RETURN; END IF;
                SELECT coalesce(array_agg(format('ALTER TABLE %I ADD CONSTRAINT %I %s', tbl, conname, pg_get_constraintdef(oid))
                                          ORDER BY contype <> 'p', conname), '{}')
                  INTO defs FROM pg_constraint WHERE conrelid = format('%I', tbl)::regclass AND contype IN ('p', 'u', 'f');
                defs := defs || coalesce((SELECT array_agg(pg_get_indexdef(i.indexrelid) ORDER BY i.indexrelid) FROM pg_index i
                                          WHERE i.indrelid = format('%I', tbl)::regclass
                                            AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)), '{}');
                defs := defs || coalesce((SELECT array_agg(pg_get_triggerdef(oid) ORDER BY tgname) FROM pg_trigger
                                          WHERE tgrelid = format('%I', tbl)::regclass AND NOT tgisinternal), '{}');
                EXECUTE format('ALTER TABLE %I RENAME TO %I', tbl, old);
                EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING GENERATED INCLUDING CONSTRAINTS '
                               'INCLUDING STORAGE INCLUDING COMMENTS){{(partition ? " PARTITION BY RANGE (%I)" : "")}}', tbl, old, '{{t.Column}}');
                FOR m IN EXECUTE format(
                    'SELECT DISTINCT date_trunc(''month'', {{monthOf.Replace("'", "''")}})::date FROM %I '
                    'UNION SELECT (date_trunc(''month'', now() AT TIME ZONE ''UTC'') + make_interval(months => g))::date '
                    'FROM generate_series(0, {{monthsAhead}}) g ORDER BY 1{{(partition ? "" : " LIMIT 0")}}', old)
                LOOP
                    part := tbl || '_' || to_char(m, 'YYYY_MM');
                    EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%L) TO (%L)', part, tbl, {{bound}}, {{boundNext}});
                    {{perPartition}}
                END LOOP;
                {{(partition ? $"part := tbl || '_default';\n    EXECUTE format('CREATE TABLE %I PARTITION OF %I DEFAULT', part, tbl);\n    {perPartition}" : "")}}
                EXECUTE format('INSERT INTO %I SELECT * FROM %I', tbl, old);
                EXECUTE format('DROP TABLE %I', old);
                FOREACH d IN ARRAY defs LOOP EXECUTE d; END LOOP;
                seq := pg_get_serial_sequence(format('%I', tbl), 'Id');
                IF seq IS NOT NULL THEN EXECUTE format('ALTER SEQUENCE %s RENAME TO %I', seq, tbl || '_Id_seq'); END IF;
                EXECUTE format('ANALYZE %I', tbl);
            END
            $partition$;
            """;
    }

    /// <summary>The migration's Down, before EF's own operations: each table back to a plain one (same notes, copy, swap).</summary>
    public static void Revert(MigrationBuilder m)
    {
        foreach (var t in Tables) m.Sql(ConvertSql(t, 0, partition: false));
    }

    static string Literal(string s) => "'" + s.Replace("'", "''") + "'";

    // ---- the monthly job ----------------------------------------------------------------------------------

    /// <summary>
    /// Creates the partitions of the month of <paramref name="today"/> and the <paramref name="monthsAhead"/> months
    /// after it, for every partitioned table, where missing; returns the partitions created (none on a second run, none
    /// on SQLite). Rows of such a month already in the default partition (a summons set far ahead) move into it.
    /// </summary>
    public static async Task<IReadOnlyList<string>> EnsureMonthsAsync(HoaNhapDbContext db, DateOnly today, int monthsAhead, CancellationToken ct = default)
    {
        if (!db.Database.IsNpgsql()) return [];
        var first = new DateOnly(today.Year, today.Month, 1);
        var created = new List<string>();
        foreach (var t in Tables)
            for (var i = 0; i <= monthsAhead; i++)
            {
                var month = first.AddMonths(i);
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                await LockAsync(db, ct);
                // Attaching locks the default partition briefly; behind a long query, fail and let the next run retry.
                await ExecAsync(db, "SET LOCAL lock_timeout = '10s'", ct);
                if (await EnsureMonthAsync(db, t, month, onlyIfRows: false, ct)) created.Add(t.PartitionOf(month));
                await tx.CommitAsync(ct);
            }
        return created;
    }

    /// <summary>The partitions attached to <paramref name="t"/>, by name (the default one included).</summary>
    public static async Task<IReadOnlyList<string>> PartitionsAsync(HoaNhapDbContext db, PartitionedTable t, CancellationToken ct = default) =>
        await ScalarsAsync<string>(db, """
            SELECT c.relname::text FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
            WHERE i.inhparent = to_regclass(format('%I', @p0)) ORDER BY 1
            """, [t.Table], ct);

    static async Task<bool> IsPartitionedAsync(HoaNhapDbContext db, PartitionedTable t, CancellationToken ct) =>
        (await ScalarsAsync<bool>(db, "SELECT EXISTS (SELECT 1 FROM pg_partitioned_table WHERE partrelid = to_regclass(format('%I', @p0)))", [t.Table], ct))[0];

    /// <summary>
    /// Inside the caller's transaction: attaches a partition for <paramref name="month"/> unless there is one, moving the
    /// month's rows out of the default partition (PostgreSQL refuses a new partition while the default one holds rows of
    /// its range). With <paramref name="onlyIfRows"/>, does nothing for a month without rows. True when it created one.
    /// </summary>
    static async Task<bool> EnsureMonthAsync(HoaNhapDbContext db, PartitionedTable t, DateOnly month, bool onlyIfRows, CancellationToken ct)
    {
        if (!await IsPartitionedAsync(db, t, ct)) return false;
        var name = t.PartitionOf(month);
        var attached = await PartitionsAsync(db, t, ct);
        if (attached.Contains(name)) return false;
        if ((await ScalarsAsync<bool>(db, "SELECT to_regclass(format('%I', @p0)) IS NOT NULL", [name], ct))[0])
            throw new InvalidOperationException($"Bảng {name} đã có nhưng không phải là phân vùng của {t.Table} (một tháng đã lưu trữ?): hãy xóa hoặc đổi tên bảng đó trước.");
        var from = t.Bound(month);
        var to = t.Bound(month.AddMonths(1));
        var inDefault = attached.Contains(t.DefaultPartition) && (await ScalarsAsync<bool>(db,
            $"SELECT EXISTS (SELECT 1 FROM \"{t.DefaultPartition}\" WHERE \"{t.Column}\" >= @p0::{Type(t)} AND \"{t.Column}\" < @p1::{Type(t)})", [from, to], ct))[0];
        if (onlyIfRows && !inDefault) return false;
        await ExecAsync(db, $"CREATE TABLE \"{name}\" (LIKE \"{t.Table}\" INCLUDING DEFAULTS INCLUDING CONSTRAINTS)", ct);
        if (inDefault)
        {
            // Moving audit rows is a DELETE on the default partition, which the append-only trigger refuses: it is lifted
            // for this transaction only (ALTER TABLE locks the default partition, so nobody else writes meanwhile) and the
            // rows move unchanged, so their hashes still hold.
            var guarded = t == AuditEntries;
            if (guarded) await ExecAsync(db, $"ALTER TABLE \"{t.DefaultPartition}\" DISABLE TRIGGER USER", ct);
            await ExecAsync(db, $"WITH moved AS (DELETE FROM \"{t.DefaultPartition}\" WHERE \"{t.Column}\" >= '{from}'::{Type(t)} AND \"{t.Column}\" < '{to}'::{Type(t)} RETURNING *) " +
                                $"INSERT INTO \"{name}\" SELECT * FROM moved", ct);
            if (guarded) await ExecAsync(db, $"ALTER TABLE \"{t.DefaultPartition}\" ENABLE TRIGGER USER", ct);
        }
        await ExecAsync(db, $"ALTER TABLE \"{t.Table}\" ATTACH PARTITION \"{name}\" FOR VALUES FROM ('{from}') TO ('{to}')", ct);
        if (t.PerPartitionSql is { } extra) await ExecAsync(db, string.Format(CultureInfo.InvariantCulture, extra, name), ct);
        return true;
    }

    static string Type(PartitionedTable t) => t.Timestamp ? "timestamptz" : "date";

    // ---- archiving a month --------------------------------------------------------------------------------

    /// <summary>
    /// Detaches the partitions of <paramref name="month"/> from the live tables, in one transaction with the audit
    /// chains' new starts. Plain <c>DETACH PARTITION</c>, not <c>CONCURRENTLY</c>: PostgreSQL refuses CONCURRENTLY
    /// inside a transaction block and on a table with a default partition, and the chains' starts must be written in
    /// the same transaction as the detach. A plain detach reads no rows; it holds an ACCESS EXCLUSIVE lock on each parent
    /// for a moment (waiting at most <c>lock_timeout</c>, 10 s, behind running queries; then the command fails and can
    /// be run again). The month must be over, and older audit months archived first, so that what is archived is the
    /// beginning of every chain; each chain's part in the month is verified before it is archived.
    /// </summary>
    public static async Task<MonthArchive> ArchiveMonthAsync(HoaNhapDbContext db, DateOnly month, DateOnly today, CancellationToken ct = default)
    {
        if (!db.Database.IsNpgsql())
            throw new ArchiveRefusedException("Lưu trữ theo tháng chỉ có trên PostgreSQL: với SQLite các bảng không chia phân vùng.");
        month = new DateOnly(month.Year, month.Month, 1);
        if (month >= new DateOnly(today.Year, today.Month, 1))
            throw new ArchiveRefusedException($"Tháng {Text(month)} chưa kết thúc: chỉ lưu trữ được các tháng đã qua.");
        var settings = db.AuditSettings ?? throw new InvalidOperationException("No audit chain key: archiving needs it to seal the chains' new starts.");

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await LockAsync(db, ct);
        await ExecAsync(db, "SET LOCAL lock_timeout = '10s'", ct);
        foreach (var t in Tables)
            if (!await IsPartitionedAsync(db, t, ct))
                throw new ArchiveRefusedException($"Bảng {t.Table} chưa được chia phân vùng theo tháng (chưa chạy migration MonthlyPartitions?).");
        var start = new DateTimeOffset(month.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        if (await db.AuditEntries.Where(a => a.At < start).MinAsync(a => (DateTimeOffset?)a.At, ct) is { } older)
            throw new ArchiveRefusedException($"Nhật ký còn bản ghi của tháng {older.UtcDateTime:MM'/'yyyy}, trước tháng {Text(month)}: " +
                                              "hãy lưu trữ các tháng theo thứ tự, tháng cũ nhất trước.");

        var detached = new List<(string, long)>();
        var chains = new List<AuditChainArchive>();
        foreach (var t in Tables)
        {
            await EnsureMonthAsync(db, t, month, onlyIfRows: true, ct);
            var name = t.PartitionOf(month);
            if (!(await PartitionsAsync(db, t, ct)).Contains(name)) continue;
            var rows = (await ScalarsAsync<long>(db, $"SELECT count(*) FROM \"{name}\"", [], ct))[0];
            if (t == AuditEntries) chains.AddRange(await SealChainsAsync(db, name, month, settings.Key, ct));
            detached.Add((name, rows));
        }
        db.AddRange(chains);
        db.Record(AuditActions.Archive, "Partition", month.ToString("yyyy-MM", CultureInfo.InvariantCulture), null, null, null,
            string.Join(", ", detached.Select(d => $"{d.Item1}: {d.Item2}")));
        await db.SaveChangesAsync(ct);
        foreach (var (name, _) in detached)
            await ExecAsync(db, $"ALTER TABLE \"{Tables.Single(t => t.PartitionOf(month) == name).Table}\" DETACH PARTITION \"{name}\"", ct);
        await tx.CommitAsync(ct);
        // The anchor file outside the database learns where each archived part of a chain ends.
        settings.Append(chains.Select(c => new AuditAnchor(c.ArchivedAt, c.Chain, c.LastSequence, c.LastHash)).ToList());
        return new MonthArchive(month, detached, chains);
    }

    /// <summary>
    /// Each chain's entries in the partition, verified from the chain's previous start (or its first entry), and the new
    /// start they give: the last entry's number and hash, sealed with the key. Refuses a chain that does not verify.
    /// </summary>
    static async Task<List<AuditChainArchive>> SealChainsAsync(HoaNhapDbContext db, string partition, DateOnly month, byte[] key, CancellationToken ct)
    {
        var starts = await db.Set<AuditChainArchive>().AsNoTracking().ToListAsync(ct);
        var chainNames = await ScalarsAsync<string>(db, $"SELECT DISTINCT \"Chain\"::text FROM \"{partition}\"", [], ct);
        var rowsOfPartition = $"SELECT * FROM \"{partition}\"";
        var now = AuditChain.Normalize(DateTimeOffset.UtcNow);
        var sealedChains = new List<AuditChainArchive>();
        foreach (var chain in chainNames.Order(StringComparer.Ordinal))
        {
            var previous = starts.Where(s => s.Chain == chain).MaxBy(s => s.LastSequence);
            var verifier = new AuditChainVerifier(chain, key, null, [], previous);
            var lastHash = previous?.LastHash ?? AuditChain.Genesis;
            long first = 0, last = previous?.LastSequence ?? 0, count = 0;
            while (true)
            {
                var rows = db.AuditEntries.FromSqlRaw(rowsOfPartition).AsNoTracking().Where(a => a.Chain == chain);
                var batch = await rows.Where(a => a.Sequence > last).OrderBy(a => a.Sequence).Take(2000).ToListAsync(ct);
                if (batch.Count == 0) break;
                if (!verifier.Add(batch))
                    throw new ArchiveRefusedException($"{AuditChain.Title(chain)}: bản ghi số {verifier.Break!.Sequence} không hợp lệ ({verifier.Break.Reason}) — không lưu trữ một chuỗi bị phá vỡ.");
                lastHash = batch[^1].Hash;
                if (first == 0) first = batch[0].Sequence;
                last = batch[^1].Sequence;
                count += batch.Count;
            }
            var archive = new AuditChainArchive
            {
                Chain = chain, Month = month, Partition = partition, FirstSequence = first, LastSequence = last, Entries = count,
                LastHash = lastHash, ArchivedAt = now, ArchivedBy = db.Actor.UserName,
            };
            archive.Mac = AuditChain.ArchiveMac(archive, key);
            sealedChains.Add(archive);
        }
        return sealedChains;
    }

    // ---- plumbing -----------------------------------------------------------------------------------------

    static Task LockAsync(HoaNhapDbContext db, CancellationToken ct) =>
        ExecAsync(db, $"SELECT pg_advisory_xact_lock({AdvisoryLock})", ct);

    /// <summary>Identifiers come from the table list above and month names, never from users.</summary>
    static Task<int> ExecAsync(HoaNhapDbContext db, string sql, CancellationToken ct) => db.Database.ExecuteSqlRawAsync(sql, ct);

    static string Text(DateOnly month) => month.ToString("MM/yyyy", CultureInfo.InvariantCulture);

    static async Task<List<T>> ScalarsAsync<T>(HoaNhapDbContext db, string sql, object[] args, CancellationToken ct)
    {
        var conn = db.Database.GetDbConnection();
        var opened = conn.State != System.Data.ConnectionState.Open;
        if (opened) await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using DbCommand cmd = conn.CreateCommand();
            cmd.CommandText = sql;
            cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            for (var i = 0; i < args.Length; i++)
            {
                var p = cmd.CreateParameter();
                p.ParameterName = "p" + i;
                p.Value = args[i];
                cmd.Parameters.Add(p);
            }
            var list = new List<T>();
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) list.Add(reader.GetFieldValue<T>(0));
            return list;
        }
        finally { if (opened) await db.Database.CloseConnectionAsync(); }
    }
}

/// <summary>The archive of a month cannot be done as asked; the message says why and what to do.</summary>
public sealed class ArchiveRefusedException(string message) : Exception(message);
