using System.Net;
using HoaNhap.Data;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HoaNhap.Web.Tests.Health;

/// <summary>An application of its own: its database is taken away while it runs.</summary>
public sealed class DatabaseGoneSqliteApp : HoaNhapApp
{
    public override bool IsPostgres => false;
}

public sealed class DatabaseGonePostgresApp : HoaNhapApp
{
    public override bool IsPostgres => true;
}

[CollectionDefinition(Name)]
public sealed class DatabaseGoneSqliteCollection : ICollectionFixture<DatabaseGoneSqliteApp> { public const string Name = "SQLite-database-gone"; }

[CollectionDefinition(Name)]
public sealed class DatabaseGonePostgresCollection : ICollectionFixture<DatabaseGonePostgresApp> { public const string Name = "Postgres-database-gone"; }

/// <summary>A load balancer asks /healthz; when the database is gone the answer must say so.</summary>
public abstract class DatabaseGoneTests(HoaNhapApp app)
{
    protected HoaNhapApp App { get; } = app;

    Task<string?> RemoveDatabaseAsync() => RemoveDatabaseAsync(App);

    /// <summary>Drops the PostgreSQL database, or deletes the SQLite file (answers its path).</summary>
    public static async Task<string?> RemoveDatabaseAsync(HoaNhapApp App)
    {
        var settings = App.Services.GetRequiredService<DatabaseSettings>();
        if (App.IsPostgres)
        {
            var name = new NpgsqlConnectionStringBuilder(settings.ConnectionString).Database;
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(TestEnvironment.PostgresConnection);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE \"{name}\" WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
            return null;
        }
        else
        {
            var file = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
            Assert.True(File.Exists(file), $"No database at {file}.");
            SqliteConnection.ClearAllPools();
            foreach (var path in new[] { file, file + "-wal", file + "-shm", file + "-journal" })
                File.Delete(path);
            return file;
        }
    }

    [SkippableFact]
    public async Task Health_check_answers_503_when_the_database_is_gone()
    {
        App.EnsureAvailable();
        var client = App.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        var file = await RemoveDatabaseAsync();

        var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("database unavailable", await response.Content.ReadAsStringAsync());
        // Asking again does not bring an empty database into being.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/healthz")).StatusCode);
        if (file is not null) Assert.False(File.Exists(file));
    }
}

[Collection(DatabaseGoneSqliteCollection.Name)]
public sealed class DatabaseGoneTests_Sqlite(DatabaseGoneSqliteApp app) : DatabaseGoneTests(app);

[Collection(DatabaseGonePostgresCollection.Name)]
public sealed class DatabaseGoneTests_Postgres(DatabaseGonePostgresApp app) : DatabaseGoneTests(app);
