using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Data.Audit;
using HoaNhap.Domain.Exports;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Shared.Exports;

/// <summary>A finished export.</summary>
public sealed record ExportFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// One kind of background export, registered by the feature that owns the data (e.g. the loan list, a periodic report).
/// <see cref="CheckAsync"/> runs in the request that starts the job (scope, role, parameters: the answer is immediate);
/// <see cref="RunAsync"/> runs in the background with the same user's scope and reports its progress (0–100).
/// </summary>
public interface IExportKind
{
    string Kind { get; }
    /// <summary>The job's title ("Danh sách vay vốn toàn tỉnh (.xlsx)"), or why it may not run.</summary>
    Task<Outcome<string>> CheckAsync(HoaNhapDbContext db, CurrentUser me, JsonElement parameters, CancellationToken ct);
    Task<ExportFile> RunAsync(HoaNhapDbContext db, CurrentUser me, JsonElement parameters, Func<int, Task> progress, CancellationToken ct);
    /// <summary>
    /// <see cref="RunAsync"/> only reads (no audit or disclosure rows through its context): it may read from the PostgreSQL
    /// replica. The job's progress and its file are written on the primary in any case.
    /// </summary>
    bool ReadsOnly => false;
}

/// <summary>The person who asked for a job acts in the audit log while it runs in the background.</summary>
public sealed class JobActor(ExportJob job) : IAuditActor
{
    public string? UserId => job.UserId;
    public string UserName => job.UserName;
    public string? ClientAddress => null;
}

/// <summary>
/// The job store (table ExportJobs) and its rules: start (checked, then queued), claim (a conditional update: only one
/// instance moves a job from Queued to Running, or takes over one whose instance stopped), run, and read back — only the
/// user who started a job sees it.
/// </summary>
public static class ExportJobs
{
    public const string AuditAction = "Export";
    /// <summary>A running job not finished after this long is taken over by another instance (its instance stopped).</summary>
    public static readonly TimeSpan Stale = TimeSpan.FromMinutes(10);
    public const int MaxAttempts = 3;

    public static async Task<Outcome<ExportJob>> StartAsync(HoaNhapDbContext db, IEnumerable<IExportKind> kinds, CurrentUser me, string? kind,
        JsonElement? parameters, CancellationToken ct)
    {
        var handler = kinds.FirstOrDefault(k => k.Kind == kind);
        if (handler is null)
            return Outcome<ExportJob>.Invalid("Kind", $"Loại tệp xuất (kind) phải là một trong: {string.Join(", ", kinds.Select(k => k.Kind))}.");
        var args = parameters is { ValueKind: JsonValueKind.Object } p ? p : JsonDocument.Parse("{}").RootElement;
        var raw = args.GetRawText();
        if (raw.Length > 2000) return Outcome<ExportJob>.Invalid("Parameters", FormMessages.TooLong("Tham số (parameters)", 2000));
        var check = await handler.CheckAsync(db, me, args, ct);
        if (!check.Succeeded)
            return check.NotFound ? Outcome<ExportJob>.Missing() : check.Forbidden ? Outcome<ExportJob>.Denied() : Outcome<ExportJob>.Invalid(check.Errors);
        var job = new ExportJob
        {
            Kind = handler.Kind, Parameters = raw, Title = check.Value!, Status = ExportJobStatus.Queued, CreatedAt = DateTimeOffset.UtcNow,
            UserId = me.UserId, UserName = me.UserName, UserFullName = me.FullName, Role = me.Role, ProvinceCode = me.ProvinceCode, CommuneCode = me.CommuneCode,
        };
        db.Add(job);
        db.Record(AuditAction, nameof(ExportJob), job.Id.ToString(), null, me.ProvinceCode, me.CommuneCode,
            JsonSerializer.Serialize(new { job.Kind, job.Title, parameters = raw }, AuditTrail.Json));
        await db.SaveChangesAsync(ct);
        return Outcome<ExportJob>.Ok(job);
    }

    /// <summary>The caller's own job, without its file; anyone else's answers "not found".</summary>
    public static Task<ExportJob?> FindAsync(HoaNhapDbContext db, CurrentUser me, Guid id, CancellationToken ct) =>
        db.Set<ExportJob>().AsNoTracking().Where(j => j.Id == id && j.UserId == me.UserId)
            .Select(j => new ExportJob
            {
                Id = j.Id, Kind = j.Kind, Title = j.Title, Status = j.Status, Progress = j.Progress, Error = j.Error, CreatedAt = j.CreatedAt,
                CompletedAt = j.CompletedAt, FileName = j.FileName, ContentType = j.ContentType, UserId = j.UserId, UserName = j.UserName,
            }).FirstOrDefaultAsync(ct);

