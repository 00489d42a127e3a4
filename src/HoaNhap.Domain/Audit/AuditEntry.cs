using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace HoaNhap.Domain.Audit;

/// <summary>
/// One append-only audit record. Each entry carries the hash of the previous one, so that
/// changing or removing any entry breaks the chain from that point on.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";
    public string Action { get; set; } = "";
    public string EntityType { get; set; } = "";
    public string? EntityId { get; set; }
    public Guid? PersonId { get; set; }
    public string? ProvinceCode { get; set; }
    public string? CommuneCode { get; set; }
    public string? ClientAddress { get; set; }
    /// <summary>JSON: changed fields with old and new values, or the query of a search.</summary>
    public string? Details { get; set; }
    public string PreviousHash { get; set; } = "";
    public string Hash { get; set; } = "";
}

public static class AuditActions
{
    public const string Create = nameof(Create);
    public const string Update = nameof(Update);
    public const string Delete = nameof(Delete);
    public const string View = nameof(View);
    public const string Search = nameof(Search);
    public const string SignIn = nameof(SignIn);
    public const string SignInFailed = nameof(SignInFailed);

    public static string Title(string action) => action switch
    {
        Create => "Tạo mới",
        Update => "Sửa",
        Delete => "Xóa",
        View => "Xem hồ sơ",
        Search => "Tìm kiếm",
        SignIn => "Đăng nhập",
        SignInFailed => "Đăng nhập thất bại",
        _ => action,
    };
}

public static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>
    /// Timestamps are kept to the millisecond, which both PostgreSQL (microseconds) and SQLite
    /// (the binary DateTimeOffset encoding) store exactly, so hashes survive a round trip.
    /// </summary>
    public static DateTimeOffset Normalize(DateTimeOffset at) =>
        new(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);

    public static string ComputeHash(AuditEntry e)
    {
        var canonical = string.Join('\u001f',
            e.Id.ToString(CultureInfo.InvariantCulture),
            Normalize(e.At).UtcTicks.ToString(CultureInfo.InvariantCulture),
            e.UserId ?? "", e.UserName, e.Action, e.EntityType, e.EntityId ?? "",
            e.PersonId?.ToString() ?? "", e.ProvinceCode ?? "", e.CommuneCode ?? "",
            e.ClientAddress ?? "", e.Details ?? "", e.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>Checks entries in Id order; returns the first broken one, or null when the chain holds.</summary>
    public static AuditBreak? Verify(IEnumerable<AuditEntry> entriesInOrder, string previousHash = Genesis)
    {
        foreach (var e in entriesInOrder)
        {
            if (e.PreviousHash != previousHash)
                return new AuditBreak(e.Id, "Mã băm của bản ghi trước không khớp (có bản ghi bị xóa hoặc chèn).");
            if (ComputeHash(e) != e.Hash)
                return new AuditBreak(e.Id, "Nội dung bản ghi đã bị thay đổi sau khi ghi.");
            previousHash = e.Hash;
        }
        return null;
    }
}

public sealed record AuditBreak(long EntryId, string Reason);
