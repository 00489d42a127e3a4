using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Transfers;
using HoaNhap.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Transfers;

/// <summary>
/// The notice that the person serving the sentence changes residence and that the file is handed over
/// (Văn bản chuyển giao hồ sơ), issued by the commune police of the place of departure to the receiving
/// commune, with copies to the procuracy and the court that issued the enforcement decision (legal-rules §5.4).
/// </summary>
public static class TransferNotice
{
    public static async Task<DocumentDraft> DraftAsync(HoaNhapDbContext db, Case c, CaseTransfer t, CancellationToken ct)
    {
        var issuer = await CaseDocuments.CommunePoliceAsync(db, t.CommuneCode, ct);
        var person = await db.People.AsNoTracking().FirstAsync(p => p.Id == c.PersonId, ct);
        var from = await db.Communes.AsNoTracking().FirstAsync(x => x.Code == t.CommuneCode, ct);
        var fromProvince = await db.Provinces.AsNoTracking().FirstAsync(x => x.Code == t.ProvinceCode, ct);
        var to = await db.Communes.AsNoTracking().FirstAsync(x => x.Code == t.ToCommuneCode, ct);
        var toProvince = await db.Provinces.AsNoTracking().FirstAsync(x => x.Code == t.ToProvinceCode, ct);
        var judgment = c.JudgmentId is { } jid ? await db.Judgments.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jid, ct) : null;
        var court = judgment?.Court is { Length: > 0 } name ? name : "Tòa án đã ra quyết định thi hành án";
        var sentence = c.SentenceType is { } st ? CaseText.Sentence(st).ToLowerInvariant() : CaseText.Kind(c.Kind).ToLowerInvariant();
        var consentBy = t.ConsentAuthority == ConsentAuthority.CommunePolice ? $"Công an {from.FullName}" : $"Cơ quan thi hành án hình sự Công an {fromProvince.FullName}";

        return new DocumentDraft
        {
            Kind = CaseFileItemKind.TransferNotice,
            IssuerParent = issuer.Parent, Issuer = issuer.Name, Symbol = "TB-" + issuer.SymbolSuffix, Place = issuer.Place,
            Date = t.SentOn!.Value,
            Title = "THÔNG BÁO",
            Subject = "Về việc người chấp hành án thay đổi nơi cư trú và chuyển giao hồ sơ thi hành án",
            Basis =
            [
                $"Căn cứ {t.LegalSource};",
                $"Căn cứ sự đồng ý thay đổi nơi cư trú của {consentBy}{(t.ConsentNumber is { } n ? $" (văn bản số {n})" : "")} ngày {Display.Date(t.ConsentedOn)};",
            ],
            Body =
            [
                $"Công an {from.FullName}, {fromProvince.FullName} thông báo: {person.FullName}, sinh {person.BirthDateText}, "
                    + $"đang chấp hành {sentence}{(c.DecisionNumber is { } d ? $" theo Quyết định thi hành án số {d}" : "")}"
                    + $"{(judgment is null ? "" : $" (Bản án số {judgment.Number} ngày {Display.Date(judgment.JudgmentDate)} của {court})")}, "
                    + $"thời hạn từ ngày {Display.Date(c.StartOn)}{(c.ExpectedEndOn is { } e ? $" đến ngày {Display.Date(e)}" : "")}, "
                    + $"đã được đồng ý thay đổi nơi cư trú từ {t.FromAddress}, {from.FullName}, {fromProvince.FullName} "
                    + $"đến {t.NewAddress}, {to.FullName}, {toProvince.FullName}. Lý do: {t.Reason}.",
                $"Hồ sơ thi hành án của người chấp hành án được chuyển giao cho Công an {to.FullName}, {toProvince.FullName} "
                    + $"chậm nhất ngày {Display.Date(t.HandOverDueOn)}.",
                $"Đề nghị Công an {to.FullName} tiếp nhận người chấp hành án và hồ sơ, tổ chức việc quản lý, giám sát, giáo dục "
                    + $"theo quy định trong thời hạn đến ngày {Display.Date(t.ReceiverDueOn)}, và thông báo cho Tòa án, Viện kiểm sát cùng cấp nơi cư trú mới.",
                "Người chấp hành án có trách nhiệm có mặt tại Công an cấp xã nơi cư trú mới để trình báo theo quy định.",
            ],
            Recipients =
            [
                $"Công an {to.FullName}, {toProvince.FullName}",
                $"Ủy ban nhân dân {from.FullName}",
                court,
                $"Viện kiểm sát nhân dân cùng cấp ({fromProvince.FullName})",
                $"{person.FullName} (người chấp hành án)",
                "Lưu: hồ sơ thi hành án",
            ],
            SignerAuthority = issuer.SignerAuthority,
        };
    }
}
