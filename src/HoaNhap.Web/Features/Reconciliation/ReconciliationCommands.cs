using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using HoaNhap.Data;
using HoaNhap.Data.Audit;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Reconciliation;
using HoaNhap.Domain.Units;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Reconciliation;

/// <summary>What the upload form or the API sends.</summary>
public sealed class UploadInput
{
    public string? ProvinceCode { get; set; }
    /// <summary>yyyy-MM.</summary>
    public string? Month { get; set; }
    /// <summary>Court (default) or Procuracy.</summary>
    public string? Source { get; set; }
    public string? FileName { get; set; }
    public byte[]? Content { get; set; }
    /// <summary>The officer saw the listed bad rows and accepts that they are left out.</summary>
    public bool AcceptProblems { get; set; }
}

/// <summary>Either the reconciliation started, or the bad rows the officer must accept first (nothing saved).</summary>
public sealed record UploadResult(MonthlyReconciliation? Started, IReadOnlyList<RowProblem> Problems, int TotalRows);

public sealed class ResolveInput
{
    /// <summary>CaseOpened, Explained or Corrected.</summary>
    public string? Resolution { get; set; }
    public string? Note { get; set; }
}

public static partial class ReconciliationCommands
{
    [GeneratedRegex(@"^([0-9]{4})-([0-9]{2})\z")]
    private static partial Regex MonthPattern();

    public static bool TryParseMonth(string? text, out int year, out int month)
    {
        year = month = 0;
        if (text is null || MonthPattern().Match(text.Trim()) is not { Success: true } m) return false;
        year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        month = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && year >= 2000;
    }

    /// <summary>The units that <see cref="ListParser"/> needs to find communes in addresses.</summary>
    public static Task<CommuneLocator?> LocatorAsync(HoaNhapDbContext db, string provinceCode, CancellationToken ct) =>
        Shared.Imports.RegisterFile.LocatorAsync(db, provinceCode, ct);

    /// <summary>
    /// Checks the list and, when every row reads (or the officer accepted the listed bad rows), stores it
    /// and queues the matching. All or nothing: with unaccepted problems nothing is saved.
    /// </summary>
    public static async Task<Outcome<UploadResult>> UploadAsync(HoaNhapDbContext db, CurrentUser user, UploadInput input,
        ReconciliationQueue queue, CancellationToken ct)
    {
        if (!user.May(Act.RunReconciliation)) return Outcome<UploadResult>.Denied();
        var errors = new Dictionary<string, string[]>();
        var province = input.ProvinceCode?.Trim();
        if (string.IsNullOrEmpty(province)) errors[nameof(UploadInput.ProvinceCode)] = [FormMessages.Required("Mã tỉnh")];
        else if (province != user.ProvinceCode) errors[nameof(UploadInput.ProvinceCode)] = ["Bạn chỉ được đối soát số liệu của tỉnh mình (mã tỉnh " + user.ProvinceCode + ")."];
        if (!TryParseMonth(input.Month, out var year, out var month))
            errors[nameof(UploadInput.Month)] = ["Tháng đối soát phải có dạng năm-tháng, ví dụ 2026-10."];
        else if (new DateOnly(year, month, 1) > db.Today)
            errors[nameof(UploadInput.Month)] = ["Tháng đối soát không được sau tháng hiện tại."];
        var source = ListSource.Court;
        if (!string.IsNullOrEmpty(input.Source) && (!Enum.TryParse(input.Source, out source) || int.TryParse(input.Source, out _)))
            errors[nameof(UploadInput.Source)] = ["Nguồn danh sách phải là Court (Tòa án) hoặc Procuracy (Viện kiểm sát)."];
        if (input.Content is not { Length: > 0 }) errors["File"] = ["Hãy chọn tệp danh sách (.csv hoặc .xlsx)."];
        else if (input.Content.Length > ListFile.MaxBytes) errors["File"] = ["Tệp không được lớn hơn 30 MB."];
        if (errors.Count > 0) return Outcome<UploadResult>.Invalid(errors);

        var (table, fileError) = ListFile.Read(input.Content!);
        if (fileError is not null) return Outcome<UploadResult>.Invalid("File", fileError);
        var locator = await LocatorAsync(db, province!, ct);
        if (locator is null) return Outcome<UploadResult>.Invalid(nameof(UploadInput.ProvinceCode), "Mã tỉnh không có trong danh mục đơn vị hành chính.");
        var parsed = ListParser.Parse(table!, locator);
        if (parsed.FileError is not null) return Outcome<UploadResult>.Invalid("File", parsed.FileError);
        if (parsed.Problems.Count > 0 && !input.AcceptProblems)
            return Outcome<UploadResult>.Ok(new UploadResult(null, parsed.Problems, parsed.TotalRows));
        if (parsed.Rows.Count == 0)
            return Outcome<UploadResult>.Invalid("File", "Không có dòng nào đọc được: không có gì để đối soát.");

        var reconciliation = new MonthlyReconciliation
        {
            ProvinceCode = province!, Month = $"{year:0000}-{month:00}", Source = source,
            FileName = Path.GetFileName(input.FileName ?? "danh-sach.csv") is { Length: > 0 } n ? n[..Math.Min(n.Length, 260)] : "danh-sach.csv",
            ProblemsAccepted = parsed.Problems.Count > 0,
            TotalRows = parsed.TotalRows, ProblemRows = parsed.Problems.Count,
        };
        db.Add(reconciliation);
        db.Add(new ReconciliationFile { ReconciliationId = reconciliation.Id, Content = input.Content! });
        Audit(db, AuditActions.Create, reconciliation, new
        {
            reconciliation.Month, reconciliation.Source, reconciliation.FileName, reconciliation.TotalRows, reconciliation.ProblemRows,
        });
        await db.SaveChangesAsync(ct);
        queue.Enqueue(reconciliation.Id);
        return Outcome<UploadResult>.Ok(new UploadResult(reconciliation, parsed.Problems, parsed.TotalRows));
    }

