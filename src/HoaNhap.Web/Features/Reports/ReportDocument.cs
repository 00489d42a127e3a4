using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reports;
using HoaNhap.Web.Shared;
using MiniExcelLibs;

namespace HoaNhap.Web.Features.Reports;

/// <summary>The report as a .docx in the layout of NĐ 30/2020/NĐ-CP, and its figures as .xlsx.</summary>
public static class ReportDocument
{
    public static async Task<byte[]> DocxAsync(HoaNhapDbContext db, PeriodicReport r, IReadOnlyList<ReportFigure> figures,
        IReadOnlyList<CommuneSubmission> submissions, CancellationToken ct)
    {
        var issuer = r.IsProvinceReport ? await CaseDocuments.ProvincePoliceAsync(db, r.ProvinceCode, ct) : await CaseDocuments.CommunePoliceAsync(db, r.CommuneCode, ct);
        var province = await CaseDocuments.ProvincePoliceAsync(db, r.ProvinceCode, ct);
        var body = new List<string>
        {
            $"Thực hiện chế độ báo cáo thống kê định kỳ, {Sentence(issuer.Name)} báo cáo kết quả công tác thi hành án hình sự tại cộng đồng và quản lý, giúp đỡ người chấp hành xong án phạt tù tái hòa nhập cộng đồng {r.PeriodName.ToLowerInvariant()} (số liệu từ ngày {Display.Date(r.From)} đến ngày {Display.Date(r.To)}) như sau:",
            "I. KẾT QUẢ THỰC HIỆN",
            "1. Số liệu (tính từ cơ sở dữ liệu theo định nghĩa thống nhất của từng chỉ tiêu):",
        };
        foreach (var f in figures)
            body.Add($"- {f.Name}: {f.Text}" + (f.Denominator is { } d ? $" ({f.Numerator:#,##0}/{d:#,##0})" : "")
                + (f.Target != "Không đặt chỉ tiêu" ? $"; chỉ tiêu: {f.Target}" : "") + (f.Assessment.Length > 0 ? $"; đánh giá: {f.Assessment.ToLowerInvariant()}" : "") + ".");
        var n = 2;
        if (r.IsProvinceReport)
        {
            var sent = submissions.Count(s => s.Status is ReportStatus.Submitted or ReportStatus.Accepted);
            body.Add($"{n++}. Tình hình báo cáo của cấp xã: {sent}/{submissions.Count} xã, phường đã gửi báo cáo; {submissions.Count(s => s.Status == ReportStatus.Accepted)} báo cáo đã được tiếp nhận.");
        }
        var tasks = await ReportOversight.TasksAsync(db, r, ct);
        body.Add($"{n++}. Kết quả thực hiện nhiệm vụ của các cơ quan, tổ chức theo kế hoạch:" + (tasks.Count == 0 ? " không có nhiệm vụ đến hạn hoặc được báo cáo trong kỳ." : ""));
        body.AddRange(tasks.Select(t => $"- {t.Text}."));
        var inspections = await ReportOversight.InspectionsAsync(db, r, ct);
        body.Add($"{n++}. Kiểm tra, kiến nghị, giám sát:" + (inspections.Count == 0 ? " không có cuộc kiểm tra, kiến nghị, giám sát nào đang theo dõi trong kỳ." : ""));
        body.AddRange(inspections.Select(i => $"- {i.Text}"));
        body.Add($"{n}. Kết quả khác: {Or(r.Results)}");
        body.Add("II. TỒN TẠI, HẠN CHẾ");
        body.Add(Or(r.Shortcomings));
        body.Add("III. ĐỀ XUẤT, KIẾN NGHỊ");
        body.Add(Or(r.Proposals));
        var draft = new DocumentDraft
        {
            Kind = CaseFileItemKind.Other, IssuerParent = issuer.Parent, Issuer = issuer.Name, Symbol = "BC-" + issuer.SymbolSuffix, Place = issuer.Place,
            Date = r.SubmittedAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : db.Today,
            Title = "BÁO CÁO",
            Subject = $"Kết quả công tác thi hành án hình sự tại cộng đồng và tái hòa nhập cộng đồng {r.PeriodName.ToLowerInvariant()}",
            Body = body,
            Recipients = r.IsProvinceReport
                ? ["Bộ Công an (để báo cáo);", $"Ủy ban nhân dân {province.Place} (để báo cáo);", "Viện kiểm sát nhân dân cùng cấp (để biết);", "Lưu: VT."]
                : [$"{Title(province.Name)} (để báo cáo);", "Ủy ban nhân dân xã (để báo cáo);", "Lưu: VT."],
            SignerAuthority = issuer.SignerAuthority,
            IsDraft = r.Status is ReportStatus.Draft or ReportStatus.Returned,
        };
        return AdministrativeDocument.Render(draft);
    }

    static string Or(string text) => string.IsNullOrWhiteSpace(text) ? "Không có." : text;
    static string Sentence(string upper) => Title(upper.Replace('\n', ' '));
    static string Title(string upper)
    {
        var lower = upper.ToLower(Display.Vi);
        return char.ToUpper(lower[0], Display.Vi) + lower[1..];
    }

    public static byte[] Xlsx(PeriodicReport r, IReadOnlyList<ReportFigure> figures, IReadOnlyList<CommuneSubmission> submissions)
    {
        var rows = figures.Select(f => new Dictionary<string, object>
        {
            ["Mã chỉ tiêu"] = f.Key, ["Chỉ tiêu"] = f.Name, ["Tử số"] = (object?)f.Numerator ?? "", ["Mẫu số"] = (object?)f.Denominator ?? "",
            ["Kết quả"] = f.Text, ["Chỉ tiêu đặt ra"] = f.Target, ["Đánh giá"] = f.Assessment,
            ["Kỳ báo cáo"] = $"{r.PeriodName} ({Display.Date(r.From)} – {Display.Date(r.To)})",
        }).ToList();
        var sheets = new Dictionary<string, IEnumerable<IDictionary<string, object>>> { ["Số liệu"] = rows };
        if (r.IsProvinceReport)
            sheets["Báo cáo của xã"] = submissions.Select(s => new Dictionary<string, object>
            {
                ["Mã xã"] = s.CommuneCode, ["Xã, phường"] = s.CommuneName, ["Trạng thái"] = s.Status is { } st ? ReportText.Status(st) : "Chưa lập",
                ["Ngày gửi"] = s.SubmittedAt is { } at ? Display.Time(at) : "",
            }).ToList();
        return Shared.Exports.SpreadsheetFile.Write(sheets);
    }

    public static string FileName(PeriodicReport r, string ext) =>
        $"bao-cao-{(r.IsProvinceReport ? r.ProvinceCode : r.CommuneCode)}-{r.From:yyyyMMdd}-{r.To:yyyyMMdd}.{ext}";
}
