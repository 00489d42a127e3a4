using HoaNhap.Data;
using HoaNhap.Data.Audit;
using HoaNhap.Domain.Audit;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.AuditLog;

/// <summary>An entry of a chain: its chain, its number in the chain, and its row id (null when the entry is missing).</summary>
public sealed record AuditEntryRef(string Chain, long Sequence, long? Id);

public sealed record ChainVerification(string Chain, string Title, bool Intact, long EntriesChecked, long HeadSequence,
    AuditEntryRef? FirstBadEntry, string? Reason, long AnchoredUpTo, DateTimeOffset? AnchoredAt);

/// <summary>
/// The answer of <c>GET /api/v1/audit/verify</c> and <c>verify-audit</c>: whether every chain checked holds,
/// the first bad entry and why, and per chain how far an anchor outside the database confirms it.
/// </summary>
public sealed record VerificationResult(bool Intact, AuditEntryRef? FirstBadEntry, string? Reason,
    IReadOnlyDictionary<string, long> AnchoredUpTo, long EntriesChecked, IReadOnlyList<ChainVerification> Chains);

/// <summary>Walks each audit chain in sequence order, in batches, against its head and the anchors outside the database.</summary>
public static class AuditVerification
{
    const int Batch = 2000;

    /// <summary>What this user may verify: the administrator every chain, a province officer their province's chain.</summary>
    public static async Task<Outcome<VerificationResult>> VerifyAsync(HoaNhapDbContext db, CurrentUser user, CancellationToken ct)
    {
        if (!user.ReadsAudit) return Outcome<VerificationResult>.Denied();
        return Outcome<VerificationResult>.Ok(await VerifyAsync(db, user.IsAdmin ? null : user.ProvinceCode, ct));
    }

    /// <summary>Every chain (<paramref name="onlyChain"/> null) or one.</summary>
    public static async Task<VerificationResult> VerifyAsync(HoaNhapDbContext db, string? onlyChain = null, CancellationToken ct = default)
    {
        var settings = db.AuditSettings ?? throw new InvalidOperationException("No audit chain key.");
        var anchors = settings.ReadAnchors();
        var heads = await db.AuditChainHeads.AsNoTracking().ToDictionaryAsync(h => h.Chain, ct);
        // Where each chain starts in the live table after its oldest months were archived (PostgreSQL partitions detached).
        var starts = (await db.Set<AuditChainArchive>().AsNoTracking().ToListAsync(ct))
            .GroupBy(a => a.Chain).ToDictionary(g => g.Key, g => g.MaxBy(a => a.LastSequence)!);
        List<string> chains;
        if (onlyChain is not null) chains = [onlyChain];
        else
        {
            var stored = await db.AuditEntries.AsNoTracking().Select(a => a.Chain).Distinct().ToListAsync(ct);
            chains = stored.Concat(heads.Keys).Concat(anchors.Select(a => a.Chain)).Concat(starts.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        }

        var results = new List<ChainVerification>();
        foreach (var chain in chains)
        {
            var verifier = new AuditChainVerifier(chain, settings.Key, heads.GetValueOrDefault(chain), anchors, starts.GetValueOrDefault(chain));
            long last = verifier.StartsAfter;
            while (true)
            {
                var batch = await db.AuditEntries.AsNoTracking().Where(a => a.Chain == chain && a.Sequence > last)
                    .OrderBy(a => a.Sequence).ThenBy(a => a.Id).Take(Batch).ToListAsync(ct);
                if (batch.Count == 0 || !verifier.Add(batch)) break;
                last = batch[^1].Sequence;
            }
            var broken = verifier.Complete();
            results.Add(new ChainVerification(chain, AuditChain.Title(chain), broken is null, verifier.Checked, verifier.HeadSequence,
                broken is null ? null : new AuditEntryRef(broken.Chain, broken.Sequence, broken.EntryId), broken?.Reason,
                verifier.AnchoredUpTo, verifier.AnchoredAt));
        }
        var first = results.FirstOrDefault(r => !r.Intact);
        return new VerificationResult(first is null, first?.FirstBadEntry, first?.Reason,
            results.ToDictionary(r => r.Chain, r => r.AnchoredUpTo),
            results.Sum(r => r.EntriesChecked), results);
    }

    /// <summary>How a bad entry is named to a person: "tỉnh 25, bản ghi số 17 (mã 4521)".</summary>
    public static string Describe(AuditEntryRef e) =>
        $"{AuditChain.Title(e.Chain).ToLowerInvariant()}, bản ghi số {e.Sequence}" + (e.Id is { } id && id != e.Sequence ? $" (mã {id})" : "");

    /// <summary>The command line: prints each chain and exits 0 when all hold, 1 when any is broken.</summary>
    public static async Task<int> RunCommandAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
        var result = await VerifyAsync(db);
        foreach (var c in result.Chains)
            Console.WriteLine(c.Intact
                ? $"{c.Title}: nguyên vẹn, {c.EntriesChecked} bản ghi; đã đối chiếu mốc neo đến bản ghi số {c.AnchoredUpTo}."
                : $"{c.Title}: BỊ PHÁ VỠ tại {Describe(c.FirstBadEntry!)}: {c.Reason} ({c.EntriesChecked} bản ghi trước đó vẫn nguyên vẹn).");
        if (result.Intact)
        {
            Console.WriteLine($"Chuỗi nhật ký nguyên vẹn: đã kiểm tra {result.EntriesChecked} bản ghi.");
            return 0;
        }
        Console.WriteLine($"Chuỗi nhật ký BỊ PHÁ VỠ tại {Describe(result.FirstBadEntry!)}: {result.Reason}");
        return 1;
    }
}
