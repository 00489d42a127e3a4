using HoaNhap.Data;
using HoaNhap.Data.Audit;
using HoaNhap.Domain.Audit;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.AuditLog;

/// <summary>The anchors a user may see and copy: the latest of each chain in their scope, and the current heads.</summary>
public sealed record AnchorView(string Chain, string Title, long HeadSequence, string HeadHash, AuditAnchor? Latest, string? Line);

/// <summary>
/// Writes the head of every chain to the anchor file once a day (at start and at midnight, Vietnam time),
/// besides the anchors written every <c>Audit:AnchorEvery</c> entries by the save itself.
/// </summary>
public sealed class AuditAnchoring(IServiceScopeFactory scopes, TimeProvider time, ILogger<AuditAnchoring> log) : BackgroundService
{
    static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await RunOnceAsync(stoppingToken);
                var now = time.GetUtcNow().ToOffset(Vietnam);
                var midnight = new DateTimeOffset(now.Date.AddDays(1), Vietnam);
                await Task.Delay(midnight - now, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The application is stopping.
        }
    }

    async Task RunOnceAsync(CancellationToken ct)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var written = await WriteAllAsync(scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>(), time.GetUtcNow(), ct);
            log.LogInformation("Đã ghi mốc neo của {Chains} chuỗi nhật ký.", written);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Không ghi được mốc neo của chuỗi nhật ký; sẽ thử lại vào ngày mai.");
        }
    }

    /// <summary>One anchor per chain that has entries; returns how many were written.</summary>
    public static async Task<int> WriteAllAsync(HoaNhapDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var settings = db.AuditSettings ?? throw new InvalidOperationException("No audit chain key.");
        var heads = await db.AuditChainHeads.AsNoTracking().Where(h => h.Sequence > 0).OrderBy(h => h.Chain).ToListAsync(ct);
        settings.Append(heads.Select(h => new AuditAnchor(AuditChain.Normalize(now), h.Chain, h.Sequence, h.Hash)).ToList());
        return heads.Count;
    }

    /// <summary>The chains this user reads (administrator: all; province officer: their province).</summary>
    public static async Task<List<AnchorView>> ViewAsync(HoaNhapDbContext db, CurrentUser user, CancellationToken ct)
    {
        var settings = db.AuditSettings ?? throw new InvalidOperationException("No audit chain key.");
        var heads = db.AuditChainHeads.AsNoTracking();
        if (!user.IsAdmin) heads = heads.Where(h => h.Chain == user.ProvinceCode);
        var list = await heads.OrderBy(h => h.Chain).ToListAsync(ct);
        var latest = settings.ReadAnchors().GroupBy(a => a.Chain).ToDictionary(g => g.Key, g => g.Last());
        return list.Select(h =>
        {
            var a = latest.GetValueOrDefault(h.Chain);
            return new AnchorView(h.Chain, AuditChain.Title(h.Chain), h.Sequence, h.Hash, a, a is null ? null : AuditChainSettings.Format(a));
        }).ToList();
    }
}
