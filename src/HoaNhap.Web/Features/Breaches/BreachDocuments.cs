using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Breaches;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.People;
using HoaNhap.Web.Shared;

namespace HoaNhap.Web.Features.Breaches;

/// <summary>The minutes and proposals of the breach workflow, in the words of a careful official (NĐ 30/2020 layout).</summary>
public static class BreachDocuments
{
    static string Sentence(Case c) => c.SentenceType is { } t ? CaseText.Sentence(t).ToLowerInvariant() : "";

    static string Who(Person p) => $"{p.FullName}, sinh {p.BirthDateText}, nơi cư trú: {p.Address}";

    public static DocumentDraft Minutes(DocumentIssuer police, Case c, Person person, Breach b, DateOnly today) => new()
    {
        Kind = CaseFileItemKind.BreachMinutes,
        IssuerParent = police.Parent, Issuer = police.Name, Symbol = "BB-" + police.SymbolSuffix, Place = police.Place, Date = today,
        Title = "BIÊN BẢN",
        Subject = "Về việc vi phạm của người chấp hành án hình sự tại cộng đồng",
        Basis =
        [
            "Căn cứ Luật Thi hành án hình sự năm 2019;",
            "Căn cứ Thông tư số 65/2019/TT-BCA ngày 28 tháng 11 năm 2019 của Bộ trưởng Bộ Công an quy định về thi hành án hình sự tại cộng đồng;",
        ],
        Body =
        [
            $"Hôm nay, {AdministrativeDocument.DateLine(today)}, tại trụ sở {police.Name.Replace('\n', ' ').ToLowerInvariant()}, chúng tôi lập biên bản về việc vi phạm của người chấp hành án:",
            $"Họ và tên: {Who(person)}.",
            $"Đang chấp hành: {Sentence(c)}, từ ngày {Display.Date(c.StartOn)}" + (c.DecisionNumber is { } n ? $", theo Quyết định thi hành án số {n}." : "."),
            $"Loại vi phạm: {BreachText.Kind(b.Kind)}. Ngày vi phạm: {Display.Date(b.OccurredOn)}.",
            $"Nội dung vi phạm: {b.Description}",
            $"Tính chất: {(b.Intentional ? "vi phạm do cố ý" : "vi phạm không do cố ý")}; {(b.AdministrativeSanction ? "đã bị xử phạt vi phạm hành chính" : "chưa bị xử phạt vi phạm hành chính")}.",
            $"Chứng cứ: {b.Evidence ?? "không có"}.",
            "Ý kiến của người vi phạm: ………………………………………………………………",
            "Biên bản được lập thành 03 bản, đã đọc lại cho những người có tên trên cùng nghe, công nhận đúng và ký tên dưới đây.",
        ],
        Recipients = ["Người vi phạm", "UBND xã (để theo dõi)", "Lưu hồ sơ thi hành án"],
        SignerAuthority = "NGƯỜI LẬP BIÊN BẢN",
    };

    public static DocumentDraft ReprimandMinutes(DocumentIssuer committee, Case c, Person person, Breach b, Reprimand r) => new()
    {
        Kind = CaseFileItemKind.ReprimandMinutes,
        IssuerParent = committee.Parent, Issuer = committee.Name, Symbol = "BB-" + committee.SymbolSuffix, Place = committee.Place, Date = r.HeldOn,
        Title = "BIÊN BẢN",
        Subject = "Họp kiểm điểm người chấp hành án hình sự tại cộng đồng",
        Basis =
        [
            "Căn cứ Luật Thi hành án hình sự năm 2019;",
            "Căn cứ Thông tư số 65/2019/TT-BCA ngày 28 tháng 11 năm 2019 của Bộ trưởng Bộ Công an quy định về thi hành án hình sự tại cộng đồng;",
            $"Căn cứ biên bản vi phạm ngày {Display.Date(b.OccurredOn)},",
        ],
        Body =
        [
            $"Hôm nay, {AdministrativeDocument.DateLine(r.HeldOn)}, tại {r.Place}, tổ chức họp kiểm điểm người chấp hành án:",
            $"Họ và tên: {Who(person)}; đang chấp hành: {Sentence(c)}.",
            $"Thành phần tham dự: {r.Participants}",
            $"Nội dung vi phạm được kiểm điểm: {BreachText.Kind(b.Kind)} ngày {Display.Date(b.OccurredOn)}: {b.Description}",
            $"Kết luận: {r.Conclusion}",
            "Người chấp hành án cam kết nghiêm chỉnh chấp hành các nghĩa vụ theo quy định của pháp luật.",
            "Cuộc họp kết thúc cùng ngày; biên bản đã được đọc lại cho những người tham dự cùng nghe và nhất trí ký tên.",
        ],
        Recipients = ["Người chấp hành án", "Công an xã", "Lưu hồ sơ thi hành án"],
        SignerAuthority = committee.SignerAuthority,
    };

