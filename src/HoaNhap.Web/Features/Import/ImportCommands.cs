using System.Security.Cryptography;
using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Import;
using HoaNhap.Domain.Units;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Imports;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Import;

/// <summary>What the upload form or the API sends.</summary>
public sealed class ImportInput
{
    /// <summary>CommunitySentences or Returnees.</summary>
    public string? Kind { get; set; }
    /// <summary>The officer's province (2 digits) or a commune of it (5 digits).</summary>
    public string? UnitCode { get; set; }
    public string? FileName { get; set; }
    public byte[]? Content { get; set; }
    /// <summary>Optional: {"header or column number (1-based)": "Field" or ""}, overriding the proposal.</summary>
    public string? Mapping { get; set; }
    /// <summary>Optional: Utf8, Windows1258 or Tcvn3, overriding the detected encoding of a CSV.</summary>
    public string? Encoding { get; set; }
    /// <summary>The officer knows this file was imported before and wants it imported again.</summary>
    public bool ConfirmReimport { get; set; }
}

/// <summary>
/// The import and what the preview shows: each row as it will be stored, with its problems, and the likely duplicates of its
/// rows (before the commit only).
/// </summary>
public sealed record ImportPreview(RegisterImport Import, RegisterFile.Table? Table, IReadOnlyList<RegisterField?> Mapping, IReadOnlyList<RegisterRow> Rows,
    string Sample, IReadOnlyList<RowDuplicate> Duplicates);

public static class ImportCommands
{
    public const int MaxStoredProblems = 5000;

    public static IQueryable<RegisterImport> Visible(this IQueryable<RegisterImport> all, CurrentUser user) =>
        !user.May(Act.ImportRegister) ? all.Where(_ => false)
        : user.CommuneCode is { } commune ? all.Where(i => i.ProvinceCode == user.ProvinceCode && i.CommuneCode == commune)
        : all.Where(i => i.ProvinceCode == user.ProvinceCode);

