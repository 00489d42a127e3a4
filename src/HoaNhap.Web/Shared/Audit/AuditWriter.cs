using System.Collections.Concurrent;
using System.Threading.Channels;
using HoaNhap.Data;
using HoaNhap.Domain.Audit;

namespace HoaNhap.Web.Shared.Audit;

/// <summary>
/// Writes audit entries through a database context of its own, opened in a scope of its own and therefore always on the
/// primary (<see cref="ReadReplica.ReadReplicaRouting.Apply"/> sends only the request's own context to the replica).
/// Read-only work (a search, a list, a report) records what it read here, so that its own context only reads.
/// <para>
/// Group commit, per province: the entries of one province's chain that arrive together are chained and saved in one
/// transaction by that chain's writer, so the chain head is locked once per batch rather than once per request (at 64
/// concurrent readers of one province, one lock per request queued every reader behind it). Provinces do not wait for
/// each other: each chain has its own writer. Each caller waits until its batch is committed: if the entries cannot be
/// written, the caller fails and nothing is shown.
/// </para>
/// </summary>
public sealed class AuditWriter(IServiceScopeFactory scopes, ILogger<AuditWriter> log)
{
    /// <summary>At most this many requests' entries go in one transaction.</summary>
    public const int MaxBatch = 256;

    sealed record Pending(List<AuditEntry> Entries, TaskCompletionSource Saved);

    readonly ConcurrentDictionary<string, Lazy<Channel<Pending>>> _chains = new();

    /// <summary>Records one event that is not a data change (a view, a search) — see <see cref="HoaNhapDbContext.Record"/>.</summary>
    public Task RecordAsync(string action, string entityType, string? entityId, Guid? personId,
        string? provinceCode, string? communeCode, string? details, CancellationToken ct) =>
        WriteAsync((db, _) =>
        {
            db.Record(action, entityType, entityId, personId, provinceCode, communeCode, details);
            return Task.CompletedTask;
        }, ct);

    /// <summary>
    /// Lets <paramref name="record"/> read what it needs and record entries on a context of the primary (stamped with the
    /// caller's user and address), then waits until the batch holding them is committed.
    /// </summary>
    public async Task WriteAsync(Func<HoaNhapDbContext, CancellationToken, Task> record, CancellationToken ct)
    {
        List<AuditEntry> entries;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
            await record(db, ct);
            entries = db.TakeRecorded();
        }
        if (entries.Count == 0) return;
        var chains = entries.Select(e => AuditChain.Of(e.ProvinceCode)).Distinct().ToList();
        // Once the entries are made, they are kept even if the client has gone meanwhile.
        if (chains.Count > 1)
        {
            await SaveAsync(entries);
            return;
        }
        var pending = new Pending(entries, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        await _chains.GetOrAdd(chains[0], chain => new Lazy<Channel<Pending>>(() => StartWriter(chain))).Value.Writer
            .WriteAsync(pending, CancellationToken.None);
        await pending.Saved.Task;
    }

    async Task SaveAsync(IEnumerable<AuditEntry> entries)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
        db.AddRecorded(entries);
        await db.SaveChangesAsync(CancellationToken.None);
    }

    Channel<Pending> StartWriter(string chain)
    {
        var queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
        // Not in the caller's execution context: the writer outlives the request that starts it.
        using (ExecutionContext.SuppressFlow()) _ = Task.Run(() => WriteBatchesAsync(chain, queue.Reader));
        return queue;
    }

    async Task WriteBatchesAsync(string chain, ChannelReader<Pending> reader)
    {
        var batch = new List<Pending>(MaxBatch);
        while (await reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && reader.TryRead(out var p)) batch.Add(p);
            try
            {
                await SaveAsync(batch.SelectMany(p => p.Entries));
                foreach (var p in batch) p.Saved.TrySetResult();
            }
            catch (Exception e)
            {
                log.LogError(e, "Không ghi được {Count} mục nhật ký của chuỗi {Chain}; các yêu cầu tương ứng bị từ chối.",
                    batch.Sum(p => p.Entries.Count), chain);
                foreach (var p in batch) p.Saved.TrySetException(e);
            }
        }
    }
}
