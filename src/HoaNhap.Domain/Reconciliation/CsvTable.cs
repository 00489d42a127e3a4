using System.Text;
using nietras.SeparatedValues;

namespace HoaNhap.Domain.Reconciliation;

/// <summary>
/// Reads CSV text (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) with Sep. The
/// separator — comma or semicolon, as Excel writes it with Vietnamese regional settings — is the
/// one that occurs more often in the header line outside quotes.
/// </summary>
public static class CsvTable
{
    public static char DetectSeparator(string text)
    {
        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted && c is '\n' or '\r') break;
            else if (!quoted && c == ',') commas++;
            else if (!quoted && c == ';') semicolons++;
        }
        return semicolons > commas ? ';' : ',';
    }

    /// <summary>The rows of the text, read by Sep (quoted fields unescaped; rows may differ in length).</summary>
    public static List<IReadOnlyList<string>> Read(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var rows = new List<IReadOnlyList<string>>();
        if (text.Length == 0) return rows;
        using var reader = Sep.New(DetectSeparator(text))
            .Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true })
            .FromText(text);
        foreach (var row in reader)
        {
            var cells = new string[row.ColCount];
            for (var i = 0; i < cells.Length; i++) cells[i] = row[i].ToString();
            rows.Add(cells);
        }
        return rows;
    }

    /// <summary>Writes rows as CSV (comma, quotes where needed, CRLF); a cell that would start a formula is neutralised.</summary>
    public static string Write(IEnumerable<IEnumerable<string>> rows)
    {
        var sb = new StringBuilder();
        foreach (var row in rows)
            sb.Append(string.Join(',', row.Select(c => Quote(Text.SpreadsheetText.Neutralise(c))))).Append("\r\n");
        return sb.ToString();
    }

    static string Quote(string s) => s.IndexOfAny([',', ';', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}