    /// <summary>Reads and checks the file and stores it with its proposed (or given) mapping and its problems; nothing goes into the registry.</summary>
    public static async Task<Outcome<RegisterImport>> UploadAsync(HoaNhapDbContext db, CurrentUser user, ImportInput input, CancellationToken ct)
    {
        if (!user.May(Act.ImportRegister)) return Outcome<RegisterImport>.Denied();
        var errors = new Dictionary<string, string[]>();
        if (!Enum.TryParse<RegisterKind>(input.Kind, out var kind) || int.TryParse(input.Kind, out _))
            errors[nameof(ImportInput.Kind)] = ["Loại sổ (kind) phải là CommunitySentences (người chấp hành án tại cộng đồng) hoặc Returnees (người chấp hành xong án phạt tù)."];
        var unit = input.UnitCode?.Trim() ?? "";
        string commune = "";
        if (UnitCode.IsProvinceCode(unit))
        {
            if (unit != user.ProvinceCode || user.CommuneCode is not null)
                errors[nameof(ImportInput.UnitCode)] = ["Bạn chỉ được nhập sổ của đơn vị mình quản lý."];
        }
        else if (UnitCode.IsCommuneCode(unit))
        {
            if (!await db.Communes.AnyAsync(c => c.Code == unit && c.ProvinceCode == user.ProvinceCode, ct) || (user.CommuneCode is { } own && own != unit))
                errors[nameof(ImportInput.UnitCode)] = ["Bạn chỉ được nhập sổ của đơn vị mình quản lý."];
            commune = unit;
        }
        else errors[nameof(ImportInput.UnitCode)] = ["Mã đơn vị (unitCode) phải là mã tỉnh (2 chữ số) hoặc mã xã, phường (5 chữ số)."];
        RegisterEncoding? encoding = null;
        if (!string.IsNullOrWhiteSpace(input.Encoding))
        {
            if (Enum.TryParse<RegisterEncoding>(input.Encoding, out var en) && !int.TryParse(input.Encoding, out _)) encoding = en;
            else errors[nameof(ImportInput.Encoding)] = ["Bảng mã (encoding) phải là Utf8, Windows1258 hoặc Tcvn3."];
        }
        if (input.Content is not { Length: > 0 } content) { errors["File"] = ["Hãy chọn tệp sổ (.xlsx, .xls hoặc .csv)."]; return Outcome<RegisterImport>.Invalid(errors); }
        if (content.Length > RegisterFile.MaxBytes) errors["File"] = ["Tệp không được lớn hơn 30 MB."];
        if (errors.Count > 0) return Outcome<RegisterImport>.Invalid(errors);

        var (table, error) = RegisterFile.Read(content, encoding);
        if (table is null) return Outcome<RegisterImport>.Invalid("File", error!);
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        if (!input.ConfirmReimport && await db.Set<RegisterImport>().AsNoTracking()
                .Where(i => i.ProvinceCode == user.ProvinceCode && i.FileHash == hash && i.Status != ImportStatus.Failed)
                .OrderByDescending(i => i.CreatedAt).FirstOrDefaultAsync(ct) is { } earlier)
            return Outcome<RegisterImport>.Invalid("File",
                $"Tệp này đã được tải lên ngày {VietnamTime(earlier.CreatedAt)} bởi {earlier.CreatedBy} ({Status(earlier.Status)}). "
                + "Nếu thực sự cần nhập lại, hãy xác nhận nhập lại (confirmReimport=true).");

        var headerKey = HeaderKey(table.Headers);
        // A file of the same shape was mapped before in this province: start from what the officer settled on then.
        var earlierShape = await db.Set<RegisterImport>().AsNoTracking()
            .Where(i => i.ProvinceCode == user.ProvinceCode && i.Kind == kind && i.HeaderKey == headerKey)
            .OrderByDescending(i => i.CreatedAt).Select(i => new { i.Id, i.Mapping }).FirstOrDefaultAsync(ct);
        var mapping = earlierShape is null ? RegisterFields.Propose(table.Headers, kind).ToList() : RegisterFile.ParseMapping(earlierShape.Mapping).ToList();
        if (!string.IsNullOrWhiteSpace(input.Mapping) && ApplyMapping(table.Headers, mapping, input.Mapping, kind) is { } mappingError)
            return Outcome<RegisterImport>.Invalid(nameof(ImportInput.Mapping), mappingError);

        var import = new RegisterImport
        {
            ProvinceCode = user.ProvinceCode, CommuneCode = commune, Kind = kind, FileName = Path.GetFileName(input.FileName ?? "so.csv"),
            FileHash = hash, HeaderKey = headerKey, MappingFrom = earlierShape?.Id, Sheet = table.Sheet, Encoding = table.Encoding?.ToString() ?? "", CreatedAt = db.Clock.GetUtcNow(),
            CreatedBy = user.UserName, UserId = user.UserId, UserFullName = user.FullName, Role = user.Role, UserCommuneCode = user.CommuneCode ?? "",
        };
        if (import.FileName.Length > 200) import.FileName = import.FileName[^200..];
        await Check(db, import, table, mapping, ct);
        db.Set<RegisterImport>().Add(import);
        db.Set<RegisterImportFile>().Add(new RegisterImportFile { ImportId = import.Id, Content = content });
        await db.SaveChangesAsync(ct);
        return Outcome<RegisterImport>.Ok(import);
    }

