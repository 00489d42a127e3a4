using System.Globalization;
using System.Text;
using HoaNhap.Domain.Reconciliation;
using MiniExcelLibs;

namespace HoaNhap.Web.Features.Reconciliation;

/// <summary>An uploaded list as a table of text cells: CSV (UTF-8, comma or semicolon) or .xlsx (first sheet).</summary>
public static class ListFile
{
    public const long MaxBytes = 30 * 1024 * 1024;

    public static bool IsSpreadsheet(byte[] content) => content is [0x50, 0x4B, 0x03, 0x04, ..];

    /// <summary>The cells, or the reason the file cannot be read.</summary>
    public static (List<IReadOnlyList<string>>? Table, string? Error) Read(byte[] content)
    {
        if (content.Length == 0) return (null, "Tệp rỗng.");
        if (IsSpreadsheet(content))
        {
            try
            {
                using var stream = new MemoryStream(content);
                var table = new List<IReadOnlyList<string>>();
                foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX))
                    table.Add(row.Values.Select(Cell).ToList());
                return (table, null);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException or System.Xml.XmlException or ArgumentException or NotSupportedException)
            {
                return (null, "Không đọc được tệp Excel (.xlsx): tệp bị hỏng hoặc không đúng định dạng.");
            }
        }
        try
        {
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
            return (CsvTable.Read(text), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, "Tệp CSV phải được lưu bằng bảng mã UTF-8 (trong Excel: Lưu thành → CSV UTF-8).");
        }
    }

    static string Cell(object? value) => value switch
    {
        null => "",
        DateTime d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        double x when x == Math.Floor(x) && Math.Abs(x) < 1e15 => ((long)x).ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public static byte[] TemplateCsv() =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(CsvTable.Write([ListColumns.All, ListColumns.Example]))];

    public static byte[] TemplateXlsx()
    {
        var row = new Dictionary<string, object>();
        for (var i = 0; i < ListColumns.All.Count; i++) row[ListColumns.All[i]] = ListColumns.Example[i];
        return Shared.Exports.SpreadsheetFile.Write([row]);
    }
}
