using HoaNhap.Domain.Cases;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Web.Shared;

namespace HoaNhap.Web.Features.Reintegration;

/// <summary>The intake documents of TT 10/2024/TT-BCA (Mẫu HCD-02, HCD-03, HCD-05), in the NĐ 30/2020 layout.</summary>
public static class ReintegrationIntakeDocuments
{
    public const string SenderNoticeTitle = "Thông báo về nơi cư trú của người chấp hành xong án phạt tù (Mẫu HCD-03)";
    public const string MinutesTitle = "Biên bản làm việc và bản cam kết không vi phạm pháp luật, không tái phạm (Mẫu HCD-05)";
    public const string SheetTitle = "Phiếu thông tin về người chấp hành xong án phạt tù (Mẫu HCD-02)";
    const string Tt10 = "Căn cứ Thông tư số 10/2024/TT-BCA ngày 15 tháng 3 năm 2024 của Bộ trưởng Bộ Công an quy định công tác tái hòa nhập cộng đồng của lực lượng Công an nhân dân;";

    static string Identity(Person p) =>
        $"ông (bà) {p.FullName}, sinh {p.BirthDateText}" + (p.PersonalIdNumber is { } id ? $", số định danh cá nhân {id}" : "");

    /// <summary>Mẫu HCD-03: the commune tells the sender that the person does not live (or will not live) at the address.</summary>
    public static DocumentDraft SenderNotice(DocumentIssuer committee, Person p, ReintegrationIntake r) => new()
    {
        Kind = CaseFileItemKind.Other,
        Issuer = committee.Name, Symbol = "TB-" + committee.SymbolSuffix, Place = committee.Place, Date = r.ResidenceCheckedOn!.Value,
        Title = "THÔNG BÁO",
        Subject = "Về nơi cư trú của người chấp hành xong án phạt tù",
        Basis = ["Căn cứ Luật Thi hành án hình sự năm 2019;", Tt10],
        Body =
        [
            $"Ngày {Display.Date(r.NoticeReceivedOn)}, Ủy ban nhân dân xã nhận được thông báo của {r.Sender} về việc {Identity(p)}, "
            + $"ra trại ngày {Display.Date(r.ReleasedOn)}, về cư trú tại: {p.Address}.",
            $"Ngày {Display.Date(r.ResidenceCheckedOn.Value)}, Công an xã đã kiểm tra thông tin về nơi cư trú và phối hợp với gia đình xác định nơi người này sẽ về cư trú. "
            + $"Kết quả: người này không cư trú (hoặc không về cư trú) tại địa chỉ nêu trên. {r.ResidenceNote}",
            $"Ủy ban nhân dân xã thông báo để {r.Sender} biết, xác minh và có biện pháp bàn giao người chấp hành xong án phạt tù về đúng nơi cư trú theo quy định.",
        ],
        Recipients = [r.Sender, "Công an xã", "Lưu: VT, hồ sơ tái hòa nhập cộng đồng"],
        SignerAuthority = committee.SignerAuthority,
    };

    /// <summary>Mẫu HCD-05: the minutes of the person's report to the commune, with the undertaking.</summary>
    public static DocumentDraft Minutes(DocumentIssuer police, Person p, ReintegrationIntake r) => new()
    {
        Kind = CaseFileItemKind.Undertaking,
        IssuerParent = police.Parent, Issuer = police.Name, Symbol = "BB-" + police.SymbolSuffix, Place = police.Place, Date = r.ReportedOn!.Value,
        Title = "BIÊN BẢN",
        Subject = "Làm việc với người chấp hành xong án phạt tù về cư trú tại địa phương",
        Basis = [Tt10],
        Body =
        [
            $"Hôm nay, ngày {Display.Date(r.ReportedOn.Value)}, tại trụ sở Công an xã, chúng tôi làm việc với {Identity(p)}, nơi cư trú: {p.Address}, "
            + $"ra trại ngày {Display.Date(r.ReleasedOn)} theo thông báo của {r.Sender}, đến trình diện.",
            "Cán bộ Công an xã đã phổ biến chính sách, pháp luật; hướng dẫn đăng ký cư trú và thủ tục cấp thẻ căn cước; tư vấn việc làm và vay vốn tại Ngân hàng Chính sách xã hội; "
            + "yêu cầu người chấp hành xong án phạt tù chấp hành nghiêm chỉnh pháp luật.",
            $"Hoàn cảnh, nguyện vọng của người trình diện: {r.Circumstances}" + (r.Wishes is { } w ? $" Nguyện vọng: {w}" : ""),
            $"CAM KẾT: Tôi, {p.FullName}, cam kết chấp hành nghiêm chỉnh chủ trương của Đảng, chính sách, pháp luật của Nhà nước, quy định của địa phương; "
            + "không vi phạm pháp luật, không tái phạm tội; tích cực lao động, học tập để sớm tái hòa nhập cộng đồng.",
            "Biên bản kết thúc cùng ngày, đã đọc lại cho những người có mặt nghe, cùng thống nhất ký tên.",
        ],
        Recipients = ["Người chấp hành xong án phạt tù", "Lưu: hồ sơ tái hòa nhập cộng đồng"],
        SignerAuthority = "CÁN BỘ CÔNG AN XÃ",
    };

    /// <summary>Mẫu HCD-02: the information sheet about the returnee.</summary>
    public static DocumentDraft InformationSheet(DocumentIssuer police, Person p, Case c, ReintegrationIntake r) => new()
    {
        Kind = CaseFileItemKind.Other,
        IssuerParent = police.Parent, Issuer = police.Name, Symbol = "PTT-" + police.SymbolSuffix, Place = police.Place, Date = r.ReportedOn!.Value,
        Title = "PHIẾU THÔNG TIN",
        Subject = "Về người chấp hành xong án phạt tù",
        Body =
        [
            $"1. Họ và tên: {p.FullName}" + (p.OtherNames is { } o ? $"; tên gọi khác: {o}" : "") + $". Giới tính: {(p.Gender == Gender.Male ? "Nam" : "Nữ")}. Ngày sinh: {p.BirthDateText}.",
            $"2. Số định danh cá nhân: {p.PersonalIdNumber ?? "chưa có"}. Nơi cư trú: {p.Address}.",
            $"3. Trường hợp: {(c.ReleaseKind is { } k ? CaseText.Release(k) : "Chấp hành xong án phạt tù")}; ra trại ngày {Display.Date(r.ReleasedOn)}; nơi thông báo: {r.Sender}.",
            $"4. Ngày trình diện tại Ủy ban nhân dân xã: {Display.Date(r.ReportedOn.Value)}.",
            $"5. Hoàn cảnh gia đình, nơi ở, việc làm, sức khỏe: {r.Circumstances}",
            $"6. Nguyện vọng: {r.Wishes ?? "Không nêu."}",
        ],
        Recipients = ["Lưu: hồ sơ tái hòa nhập cộng đồng"],
        SignerAuthority = "CÁN BỘ LẬP PHIẾU",
    };
}