    /// <summary>The officer corrected the mapping (or the encoding): read again, problems again. Only before it is written.</summary>
    public static async Task<Outcome<RegisterImport>> RemapAsync(HoaNhapDbContext db, CurrentUser user, Guid id, IReadOnlyList<RegisterField?> mapping,
        RegisterEncoding? encoding, CancellationToken ct)
    {
        var import = await db.Set<RegisterImport>().Visible(user).FirstOrDefaultAsync(i => i.Id == id, ct);
        if (import is null) return Outcome<RegisterImport>.Missing();
        if (import.Status is not (ImportStatus.Ready or ImportStatus.Failed))
            return Outcome<RegisterImport>.Invalid("Mapping", "Sổ này đã được ghi hoặc đang được ghi: không đổi cách ghép cột được nữa.");
        if (mapping.All(m => m is null)) return Outcome<RegisterImport>.Invalid("Mapping", "Hãy ghép ít nhất một cột của tệp với một trường.");
        var content = await db.Set<RegisterImportFile>().Where(f => f.ImportId == id).Select(f => f.Content).FirstAsync(ct);
        var (table, error) = RegisterFile.Read(content, encoding ?? (Enum.TryParse<RegisterEncoding>(import.Encoding, out var e) ? e : null));
        if (table is null) return Outcome<RegisterImport>.Invalid("File", error!);
        var duplicated = mapping.Where(m => m is not null).GroupBy(m => m).Where(g => g.Count() > 1).Select(g => RegisterFields.Label(g.Key!.Value)).ToList();
        if (duplicated.Count > 0) return Outcome<RegisterImport>.Invalid("Mapping", $"Mỗi trường chỉ ghép với một cột: {string.Join(", ", duplicated)} được chọn nhiều lần.");
        if (!table.IsSpreadsheet) import.Encoding = table.Encoding?.ToString() ?? "";
        await Check(db, import, table, mapping.Take(table.Headers.Count).ToList(), ct);
        await db.SaveChangesAsync(ct);
        return Outcome<RegisterImport>.Ok(import);
    }

