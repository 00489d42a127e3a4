using Microsoft.EntityFrameworkCore.Migrations;

namespace HoaNhap.Data.Audit;

/// <summary>
/// Hand-written SQL of the migrations that made the audit chains per province: PostgreSQL's
/// AuditChainsPerProvince_audit calls <see cref="Postgres"/> after turning <c>AuditEntries.Id</c> into an identity;
/// SQLite's AuditGuardAfterRebuild_audit calls <see cref="Sqlite"/> in a migration of its own, after the table rebuild
/// (SQL in the rebuilding migration runs before the rebuild). Regenerated migrations must call them again.
/// </summary>
public static class AuditChainSql
{
    /// <summary>SQLite rebuilds the table to add AUTOINCREMENT, which drops its triggers: put the append-only guard back.</summary>
    public static void Sqlite(MigrationBuilder m)
    {
        m.Sql("CREATE TRIGGER IF NOT EXISTS AuditEntries_no_update BEFORE UPDATE ON AuditEntries BEGIN SELECT RAISE(ABORT, 'AuditEntries is append-only'); END;");
        m.Sql("CREATE TRIGGER IF NOT EXISTS AuditEntries_no_delete BEFORE DELETE ON AuditEntries BEGIN SELECT RAISE(ABORT, 'AuditEntries is append-only'); END;");
    }

    /// <summary>The new identity starts after the ids the application gave before, so none is given twice.</summary>
    public static void Postgres(MigrationBuilder m) =>
        m.Sql("""
            SELECT setval(pg_get_serial_sequence('"AuditEntries"', 'Id'), COALESCE((SELECT MAX("Id") FROM "AuditEntries"), 0) + 1, false);
            """);
}
