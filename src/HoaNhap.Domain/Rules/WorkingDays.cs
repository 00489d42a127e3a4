namespace HoaNhap.Domain.Rules;

/// <summary>
/// Deadlines counted in working days (legal-rules "How to use it in code" item 4): Saturdays,
/// Sundays and public holidays are not working days. The holidays come from the table that an
/// administrator maintains (seeded by <see cref="HolidayCalendar.Seed"/>).
/// </summary>
public static class WorkingDays
{
    /// <summary>Whether <paramref name="d"/> is neither a Saturday, a Sunday nor a public holiday.</summary>
    public static bool IsWorkingDay(DateOnly d, IReadOnlySet<DateOnly> holidays) =>
        d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(d);

    /// <summary>
    /// The last day of a period of <paramref name="workingDays"/> working days counted from the
    /// event on <paramref name="from"/>: counting starts on the day after the event (BLDS 2015
    /// Điều 147 khoản 1), and only working days are counted. Zero days gives <paramref name="from"/>.
    /// </summary>
    public static DateOnly Add(DateOnly from, int workingDays, IReadOnlySet<DateOnly> holidays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = from;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day, holidays)) counted++;
        }
        return day;
    }
}
