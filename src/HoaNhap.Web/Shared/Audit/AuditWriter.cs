using HoaNhap.Data;

namespace HoaNhap.Web.Shared.Audit;

/// <summary>
/// Writes audit entries through a database context of its own, opened in a scope of its own and therefore always on the
/// primary (<see cref="ReadReplica.ReadReplicaRouting.Apply"/> sends only the request's own context to the replica).
/// Read-only work (a search, a list, a report) records what it read here, so that its own context only reads.
/// The entry is written before the caller continues: if it cannot be written, the caller fails and nothing is shown.
/// </summary>
public sealed class AuditWriter(IServiceScopeFactory scopes)
{
    /// <summary>Records one event that is not a data change (a view, a search) — see <see cref="HoaNhapDbContext.Record"/>.</summary>
    public Task RecordAsync(string action, string entityType, string? entityId, Guid? personId,
        string? provinceCode, string? communeCode, string? details, CancellationToken ct) =>
        WriteAsync((db, _) =>
        {
            db.Record(action, entityType, entityId, personId, provinceCode, communeCode, details);
            return Task.CompletedTask;
        }, ct);

    /// <summary>Lets <paramref name="record"/> read what it needs and record entries on the primary's context, then saves.</summary>
    public async Task WriteAsync(Func<HoaNhapDbContext, CancellationToken, Task> record, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
        await record(db, ct);
        // Once the entries are made, they are kept even if the client has gone meanwhile.
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
