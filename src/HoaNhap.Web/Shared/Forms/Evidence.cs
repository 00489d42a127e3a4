using HoaNhap.Domain.Text;

namespace HoaNhap.Web.Shared.Forms;

/// <summary>An evidence file attached to a breach: JPEG, PNG or PDF, at most 5 MB, recognised from its bytes.</summary>
public sealed record EvidenceUpload(string FileName, string ContentType, byte[] Content)
{
    public const int MaxBytes = 5 * 1024 * 1024;
    const string TooLarge = "Tệp chứng cứ không được lớn hơn 5 MB.";
    const string WrongType = "Tệp chứng cứ phải là ảnh JPEG, PNG hoặc tệp PDF.";

    /// <summary>From a page's form upload; nothing when no file was chosen.</summary>
    public static async Task<(EvidenceUpload? File, string? Error)> ReadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return (null, null);
        if (file.Length > MaxBytes) return (null, TooLarge);
        using var ms = new MemoryStream();
        await file.CopyToAsync(ms, ct);
        return From(file.FileName, ms.ToArray());
    }

    /// <summary>From the API's base64 text; nothing when none was sent.</summary>
    public static (EvidenceUpload? File, string? Error) FromBase64(string? fileName, string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64)) return (null, null);
        if (base64.Length > MaxBytes / 3 * 4 + 8) return (null, TooLarge);
        byte[] bytes;
        try { bytes = Convert.FromBase64String(base64); }
        catch (FormatException) { return (null, "Tệp chứng cứ (evidenceFileBase64) phải được mã hóa base64."); }
        return From(fileName, bytes);
    }

    static (EvidenceUpload?, string?) From(string? fileName, byte[] bytes)
    {
        if (bytes.Length == 0) return (null, null);
        if (bytes.Length > MaxBytes) return (null, TooLarge);
        // Trust the bytes, not the declared type.
        var (type, ext) = bytes is [0xFF, 0xD8, 0xFF, ..] ? ("image/jpeg", ".jpg")
            : bytes is [0x89, 0x50, 0x4E, 0x47, ..] ? ("image/png", ".png")
            : bytes is [0x25, 0x50, 0x44, 0x46, ..] ? ("application/pdf", ".pdf") : (null, null);
        if (type is null) return (null, WrongType);
        var stem = new string(VietnameseText.Fold(Path.GetFileNameWithoutExtension(fileName ?? "")).Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        if (stem.Length == 0) stem = "chung-cu";
        if (stem.Length > 60) stem = stem[..60];
        return (new EvidenceUpload(stem + ext, type, bytes), null);
    }
}
