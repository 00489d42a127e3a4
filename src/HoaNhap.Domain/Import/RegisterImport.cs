namespace HoaNhap.Domain.Import;

public enum ImportStatus { Ready, Committing, Done, Failed }

/// <summary>
/// One register brought in from a commune's or province's file: read and checked at upload (nothing written to the
/// registry), then committed in one transaction (Ready → Committing → Done, or Failed with nothing written). The file's
/// SHA-256 recognises the same file uploaded again.
/// </summary>
public sealed class RegisterImport : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string ProvinceCode { get; set; } = "";
    /// <summary>The commune whose register this is; empty for a province's register.</summary>
    public string CommuneCode { get; set; } = "";
    public RegisterKind Kind { get; set; }
    public string FileName { get; set; } = "";
    /// <summary>SHA-256 of the file, lower-case hex.</summary>
    public string FileHash { get; set; } = "";
    /// <summary>The sheet read (spreadsheets) or empty (CSV).</summary>
    public string Sheet { get; set; } = "";
    /// <summary>The encoding the text was read in (CSV), or empty.</summary>
    public string Encoding { get; set; } = "";
    /// <summary>JSON array: for each column, the field it is mapped to or null.</summary>
    public string Mapping { get; set; } = "[]";
    /// <summary>
    /// The shape of the file: its column headers, folded and joined. The next file of the same shape in the province starts
    /// from the mapping the officer settled on for this one (<see cref="MappingFrom"/>).
    /// </summary>
    public string HeaderKey { get; set; } = "";
    /// <summary>The earlier import whose mapping this one started from, when there was one of the same shape.</summary>
    public Guid? MappingFrom { get; set; }
    public ImportStatus Status { get; private set; } = ImportStatus.Ready;
    public int TotalRows { get; set; }
    public int ValidRows { get; set; }
    /// <summary>JSON array of {row, field, message}.</summary>
    public string Problems { get; set; } = "[]";
    public bool SkipBadRows { get; private set; }
    public int CreatedCount { get; private set; }
    public int SkippedCount { get; private set; }
    public string? Error { get; private set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>The officer who uploaded it (user name); the commit runs in the background as this officer.</summary>
    public string CreatedBy { get; set; } = "";
    public string UserId { get; set; } = "";
    public string UserFullName { get; set; } = "";
    public string Role { get; set; } = "";
    /// <summary>The officer's own commune, empty for a province officer.</summary>
    public string UserCommuneCode { get; set; } = "";
    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>Why it cannot be committed now (in Vietnamese), or null.</summary>
    public string? CommitRefusal(bool skipBadRows) => Status switch
    {
        ImportStatus.Committing => "Sổ này đang được ghi; hãy chờ.",
        ImportStatus.Done => "Sổ này đã được ghi vào hệ thống.",
        _ when ValidRows == 0 => "Không có dòng nào hợp lệ để ghi.",
        _ when ValidRows < TotalRows && !skipBadRows =>
            $"Có {TotalRows - ValidRows} dòng có lỗi: sửa tệp và tải lại, hoặc chọn bỏ qua các dòng lỗi đã liệt kê.",
        _ => null,
    };

    /// <summary>Ready or Failed → Committing; false with the refusal otherwise.</summary>
    public bool StartCommit(bool skipBadRows)
    {
        if (CommitRefusal(skipBadRows) is not null) return false;
        Status = ImportStatus.Committing;
        SkipBadRows = skipBadRows;
        Error = null;
        return true;
    }

    public void Finish(int created, int skipped, DateTimeOffset at)
    {
        Status = ImportStatus.Done;
        CreatedCount = created;
        SkippedCount = skipped;
        CompletedAt = at;
    }

    /// <summary>Nothing was written (the transaction rolled back); the officer may try again.</summary>
    public void Fail(string error)
    {
        Status = ImportStatus.Failed;
        Error = error.Length > 2000 ? error[..2000] : error;
    }
}

/// <summary>The uploaded file, kept apart so that lists of imports do not load it.</summary>
public sealed class RegisterImportFile
{
    public Guid ImportId { get; set; }
    public byte[] Content { get; set; } = [];
}

/// <summary>Where a record came from: the file, the sheet and the 1-based data row, kept in the audit entry of its creation.</summary>
public sealed record ImportSource(Guid ImportId, string File, string Sheet, int Row)
{
    /// <summary>"tệp so-xa.xlsx, trang Sheet1, dòng 12" for the person's timeline.</summary>
    public string Describe() => Sheet.Length > 0 ? $"tệp {File}, trang {Sheet}, dòng {Row}" : $"tệp {File}, dòng {Row}";
}
