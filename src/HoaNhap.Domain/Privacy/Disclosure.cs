namespace HoaNhap.Domain.Privacy;

/// <summary>
/// One disclosure of a person's data outside the unit that holds it: an answer to another agency's system, a file
/// exported, a loan list given to the bank, a document sent. Kept per person so the person (or an inspector) can be
/// told who received what, why and on what legal basis (Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15; before
/// 01/01/2026 Nghị định 13/2023/NĐ-CP). Carries the place of the person for scoping and distribution, like every
/// table of personal data; it is itself the record of the event, so it is not audited row by row.
/// </summary>
public sealed class Disclosure
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public DateTimeOffset At { get; set; }
    /// <summary>Who received the data: an agency's system, a bank branch, an officer who downloaded a file.</summary>
    public string Recipient { get; set; } = "";
    public string Purpose { get; set; } = "";
    public string LegalBasis { get; set; } = "";
    /// <summary>What was disclosed, in words (e.g. "Danh sách vay vốn: họ tên, ngày sinh, số tiền đề nghị").</summary>
    public string What { get; set; } = "";
    /// <summary>The user or system that made the disclosure.</summary>
    public string RecordedBy { get; set; } = "";
}

/// <summary>What a province officer decided about a file whose retention period has passed.</summary>
public enum RetentionOutcome
{
    /// <summary>Keep the file for another retention period (the review comes back then).</summary>
    Keep,
    /// <summary>Mark the file archived: it leaves the registry's lists; nothing is deleted.</summary>
    Archive,
}

/// <summary>
/// A recorded decision on a file listed for archival review. Nothing is deleted or archived without one; the decision
/// is audited like every row of personal data.
/// </summary>
public sealed class RetentionDecision : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public RetentionOutcome Outcome { get; set; }
    public DateOnly DecidedOn { get; set; }
    /// <summary>The review date the decision answered (from <see cref="Rules.FileRetention"/>).</summary>
    public DateOnly ReviewDueOn { get; set; }
    public string Reason { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}

/// <summary>The Vietnamese words of the personal-data features, kept in one place.</summary>
public static class PrivacyText
{
    public const string Law2025 = "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15";
    public const string Decree13 = "Nghị định 13/2023/NĐ-CP";
    static readonly DateOnly LawInForce = new(2026, 1, 1);

    /// <summary>The personal-data law in force on a date: the 2025 Law from 01/01/2026, before it the 2023 decree.</summary>
    public static string DataLaw(DateOnly on) => on >= LawInForce ? Law2025 : Decree13;

    public static string Outcome(RetentionOutcome o) => o switch
    {
        RetentionOutcome.Keep => "Tiếp tục lưu giữ",
        RetentionOutcome.Archive => "Chuyển lưu trữ",
        _ => o.ToString(),
    };
}
