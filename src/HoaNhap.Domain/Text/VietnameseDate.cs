using System.Globalization;
using System.Text.RegularExpressions;

namespace HoaNhap.Domain.Text;

/// <summary>
/// Dates as Vietnamese users write them: dd/MM/yyyy (d/M/yyyy accepted), and ISO yyyy-MM-dd
/// as sent by an HTML date input or an API.
/// </summary>
public static partial class VietnameseDate
{
    public const string DisplayFormat = "dd/MM/yyyy";

    // [0-9] rather than \d: in .NET \d also matches non-ASCII digits (Arabic-Indic, full-width…).
    [GeneratedRegex(@"^([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})\z", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^([0-9]{4})-([0-9]{2})-([0-9]{2})\z", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^[0-9]{4}\z", RegexOptions.CultureInvariant)]
    private static partial Regex YearOnly();

    /// <summary>
    /// Parses dd/MM/yyyy, d/M/yyyy or yyyy-MM-dd (surrounding spaces ignored). A day that does
    /// not exist in that month (31/04, 29/02 outside a leap year) is refused, not rolled over.
    /// </summary>
    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        var s = text?.Trim();
        if (string.IsNullOrEmpty(s)) return false;

        if (DayMonthYear().Match(s) is { Success: true } dmy)
            return TryCreate(Int(dmy.Groups[3]), Int(dmy.Groups[2]), Int(dmy.Groups[1]), out date);
        if (IsoDate().Match(s) is { Success: true } iso)
            return TryCreate(Int(iso.Groups[1]), Int(iso.Groups[2]), Int(iso.Groups[3]), out date);
        return false;
    }

    /// <summary>dd/MM/yyyy, the only display format for dates.</summary>
    public static string Format(DateOnly d) => d.ToString(DisplayFormat, CultureInfo.InvariantCulture);

    /// <summary>
    /// A date of birth as recorded on judgments: either a full date (either format) or only a
    /// four-digit year, in which case <paramref name="fullDate"/> is null.
    /// </summary>
    public static bool TryParseBirthDate(string? text, out DateOnly? fullDate, out int year)
    {
        fullDate = null;
        year = 0;
        var s = text?.Trim();
        if (string.IsNullOrEmpty(s)) return false;

        if (YearOnly().IsMatch(s))
        {
            var y = int.Parse(s, CultureInfo.InvariantCulture);
            if (y < 1) return false;
            year = y;
            return true;
        }
        if (!TryParse(s, out var d)) return false;
        fullDate = d;
        year = d.Year;
        return true;
    }

    private static int Int(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

    private static bool TryCreate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }
}
