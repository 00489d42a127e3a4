using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace HoaNhap.Data;

/// <summary>
/// Writes many rows of one entity at once: on PostgreSQL with binary COPY (columns, names, types and value
/// conversions read from the EF model, so the rows are exactly what EF would write), elsewhere through EF.
/// For computed lists and generated data, or records whose audit entries the caller writes itself
/// (<see cref="InsertRecordsAsync{T}"/>): nothing goes through the change tracker's audit.
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
        return await CopyOnContextAsync(db, rows, false, ct);
    }

    static async Task<long> CopyOnContextAsync<T>(HoaNhapDbContext db, IEnumerable<T> rows, bool keysByDatabase, CancellationToken ct) where T : class
    {
        var conn = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = conn.State != System.Data.ConnectionState.Open;
        if (opened) await db.Database.OpenConnectionAsync(ct);
        try { return await CopyAsync(conn, db.Model, rows, ct, keysByDatabase); }
        finally { if (opened) await db.Database.CloseConnectionAsync(); }
    }

    /// <summary>
    /// Inserts records whose audit entries the caller writes itself (<see cref="HoaNhapDbContext.AppendAuditAsync"/>), in the
    /// context's current transaction: binary COPY on PostgreSQL; elsewhere one batched insert through EF that skips the change
    /// tracker's own audit and stamps (the caller sets CreatedAt, CreatedBy…). Returns how many.
    /// </summary>
    public static async Task<long> InsertRecordsAsync<T>(HoaNhapDbContext db, IReadOnlyCollection<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0) return 0;
        if (db.Database.IsNpgsql()) return await CopyOnContextAsync(db, rows, true, ct);
        db.Set<T>().AddRange(rows);
        await db.SaveWithoutAuditAsync(ct);
        db.ChangeTracker.Clear();
        return rows.Count;
    }

    /// <summary>
    /// Binary COPY of <paramref name="rows"/> into the table of <typeparamref name="T"/> on an open connection.
    /// <paramref name="keysByDatabase"/>: a key the database numbers (identity) is left out and numbered by the database.
    /// </summary>
    public static async Task<long> CopyAsync<T>(NpgsqlConnection conn, IModel model, IEnumerable<T> rows, CancellationToken ct = default,
        bool keysByDatabase = false) where T : class
    {
        var et = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = et.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, et.GetSchema());
        var columns = et.GetProperties()
            .Where(p => p.PropertyInfo is not null && p.GetColumnName(store) is not null && !(keysByDatabase && IsNumberedByDatabase(p)))
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

    /// <summary>A key the database numbers (identity, as the audit entries' <c>Id</c>): left to the database.</summary>
    static bool IsNumberedByDatabase(IProperty p) =>
        p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd && (p.ClrType == typeof(long) || p.ClrType == typeof(int));

    [GeneratedRegex(@"\(.*\)")]
    private static partial Regex Modifier();
}
