using System.Globalization;
using HoaNhap.Data;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace HoaNhap.Web.Shared.ReadReplica;

/// <summary>
/// Marks an endpoint or a page whose GET (and HEAD) only reads (dashboards, lists, reports, search): its database
/// context is opened on the PostgreSQL hot standby (<c>ConnectionStrings:PostgresReadOnly</c>) when there is one, it is
/// current enough and the user has not just saved something (<see cref="ReadYourWrites"/>). The same page's POST
/// handlers are writes and go to the primary. A marked GET that tries to save through the request's context is
/// refused; its audit entries go through <see cref="Audit.AuditWriter"/>, which is bound to the primary.
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
    /// <summary>On the answer of read-only work: <c>replica</c> or <c>primary</c>, where its data was read.</summary>
    public const string Header = "X-HoaNhap-Read";

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
        Sticky = TimeSpan.FromSeconds(config.GetValue("ReadReplica:StickySeconds", MaxLag.TotalSeconds));
        _cacheFor = TimeSpan.FromSeconds(config.GetValue("ReadReplica:CheckSeconds", 5.0));
    }

    public bool Configured => _replica is not null;
    /// <summary>The most the replica may lag before reads go to the primary (<c>ReadReplica:MaxLagSeconds</c>).</summary>
    public TimeSpan MaxLag { get; set; }
    /// <summary>How long a user's read-only work stays on the primary after their own write (<c>ReadReplica:StickySeconds</c>, default MaxLag).</summary>
    public TimeSpan Sticky { get; }
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
    /// <summary>
    /// After routing, before anything opens the request's database context: a GET or HEAD of read-only work goes to the
    /// replica, unless the replica is not usable or the user wrote something within <see cref="ReadReplicaRouter.Sticky"/>;
    /// the answer says which (<see cref="ReadReplicaRouter.Header"/>).
    /// </summary>
    public static IApplicationBuilder UseReadReplicaRouting(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        if (ctx.GetEndpoint()?.Metadata.GetMetadata<ReadOnlyWorkAttribute>() is not null
            && (HttpMethods.IsGet(ctx.Request.Method) || HttpMethods.IsHead(ctx.Request.Method)))
        {
            ctx.Items[ReadReplicaRouter.ReadOnlyItemKey] = true;
            var router = ctx.RequestServices.GetRequiredService<ReadReplicaRouter>();
            var replica = ReadYourWrites.JustWrote(ctx) ? null : await router.ReadConnectionAsync(ctx.RequestAborted);
            if (replica is not null) ctx.Items[ReadReplicaRouter.ItemKey] = replica;
            ctx.Response.Headers[ReadReplicaRouter.Header] = replica is null ? "primary" : "replica";
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

/// <summary>
/// Read-your-own-writes: after a signed-in user's write (POST, PUT, PATCH or DELETE answered below 400) the answer
/// carries a small cookie naming the moment until which that browser's (or API client's) read-only work is read from
/// the primary — <see cref="ReadReplicaRouter.Sticky"/> later. Carried by the client, so it holds on any app server.
/// Forging it only sends one's own reads to the primary. Set only when a replica is configured.
/// </summary>
public static class ReadYourWrites
{
    public const string Cookie = "hoanhap-read-primary";

    /// <summary>After authentication and authorization (the user of a bearer token is known there).</summary>
    public static IApplicationBuilder UseReadYourWrites(this IApplicationBuilder app) => app.Use((ctx, next) =>
    {
        var method = ctx.Request.Method;
        if ((HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method))
            && ctx.User.Identity?.IsAuthenticated == true
            && ctx.RequestServices.GetRequiredService<ReadReplicaRouter>() is { Configured: true } router)
            ctx.Response.OnStarting(() =>
            {
                if (ctx.Response.StatusCode < 400)
                    ctx.Response.Cookies.Append(Cookie,
                        (DateTimeOffset.UtcNow + router.Sticky).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
                        new CookieOptions
                        {
                            HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = ctx.Request.IsHttps, Path = "/",
                            MaxAge = router.Sticky, IsEssential = true,
                        });
                return Task.CompletedTask;
            });
        return next(ctx);
    });

    /// <summary>The client wrote something less than <see cref="ReadReplicaRouter.Sticky"/> ago.</summary>
    public static bool JustWrote(HttpContext ctx) =>
        ctx.Request.Cookies.TryGetValue(Cookie, out var raw)
        && long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var until)
        && until > DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
}
