using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace HoaNhap.Domain.Audit;

/// <summary>
/// One append-only audit record. Entries are chained per province (<see cref="Chain"/>): each one is
/// numbered in its chain (<see cref="Sequence"/>) and carries the keyed hash of the previous one, so that
/// changing, removing or recomputing any entry breaks the chain from that point on.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Storage key, given by the database (never reused); the entry's place is <see cref="Chain"/> and <see cref="Sequence"/>.</summary>
    public long Id { get; set; }
    /// <summary>The province code, or <see cref="AuditChain.National"/> for entries of no province; empty for entries written before chains were per province.</summary>
    public string Chain { get; set; } = "";
    /// <summary>1, 2, 3… within the chain, without gaps.</summary>
    public long Sequence { get; set; }
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

/// <summary>
/// The head of one chain: the last sequence given and its hash. It only moves forward, so numbers
/// are never given twice even when the last entries are deleted.
/// </summary>
public sealed class AuditChainHead
{
    public string Chain { get; set; } = "";
    public long Sequence { get; set; }
    public string Hash { get; set; } = AuditChain.Genesis;
}

/// <summary>
/// Where a chain starts in the live table after the entries of an old month were archived (the month's partition
/// detached, on PostgreSQL): the last entry of the chain in that month, its hash, and a keyed MAC of this row, so
/// verification starts from here and a forged start is refused. One row per chain and archived month.
/// </summary>
public sealed class AuditChainArchive
{
    public string Chain { get; set; } = "";
    /// <summary>The first day of the archived month (UTC months: entries are partitioned by <see cref="AuditEntry.At"/>).</summary>
    public DateOnly Month { get; set; }
    /// <summary>The detached table that holds the month's entries until it is dumped and dropped.</summary>
    public string Partition { get; set; } = "";
    /// <summary>The first and last numbers of the chain in that month.</summary>
    public long FirstSequence { get; set; }
    public long LastSequence { get; set; }
    public long Entries { get; set; }
    /// <summary>The hash of the last entry: the next live entry's previous hash.</summary>
    public string LastHash { get; set; } = "";
    public DateTimeOffset ArchivedAt { get; set; }
    public string ArchivedBy { get; set; } = "";
    /// <summary>HMAC-SHA256 of the fields above with the chain key (<see cref="AuditChain.ArchiveMac"/>).</summary>
    public string Mac { get; set; } = "";
}

public static class AuditActions
{
    public const string Create = nameof(Create);
    /// <summary>A record created from a row of an imported register (its source is in the details).</summary>
    public const string Import = nameof(Import);
    public const string Merge = nameof(Merge);
    public const string Unmerge = nameof(Unmerge);
    public const string Update = nameof(Update);
    public const string Delete = nameof(Delete);
    public const string View = nameof(View);
    public const string Search = nameof(Search);
    public const string SignIn = nameof(SignIn);
    public const string SignInFailed = nameof(SignInFailed);
    /// <summary>A month of events and audit entries moved out of the live tables (PostgreSQL partitions detached).</summary>
    public const string Archive = nameof(Archive);

    public static string Title(string action) => action switch
    {
        Create => "Tạo mới",
        Update => "Sửa",
        Delete => "Xóa",
        View => "Xem hồ sơ",
        Search => "Tìm kiếm",
        SignIn => "Đăng nhập",
        SignInFailed => "Đăng nhập thất bại",
        Archive => "Lưu trữ tháng cũ",
        Import => "Nhập từ sổ cũ",
        Merge => "Gộp hồ sơ trùng",
        Unmerge => "Hoàn tác gộp hồ sơ",
        _ => action,
    };
}

