namespace HoaNhap.Domain.Text;

/// <summary>
/// A text cell that a spreadsheet program would read as a formula (or as the start of one) is written with a leading
/// apostrophe, so that it shows as the text it is and never runs (CSV/formula injection, OWASP). Every .xlsx and .csv
/// the system writes goes through this.
/// </summary>
public static class SpreadsheetText
{
    static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static bool LooksLikeFormula(string? text) => text is { Length: > 0 } && Array.IndexOf(FormulaStarts, text[0]) >= 0;

    public static string Neutralise(string text) => LooksLikeFormula(text) ? "'" + text : text;
}