    /// <summary>The file's shape: the SHA-256 of its headers, folded (no diacritics, lower case, single spaces) and in order.</summary>
    public static string HeaderKey(IReadOnlyList<string> headers) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
        string.Join("\u001f", headers.Select(h => string.Join(' ', Domain.Text.VietnameseText.Fold(h).Split(' ', StringSplitOptions.RemoveEmptyEntries)))))));

    static async Task Check(HoaNhapDbContext db, RegisterImport import, RegisterFile.Table table, List<RegisterField?> mapping, CancellationToken ct)
    {
        while (mapping.Count < table.Headers.Count) mapping.Add(null);
        var rows = await RegisterFile.RowsAsync(db, import, table, mapping, ct);
        import.Mapping = RegisterFile.MappingJson(mapping);
        import.TotalRows = rows.Count;
        import.ValidRows = rows.Count(r => r.IsValid);
        var problems = rows.SelectMany(r => r.Problems).ToList();
        var missing = RequiredFields(import.Kind).Where(f => !mapping.Contains(f)).ToList();
        import.Problems = JsonSerializer.Serialize(
            missing.Select(f => new ProblemDto(0, f.ToString(), $"Chưa có cột nào được ghép với trường “{RegisterFields.Label(f)}”."))
                .Concat(problems.Take(MaxStoredProblems).Select(p => new ProblemDto(p.Row, p.Field?.ToString(), p.Message))).ToList());
    }

    public static IReadOnlyList<RegisterField> RequiredFields(RegisterKind kind) => kind == RegisterKind.CommunitySentences
        ? [RegisterField.FullName, RegisterField.DateOfBirth, RegisterField.JudgmentNumber, RegisterField.JudgmentDate, RegisterField.Court,
           RegisterField.Offence, RegisterField.Penalty, RegisterField.EffectiveOn]
        : [RegisterField.FullName, RegisterField.DateOfBirth, RegisterField.ReleasedOn];

    /// <summary>Applies {"header or 1-based column": "Field" or ""} to the mapping; the problem in Vietnamese, or null.</summary>
    static string? ApplyMapping(IReadOnlyList<string> headers, List<RegisterField?> mapping, string json, RegisterKind kind)
    {
        Dictionary<string, string?>? given;
        try { given = JsonSerializer.Deserialize<Dictionary<string, string?>>(json); }
        catch (JsonException) { return "Cách ghép cột (mapping) phải là JSON dạng {\"tiêu đề cột\": \"FullName\", …}."; }
        foreach (var (key, value) in given ?? [])
        {
            var column = int.TryParse(key, out var n) && n >= 1 && n <= headers.Count ? n - 1
                : headers.ToList().FindIndex(h => RegisterFields.FoldHeader(h) == RegisterFields.FoldHeader(key));
            if (column < 0) return $"Không có cột “{key}” trong tệp.";
            if (string.IsNullOrEmpty(value)) { mapping[column] = null; continue; }
            if (!Enum.TryParse<RegisterField>(value, out var field) || int.TryParse(value, out _) || !RegisterFields.Of(kind).Contains(field))
                return $"Trường “{value}” không có trong sổ loại này; các trường: {string.Join(", ", RegisterFields.Of(kind))}.";
            for (var i = 0; i < mapping.Count; i++) if (mapping[i] == field) mapping[i] = null;
            mapping[column] = field;
        }
        return null;
    }

    /// <summary>Queues the commit (all rows in one transaction, or the valid ones when the officer skips the listed bad rows).</summary>
    public static async Task<Outcome<RegisterImport>> CommitAsync(HoaNhapDbContext db, CurrentUser user, Guid id, bool skipBadRows, ImportQueue queue,
        CancellationToken ct)
    {
        var import = await db.Set<RegisterImport>().Visible(user).FirstOrDefaultAsync(i => i.Id == id, ct);
        if (import is null) return Outcome<RegisterImport>.Missing();
        var missing = RequiredFields(import.Kind).Where(f => !RegisterFile.ParseMapping(import.Mapping).Contains(f)).ToList();
        if (missing.Count > 0)
            return Outcome<RegisterImport>.Invalid("Mapping", $"Chưa ghép cột cho: {string.Join(", ", missing.Select(RegisterFields.Label))}.");
        if (import.CommitRefusal(skipBadRows) is { } refusal) return Outcome<RegisterImport>.Invalid("SkipBadRows", refusal);
        import.StartCommit(skipBadRows);
        await db.SaveChangesAsync(ct);
        queue.Enqueue(import.Id);
        return Outcome<RegisterImport>.Ok(import);
    }

    public static async Task<ImportPreview?> PreviewAsync(HoaNhapDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        var import = await db.Set<RegisterImport>().AsNoTracking().Visible(user).FirstOrDefaultAsync(i => i.Id == id, ct);
        if (import is null) return null;
        var content = await db.Set<RegisterImportFile>().Where(f => f.ImportId == id).Select(f => f.Content).FirstAsync(ct);
        var (table, _) = RegisterFile.Read(content, Enum.TryParse<RegisterEncoding>(import.Encoding, out var e) ? e : null);
        var mapping = RegisterFile.ParseMapping(import.Mapping);
        var rows = table is null ? [] : await RegisterFile.RowsAsync(db, import, table, mapping, ct);
        var sample = table is null ? "" : string.Join("\n", table.Rows.Take(4).Select(r => string.Join(" | ", r)));
        // Once written, the rows' people are on the registry: they would be found as their own duplicates.
        var duplicates = import.Status is ImportStatus.Ready or ImportStatus.Failed ? await ImportDuplicates.FindAsync(db, user, rows, ct) : [];
        return new ImportPreview(import, table, mapping, rows, sample, duplicates);
    }

    public static List<ProblemDto> Problems(RegisterImport import) => JsonSerializer.Deserialize<List<ProblemDto>>(import.Problems) ?? [];

    public static string Status(ImportStatus s) => s switch
    {
        ImportStatus.Ready => "đã đọc, chờ ghi",
        ImportStatus.Committing => "đang ghi",
        ImportStatus.Done => "đã ghi vào hệ thống",
        ImportStatus.Failed => "không ghi được, không có gì được ghi",
        _ => s.ToString(),
    };

    static string VietnamTime(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy HH:mm");
}

/// <summary>One problem of the preview: <c>row</c> is the 1-based data row (header excluded; 0 for the file as a whole).</summary>
public sealed record ProblemDto(int Row, string? Field, string Message);