public static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";
    /// <summary>The chain of entries that belong to no province (administration, the system).</summary>
    public const string National = "00";

    public static string Of(string? provinceCode) => string.IsNullOrEmpty(provinceCode) ? National : provinceCode;

    public static string Title(string chain) => chain switch
    {
        National => "Toàn quốc (00)",
        _ => $"Tỉnh {chain}",
    };

    /// <summary>
    /// Timestamps are kept to the millisecond, which both PostgreSQL (microseconds) and SQLite
    /// (the binary DateTimeOffset encoding) store exactly, so hashes survive a round trip.
    /// </summary>
    public static DateTimeOffset Normalize(DateTimeOffset at) =>
        new(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);

    static byte[] Canonical(AuditEntry e) => Encoding.UTF8.GetBytes(string.Join('\u001f',
        e.Chain, e.Sequence.ToString(CultureInfo.InvariantCulture),
        Normalize(e.At).UtcTicks.ToString(CultureInfo.InvariantCulture),
        e.UserId ?? "", e.UserName, e.Action, e.EntityType, e.EntityId ?? "",
        e.PersonId?.ToString() ?? "", e.ProvinceCode ?? "", e.CommuneCode ?? "",
        e.ClientAddress ?? "", e.Details ?? "", e.PreviousHash));

    /// <summary>HMAC-SHA256 of the entry with a key kept outside the database.</summary>
    public static string ComputeHash(AuditEntry e, byte[] key) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Canonical(e)));

    /// <summary>The keyed MAC of an archive row: without the key nobody can move a chain's start.</summary>
    public static string ArchiveMac(AuditChainArchive a, byte[] key) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(string.Join('\u001f', "archive", a.Chain,
            a.Month.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), a.Partition,
            a.FirstSequence.ToString(CultureInfo.InvariantCulture), a.LastSequence.ToString(CultureInfo.InvariantCulture),
            a.Entries.ToString(CultureInfo.InvariantCulture), a.LastHash))));

    /// <summary>What someone without the key could compute: plain SHA-256 of the same fields.</summary>
    public static string ComputeUnkeyedHash(AuditEntry e) => Convert.ToHexStringLower(SHA256.HashData(Canonical(e)));
}

/// <summary>A point of a chain recorded outside the database: "chain had <see cref="Sequence"/> entries, the last hashed <see cref="Hash"/>".</summary>
public sealed record AuditAnchor(DateTimeOffset At, string Chain, long Sequence, string Hash);

/// <summary>The first entry of a chain that does not hold; <see cref="EntryId"/> is null when the entry is missing.</summary>
public sealed record AuditBreak(string Chain, long Sequence, long? EntryId, string Reason);

/// <summary>
/// Walks one chain in sequence order and names its first broken entry: a gap (deleted entries), a
/// number given twice, a link to a previous hash that does not match, a hash that the key does not
/// give (a changed row, or a chain recomputed without the key), entries missing at the end (the head
/// or an anchor outside the database knows more entries), an anchored entry replaced (numbers reused).
/// When the chain's first months were archived, it starts after the last archived entry (the <c>start</c>):
/// the start's MAC must hold, and an anchor at that very number must name the same hash.
/// </summary>
public sealed class AuditChainVerifier
{
    readonly string chain;
    readonly byte[] key;
    readonly AuditChainHead? head;
    readonly Dictionary<long, List<AuditAnchor>> _anchors;
    long _expected = 1;
    string _previous = AuditChain.Genesis;
    long? _lastId;

    public AuditChainVerifier(string chain, byte[] key, AuditChainHead? head, IEnumerable<AuditAnchor> anchors, AuditChainArchive? start = null)
    {
        this.chain = chain;
        this.key = key;
        this.head = head;
        var all = anchors.Where(a => a.Chain == chain && a.Sequence > 0).ToList();
        // Anchors of archived entries cannot be checked against rows that are no longer here.
        _anchors = all.Where(a => a.Sequence > (start?.LastSequence ?? 0)).GroupBy(a => a.Sequence).ToDictionary(g => g.Key, g => g.ToList());
        if (start is null) return;
        StartsAfter = start.LastSequence;
        _expected = start.LastSequence + 1;
        _previous = start.LastHash;
        if (AuditChain.ArchiveMac(start, key) != start.Mac)
            Fail(_expected, null, $"Mốc lưu trữ tháng {start.Month.ToString("MM/yyyy", CultureInfo.InvariantCulture)} (bản ghi số {start.LastSequence}) không khớp với khóa của chuỗi: mốc đã bị sửa hoặc giả mạo.");
        else if (all.FirstOrDefault(a => a.Sequence == start.LastSequence && a.Hash != start.LastHash) is { } other)
            Fail(start.LastSequence, null, $"Mốc lưu trữ tháng {start.Month.ToString("MM/yyyy", CultureInfo.InvariantCulture)} khác với mốc neo ghi lúc {other.At:yyyy-MM-dd HH:mm:ss} UTC tại bản ghi số {start.LastSequence}.");
        else if (all.Where(a => a.Sequence == start.LastSequence).ToList() is { Count: > 0 } same)
        {
            AnchoredUpTo = start.LastSequence;
            AnchoredAt = same.Max(a => a.At);
        }
    }

