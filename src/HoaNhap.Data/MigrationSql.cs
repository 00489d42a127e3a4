using HoaNhap.Data.Partitioning;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HoaNhap.Data;

/// <summary>
/// Everything the migrations do that the EF model cannot express, in one place. Each provider's migration that creates
/// the schema calls its method after EF's own operations; a squashed or regenerated initial migration must call it again
/// (README, "Migrations").
/// </summary>
public static class MigrationSql
{
    /// <summary>
    /// JIT compilation off for the application's database: its queries are short (a page, a list, a count per commune),
    /// and PostgreSQL's JIT, triggered by the planner's cost estimate on a large table, adds 50–300 ms of compilation to a
    /// query that runs in a few milliseconds. Set on the database (not on the connection), so it also holds through
    /// PgBouncer in transaction pooling and on replicas; takes effect on new sessions.
    /// </summary>
    public const string DisableJit = "DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET jit = off', current_database()); END $$;";
    const string ResetJit = "DO $$ BEGIN EXECUTE format('ALTER DATABASE %I RESET jit', current_database()); END $$;";

    /// <summary>PostgreSQL: the append-only audit log, JIT off, monthly partitions of the event and audit tables.</summary>
    public static void PostgresUp(MigrationBuilder m)
    {
        // The audit log is append-only: the database itself refuses updates, deletes and truncation.
        m.Sql("""
            CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'AuditEntries is append-only'; END; $$;
            CREATE TRIGGER audit_entries_no_change BEFORE UPDATE OR DELETE ON "AuditEntries"
                FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
            CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON "AuditEntries"
                FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();
            """);
        m.Sql(DisableJit);
        // After the triggers: partitioning carries them to the partitioned table and to each partition.
        PostgresPartitioning.Apply(m);
    }

    /// <summary>PostgreSQL, before EF drops the tables: what <see cref="PostgresUp"/> made outside them.</summary>
    public static void PostgresDown(MigrationBuilder m)
    {
        PostgresPartitioning.Revert(m);
        m.Sql("""
            DROP TRIGGER IF EXISTS audit_entries_no_change ON "AuditEntries";
            DROP TRIGGER IF EXISTS audit_entries_no_truncate ON "AuditEntries";
            DROP FUNCTION IF EXISTS audit_entries_append_only();
            """);
        m.Sql(ResetJit);
    }

    /// <summary>SQLite: the append-only audit log (SQLite has no partitions and no JIT).</summary>
    public static void SqliteUp(MigrationBuilder m)
    {
        m.Sql("CREATE TRIGGER AuditEntries_no_update BEFORE UPDATE ON AuditEntries BEGIN SELECT RAISE(ABORT, 'AuditEntries is append-only'); END;");
        m.Sql("CREATE TRIGGER AuditEntries_no_delete BEFORE DELETE ON AuditEntries BEGIN SELECT RAISE(ABORT, 'AuditEntries is append-only'); END;");
    }

    /// <summary>SQLite, before EF drops the tables.</summary>
    public static void SqliteDown(MigrationBuilder m)
    {
        m.Sql("DROP TRIGGER IF EXISTS AuditEntries_no_update;");
        m.Sql("DROP TRIGGER IF EXISTS AuditEntries_no_delete;");
    }
}
