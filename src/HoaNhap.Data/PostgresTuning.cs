namespace HoaNhap.Data;

/// <summary>
/// Settings of the PostgreSQL database that the model cannot express, applied by a migration (call them again from a
/// regenerated migration). JIT compilation is off for the application's database: its queries are short (a page, a
/// list, a count per commune), and PostgreSQL's JIT, triggered by the planner's cost estimate on a large table, adds
/// 50–300 ms of compilation to a query that runs in a few milliseconds. Set on the database (not on the connection),
/// so it also holds through PgBouncer in transaction pooling and on replicas; takes effect on new sessions.
/// </summary>
public static class PostgresTuning
{
    public const string DisableJit = "DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET jit = off', current_database()); END $$;";
    public const string ResetJit = "DO $$ BEGIN EXECUTE format('ALTER DATABASE %I RESET jit', current_database()); END $$;";
}
