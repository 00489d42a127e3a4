using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace HoaNhap.Data;

/// <summary>
/// Writes many rows of one entity at once: on PostgreSQL with binary COPY (columns, names, types and value
/// conversions read from the EF model, so the rows are exactly what EF would write), elsewhere through EF.
/// For computed lists and generated data only: nothing goes through the change tracker, so nothing is audited.
/// </summary>
public static partial class BulkInsert
{
    /// <summary>Inserts <paramref name="rows"/> in the context's current transaction (if any); returns how many.</summary>
    public static async Task<long> InsertAsync<T>(HoaNhapDbContext db, IEnumerable<T> rows, CancellationToken ct) where T : class
    {
        if (!db.Database.IsNpgsql())
        {
            var list = rows.ToList();
            db.Set<T>().AddRange(list);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            return list.Count;
        }
        var conn = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = conn.State != System.Data.ConnectionState.Open;
        if (opened) await db.Database.OpenConnectionAsync(ct);
        try { return await CopyAsync(conn, db.Model, rows, ct); }
        finally { if (opened) await db.Database.CloseConnectionAsync(); }
    }

    /// <summary>
    /// Binary COPY of <paramref name="rows"/> into the table of <typeparamref name="T"/> on an open connection.
    /// <paramref name="storeGeneratedKeys"/>: leave an integer key the database numbers (audit entries) to the database.
    /// </summary>
    public static async Task<long> CopyAsync<T>(NpgsqlConnection conn, IModel model, IEnumerable<T> rows, CancellationToken ct = default,
        bool storeGeneratedKeys = false) where T : class
    {
        var et = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = et.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, et.GetSchema());
        var columns = et.GetProperties()
            .Where(p => p.PropertyInfo is not null && p.GetColumnName(store) is not null)
            .Where(p => !(storeGeneratedKeys && p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd && p.ClrType == typeof(long)))
            .Select(p => (Name: p.GetColumnName(store)!, Type: Modifier().Replace(p.GetColumnType(), ""),
                Converter: p.GetTypeMapping().Converter, Getter: p.GetGetter()))
            .ToList();
        var sql = $"COPY \"{table}\" ({string.Join(',', columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)";
        long n = 0;
        await using var writer = await conn.BeginBinaryImportAsync(sql, ct);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(ct);
            foreach (var c in columns)
            {
                var v = c.Getter.GetClrValue(row);
                if (v is not null && c.Converter is not null) v = c.Converter.ConvertToProvider(v);
                if (v is null) await writer.WriteNullAsync(ct);
                else await writer.WriteAsync(v, c.Type, ct);
            }
            n++;
        }
        await writer.CompleteAsync(ct);
        return n;
    }

    [GeneratedRegex(@"\(.*\)")]
    private static partial Regex Modifier();
}