    public string Chain => chain;
    public long Checked { get; private set; }
    public AuditBreak? Break { get; private set; }
    /// <summary>The highest sequence confirmed by an anchor outside the database (0: none yet).</summary>
    public long AnchoredUpTo { get; private set; }
    public DateTimeOffset? AnchoredAt { get; private set; }
    public long HeadSequence => head?.Sequence ?? 0;
    /// <summary>The last archived number (0: the chain starts at 1 in the live table).</summary>
    public long StartsAfter { get; }

    /// <summary>Feeds the next entries (in sequence order); false once the chain is broken.</summary>
    public bool Add(IEnumerable<AuditEntry> entries)
    {
        foreach (var e in entries)
        {
            if (Break is not null) return false;
            if (e.Sequence < _expected)
                return Fail(e.Sequence, e.Id, $"Số thứ tự {e.Sequence} được dùng lại cho hai bản ghi (bản ghi {_lastId} và {e.Id}).");
            if (e.Sequence > _expected)
                return Fail(_expected, null, e.Sequence == _expected + 1
                    ? $"Thiếu bản ghi số {_expected}: đã bị xóa."
                    : $"Thiếu các bản ghi số {_expected}–{e.Sequence - 1}: đã bị xóa.");
            if (e.PreviousHash != _previous)
                return Fail(e.Sequence, e.Id, "Mã băm của bản ghi trước không khớp (có bản ghi bị xóa hoặc chèn).");
            if (AuditChain.ComputeHash(e, key) != e.Hash)
                return Fail(e.Sequence, e.Id, AuditChain.ComputeUnkeyedHash(e) == e.Hash
                    ? "Mã băm được tính lại không có khóa (SHA-256 thuần): chuỗi đã bị tính lại từ bản ghi này."
                    : "Nội dung bản ghi đã bị thay đổi sau khi ghi, hoặc chuỗi bị tính lại bằng khóa khác.");
            if (_anchors.TryGetValue(e.Sequence, out var anchored))
            {
                var anchor = anchored.FirstOrDefault(a => a.Hash != e.Hash) ?? anchored[0];
                if (anchor.Hash != e.Hash)
                    return Fail(e.Sequence, e.Id, $"Bản ghi số {e.Sequence} khác với mốc neo ghi lúc {anchor.At:yyyy-MM-dd HH:mm:ss} UTC: " +
                                                  "số thứ tự đã bị dùng lại sau khi xóa cuối chuỗi, hoặc chuỗi bị tính lại.");
                AnchoredUpTo = e.Sequence;
                AnchoredAt = anchor.At;
            }
            _previous = e.Hash;
            _lastId = e.Id;
            _expected++;
            Checked++;
        }
        return true;
    }

    /// <summary>After the last entry: what the head and the anchors know beyond it is missing.</summary>
    public AuditBreak? Complete()
    {
        if (Break is not null) return Break;
        var last = _expected - 1;
        var known = Math.Max(head?.Sequence ?? 0, _anchors.Count == 0 ? 0 : _anchors.Keys.Max());
        if (known > last)
        {
            var source = (head?.Sequence ?? 0) >= known ? "đầu chuỗi ghi nhận" : "mốc neo ngoài cơ sở dữ liệu ghi nhận";
            Fail(last + 1, null, known == last + 1
                ? $"Thiếu bản ghi cuối chuỗi (số {known}): đã bị xóa; {source} {known} bản ghi."
                : $"Thiếu {known - last} bản ghi cuối chuỗi (số {last + 1}–{known}): đã bị xóa; {source} {known} bản ghi.");
        }
        else if (head is not null && last > 0 && head.Hash != _previous)
            Fail(last, _lastId, "Mã băm ở đầu chuỗi không khớp với bản ghi cuối cùng.");
        else if (head is null && last > 0)
            Fail(1, null, "Không có đầu chuỗi cho các bản ghi này (đầu chuỗi bị xóa).");
        return Break;
    }

    bool Fail(long sequence, long? id, string reason)
    {
        Break = new AuditBreak(chain, sequence, id, reason);
        return false;
    }
}
