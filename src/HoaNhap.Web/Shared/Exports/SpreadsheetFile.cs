using HoaNhap.Domain.Text;
using MiniExcelLibs;

namespace HoaNhap.Web.Shared.Exports;

/// <summary>
/// Every .xlsx the system answers is written here: rows (or named sheets of rows) with Vietnamese headers, each text
/// cell passed through <see cref="SpreadsheetText.Neutralise"/> so that nothing typed into a register becomes a formula.
/// </summary>
public static class SpreadsheetFile
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>One sheet of rows.</summary>
    public static byte[] Write<TValue>(IEnumerable<IDictionary<string, TValue>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(Safe(rows), excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>Several sheets: name → rows.</summary>
    public static byte[] Write(IReadOnlyDictionary<string, IEnumerable<IDictionary<string, object>>> sheets)
    {
        var safe = new Dictionary<string, object>();
        foreach (var (name, rows) in sheets) safe[name] = Safe(rows);
        using var stream = new MemoryStream();
        stream.SaveAs(safe, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    static List<Dictionary<string, object?>> Safe<TValue>(IEnumerable<IDictionary<string, TValue>> rows) =>
        rows.Select(r => r.ToDictionary(c => c.Key, c => c.Value is string s ? SpreadsheetText.Neutralise(s) : (object?)c.Value)).ToList();
}
