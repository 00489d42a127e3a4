using HoaNhap.Data;
using HoaNhap.Domain.Audit;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.AuditLog;

public sealed record AuditFilter(string? UserName, string? Action, Guid? PersonId, string? From, string? To, int Page = 1)
{
    public const int PageSize = 50;
}

public sealed record AuditRow(long Id, string Chain, long Sequence, DateTimeOffset At, string UserName, string Action, string EntityType, string? EntityId,
    Guid? PersonId, string? ProvinceCode, string? CommuneCode, string? ClientAddress, string? Details, string Hash);

public sealed record AuditPage(IReadOnlyList<AuditRow> Items, int Total, int Page, int PageCount);

/// <summary>Browsing the audit log: administrators see all of it, a province officer the entries of their province.</summary>
public static class AuditQueries
{
    public static async Task<Outcome<AuditPage>> BrowseAsync(HoaNhapDbContext db, CurrentUser user, AuditFilter f, CancellationToken ct)
    {
        if (!user.ReadsAudit) return Outcome<AuditPage>.Denied();
        var q = db.AuditEntries.AsNoTracking();
        if (!user.IsAdmin) q = q.Where(a => a.ProvinceCode == user.ProvinceCode);
        if (!string.IsNullOrWhiteSpace(f.UserName)) q = q.Where(a => a.UserName == f.UserName.Trim());
        if (!string.IsNullOrWhiteSpace(f.Action)) q = q.Where(a => a.Action == f.Action);
        if (f.PersonId is { } pid) q = q.Where(a => a.PersonId == pid);
        if (Domain.Text.VietnameseDate.TryParse(f.From, out var from))
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7)).ToUniversalTime();
            q = q.Where(a => a.At >= start);
        }
        if (Domain.Text.VietnameseDate.TryParse(f.To, out var to))
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7)).ToUniversalTime();
            q = q.Where(a => a.At < end);
        }
        var total = await q.CountAsync(ct);
        var pageCount = Math.Max(1, (total + AuditFilter.PageSize - 1) / AuditFilter.PageSize);
        var page = Math.Clamp(f.Page, 1, pageCount);
        var items = await q.OrderByDescending(a => a.Id).Skip((page - 1) * AuditFilter.PageSize).Take(AuditFilter.PageSize)
            .Select(a => new AuditRow(a.Id, a.Chain, a.Sequence, a.At, a.UserName, a.Action, a.EntityType, a.EntityId, a.PersonId,
                a.ProvinceCode, a.CommuneCode, a.ClientAddress, a.Details, a.Hash))
            .ToListAsync(ct);
        return Outcome<AuditPage>.Ok(new AuditPage(items, total, page, pageCount));
    }
}