    public static async Task<Outcome<ReconciliationRow>> ResolveAsync(HoaNhapDbContext db, CurrentUser user, Guid reconciliationId, Guid rowId,
        ResolveInput input, CancellationToken ct)
    {
        var reconciliation = await db.Set<MonthlyReconciliation>().Visible(user).FirstOrDefaultAsync(r => r.Id == reconciliationId, ct);
        var row = reconciliation is null ? null
            : await db.Set<ReconciliationRow>().FirstOrDefaultAsync(r => r.Id == rowId && r.ReconciliationId == reconciliationId, ct);
        if (reconciliation is null || row is null) return Outcome<ReconciliationRow>.Missing();
        if (!user.May(Act.RunReconciliation)) return Outcome<ReconciliationRow>.Denied();
        var errors = new Dictionary<string, string[]>();
        if (!Enum.TryParse<Resolution>(input.Resolution, out var resolution) || int.TryParse(input.Resolution, out _))
            errors[nameof(ResolveInput.Resolution)] = ["Hãy chọn cách xử lý: đã mở hồ sơ, đã giải trình hoặc đã sửa số liệu."];
        var note = Domain.Text.VietnameseText.Nfc(input.Note);
        if (resolution is Resolution.Explained or Resolution.Corrected && note.Length == 0)
            errors[nameof(ResolveInput.Note)] = ["Hãy ghi nội dung giải trình hoặc đã sửa gì."];
        else if (note.Length > 2000) errors[nameof(ResolveInput.Note)] = [FormMessages.TooLong("Nội dung xử lý", 2000)];
        if (errors.Count > 0) return Outcome<ReconciliationRow>.Invalid(errors);
        if (!row.IsDiscrepancy)
            return Outcome<ReconciliationRow>.Invalid(nameof(ResolveInput.Resolution), "Dòng này không phải chênh lệch, không cần xử lý.");
        if (reconciliation.Status != ReconciliationStatus.Done)
            return Outcome<ReconciliationRow>.Invalid(nameof(ResolveInput.Resolution),
                reconciliation.Status == ReconciliationStatus.SignedOff ? "Kỳ đối soát đã ký xác nhận, không sửa được nữa." : "Danh sách chưa đối soát xong.");

        var wasOpen = row.Resolution is null;
        row.Resolution = resolution;
        row.ResolutionNote = note.Length == 0 ? null : note;
        row.ResolvedBy = user.UserName;
        row.ResolvedAt = db.Clock.GetUtcNow();
        if (wasOpen) reconciliation.UnresolvedCount = Math.Max(0, reconciliation.UnresolvedCount - 1);
        Audit(db, AuditActions.Update, reconciliation, new { row = row.RowNumber, rowId = row.Id, resolution, note }, row.PersonId);
        await db.SaveChangesAsync(ct);
        return Outcome<ReconciliationRow>.Ok(row);
    }

    public static async Task<Outcome<MonthlyReconciliation>> SignOffAsync(HoaNhapDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        var reconciliation = await db.Set<MonthlyReconciliation>().Visible(user).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (reconciliation is null) return Outcome<MonthlyReconciliation>.Missing();
        if (!user.May(Act.RunReconciliation)) return Outcome<MonthlyReconciliation>.Denied();
        if (reconciliation.SignOff(user.UserName, db.Clock.GetUtcNow()) is { } refusal) return Outcome<MonthlyReconciliation>.Invalid("", refusal);
        Audit(db, AuditActions.Update, reconciliation, new { signedOff = true });
        await db.SaveChangesAsync(ct);
        return Outcome<MonthlyReconciliation>.Ok(reconciliation);
    }

    /// <summary>The court or the procuracy of the province agrees with the signed-off figures.</summary>
    public static async Task<Outcome<MonthlyReconciliation>> AgreeAsync(HoaNhapDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        var reconciliation = await db.Set<MonthlyReconciliation>().Visible(user).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (reconciliation is null) return Outcome<MonthlyReconciliation>.Missing();
        if (!user.May(Act.AgreeReconciliation)) return Outcome<MonthlyReconciliation>.Denied();
        if (reconciliation.Status != ReconciliationStatus.SignedOff)
            return Outcome<MonthlyReconciliation>.Invalid("", "Công an tỉnh chưa ký xác nhận kỳ đối soát này; chỉ xác nhận thống nhất sau khi đã ký.");
        var now = db.Clock.GetUtcNow();
        if (user.Role == Roles.CourtReader && reconciliation.CourtAgreedAt is null) (reconciliation.CourtAgreedBy, reconciliation.CourtAgreedAt) = (user.UserName, now);
        if (user.Role == Roles.ProcuracyReader && reconciliation.ProcuracyAgreedAt is null) (reconciliation.ProcuracyAgreedBy, reconciliation.ProcuracyAgreedAt) = (user.UserName, now);
        Audit(db, AuditActions.Update, reconciliation, new { agreedBy = user.Role });
        await db.SaveChangesAsync(ct);
        return Outcome<MonthlyReconciliation>.Ok(reconciliation);
    }

    /// <summary>Reconciliations are not among the entities audited field by field: each command records what it did.</summary>
    internal static void Audit(HoaNhapDbContext db, string action, MonthlyReconciliation r, object details, Guid? personId = null) =>
        db.Record(action, nameof(MonthlyReconciliation), r.Id.ToString(), personId, r.ProvinceCode, null,
            JsonSerializer.Serialize(details, AuditTrail.Json));
}
