namespace HoaNhap.Domain.Reconciliation;

/// <summary>
/// Đối chiếu số liệu hằng tháng: one list received from the court or the procuracy for a province
/// and a month, matched against the registry. (Named "monthly" so that the type does not share the
/// name of its namespace.) Uploaded → Running → Done → SignedOff, or Failed; the steps are the methods below.
/// </summary>
public sealed class MonthlyReconciliation : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string ProvinceCode { get; set; } = "";
    /// <summary>A reconciliation belongs to the whole province: always empty.</summary>
    public string CommuneCode { get; set; } = "";
    /// <summary>yyyy-MM.</summary>
    public string Month { get; set; } = "";
    public ListSource Source { get; set; }
    public string FileName { get; set; } = "";
    public ReconciliationStatus Status { get; private set; }
    /// <summary>The officer accepted the listed bad rows: they are left out and kept as problems.</summary>
    public bool ProblemsAccepted { get; set; }
    public int TotalRows { get; set; }
    public int ProcessedRows { get; set; }
    public int ProblemRows { get; set; }
    public int MatchedCount { get; set; }
    public int MissingInRegistryCount { get; set; }
    public int MissingInListCount { get; set; }
    public int ConflictCount { get; set; }
    /// <summary>Discrepancies (missing either side, conflicts) not yet resolved.</summary>
    public int UnresolvedCount { get; set; }
    public string? Error { get; private set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset? CompletedAt { get; private set; }
    public string? SignedOffBy { get; private set; }
    public DateTimeOffset? SignedOffAt { get; private set; }
    public string? CourtAgreedBy { get; set; }
    public DateTimeOffset? CourtAgreedAt { get; set; }
    public string? ProcuracyAgreedBy { get; set; }
    public DateTimeOffset? ProcuracyAgreedAt { get; set; }

    /// <summary>Done or signed off but not yet agreed by both the court and the procuracy, or still open.</summary>
    public bool IsSettled => Status == ReconciliationStatus.SignedOff && CourtAgreedAt is not null && ProcuracyAgreedAt is not null;

    /// <summary>Why the month cannot be signed off yet, or null when it can.</summary>
    public string? SignOffRefusal() => Status switch
    {
        ReconciliationStatus.SignedOff => "Kỳ đối soát này đã được ký xác nhận.",
        ReconciliationStatus.Done when UnresolvedCount > 0 => $"Còn {UnresolvedCount} chênh lệch chưa xử lý: hãy xử lý hết trước khi ký xác nhận.",
        ReconciliationStatus.Done => null,
        ReconciliationStatus.Failed => "Kỳ đối soát này bị lỗi khi xử lý tệp; hãy nhập lại danh sách.",
        _ => "Danh sách đang được đối soát; hãy chờ xử lý xong.",
    };

    /// <summary>Uploaded (or Running, taken up again after a stop) → Running from the first row; false when there is nothing to run.</summary>
    public bool Start()
    {
        if (Status is not (ReconciliationStatus.Uploaded or ReconciliationStatus.Running)) return false;
        Status = ReconciliationStatus.Running;
        ProcessedRows = 0;
        return true;
    }

    /// <summary>Running → Done with the count of each part of the result.</summary>
    public void Finish(int matched, int missingInRegistry, int missingInList, int conflicts, DateTimeOffset at)
    {
        if (Status != ReconciliationStatus.Running) throw new InvalidOperationException($"Reconciliation {Id} is {Status}, not running.");
        ProcessedRows = TotalRows;
        MatchedCount = matched;
        MissingInRegistryCount = missingInRegistry;
        MissingInListCount = missingInList;
        ConflictCount = conflicts;
        UnresolvedCount = missingInRegistry + missingInList + conflicts;
        Status = ReconciliationStatus.Done;
        CompletedAt = at;
    }

    /// <summary>Uploaded or Running → Failed, with the error the officer reads.</summary>
    public void Fail(string error)
    {
        if (Status is not (ReconciliationStatus.Uploaded or ReconciliationStatus.Running)) return;
        Status = ReconciliationStatus.Failed;
        Error = error;
    }

    /// <summary>Done with nothing unresolved → SignedOff, or why not (<see cref="SignOffRefusal"/>).</summary>
    public string? SignOff(string by, DateTimeOffset at)
    {
        if (SignOffRefusal() is { } refusal) return refusal;
        Status = ReconciliationStatus.SignedOff;
        SignedOffBy = by;
        SignedOffAt = at;
        return null;
    }
}

/// <summary>The uploaded file, kept apart so that lists of reconciliations do not load it.</summary>
public sealed class ReconciliationFile
{
    public Guid ReconciliationId { get; set; }
    public byte[] Content { get; set; } = [];
}

