using HoaNhap.Data;
using HoaNhap.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Shared.Notifications;

/// <summary>
/// Sends what the outbox holds, in the background, on every instance. A message is sent only by the instance that claimed
/// it with one conditional UPDATE (Queued, time come, nobody's unexpired lease): of two dispatchers polling at once exactly
/// one wins, so a message is never sent twice; if an instance stops mid-send the lease expires and another tries again with
/// the same id, which the provider takes as the same message. A refusal for now is tried again with growing back-off
/// (1, 5, 25, 125 minutes) up to <see cref="MaxAttempts"/>; then, or on a final refusal, the message is Failed and on the
/// commune's worklist. Configuration: <c>Notifications:Dispatcher:Enabled</c> (default true, false in "Testing", where tests
/// call <see cref="RunOnceAsync"/>), <c>Notifications:Dispatcher:PollSeconds</c> (default 5).
/// </summary>
public sealed class MessageDispatcher(IServiceScopeFactory scopes, IConfiguration config, IHostEnvironment environment, TimeProvider clock,
    ILogger<MessageDispatcher> log) : BackgroundService
{
    public const int MaxAttempts = 5;
    public const string Scrubbed = "(nội dung tin giao dịch không lưu lại sau khi gửi)";
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    public string Instance { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    public bool Enabled => config.GetValue<bool?>("Notifications:Dispatcher:Enabled") ?? !environment.IsEnvironment("Testing");

    /// <summary>The wait after the <paramref name="attempts"/>-th failed try: 1, 5, 25, 125 minutes.</summary>
    public static TimeSpan BackOff(int attempts) => TimeSpan.FromMinutes(Math.Pow(5, Math.Max(0, attempts - 1)));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled) return;
        var poll = TimeSpan.FromSeconds(Math.Max(0.2, config.GetValue("Notifications:Dispatcher:PollSeconds", 5.0)));
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
                await Task.Delay(poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { return; }
            catch (Exception e)
            {
                log.LogError(e, "Không gửi được tin nhắn trong hàng đợi; thử lại ở lần sau.");
                try { await Task.Delay(poll, stoppingToken); } catch (OperationCanceledException) { return; }
            }
        }
    }

    /// <summary>Sends the messages whose time has come and that this instance claims; the number it handled.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
        var channels = scope.ServiceProvider.GetServices<IMessageChannel>().ToDictionary(c => c.Channel);
        var quiet = Outbox.Quiet(config);
        var now = clock.GetUtcNow();
        var waiting = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Status == MessageStatus.Queued && m.NotBefore <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.NotBefore).Select(m => new { m.Id, m.Transactional, m.Channel }).Take(200).ToListAsync(ct);
        var handled = 0;
        foreach (var w in waiting)
        {
            // A provider not configured yet: its messages wait, untried (they are not lost to the retry limit).
            if (channels.TryGetValue(w.Channel, out var configured) && !configured.Configured) continue;
            now = clock.GetUtcNow();
            if (!w.Transactional && quiet.Contains(now))
            {
                // Queued in the day, retried into the night: wait for the morning.
                var morning = quiet.NextAllowed(now);
                await db.Set<OutboxMessage>().Where(m => m.Id == w.Id && m.Status == MessageStatus.Queued && (m.ClaimedUntil == null || m.ClaimedUntil < now))
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.NotBefore, morning), ct);
                continue;
            }
            if (!await TryClaimAsync(db, w.Id, now, ct)) continue;
            var message = await db.Set<OutboxMessage>().AsNoTracking().FirstAsync(m => m.Id == w.Id, ct);
            SendResult result;
            try
            {
                result = channels.TryGetValue(message.Channel, out var channel)
                    ? await channel.SendAsync(message, ct)
                    : SendResult.Refused($"Không có kênh gửi {message.Channel}.");
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or TimeoutException or Polly.CircuitBreaker.BrokenCircuitException
                                          && !ct.IsCancellationRequested)
            {
                result = SendResult.Retry($"Không kết nối được nhà cung cấp: {e.Message}");
            }
            await RecordAsync(scope.ServiceProvider, db, message, result, clock.GetUtcNow(), ct);
            handled++;
        }
        return handled;
    }

    async Task<bool> TryClaimAsync(HoaNhapDbContext db, Guid id, DateTimeOffset now, CancellationToken ct)
    {
        var until = now + Lease;
        return await db.Set<OutboxMessage>()
            .Where(m => m.Id == id && m.Status == MessageStatus.Queued && m.NotBefore <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, Instance).SetProperty(m => m.ClaimedUntil, until)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1), ct) == 1;
    }

    async Task RecordAsync(IServiceProvider services, HoaNhapDbContext db, OutboxMessage message, SendResult result, DateTimeOffset now, CancellationToken ct)
    {
        var mine = db.Set<OutboxMessage>().Where(m => m.Id == message.Id && m.ClaimedBy == Instance && m.Status == MessageStatus.Queued);
        if (message.Transactional && (result.Accepted || result.Permanent || message.Attempts >= MaxAttempts))
        {
            // A one-time code is not kept once it has left (or never will): the ledger keeps the template, not the text.
            await mine.ExecuteUpdateAsync(s => s.SetProperty(m => m.Body, Scrubbed).SetProperty(m => m.Parameters, "{}"), ct);
        }
        var error = result.Error is { } e ? e[..Math.Min(e.Length, 1000)] : null;
        if (result.Accepted)
        {
            var status = result.Delivered ? MessageStatus.Delivered : MessageStatus.Sent;
            DateTimeOffset? delivered = result.Delivered ? now : null;
            await mine.ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, status).SetProperty(m => m.SentAt, now)
                .SetProperty(m => m.DeliveredAt, delivered).SetProperty(m => m.ProviderMessageId, result.ProviderMessageId)
                .SetProperty(m => m.Error, (string?)null).SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), ct);
            log.LogInformation("Đã gửi tin {Id} ({Channel}, {Template}).", message.Id, message.Channel, message.Template);
            return;
        }
        if (!result.Permanent && message.Attempts < MaxAttempts)
        {
            var next = now + BackOff(message.Attempts);
            await mine.ExecuteUpdateAsync(s => s.SetProperty(m => m.NotBefore, next).SetProperty(m => m.Error, error)
                .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), ct);
            log.LogWarning("Tin {Id} ({Channel}) chưa gửi được lần {Attempt}: {Error}; thử lại lúc {Next}.", message.Id, message.Channel, message.Attempts, error, next);
            return;
        }
        await mine.ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MessageStatus.Failed).SetProperty(m => m.FailedAt, now)
            .SetProperty(m => m.Error, error).SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), ct);
        log.LogWarning("Tin {Id} ({Channel}) gửi không được: {Error}.", message.Id, message.Channel, error);
        if (message.PersonId is { } person) await MessageStatusChanges.RefreshWorklistAsync(services, db, person, ct);
    }
}

/// <summary>What follows a message's failure: the person's worklist items computed again (the failure shows at once).</summary>
public static class MessageStatusChanges
{
    public static async Task RefreshWorklistAsync(IServiceProvider services, HoaNhapDbContext db, Guid person, CancellationToken ct)
    {
        try
        {
            if (services.GetService<IWorklistRefresh>() is { } refresh) await refresh.RefreshAsync([person], ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            services.GetRequiredService<ILogger<MessageDispatcher>>().LogError(e, "Không cập nhật được việc cần làm sau khi tin gửi không được; lần tính hằng đêm sẽ cập nhật.");
        }
    }
}
