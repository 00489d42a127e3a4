using System.Globalization;
using HoaNhap.Data;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace HoaNhap.Web.Shared.ReadReplica;

/// <summary>
/// Marks an endpoint or a page whose work only reads (dashboards, lists, exports): its database context is
/// opened on the PostgreSQL hot standby (<c>ConnectionStrings:PostgresReadOnly</c>) when there is one and it is
/// current enough. Pages that write, audit a read of personal data, or must show what the user just saved
/// (read-your-own-writes) are not marked and stay on the primary. A marked page that tries to save is refused.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class ReadOnlyWorkAttribute : Attribute;

/// <summary>What the router last found on the replica.</summary>
public sealed record ReplicaState(bool Usable, double? LagSeconds, string Reason, DateTimeOffset CheckedAt);

/// <summary>
/// Chooses where read-only work goes: the replica, unless it does not answer or lags the primary by more than
/// <c>ReadReplica:MaxLagSeconds</c> (default 30), measured on the replica as the time since the last replayed
/// transaction while WAL received is not yet replayed (<c>pg_last_xact_replay_timestamp()</c>; an idle primary
/// is not lag). The answer is kept <c>ReadReplica:CheckSeconds</c> (default 5) before the replica is asked again.
/// Without <c>ConnectionStrings:PostgresReadOnly</c> (or on SQLite) everything goes to the primary.
/// </summary>
public sealed class ReadReplicaRouter
{
    public const string ItemKey = "HoaNhap.ReadOnlyConnection";
    public const string ReadOnlyItemKey = "HoaNhap.ReadOnlyWork";

    readonly string? _replica;
    readonly TimeSpan _cacheFor;
    readonly ILogger<ReadReplicaRouter> _log;
    readonly SemaphoreSlim _checking = new(1, 1);
    ReplicaState? _state;

    public ReadReplicaRouter(IConfiguration config, DatabaseSettings settings, ILogger<ReadReplicaRouter> log)
    {
        _log = log;
        var replica = config.GetConnectionString("PostgresReadOnly");
        _replica = settings.Provider == DatabaseProvider.Postgres && !string.IsNullOrWhiteSpace(replica) ? replica : null;
        MaxLag = TimeSpan.FromSeconds(config.GetValue("ReadReplica:MaxLagSeconds", 30.0));
        _cacheFor = TimeSpan.FromSeconds(config.GetValue("ReadReplica:CheckSeconds", 5.0));
    }

    public bool Configured => _replica is not null;
    /// <summary>The most the replica may lag before reads go to the primary (<c>ReadReplica:MaxLagSeconds</c>).</summary>
    public TimeSpan MaxLag { get; set; }
    public ReplicaState? LastState => _state;

    /// <summary>The replica's connection string when read-only work may go there now, else null (the primary).</summary>
    public async Task<string?> ReadConnectionAsync(CancellationToken ct)
    {
        if (_replica is null) return null;
        var state = _state;
        if (state is null || DateTimeOffset.UtcNow - state.CheckedAt >= _cacheFor)
        {
            await _checking.WaitAsync(ct);
            try
            {
                state = _state;
                if (state is null || DateTimeOffset.UtcNow - state.CheckedAt >= _cacheFor)
                {
                    var previous = state;
                    _state = state = await CheckAsync(ct);
                    if (previous?.Usable != state.Usable)
                        _log.LogInformation("Máy chủ đọc (bản sao PostgreSQL): {State} ({Reason}).", state.Usable ? "dùng" : "không dùng, đọc từ máy chủ chính", state.Reason);
                }
            }
            finally { _checking.Release(); }
        }
        return state.Usable ? _replica : null;
    }

    async Task<ReplicaState> CheckAsync(CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        try
        {
            var cs = new NpgsqlConnectionStringBuilder(_replica) { Timeout = 2, CommandTimeout = 2 };
            await using var conn = new NpgsqlConnection(cs.ConnectionString);
            await conn.OpenAsync(ct);
            await using var cmd = new NpgsqlCommand("""
                SELECT CASE
                  WHEN NOT pg_is_in_recovery() THEN 0
                  WHEN pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn() THEN 0
                  ELSE COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()), 1e9)
                END::float8
                """, conn);
            var lag = Convert.ToDouble(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
            return lag <= MaxLag.TotalSeconds
                ? new(true, lag, $"trễ {lag:0.#} giây", now)
                : new(false, lag, $"trễ {lag:0.#} giây, quá {MaxLag.TotalSeconds:0.#} giây cho phép", now);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            return new(false, null, "không kết nối được: " + e.Message, now);
        }
    }
}

/// <summary>Refuses to save from a request marked <see cref="ReadOnlyWorkAttribute"/>: it may be on the replica.</summary>
public sealed class ReadOnlyWorkGuard : SaveChangesInterceptor
{
    public static readonly ReadOnlyWorkGuard Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        throw new InvalidOperationException("Trang chỉ đọc (ReadOnlyWork) không được ghi vào cơ sở dữ liệu.");

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("Trang chỉ đọc (ReadOnlyWork) không được ghi vào cơ sở dữ liệu.");
}

public static class ReadReplicaRouting
{
    /// <summary>After routing, before anything opens the request's database context: picks the replica or the primary.</summary>
    public static IApplicationBuilder UseReadReplicaRouting(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        if (ctx.GetEndpoint()?.Metadata.GetMetadata<ReadOnlyWorkAttribute>() is not null)
        {
            ctx.Items[ReadReplicaRouter.ReadOnlyItemKey] = true;
            var router = ctx.RequestServices.GetRequiredService<ReadReplicaRouter>();
            if (await router.ReadConnectionAsync(ctx.RequestAborted) is { } replica)
                ctx.Items[ReadReplicaRouter.ItemKey] = replica;
        }
        await next();
    });

    /// <summary>The request's database context options: the replica's connection for read-only work routed there.</summary>
    public static void Apply(IServiceProvider sp, DatabaseSettings settings, Microsoft.EntityFrameworkCore.DbContextOptionsBuilder options)
    {
        var http = sp.GetService<IHttpContextAccessor>()?.HttpContext;
        // Only the request's own context: a scope opened during the request by a library (e.g. data protection
        // storing a new key) writes, and goes to the primary.
        if (http is not null && !ReferenceEquals(sp, http.RequestServices)) http = null;
        if (http?.Items[ReadReplicaRouter.ItemKey] is string replica)
            (settings with { ConnectionString = replica }).Apply(options);
        else
            settings.Apply(options);
        if (http?.Items.ContainsKey(ReadReplicaRouter.ReadOnlyItemKey) == true)
            options.AddInterceptors(ReadOnlyWorkGuard.Instance);
    }

    /// <summary>Marks a minimal-API endpoint as read-only work.</summary>
    public static TBuilder ReadOnlyWork<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ReadOnlyWorkAttribute());
}
