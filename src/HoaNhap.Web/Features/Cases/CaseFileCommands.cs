using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Cases;

/// <summary>A paper received for the case file (the judgment copy, the undertaking, …).</summary>
public sealed class ReceivedDocumentInput
{
    public string? Kind { get; set; }
    public string? On { get; set; }
    public string? Number { get; set; }
    public string? Note { get; set; }
}

/// <summary>A summons the commune police issue to the person (LTHAHS 2019 Điều 85 khoản 1).</summary>
public sealed class SummonsInput
{
    public string? AppointmentOn { get; set; }
    public string? Place { get; set; }
}

public static class CaseFileCommands
{
    /// <summary>Papers an officer records as received; generated kinds are produced by their own workflows.</summary>
    public static readonly CaseFileItemKind[] ReceivableKinds =
    [
        CaseFileItemKind.JudgmentCopy, CaseFileItemKind.EnforcementDecision, CaseFileItemKind.Undertaking,
        CaseFileItemKind.SelfReport, CaseFileItemKind.CourtDecision, CaseFileItemKind.Other,
    ];

    public static async Task<Outcome<CaseFileItem>> RecordReceivedAsync(HoaNhapDbContext db, CurrentUser user, Guid caseId,
        ReceivedDocumentInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<CaseFileItem>.Missing();
        if (!user.EditsRegistry) return Outcome<CaseFileItem>.Denied();
        var errors = new Dictionary<string, string[]>();
        CaseFileItemKind kind = default;
        if (string.IsNullOrWhiteSpace(input.Kind) || int.TryParse(input.Kind, out _) || !Enum.TryParse(input.Kind, out kind) || !ReceivableKinds.Contains(kind))
            errors[nameof(ReceivedDocumentInput.Kind)] = ["Hãy chọn loại tài liệu nhận được."];
        FormChecks.Past(db.Today, errors, nameof(ReceivedDocumentInput.On), "Ngày nhận", input.On, out var on);
        if (input.Number?.Length > 100) errors[nameof(ReceivedDocumentInput.Number)] = [FormMessages.TooLong("Số, ký hiệu", 100)];
        if (input.Note?.Length > 2000) errors[nameof(ReceivedDocumentInput.Note)] = [FormMessages.TooLong("Ghi chú", 2000)];
        if (errors.Count > 0) return Outcome<CaseFileItem>.Invalid(errors);
        var item = new CaseFileItem
        {
            CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
            Kind = kind, Title = CaseFileText.Kind(kind), On = on,
            Number = string.IsNullOrWhiteSpace(input.Number) ? null : VietnameseText.Nfc(input.Number.Trim()),
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : VietnameseText.Nfc(input.Note.Trim()),
        };
        db.Set<CaseFileItem>().Add(item);
        await db.SaveChangesAsync(ct);
        return Outcome<CaseFileItem>.Ok(item);
    }

    public static async Task<Outcome<CaseFileItem>> IssueSummonsAsync(HoaNhapDbContext db, CurrentUser user, Guid caseId,
        SummonsInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<CaseFileItem>.Missing();
        if (!user.EditsRegistry) return Outcome<CaseFileItem>.Denied();
        var errors = new Dictionary<string, string[]>();
        var today = db.Today;
        if (FormChecks.Date(errors, nameof(SummonsInput.AppointmentOn), "Ngày có mặt", input.AppointmentOn, out var appointment) && appointment < today)
            errors[nameof(SummonsInput.AppointmentOn)] = ["Ngày có mặt không được trước ngày hôm nay."];
        if (string.IsNullOrWhiteSpace(input.Place))
            errors[nameof(SummonsInput.Place)] = ["Hãy nhập nơi người chấp hành án phải có mặt, ví dụ Trụ sở Công an xã."];
        else if (input.Place.Length > 300) errors[nameof(SummonsInput.Place)] = [FormMessages.TooLong("Nơi có mặt", 300)];
        if (errors.Count > 0) return Outcome<CaseFileItem>.Invalid(errors);

        var person = await db.People.AsNoTracking().FirstAsync(p => p.Id == c.PersonId, ct);
        var issuer = await CaseDocuments.CommunePoliceAsync(db, c.CommuneCode, ct);
        var type = c.SentenceType is { } st ? CaseText.Sentence(st).ToLowerInvariant() : "hình phạt";
        var draft = new DocumentDraft
        {
            Kind = CaseFileItemKind.Summons, IssuerParent = issuer.Parent, Issuer = issuer.Name, Symbol = $"GTT-{issuer.SymbolSuffix}",
            Place = issuer.Place, Date = today, Title = "GIẤY TRIỆU TẬP",
            Subject = "Người chấp hành án đến làm thủ tục chấp hành án tại cộng đồng",
            Basis = [
                "Căn cứ Luật Thi hành án hình sự năm 2019;",
                c.DecisionNumber is { } n
                    ? $"Căn cứ Quyết định thi hành án số {n}{(c.DecisionDate is { } d ? " ngày " + VietnameseDate.Format(d) : "")};"
                    : "Căn cứ quyết định thi hành án của Tòa án;",
            ],
            Body = [
                $"{issuer.Name.Replace('\n', ' ')} triệu tập: Ông/Bà {person.FullName}, sinh {(person.DateOfBirth is null ? "năm" : "ngày")} {person.BirthDateText}.",
                $"Nơi cư trú: {person.Address}.",
                $"Có mặt lúc 08 giờ 00 ngày {VietnameseDate.Format(appointment)} tại {VietnameseText.Nfc(input.Place!.Trim())} "
                    + $"để làm thủ tục chấp hành {type} và lập bản cam kết chấp hành án.",
                "Khi đến mang theo giấy triệu tập này và Căn cước (hoặc giấy tờ tùy thân khác). Nếu vắng mặt phải có lý do chính đáng; "
                    + "cố ý không có mặt theo giấy triệu tập là vi phạm nghĩa vụ của người chấp hành án.",
            ],
            Recipients = [$"Ông/Bà {person.FullName}", "Ủy ban nhân dân cấp xã", "Lưu: hồ sơ thi hành án"],
            SignerAuthority = issuer.SignerAuthority,
        };
        var item = CaseDocuments.Add(db, c, draft, "Giấy triệu tập người chấp hành án");
        item.Note = $"Có mặt ngày {VietnameseDate.Format(appointment)} tại {VietnameseText.Nfc(input.Place!.Trim())}";
        await db.SaveChangesAsync(ct);
        return Outcome<CaseFileItem>.Ok(item);
    }
}
