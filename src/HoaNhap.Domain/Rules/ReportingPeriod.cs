namespace HoaNhap.Domain.Rules;

/// <summary>How long a report covers.</summary>
public enum PeriodKind { Month, Quarter, HalfYear, Year, Custom }

/// <summary>A reporting period: its first and last day (both included) and its Vietnamese name.</summary>
public sealed record ReportingWindow(PeriodKind Kind, DateOnly From, DateOnly To, string Name)
{
    public bool Contains(DateOnly d) => d >= From && d <= To;
    public int Days => To.DayNumber - From.DayNumber + 1;
}

/// <summary>
/// Reporting periods of the statistics regime. NĐ 09/2019/NĐ-CP Điều 12 (recalled, high confidence for the
/// general regime): data of a monthly report run from the 15th of the previous month to the 14th of the
/// reporting month; 6-monthly from 15/12 of the previous year to 14/06; yearly from 15/12 of the previous
/// year to 14/12. The start day is the rule parameter <see cref="ReportingDefaults.PeriodStartDay"/> (15);
/// with 1 every period follows the calendar (a month is the calendar month, a year 01/01–31/12).
/// </summary>
public static class ReportingPeriod
{
    public static int StartDay(RuleParameters p, DateOnly asOf)
    {
        var day = p.Int(ReportingDefaults.PeriodStartDay, asOf);
        return day is >= 1 and <= 28 ? day : 15;
    }

    /// <summary>The period that starts in the reporting month (year, month) and spans <paramref name="months"/> reporting months ending with it.</summary>
    static (DateOnly From, DateOnly To) Span(int year, int month, int months, int startDay)
    {
        var last = new DateOnly(year, month, 1);
        var first = last.AddMonths(-(months - 1));
        if (startDay == 1)
            return (first, last.AddMonths(1).AddDays(-1));
        return (first.AddMonths(-1).AddDays(startDay - 1), last.AddDays(startDay - 2));
    }

    /// <summary>The monthly report of (year, month): 15/(month−1) → 14/month by default.</summary>
    public static ReportingWindow Month(int year, int month, int startDay)
    {
        var (from, to) = Span(year, month, 1, startDay);
        return new(PeriodKind.Month, from, to, $"Tháng {month:00}/{year}");
    }

    /// <summary>Quarter q (1–4): from the start day of the month before the quarter to the day before it in the quarter's last month.</summary>
    public static ReportingWindow Quarter(int year, int quarter, int startDay)
    {
        if (quarter is < 1 or > 4) throw new ArgumentOutOfRangeException(nameof(quarter));
        var (from, to) = Span(year, quarter * 3, 3, startDay);
        return new(PeriodKind.Quarter, from, to, $"Quý {ToRoman(quarter)} năm {year}");
    }

    /// <summary>Half h (1 = 6 tháng đầu năm, 2 = 6 tháng cuối năm): 15/12 of the previous year → 14/06 by default.</summary>
    public static ReportingWindow HalfYear(int year, int half, int startDay)
    {
        if (half is < 1 or > 2) throw new ArgumentOutOfRangeException(nameof(half));
        var (from, to) = Span(year, half * 6, 6, startDay);
        return new(PeriodKind.HalfYear, from, to, half == 1 ? $"6 tháng đầu năm {year}" : $"6 tháng cuối năm {year}");
    }

    /// <summary>The year: 15/12 of the previous year → 14/12 by default.</summary>
    public static ReportingWindow Year(int year, int startDay)
    {
        var (from, to) = Span(year, 12, 12, startDay);
        return new(PeriodKind.Year, from, to, $"Năm {year}");
    }

    /// <summary>A period the user chooses; refused (null) when it ends before it starts.</summary>
    public static ReportingWindow? Custom(DateOnly from, DateOnly to) =>
        to < from ? null : new(PeriodKind.Custom, from, to, $"Từ {from:dd/MM/yyyy} đến {to:dd/MM/yyyy}");

    /// <summary>The reporting month a day's data belong to: from the start day on, the next month's report.</summary>
    public static (int Year, int Month) MonthOf(DateOnly day, int startDay)
    {
        var first = new DateOnly(day.Year, day.Month, 1);
        if (startDay > 1 && day.Day >= startDay) first = first.AddMonths(1);
        return (first.Year, first.Month);
    }

    /// <summary>The monthly window containing <paramref name="day"/>.</summary>
    public static ReportingWindow MonthContaining(DateOnly day, int startDay)
    {
        var (y, m) = MonthOf(day, startDay);
        return Month(y, m, startDay);
    }

    /// <summary>The <paramref name="count"/> reporting months ending with the one containing <paramref name="day"/>, oldest first.</summary>
    public static IReadOnlyList<ReportingWindow> LastMonths(DateOnly day, int count, int startDay)
    {
        var (y, m) = MonthOf(day, startDay);
        var last = new DateOnly(y, m, 1);
        return Enumerable.Range(0, count).Select(i => last.AddMonths(i - count + 1)).Select(d => Month(d.Year, d.Month, startDay)).ToList();
    }

    /// <summary>The twelve reporting months ending with (year, month): the window of a yearly rate that moves with the month.</summary>
    public static ReportingWindow TwelveMonthsTo(int year, int month, int startDay)
    {
        var (from, to) = Span(year, month, 12, startDay);
        return new(PeriodKind.Custom, from, to, $"12 tháng đến tháng {month:00}/{year}");
    }

    /// <summary>The day a report of the period is due: the commune's (or the province's) delay after the last day of the period.</summary>
    public static DateOnly DueOn(ReportingWindow w, bool provinceReport, RuleParameters p) =>
        w.To.AddDays(p.Int(provinceReport ? ReportingDefaults.ProvinceDueDays : ReportingDefaults.CommuneDueDays, w.To));

    /// <summary>Whether the worklist reminds the unit of a report due on <paramref name="dueOn"/> (from the reminder window on, and while overdue).</summary>
    public static bool RemindOn(DateOnly dueOn, DateOnly today, RuleParameters p) =>
        today >= dueOn.AddDays(-p.Int(ReportingDefaults.ReminderDays, today));

    static string ToRoman(int q) => q switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };
}
