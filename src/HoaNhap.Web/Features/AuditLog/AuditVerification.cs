using HoaNhap.Data;
using HoaNhap.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.AuditLog;

public sealed record VerificationResult(bool Intact, long EntriesChecked, long? FirstBrokenEntryId, string? Reason);

/// <summary>Walks the whole audit chain in id order, in batches, and names the first broken entry.</summary>
public static class AuditVerification
{
    const int Batch = 2000;

    public static async Task<VerificationResult> VerifyAsync(HoaNhapDbContext db, CancellationToken ct = default)
    {
        var previous = AuditChain.Genesis;
        long lastId = 0, count = 0;
        while (true)
        {
            var batch = await db.AuditEntries.AsNoTracking().Where(a => a.Id > lastId).OrderBy(a => a.Id).Take(Batch).ToListAsync(ct);
            if (batch.Count == 0) return new VerificationResult(true, count, null, null);
            if (AuditChain.Verify(batch, previous) is { } broken)
                return new VerificationResult(false, count + batch.FindIndex(e => e.Id == broken.EntryId), broken.EntryId, broken.Reason);
            count += batch.Count;
            previous = batch[^1].Hash;
            lastId = batch[^1].Id;
        }
    }

    /// <summary>The command line: prints the result and exits 0 when intact, 1 when broken.</summary>
    public static async Task<int> RunCommandAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
        var result = await VerifyAsync(db);
        if (result.Intact)
        {
            Console.WriteLine($"Chuỗi nhật ký nguyên vẹn: đã kiểm tra {result.EntriesChecked} bản ghi.");
            return 0;
        }
        Console.WriteLine($"Chuỗi nhật ký BỊ PHÁ VỠ tại bản ghi số {result.FirstBrokenEntryId}: {result.Reason} " +
                          $"({result.EntriesChecked} bản ghi trước đó vẫn nguyên vẹn).");
        return 1;
    }
}
