using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using HoaNhap.Domain.Audit;
using HoaNhap.Web.Shared;

namespace HoaNhap.Web.Features.Privacy;

/// <summary>The subject-access export as a document a person can read: one heading per kind of record, a table per record.</summary>
public static class SubjectAccessDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    const string Font = "Times New Roman";

    public static string FileName(SubjectAccessExport e, string ext) => $"du-lieu-ca-nhan-{e.PersonId.ToString("N")[..8]}-{e.ProducedAt:yyyy-MM-dd}.{ext}";

    public static byte[] Render(SubjectAccessExport e)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new FontSize { Val = "24" }, new Languages { Val = "vi-VN" }))));
            styles.Styles.Save();

            body.Append(Para("DỮ LIỆU CÁ NHÂN ĐANG ĐƯỢC LƯU GIỮ", bold: true, size: 30, center: true));
            body.Append(Para($"Về: {e.FullName}", bold: true, center: true));
            body.Append(Para($"Lập lúc {Display.Time(e.ProducedAt)} bởi {e.ProducedBy}. Căn cứ: {e.LegalBasis}.", italic: true));
            body.Append(Para("Tài liệu này liệt kê mọi bản ghi về người này trong hệ thống HoaNhap: sổ quản lý, bản án, hồ sơ, "
                + "các bản ghi trong quá trình chấp hành án và tái hòa nhập, danh mục tài liệu, vay vốn, nhật ký những ai đã xem hoặc sửa hồ sơ, "
                + "và những lần dữ liệu được cung cấp ra ngoài đơn vị."));

            foreach (var s in e.Sections)
            {
                body.Append(Para($"{s.Title} ({s.Rows.Count})", bold: true, size: 26));
                foreach (var row in s.Rows)
                {
                    body.Append(Table(row.Select(kv => (Label(kv.Key), Value(kv.Value)))));
                    body.Append(Para(""));
                }
            }

            body.Append(Para($"Nhật ký truy cập và thay đổi ({e.Audit.Count})", bold: true, size: 26));
            if (e.Audit.Count == 0) body.Append(Para("Không có."));
            foreach (var a in e.Audit)
                body.Append(Para($"{Display.Time(a.At)} — {Display.Actor(a.UserName)}: {AuditActions.Title(a.Action)} {SubjectAccess.Title(a.EntityType)}"
                    + (string.IsNullOrEmpty(a.Details) || a.Details == "{}" ? "" : $" ({Short(a.Details)})")));

            body.Append(Para($"Cung cấp dữ liệu ra ngoài đơn vị ({e.Disclosures.Count})", bold: true, size: 26));
            if (e.Disclosures.Count == 0) body.Append(Para("Chưa có lần nào."));
            foreach (var d in e.Disclosures)
                body.Append(Para($"{Display.Time(d.On)} — cho {d.Recipient}; mục đích: {d.Purpose}; căn cứ: {d.LegalBasis}; nội dung: {d.What}"));

            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701U, Right = 1134U, Header = 709U, Footer = 709U, Gutter = 0U }));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    static string Short(string s) => s.Length <= 300 ? s : s[..300] + "…";

    static string Value(object? v) => v switch
    {
        null => "",
        bool b => b ? "Có" : "Không",
        DateTimeOffset t => Display.Time(t),
        string s when DateOnly.TryParseExact(s, "yyyy-MM-dd", out var d) => Display.Date(d),
        long or int => string.Format(Display.Vi, "{0:#,##0}", v),
        JsonElement j => j.ToString(),
        IEnumerable<string> list => string.Join("; ", list),
        _ => v.ToString() ?? "",
    };

    static string Label(string field) => field switch
    {
        "Id" => "Mã bản ghi",
        "PersonId" => "Mã người",
        "CaseId" => "Mã hồ sơ",
        "JudgmentId" => "Mã bản án",
        "FullName" => "Họ và tên",
        "OtherNames" => "Tên gọi khác",
        "DateOfBirth" => "Ngày sinh",
        "BirthYear" => "Năm sinh",
        "Gender" => "Giới tính",
        "PersonalIdNumber" => "Số định danh cá nhân",
        "Address" => "Địa chỉ",
        "Phone" => "Số điện thoại",
        "ProvinceCode" => "Mã tỉnh",
        "CommuneCode" => "Mã xã",
        "Number" => "Số",
        "Court" => "Tòa án",
        "JudgmentDate" => "Ngày tuyên án",
        "EffectiveOn" => "Ngày có hiệu lực",
        "Kind" => "Loại",
        "Status" => "Tình trạng",
        "StartOn" => "Ngày bắt đầu",
        "EndedOn" => "Ngày kết thúc",
        "ExpectedEndOn" => "Ngày dự kiến kết thúc",
        "On" => "Ngày",
        "Note" or "Notes" => "Ghi chú",
        "Amount" => "Số tiền",
        "CreatedAt" => "Tạo lúc",
        "CreatedBy" => "Người tạo",
        "UpdatedAt" => "Sửa lần cuối lúc",
        "UpdatedBy" => "Người sửa lần cuối",
        "Version" => "Phiên bản",
        "ArchivedOn" => "Ngày chuyển lưu trữ",
        _ => field,
    };

    static Table Table(IEnumerable<(string Label, string Value)> rows)
    {
        var t = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        foreach (var (label, value) in rows)
            t.Append(new TableRow(
                new TableCell(new TableCellProperties(new TableCellWidth { Width = "1600", Type = TableWidthUnitValues.Pct }), Para(label, bold: true)),
                new TableCell(new TableCellProperties(new TableCellWidth { Width = "3400", Type = TableWidthUnitValues.Pct }), Para(value))));
        return t;
    }

    static Paragraph Para(string text, bool bold = false, bool italic = false, int size = 24, bool center = false)
    {
        var props = new RunProperties();
        if (bold) props.Append(new Bold());
        if (italic) props.Append(new Italic());
        props.Append(new FontSize { Val = size.ToString() });
        var p = new Paragraph();
        if (center) p.Append(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        p.Append(new Run(props, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return p;
    }
}
