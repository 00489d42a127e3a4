using System.Globalization;
using System.Text.RegularExpressions;
using HoaNhap.Domain.Text;

namespace HoaNhap.Domain.Import;

/// <summary>
/// Dates as they are found in communes' registers: dd/MM/yyyy and d/M/yyyy (also with '-' or '.'), d/M/yy, ISO
/// yyyy-MM-dd, and Excel serial numbers (days since 30/12/1899, what a date cell gives when its format is lost).
/// A day that does not exist (31/04, 29/02/2023) is refused, never rolled over.
/// </summary>
public static partial class RegisterDate
{
    [GeneratedRegex(@"^([0-9]{1,2})[/.\-]([0-9]{1,2})[/.\-]([0-9]{2}|[0-9]{4})\z", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^[0-9]{1,6}(\.0+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Serial();

    static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    /// <summary>Excel serials read as dates: 367 (01/01/1901) to 73050 (31/12/2099).</summary>
    const int MinSerial = 367, MaxSerial = 73050;

    /// <summary>
    /// The date, or false. A two-digit year is in the century that puts it on or before <paramref name="today"/>'s year
    /// ("15/3/98" is 1998, "1/2/05" is 2005 when today is in 2026).
    /// </summary>
    public static bool TryParse(string? text, DateOnly today, out DateOnly date)
    {
        date = default;
        var s = text?.Trim();
        if (string.IsNullOrEmpty(s)) return false;
        if (VietnameseDate.TryParse(s, out date)) return true;
        if (DayMonthYear().Match(s) is { Success: true } m)
        {
            var year = Int(m.Groups[3].Value);
            if (m.Groups[3].Value.Length == 2) year += 2000 + year > today.Year ? 1900 : 2000;
            return TryCreate(year, Int(m.Groups[2].Value), Int(m.Groups[1].Value), out date);
        }
        if (Serial().IsMatch(s))
        {
            var serial = Int(s.Split('.')[0]);
            // A bare four-digit number from 1900 to 2100 is a year, not a serial.
            if (serial is >= 1900 and <= 2100 || serial is < MinSerial or > MaxSerial) return false;
            date = ExcelEpoch.AddDays(serial);
            return true;
        }
        return false;
    }

    /// <summary>A birth date: a full date in any form above, or only the year (yyyy).</summary>
    public static bool TryParseBirth(string? text, DateOnly today, out DateOnly? fullDate, out int year)
    {
        fullDate = null;
        year = 0;
        var s = text?.Trim();
        if (string.IsNullOrEmpty(s)) return false;
        if (s.Length == 4 && s.All(char.IsAsciiDigit))
        {
            year = Int(s);
            return year is >= 1900 && year <= today.Year;
        }
        if (!TryParse(s, today, out var d)) return false;
        fullDate = d;
        year = d.Year;
        return true;
    }

    static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    static bool TryCreate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }
}
