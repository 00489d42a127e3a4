using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Text;

namespace HoaNhap.Web.Shared;

/// <summary>
/// What a generated document says. The layout (national motto, issuing body, number and symbol,
/// place and date, title, basis, body, recipients, signature) is the administrative format of
/// Nghị định 30/2020/NĐ-CP (Phụ lục I); the feature that issues the document fills the words.
/// </summary>
public sealed record DocumentDraft
{
    public required CaseFileItemKind Kind { get; init; }
    /// <summary>The issuing body's superior, upper case (e.g. "CÔNG AN TỈNH PHÚ THỌ"); empty for a People's Committee.</summary>
    public string IssuerParent { get; init; } = "";
    /// <summary>The issuing body, upper case, one or two lines (e.g. "ỦY BAN NHÂN DÂN\nXÃ YÊN LẬP").</summary>
    public required string Issuer { get; init; }
    /// <summary>Number and symbol without "Số:", e.g. "15/QĐ-UBND"; null leaves the number blank for the clerk.</summary>
    public string? Number { get; init; }
    /// <summary>The symbol used when the number is blank, e.g. "QĐ-UBND".</summary>
    public required string Symbol { get; init; }
    /// <summary>The place name in the date line (e.g. "Yên Lập").</summary>
    public required string Place { get; init; }
    public required DateOnly Date { get; init; }
    /// <summary>The document's name, upper case (e.g. "QUYẾT ĐỊNH", "BIÊN BẢN").</summary>
    public required string Title { get; init; }
    /// <summary>The summary line under the title (trích yếu), e.g. "Về việc phân công người trực tiếp giám sát, giáo dục".</summary>
    public string? Subject { get; init; }
    /// <summary>"Căn cứ …" lines, italic.</summary>
    public IReadOnlyList<string> Basis { get; init; } = [];
    /// <summary>Body paragraphs; a paragraph starting with "Điều " is set in bold up to its first full stop.</summary>
    public IReadOnlyList<string> Body { get; init; } = [];
    /// <summary>"Nơi nhận" lines (without the leading dash).</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];
    /// <summary>Signature authority lines, upper case (e.g. "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH").</summary>
    public required string SignerAuthority { get; init; }
    public string? SignerName { get; init; }
    /// <summary>A proposal the system drafted for a person to check: marked "DỰ THẢO" at the top.</summary>
    public bool IsDraft { get; init; }

    public string NumberLine => "Số: " + (Number ?? $"        /{Symbol}");
}

