using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace HoaNhap.Data;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>
/// Chooses the database: PostgreSQL when <c>ConnectionStrings:Postgres</c> is set
/// (environment: <c>ConnectionStrings__Postgres</c>), otherwise an SQLite file under the data folder.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string SqliteMigrations = "HoaNhap.Data.Sqlite";
    public const string PostgresMigrations = "HoaNhap.Data.Postgres";

    public static DatabaseSettings From(IConfiguration config, string contentRoot)
    {
        var postgres = config.GetConnectionString("Postgres");
        if (!string.IsNullOrWhiteSpace(postgres))
            return new(DatabaseProvider.Postgres, postgres);
        var sqlite = config.GetConnectionString("Sqlite");
        if (string.IsNullOrWhiteSpace(sqlite))
        {
            var file = Path.Combine(DataFolder.Ensure(config, contentRoot), "hoanhap.db");
            DataFolder.PrepareSqliteFile(file);
            sqlite = $"Data Source={file}";
        }
        return new(DatabaseProvider.Sqlite, sqlite);
    }

    public void Apply(DbContextOptionsBuilder options)
    {
        if (Provider == DatabaseProvider.Postgres)
            options.UseNpgsql(ConnectionString, o => o.MigrationsAssembly(PostgresMigrations).UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
        else
            options.UseSqlite(ConnectionString, o => o.MigrationsAssembly(SqliteMigrations).UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                // SQLite rebuilds a table to change a column (AuditChainsPerProvince_audit adds AUTOINCREMENT) with
                // foreign keys off, outside the transaction; EF warns on every first start. Nothing is deployed yet and
                // the migrations are to be squashed (see README, migrations), so the warning says nothing to a user.
                .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.NonTransactionalMigrationOperationWarning));
    }
}