    public static Task<List<ExportJob>> MineAsync(HoaNhapDbContext db, CurrentUser me, CancellationToken ct) =>
        db.Set<ExportJob>().AsNoTracking().Where(j => j.UserId == me.UserId).OrderByDescending(j => j.CreatedAt).Take(20)
            .Select(j => new ExportJob
            {
                Id = j.Id, Kind = j.Kind, Title = j.Title, Status = j.Status, Progress = j.Progress, Error = j.Error, CreatedAt = j.CreatedAt,
                CompletedAt = j.CompletedAt, FileName = j.FileName,
            }).ToListAsync(ct);

    /// <summary>The finished file of the caller's own job (null while not done); the download is audited.</summary>
    public static async Task<ExportFile?> DownloadAsync(HoaNhapDbContext db, CurrentUser me, Guid id, CancellationToken ct)
    {
        var job = await db.Set<ExportJob>().AsNoTracking().FirstOrDefaultAsync(j => j.Id == id && j.UserId == me.UserId && j.Status == ExportJobStatus.Done, ct);
        if (job?.Content is null) return null;
        db.Record(AuditAction, nameof(ExportJob), job.Id.ToString(), null, me.ProvinceCode, me.CommuneCode,
            JsonSerializer.Serialize(new { downloaded = job.FileName, job.Kind }, AuditTrail.Json));
        await db.SaveChangesAsync(ct);
        return new ExportFile(job.FileName!, job.ContentType!, job.Content);
    }

    /// <summary>Jobs waiting to run (or left running by a stopped instance), oldest first.</summary>
    public static Task<List<Guid>> WaitingAsync(HoaNhapDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var staleBefore = now - Stale;
        return db.Set<ExportJob>().AsNoTracking()
            .Where(j => j.Attempts < MaxAttempts && (j.Status == ExportJobStatus.Queued || (j.Status == ExportJobStatus.Running && j.ClaimedAt < staleBefore)))
            .OrderBy(j => j.CreatedAt).Select(j => j.Id).Take(10).ToListAsync(ct);
    }

    /// <summary>
    /// Claims a job for this instance with one conditional UPDATE: of two instances trying at once, the database lets
    /// exactly one change the row (the other's condition no longer holds), so a job runs once.
    /// </summary>
    public static async Task<bool> TryClaimAsync(HoaNhapDbContext db, Guid id, string instance, DateTimeOffset now, CancellationToken ct)
    {
        var staleBefore = now - Stale;
        var changed = await db.Set<ExportJob>()
            .Where(j => j.Id == id && j.Attempts < MaxAttempts
                && (j.Status == ExportJobStatus.Queued || (j.Status == ExportJobStatus.Running && j.ClaimedAt < staleBefore)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, ExportJobStatus.Running)
                .SetProperty(j => j.ClaimedBy, instance)
                .SetProperty(j => j.ClaimedAt, now)
                .SetProperty(j => j.Progress, 0)
                .SetProperty(j => j.Attempts, j => j.Attempts + 1), ct);
        return changed == 1;
    }

    /// <summary>
    /// Runs a claimed job to its end: the file stored, or the failure recorded. Only the claiming instance writes, on the
    /// primary (<paramref name="options"/>); a kind that <see cref="IExportKind.ReadsOnly"/> reads through
    /// <paramref name="readOptions"/> (the replica) when given and the replica already has the job, and again from the
    /// primary if the replica fails meanwhile.
    /// </summary>
    public static async Task RunClaimedAsync(DbContextOptions<HoaNhapDbContext> options, IEnumerable<IExportKind> kinds, Guid id, string instance, ILogger log,
        CancellationToken ct, DbContextOptions<HoaNhapDbContext>? readOptions = null, TimeProvider? clock = null)
    {
        var job = await LoadAsync(options, id, ct);
        if (job is null || job.ClaimedBy != instance) return;
        await using var db = new HoaNhapDbContext(options, new JobActor(job), clock: clock);
        try
        {
            var handler = kinds.FirstOrDefault(k => k.Kind == job.Kind)
                ?? throw new InvalidOperationException($"Không có loại tệp xuất {job.Kind}.");
            var me = new CurrentUser(job.UserId, job.UserName, job.UserFullName, job.Role, job.ProvinceCode, job.CommuneCode);
            using var args = JsonDocument.Parse(job.Parameters);
            async Task Progress(int pct)
            {
                var value = Math.Clamp(pct, 0, 99);
                await db.Set<ExportJob>().Where(j => j.Id == id && j.ClaimedBy == instance).ExecuteUpdateAsync(s => s.SetProperty(j => j.Progress, value), ct);
            }
            ExportFile? file = null;
            if (handler.ReadsOnly && readOptions is not null)
            {
                try
                {
                    await using var replica = new HoaNhapDbContext(readOptions, new JobActor(job), clock: clock);
                    // Read-your-own-writes: once the replica has replayed the job's own row, it has everything the user
                    // saved before starting the job; until then the primary reads.
                    if (await replica.Set<ExportJob>().AnyAsync(j => j.Id == id, ct))
                        file = await handler.RunAsync(replica, me, args.RootElement, Progress, ct);
                }
                catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException)
                {
                    log.LogWarning(e, "Tệp xuất {Id}: máy chủ đọc không trả lời, đọc lại từ máy chủ chính.", id);
                }
            }
            log.LogInformation("Tệp xuất {Id} ({Kind}): đọc dữ liệu từ {Where}.", id, job.Kind, file is null ? "máy chủ chính" : "máy chủ đọc");
            file ??= await handler.RunAsync(db, me, args.RootElement, Progress, ct);
            await db.Set<ExportJob>().Where(j => j.Id == id && j.ClaimedBy == instance).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, ExportJobStatus.Done).SetProperty(j => j.Progress, 100)
                .SetProperty(j => j.FileName, file.FileName).SetProperty(j => j.ContentType, file.ContentType)
                .SetProperty(j => j.Content, file.Content).SetProperty(j => j.CompletedAt, DateTimeOffset.UtcNow), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Tệp xuất {Id} ({Kind}) bị lỗi.", id, job.Kind);
            var message = "Không lập được tệp: " + e.Message[..Math.Min(e.Message.Length, 1500)];
            await db.Set<ExportJob>().Where(j => j.Id == id && j.ClaimedBy == instance).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, ExportJobStatus.Failed).SetProperty(j => j.Error, message)
                .SetProperty(j => j.CompletedAt, DateTimeOffset.UtcNow), CancellationToken.None);
        }
    }

    static async Task<ExportJob?> LoadAsync(DbContextOptions<HoaNhapDbContext> options, Guid id, CancellationToken ct)
    {
        await using var db = new HoaNhapDbContext(options);
        return await db.Set<ExportJob>().AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, ct);
    }

    public static string Status(ExportJobStatus s) => s switch
    {
        ExportJobStatus.Queued => "Đang chờ",
        ExportJobStatus.Running => "Đang lập tệp",
        ExportJobStatus.Done => "Đã xong",
        ExportJobStatus.Failed => "Bị lỗi",
        _ => s.ToString(),
    };
}