/// <summary>Renders a <see cref="DocumentDraft"/> as a .docx (WordprocessingML).</summary>
public static class AdministrativeDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    const string Font = "Times New Roman";

    public static byte[] Render(DocumentDraft d)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            AddStyles(main);

            if (d.IsDraft) body.Append(Para("DỰ THẢO", JustificationValues.Right, bold: true, size: 24));
            body.Append(Header(d));
            body.Append(Para(""));
            body.Append(Para(d.Title, JustificationValues.Center, bold: true, size: 28));
            if (!string.IsNullOrWhiteSpace(d.Subject)) body.Append(Para(d.Subject!, JustificationValues.Center, bold: true, size: 28));
            body.Append(Para("", JustificationValues.Center));
            foreach (var line in d.Basis) body.Append(Para(line, JustificationValues.Both, italic: true, indent: true));
            foreach (var line in d.Body) body.Append(BodyPara(line));
            body.Append(Para(""));
            body.Append(Footer(d));
            // A4; margins from NĐ 30/2020 Phụ lục I: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701U, Right = 1134U, Header = 709U, Footer = 709U, Gutter = 0U }));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    /// <summary>The plain text of a rendered document, paragraph by paragraph (tests, search, preview).</summary>
    public static IReadOnlyList<string> Text(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var doc = WordprocessingDocument.Open(stream, false);
        return doc.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()
            .Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))).ToList();
    }

    static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = "28" }, new Languages { Val = "vi-VN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "60", Line = "264", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Styles.Save();
    }

    // Issuing body on the left, national motto on the right (NĐ 30/2020, Phụ lục I, mục II.1–2).
    static Table Header(DocumentDraft d)
    {
        var left = new List<OpenXmlElement>();
        if (!string.IsNullOrEmpty(d.IssuerParent)) left.Add(Para(d.IssuerParent, JustificationValues.Center, size: 26));
        var issuerLines = d.Issuer.Split('\n');
        for (var i = 0; i < issuerLines.Length; i++)
            left.Add(Para(issuerLines[i], JustificationValues.Center, bold: true, size: 26, underline: i == issuerLines.Length - 1));
        left.Add(Para(d.NumberLine, JustificationValues.Center, size: 26));

        var right = new List<OpenXmlElement>
        {
            Para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", JustificationValues.Center, bold: true, size: 24),
            Para("Độc lập - Tự do - Hạnh phúc", JustificationValues.Center, bold: true, size: 26, underline: true),
            Para($"{d.Place}, {DateLine(d.Date)}", JustificationValues.Center, italic: true, size: 28),
        };
        return TwoColumns(left, right, 4000, 5400);
    }

    static Table Footer(DocumentDraft d)
    {
        var left = new List<OpenXmlElement> { Para("Nơi nhận:", JustificationValues.Left, bold: true, italic: true, size: 24) };
        foreach (var r in d.Recipients) left.Add(Para("- " + r + (r == d.Recipients[^1] ? "." : ";"), JustificationValues.Left, size: 22));
        var right = new List<OpenXmlElement>();
        foreach (var line in d.SignerAuthority.Split('\n')) right.Add(Para(line, JustificationValues.Center, bold: true, size: 28));
        right.Add(Para("(Ký, ghi rõ họ tên, đóng dấu)", JustificationValues.Center, italic: true, size: 24));
        for (var i = 0; i < 3; i++) right.Add(Para("", JustificationValues.Center));
        right.Add(Para(d.SignerName ?? "", JustificationValues.Center, bold: true, size: 28));
        return TwoColumns(left, right, 4700, 4700);
    }

    /// <summary>"ngày 05 tháng 3 năm 2026": days below 10 and months 1–2 take a leading zero (NĐ 30/2020).</summary>
    public static string DateLine(DateOnly d) =>
        $"ngày {d.Day:00} tháng {(d.Month <= 2 ? d.Month.ToString("00") : d.Month.ToString())} năm {d.Year}";

    static Table TwoColumns(List<OpenXmlElement> left, List<OpenXmlElement> right, int leftWidth, int rightWidth)
    {
        var none = new TableBorders(
            new TopBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None },
            new LeftBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
            new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None });
        var table = new Table(new TableProperties(none, new TableWidth { Type = TableWidthUnitValues.Dxa, Width = (leftWidth + rightWidth).ToString() },
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(new GridColumn { Width = leftWidth.ToString() }, new GridColumn { Width = rightWidth.ToString() }));
        var row = new TableRow();
        row.Append(Cell(left, leftWidth), Cell(right, rightWidth));
        table.Append(row);
        return table;
    }

    static TableCell Cell(List<OpenXmlElement> content, int width)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = width.ToString() }));
        if (content.Count == 0) content.Add(Para(""));
        cell.Append(content);
        return cell;
    }

    static Paragraph BodyPara(string text)
    {
        // "Điều 1. …": the article heading is bold, as in the samples of NĐ 30/2020.
        if (text.StartsWith("Điều ", StringComparison.Ordinal) && text.IndexOf('.') is > 0 and var dot and < 12)
        {
            var p = Para("", JustificationValues.Both, indent: true);
            p.Append(RunOf(text[..(dot + 1)], bold: true, italic: false, size: 28, underline: false));
            p.Append(RunOf(text[(dot + 1)..], bold: false, italic: false, size: 28, underline: false));
            return p;
        }
        return Para(text, JustificationValues.Both, indent: true);
    }

    static Paragraph Para(string text, JustificationValues? align = null, bool bold = false, bool italic = false,
        int size = 28, bool indent = false, bool underline = false)
    {
        var props = new ParagraphProperties(new Justification { Val = align ?? JustificationValues.Left });
        if (indent) props.Append(new Indentation { FirstLine = "720" });
        var p = new Paragraph(props);
        if (text.Length > 0) p.Append(RunOf(text, bold, italic, size, underline));
        return p;
    }

    static Run RunOf(string text, bool bold, bool italic, int size, bool underline)
    {
        var rp = new RunProperties();
        if (bold) rp.Append(new Bold());
        if (italic) rp.Append(new Italic());
        if (underline) rp.Append(new Underline { Val = UnderlineValues.Single });
        rp.Append(new FontSize { Val = size.ToString() });
        return new Run(rp, new Text(VietnameseText.Nfc(text)) { Space = SpaceProcessingModeValues.Preserve });
    }
}
