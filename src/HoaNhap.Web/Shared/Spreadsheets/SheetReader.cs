using System.Globalization;
using System.Text;
using ExcelDataReader;
using MiniExcelLibs;

namespace HoaNhap.Web.Shared.Spreadsheets;

/// <summary>
/// The first sheet of an uploaded spreadsheet as a table of text cells: .xlsx with MiniExcel, .xls (Excel 97–2003) with
/// ExcelDataReader. Dates become dd/MM/yyyy, whole numbers lose their ".0". Used by the reconciliation's lists and the
/// import of registers.
/// </summary>
public static class SheetReader
{
    public static bool IsXlsx(byte[] content) => content is [0x50, 0x4B, 0x03, 0x04, ..];

    public static bool IsXls(byte[] content) => content is [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, ..];

    static SheetReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public sealed record Sheet(string Name, List<IReadOnlyList<string>> Table);

    /// <summary>The first sheet, or the reason the file cannot be read (in Vietnamese).</summary>
    public static (Sheet? Sheet, string? Error) Read(byte[] content)
    {
        try
        {
            if (IsXlsx(content))
            {
                using var stream = new MemoryStream(content);
                var name = MiniExcel.GetSheetNames(stream).FirstOrDefault() ?? "";
                stream.Position = 0;
                var table = new List<IReadOnlyList<string>>();
                foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX))
                    table.Add(row.Values.Select(Cell).ToList());
                return (new Sheet(name, table), null);
            }
            if (IsXls(content))
            {
                using var stream = new MemoryStream(content);
                using var reader = ExcelReaderFactory.CreateBinaryReader(stream);
                var table = new List<IReadOnlyList<string>>();
                while (reader.Read())
                {
                    var cells = new string[reader.FieldCount];
                    for (var i = 0; i < cells.Length; i++) cells[i] = Cell(reader.GetValue(i));
                    table.Add(cells);
                }
                return (new Sheet(reader.Name ?? "", table), null);
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException or System.Xml.XmlException
                                      or ArgumentException or NotSupportedException or ExcelDataReader.Exceptions.ExcelReaderException)
        {
            return (null, "Không đọc được tệp Excel: tệp bị hỏng hoặc không đúng định dạng .xlsx / .xls.");
        }
        return (null, "Tệp không phải là bảng tính Excel (.xlsx hoặc .xls).");
    }

    public static string Cell(object? value) => value switch
    {
        null => "",
        DateTime d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        double x when x == Math.Floor(x) && Math.Abs(x) < 1e15 => ((long)x).ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
