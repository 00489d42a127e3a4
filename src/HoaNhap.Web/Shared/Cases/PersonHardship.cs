using HoaNhap.Data;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Shared;

/// <summary>A person's special hardship as the needs assessment and the credit counselling read it.</summary>
public sealed record HardshipNote(string Reason, DateOnly? Since, string? RecordedBy)
{
    /// <summary>One line for a panel: "Hoàn cảnh đặc biệt khó khăn (từ 01/03/2026): …".</summary>
    public string Text => $"Người này có hoàn cảnh đặc biệt khó khăn{(Since is { } d ? $" (ghi nhận ngày {Display.Date(d)})" : "")}: {Reason.TrimEnd('.', ' ')}";
}

/// <summary>Reads the special-hardship flag of a person (<see cref="Domain.People.Person.SpecialHardship"/>), for the features that act on it.</summary>
public static class PersonHardship
{
    public static async Task<HardshipNote?> ForPersonAsync(HoaNhapDbContext db, Guid personId, CancellationToken ct)
    {
        var h = await db.People.AsNoTracking().Where(p => p.Id == personId && p.HardshipReason != null)
            .Select(p => new { p.HardshipReason, p.HardshipSince, p.HardshipRecordedBy }).FirstOrDefaultAsync(ct);
        return h is null ? null : new HardshipNote(h.HardshipReason!, h.HardshipSince, h.HardshipRecordedBy);
    }
}