    public static string ProposalTitle(ProposalKind k) => k switch
    {
        ProposalKind.NewOffenceReport => "Văn bản báo cáo việc phạm tội mới (dự thảo)",
        _ => BreachText.Proposal(k) + " (dự thảo)",
    };

    /// <summary>The proposal the system drafts for the commune police to check and send (IsDraft: marked "DỰ THẢO").</summary>
    public static DocumentDraft Proposal(DocumentIssuer police, string provinceName, Case c, Person person, EscalationProposal x, IReadOnlyList<Breach> breaches,
        RevocationTerm? revocationTerm = null)
    {
        var list = breaches.OrderBy(b => b.OccurredOn)
            .Select((b, i) => $"{i + 1}. Ngày {Display.Date(b.OccurredOn)}: {BreachText.Kind(b.Kind).ToLowerInvariant()}"
                + $"{(b.Intentional ? " (cố ý)" : " (không cố ý)")}{(b.AdministrativeSanction ? ", đã bị xử phạt vi phạm hành chính" : "")}: {b.Description}")
            .ToList();
        var (kind, subject, to, ask) = x.Kind switch
        {
            ProposalKind.SuspensionRevocation => (CaseFileItemKind.RevocationRequest,
                "V/v đề nghị buộc người được hưởng án treo chấp hành hình phạt tù",
                "Tòa án nhân dân có thẩm quyền",
                "Đề nghị Tòa án xem xét, quyết định buộc người được hưởng án treo chấp hành hình phạt tù của bản án đã cho hưởng án treo theo quy định tại khoản 5 Điều 65 Bộ luật Hình sự năm 2015."),
            ProposalKind.EarlyReleaseRevocation => (CaseFileItemKind.RevocationRequest,
                "V/v đề nghị hủy quyết định tha tù trước thời hạn có điều kiện",
                "Tòa án nhân dân có thẩm quyền",
                "Đề nghị Tòa án xem xét, hủy quyết định tha tù trước thời hạn có điều kiện và buộc người bị kết án chấp hành phần hình phạt tù còn lại theo quy định tại khoản 4 Điều 66 Bộ luật Hình sự năm 2015."),
            ProposalKind.WantedNotice => (CaseFileItemKind.WantedNoticeRequest,
                "V/v đề nghị ra quyết định truy nã",
                $"Cơ quan thi hành án hình sự Công an {provinceName}",
                "Đề nghị Cơ quan thi hành án hình sự Công an cấp tỉnh xem xét, ra quyết định truy nã đối với người chấp hành án nêu trên."),
            _ => (CaseFileItemKind.RevocationRequest,
                "V/v báo cáo người chấp hành án phạm tội mới",
                "Tòa án nhân dân có thẩm quyền; Viện kiểm sát nhân dân cùng cấp",
                "Đề nghị Tòa án xem xét, buộc chấp hành hình phạt của bản án trước và tổng hợp với hình phạt của bản án mới theo quy định tại Điều 56 Bộ luật Hình sự năm 2015."),
        };
        return new DocumentDraft
        {
            Kind = kind, IsDraft = true,
            IssuerParent = police.Parent, Issuer = police.Name, Symbol = police.SymbolSuffix, Place = police.Place, Date = x.ProposedOn,
            Title = "CÔNG VĂN", Subject = subject,
            Basis = ["Căn cứ Bộ luật Hình sự năm 2015, sửa đổi, bổ sung năm 2017;", "Căn cứ Luật Thi hành án hình sự năm 2019;"],
            Body =
            [
                $"Kính gửi: {to}.",
                $"Người chấp hành án: {Who(person)}; đang chấp hành: {Sentence(c)} từ ngày {Display.Date(c.StartOn)}"
                    + (c.DecisionNumber is { } n ? $" theo Quyết định thi hành án số {n}." : "."),
                "Trong thời gian chấp hành án, người này đã có các vi phạm sau (có biên bản kèm theo):",
                .. list,
                $"Lý do đề nghị: {x.Because}",
                .. (revocationTerm is { } t ? new[] { t.Explanation } : []),
                ask,
                "Kèm theo: các biên bản vi phạm, biên bản họp kiểm điểm và tài liệu có liên quan trong hồ sơ thi hành án.",
            ],
            Recipients = [to, "Viện kiểm sát nhân dân cùng cấp", "UBND xã", "Lưu hồ sơ thi hành án"],
            SignerAuthority = police.SignerAuthority,
        };
    }
}