public enum ListSource { Court, Procuracy }

public enum ReconciliationStatus { Uploaded, Running, Done, SignedOff, Failed }

/// <summary>One line of the result: a row of the list, or a judgment of the registry that the list lacks.</summary>
public sealed class ReconciliationRow : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ReconciliationId { get; set; }
    public string ProvinceCode { get; set; } = "";
    /// <summary>The commune parsed from the address (list rows) or of the judgment (registry rows); empty when unknown.</summary>
    public string CommuneCode { get; set; } = "";
    /// <summary>1-based data row of the file (header excluded); null for a judgment missing from the list.</summary>
    public int? RowNumber { get; set; }
    public RowPart Part { get; set; }

    public string JudgmentNumber { get; set; } = "";
    public string JudgmentDate { get; set; } = "";
    public string Court { get; set; } = "";
    public string FullName { get; set; } = "";
    public string BirthDate { get; set; } = "";
    public string PersonalIdNumber { get; set; } = "";
    public string Gender { get; set; } = "";
    public string Address { get; set; } = "";
    public string Penalty { get; set; } = "";
    public string TermMonths { get; set; } = "";
    public string EffectiveOn { get; set; } = "";

    public Guid? PersonId { get; set; }
    public Guid? JudgmentId { get; set; }
    /// <summary>0..1 for a match; null when nothing was found.</summary>
    public double? Confidence { get; set; }
    public string Reason { get; set; } = "";
    /// <summary>Conflicting fields as "field|in the list|in the registry" lines.</summary>
    public string Conflicts { get; set; } = "";

    public Resolution? Resolution { get; set; }
    public string? ResolutionNote { get; set; }
    public string? ResolvedBy { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }

    public bool IsDiscrepancy => Part is RowPart.MissingInRegistry or RowPart.MissingInList or RowPart.Conflict;

    public IReadOnlyList<ConflictField> ConflictFields => ConflictField.Parse(Conflicts);
}

/// <summary>The four parts of the result, and rows of the file that could not be read.</summary>
public enum RowPart { Matched, MissingInRegistry, MissingInList, Conflict, Problem }

/// <summary>How a discrepancy was resolved.</summary>
public enum Resolution { CaseOpened, Explained, Corrected }

public sealed record ConflictField(string Field, string InList, string InRegistry)
{
    public static string Format(IEnumerable<ConflictField> fields) =>
        string.Join('\n', fields.Select(f => $"{f.Field}|{Clean(f.InList)}|{Clean(f.InRegistry)}"));

    public static IReadOnlyList<ConflictField> Parse(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.Split('\n').Select(l => l.Split('|')).Where(p => p.Length == 3)
            .Select(p => new ConflictField(p[0], p[1], p[2])).ToList();

    static string Clean(string s) => s.Replace('|', '/').Replace('\n', ' ');
}

public static class ReconciliationText
{
    public static string Status(ReconciliationStatus s) => s switch
    {
        ReconciliationStatus.Uploaded => "Đã nhận tệp, chờ xử lý",
        ReconciliationStatus.Running => "Đang đối soát",
        ReconciliationStatus.Done => "Đã đối soát, chờ ký xác nhận",
        ReconciliationStatus.SignedOff => "Đã ký xác nhận",
        ReconciliationStatus.Failed => "Lỗi khi xử lý",
        _ => s.ToString(),
    };

    public static string Source(ListSource s) => s == ListSource.Court ? "Tòa án" : "Viện kiểm sát";

    public static string Part(RowPart p) => p switch
    {
        RowPart.Matched => "Khớp",
        RowPart.MissingInRegistry => "Có trong danh sách, chưa có trong sổ",
        RowPart.MissingInList => "Có trong sổ, không có trong danh sách",
        RowPart.Conflict => "Khớp nhưng lệch thông tin",
        RowPart.Problem => "Dòng lỗi (đã bỏ qua)",
        _ => p.ToString(),
    };

    public static string Resolution(Resolution r) => r switch
    {
        Reconciliation.Resolution.CaseOpened => "Đã mở hồ sơ",
        Reconciliation.Resolution.Explained => "Đã giải trình",
        Reconciliation.Resolution.Corrected => "Đã sửa số liệu",
        _ => r.ToString(),
    };

    public static string Field(string field) => field switch
    {
        ListColumns.JudgmentNumber => "Số bản án",
        ListColumns.JudgmentDate => "Ngày bản án",
        ListColumns.TermMonths => "Thời hạn (tháng)",
        ListColumns.EffectiveOn => "Ngày hiệu lực",
        ListColumns.Address => "Xã, phường cư trú",
        ListColumns.Penalty => "Hình phạt",
        _ => field,
    };
}