/// <summary>Wakes the worker of this instance at once when a job is started here (other instances find it at their next poll).</summary>
public sealed class ExportSignal
{
    readonly SemaphoreSlim _signal = new(0, int.MaxValue);
    public void Notify() => _signal.Release();
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}

/// <summary>
/// Polls the job store and runs the jobs this instance manages to claim, one at a time. Every instance runs one; the
/// claim makes each job run once. Configuration: <c>Exports:PollSeconds</c> (default 2), <c>Exports:Enabled</c> (default true).
/// </summary>
public sealed class ExportWorker(IServiceScopeFactory scopes, IEnumerable<IExportKind> kinds, ExportSignal signal, IConfiguration config, ILogger<ExportWorker> log,
    TimeProvider clock) : BackgroundService
{
    public string Instance { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!config.GetValue("Exports:Enabled", true)) return;
        var poll = TimeSpan.FromSeconds(Math.Max(0.1, config.GetValue("Exports:PollSeconds", 2.0)));
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunWaitingAsync(stoppingToken);
                await signal.WaitAsync(poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e)
            {
                // A database not reachable must not stop the application: try again at the next poll.
                log.LogError(e, "Không chạy được tệp xuất nền.");
                try { await Task.Delay(poll, stoppingToken); } catch (OperationCanceledException) { return; }
            }
        }
    }

    public async Task RunWaitingAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<HoaNhapDbContext>>();
        List<Guid> waiting;
        await using (var db = new HoaNhapDbContext(options)) waiting = await ExportJobs.WaitingAsync(db, DateTimeOffset.UtcNow, ct);
        if (waiting.Count == 0) return;
        var readOptions = await ReplicaOptionsAsync(scope.ServiceProvider, ct);
        foreach (var id in waiting)
        {
            bool claimed;
            await using (var db = new HoaNhapDbContext(options)) claimed = await ExportJobs.TryClaimAsync(db, id, Instance, DateTimeOffset.UtcNow, ct);
            if (claimed) await ExportJobs.RunClaimedAsync(options, kinds, id, Instance, log, ct, readOptions, clock);
        }
    }

    /// <summary>The replica's context options when read-only work may go there now (see <see cref="ReadReplica.ReadReplicaRouter"/>), else null.</summary>
    static async Task<DbContextOptions<HoaNhapDbContext>?> ReplicaOptionsAsync(IServiceProvider services, CancellationToken ct)
    {
        if (services.GetService<ReadReplica.ReadReplicaRouter>() is not { Configured: true } router
            || services.GetService<DatabaseSettings>() is not { } settings
            || await router.ReadConnectionAsync(ct) is not { } replica)
            return null;
        var builder = new DbContextOptionsBuilder<HoaNhapDbContext>();
        (settings with { ConnectionString = replica }).Apply(builder);
        builder.AddInterceptors(ReadReplica.ReadOnlyWorkGuard.Instance);
        return builder.Options;
    }
}
