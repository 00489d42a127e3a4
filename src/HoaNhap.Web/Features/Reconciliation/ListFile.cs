using System.Text;
using HoaNhap.Domain.Reconciliation;

namespace HoaNhap.Web.Features.Reconciliation;

/// <summary>An uploaded list as a table of text cells: CSV (UTF-8, comma or semicolon) or .xlsx (first sheet).</summary>
public static class ListFile
{
    public const long MaxBytes = 30 * 1024 * 1024;

    public static bool IsSpreadsheet(byte[] content) => Shared.Spreadsheets.SheetReader.IsXlsx(content);

    /// <summary>The cells, or the reason the file cannot be read.</summary>
    public static (List<IReadOnlyList<string>>? Table, string? Error) Read(byte[] content)
    {
        if (content.Length == 0) return (null, "Tệp rỗng.");
        if (IsSpreadsheet(content))
        {
            var (sheet, error) = Shared.Spreadsheets.SheetReader.Read(content);
            return sheet is null ? (null, "Không đọc được tệp Excel (.xlsx): tệp bị hỏng hoặc không đúng định dạng.") : (sheet.Table, null);
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

    public static byte[] TemplateCsv() =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(CsvTable.Write([ListColumns.All, ListColumns.Example]))];

    public static byte[] TemplateXlsx()
    {
        var row = new Dictionary<string, object>();
        for (var i = 0; i < ListColumns.All.Count; i++) row[ListColumns.All[i]] = ListColumns.Example[i];
        return Shared.Exports.SpreadsheetFile.Write([row]);
    }
}
