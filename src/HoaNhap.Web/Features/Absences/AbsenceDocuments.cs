using HoaNhap.Domain.Absences;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.People;
using HoaNhap.Web.Shared;

namespace HoaNhap.Web.Features.Absences;

/// <summary>The decision of the commune People's Committee on an absence application (NĐ 30/2020 layout).</summary>
public static class AbsenceDocuments
{
    public static DocumentDraft Decision(DocumentIssuer committee, Case c, Person person, AbsencePermission a)
    {
        var sentence = c.SentenceType is { } t ? CaseText.Sentence(t).ToLowerInvariant() : "";
        var approved = a.Status == AbsenceStatus.Approved;
        return new DocumentDraft
        {
            Kind = CaseFileItemKind.AbsenceDecision,
            Issuer = committee.Name, Number = a.DecisionNumber, Symbol = "QĐ-" + committee.SymbolSuffix, Place = committee.Place,
            Date = a.DecidedOn!.Value,
            Title = "QUYẾT ĐỊNH",
            Subject = "Về việc giải quyết đơn xin vắng mặt tại nơi cư trú",
            Basis =
            [
                "Căn cứ Luật Tổ chức chính quyền địa phương;",
                "Căn cứ Luật Thi hành án hình sự năm 2019;",
                "Căn cứ Thông tư số 65/2019/TT-BCA ngày 28 tháng 11 năm 2019 của Bộ trưởng Bộ Công an quy định về thi hành án hình sự tại cộng đồng;",
                $"Xét đơn xin vắng mặt tại nơi cư trú ngày {Display.Date(a.RequestedOn)} của ông (bà) {person.FullName} và đề nghị của Công an xã,",
            ],
            Body = approved
                ?
                [
                    $"Điều 1. Đồng ý cho ông (bà) {person.FullName}, sinh {person.BirthDateText}, nơi cư trú: {person.Address}, "
                    + $"đang chấp hành {sentence}, được vắng mặt tại nơi cư trú từ ngày {Display.Date(a.From)} đến ngày {Display.Date(a.To)} "
                    + $"({a.Days} ngày) để {a.Reason}; nơi đến: {a.Destination}.",
                    $"Điều 2. Ông (bà) {person.FullName} có trách nhiệm khai báo tạm vắng, trình báo Công an cấp xã nơi đến theo quy định "
                    + $"và trình diện Công an xã chậm nhất ngày {Display.Date(a.ReturnDueOn!.Value)} khi hết thời hạn vắng mặt."
                    + (a.DecisionReason is { } cond ? $" {cond}" : ""),
                    $"Điều 3. Công an xã, người được phân công giám sát, giáo dục và ông (bà) {person.FullName} chịu trách nhiệm thi hành Quyết định này.",
                ]
                :
                [
                    $"Điều 1. Không đồng ý cho ông (bà) {person.FullName}, sinh {person.BirthDateText}, nơi cư trú: {person.Address}, "
                    + $"đang chấp hành {sentence}, vắng mặt tại nơi cư trú từ ngày {Display.Date(a.From)} đến ngày {Display.Date(a.To)}.",
                    $"Lý do: {a.DecisionReason}",
                    $"Điều 2. Công an xã và ông (bà) {person.FullName} chịu trách nhiệm thi hành Quyết định này.",
                ],
            Recipients = [approved ? "Như Điều 3" : "Như Điều 2", "Lưu: VT, hồ sơ thi hành án"],
            SignerAuthority = committee.SignerAuthority,
        };
    }
}
