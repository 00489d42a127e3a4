using System.Globalization;
using HoaNhap.Data;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Text;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Shared;

/// <summary>Who issues a document: the lines of its header and signature block.</summary>
public sealed record DocumentIssuer(string Parent, string Name, string Place, string SymbolSuffix, string SignerAuthority);

/// <summary>
/// Generated documents are rendered once and kept in the case file with the bytes, so what was
/// issued can always be shown again exactly as it was.
/// </summary>
public static class CaseDocuments
{
    static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Renders the draft and adds it to the case file; the caller's SaveChanges stores it in the same transaction.</summary>
    public static CaseFileItem Add(HoaNhapDbContext db, Case c, DocumentDraft draft, string? title = null)
    {
        var item = new CaseFileItem
        {
            CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
            Kind = draft.Kind, Title = VietnameseText.Nfc(title ?? CaseFileText.Kind(draft.Kind)), On = draft.Date,
            Number = draft.Number, Generated = true, ContentType = AdministrativeDocument.ContentType,
            Content = AdministrativeDocument.Render(draft),
        };
        item.FileName = FileName(item);
        db.Set<CaseFileItem>().Add(item);
        // A document issued to its recipients ("Nơi nhận") carries the person's data outside the unit: a disclosure.
        var recipients = draft.Recipients.Where(r => !r.TrimStart().StartsWith("Lưu", StringComparison.Ordinal)).ToList();
        if (recipients.Count > 0)
            HoaNhap.Web.Shared.Privacy.DisclosureLog.Add(db, new HoaNhap.Web.Shared.Privacy.DisclosedPerson(c.PersonId, c.ProvinceCode, c.CommuneCode),
                new HoaNhap.Web.Shared.Privacy.DisclosureNote(string.Join("; ", recipients), $"Gửi văn bản “{item.Title}” theo nơi nhận",
                    $"Luật Thi hành án hình sự (văn bản ban hành theo thể thức Nghị định 30/2020/NĐ-CP); {Domain.Privacy.PrivacyText.DataLaw(draft.Date)}",
                    $"Văn bản “{item.Title}” ngày {draft.Date:dd/MM/yyyy} ({item.FileName}): thông tin về người trong văn bản"),
                db.Actor.UserName);
        return item;
    }

    /// <summary>An ASCII file name: "bien-ban-vi-pham-2026-11-22-1a2b3c4d.docx".</summary>
    public static string FileName(CaseFileItem item)
    {
        var slug = string.Join('-', VietnameseText.Fold(CaseFileText.Kind(item.Kind))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new string(w.Where(char.IsAsciiLetterOrDigit).ToArray()))
            .Where(w => w.Length > 0).Take(6));
        return $"{slug}-{item.On:yyyy-MM-dd}-{item.Id.ToString("N")[..8]}.docx";
    }

    public static async Task<DocumentIssuer> CommuneCommitteeAsync(HoaNhapDbContext db, string communeCode, CancellationToken ct)
    {
        var commune = await db.Communes.AsNoTracking().FirstAsync(c => c.Code == communeCode, ct);
        return new DocumentIssuer("", "ỦY BAN NHÂN DÂN\n" + Upper(commune.FullName), commune.Name, "UBND", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH");
    }

    public static async Task<DocumentIssuer> CommunePoliceAsync(HoaNhapDbContext db, string communeCode, CancellationToken ct)
    {
        var commune = await db.Communes.AsNoTracking().FirstAsync(c => c.Code == communeCode, ct);
        var province = await db.Provinces.AsNoTracking().FirstAsync(p => p.Code == commune.ProvinceCode, ct);
        return new DocumentIssuer("CÔNG AN " + Upper(province.FullName), "CÔNG AN " + Upper(commune.FullName), commune.Name, "CAX", "TRƯỞNG CÔNG AN");
    }

    public static async Task<DocumentIssuer> ProvincePoliceAsync(HoaNhapDbContext db, string provinceCode, CancellationToken ct)
    {
        var province = await db.Provinces.AsNoTracking().FirstAsync(p => p.Code == provinceCode, ct);
        return new DocumentIssuer("BỘ CÔNG AN", "CÔNG AN " + Upper(province.FullName), province.Name, "CAT", "GIÁM ĐỐC");
    }

    static string Upper(string s) => VietnameseText.Nfc(s).ToUpper(Vi);

    /// <summary>The files of a case, newest first, without their bytes.</summary>
    public static Task<List<CaseFileItem>> ListAsync(HoaNhapDbContext db, Guid caseId, CancellationToken ct) =>
        db.Set<CaseFileItem>().AsNoTracking().Where(i => i.CaseId == caseId)
            .Select(i => new CaseFileItem
            {
                Id = i.Id, CaseId = i.CaseId, PersonId = i.PersonId, ProvinceCode = i.ProvinceCode, CommuneCode = i.CommuneCode,
                Kind = i.Kind, Title = i.Title, On = i.On, Number = i.Number, Note = i.Note, Generated = i.Generated,
                FileName = i.FileName, ContentType = i.ContentType, CreatedAt = i.CreatedAt, CreatedBy = i.CreatedBy,
            })
            .OrderByDescending(i => i.On).ThenByDescending(i => i.CreatedAt).ToListAsync(ct);

    /// <summary>A generated file of a case the caller may see (the case was found through the caller's scope); the download is audited.</summary>
    public static async Task<CaseFileItem?> DownloadAsync(HoaNhapDbContext db, Case c, Guid itemId, CancellationToken ct)
    {
        var item = await db.Set<CaseFileItem>().AsNoTracking()
            .FirstOrDefaultAsync(i => i.Id == itemId && i.CaseId == c.Id && i.Content != null, ct);
        if (item is null) return null;
        return item;
    }
}
