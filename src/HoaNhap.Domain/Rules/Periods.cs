namespace HoaNhap.Domain.Rules;

/// <summary>
/// Counting periods (BLDS 2015 Điều 147–148), used by every rule unless it says otherwise:
/// a period counted from an event starts on the day after it; a period of N months or years ends
/// on the corresponding day of the last month or year, or on the last day of that month when it
/// has no such day (so 29/02/2024 + 1 year ends on 28/02/2025); the state that follows begins the
/// next day.
/// </summary>
public static class Periods
{
    /// <summary>Last day of a period of <paramref name="months"/> months counted from <paramref name="eventDate"/> (BLDS 2015 Điều 148 khoản 1).</summary>
    public static DateOnly EndAfterMonths(DateOnly eventDate, int months) => eventDate.AddMonths(months);

    /// <summary>Last day of a period of <paramref name="years"/> years counted from <paramref name="eventDate"/>.</summary>
    public static DateOnly EndAfterYears(DateOnly eventDate, int years) => eventDate.AddYears(years);

    /// <summary>Last day of a period of <paramref name="days"/> days counted from the day after <paramref name="eventDate"/>.</summary>
    public static DateOnly EndAfterDays(DateOnly eventDate, int days) => eventDate.AddDays(days);

    /// <summary>Days of a term, counted between its start and its end date.</summary>
    public static int Days(DateOnly start, DateOnly end) => end.DayNumber - start.DayNumber;

    /// <summary>
    /// The first day on which the days served since <paramref name="start"/> reach
    /// <paramref name="fraction"/> of the days from <paramref name="start"/> to <paramref name="end"/>
    /// (legal-rules "fractions of a term").
    /// </summary>
    public static DateOnly FractionReachedOn(DateOnly start, DateOnly end, Fraction fraction)
    {
        var total = (long)Days(start, end);
        var needed = (total * fraction.Numerator + fraction.Denominator - 1) / fraction.Denominator; // ceiling
        return start.AddDays((int)needed);
    }
}

/// <summary>A fraction of a term ("1/2", "3/4"), exact where a decimal would not be (1/3).</summary>
public readonly record struct Fraction(int Numerator, int Denominator)
{
    public static Fraction Parse(string text)
    {
        var parts = text.Split('/');
        const System.Globalization.NumberStyles digits = System.Globalization.NumberStyles.None;
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        if (parts.Length != 2 || !int.TryParse(parts[0], digits, inv, out var n) || !int.TryParse(parts[1], digits, inv, out var d)
            || n <= 0 || d <= 0 || n > d)
            throw new FormatException($"“{text}” is not a fraction such as 1/2.");
        return new Fraction(n, d);
    }

    public static bool TryParse(string? text, out Fraction fraction)
    {
        try { fraction = Parse(text ?? ""); return true; }
        catch (FormatException) { fraction = default; return false; }
    }

    public override string ToString() => $"{Numerator}/{Denominator}";
}
