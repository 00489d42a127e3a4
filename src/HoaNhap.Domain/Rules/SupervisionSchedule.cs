using System.Globalization;
using HoaNhap.Domain.Supervision;

namespace HoaNhap.Domain.Rules;

/// <summary>One period of the self-report schedule: the report for it is due on its last day.</summary>
public sealed record ReportPeriod(int Number, DateOnly From, DateOnly EndsOn)
{
    public DateOnly DueOn => EndsOn;
    /// <summary>"yyyy-MM" of the month the period ends in: at most one period ends in a month, so it names the period.</summary>
    public string Label => EndsOn.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}

/// <summary>A period with what became of its report.</summary>
public sealed record ReportPeriodStatus(ReportPeriod Period, SelfReportStatus Status, DateOnly? ReceivedOn, int DaysLate);

/// <summary>
/// The schedule of written self-reports (bản tự nhận xét). The obligation exists (legal-rules §5.2,
/// LTHAHS 2019 Điều 87, 99) but its frequency was not seen; the cadence is the parameter
/// <c>SelfReport.IntervalMonths</c> (default monthly) or the case's plan.
///
/// Periods are counted from the start of the case as the Civil Code counts months (BLDS 2015
/// Điều 148, <see cref="Periods.EndAfterMonths"/>): period k ends on the day corresponding to the
/// start k × cadence months later, or on the last day of that month when it has no such day
/// (start 31/01/2026 → 28/02/2026, 31/03/2026, 30/04/2026 …). Each end is counted from the start,
/// not from the previous end, so a short month does not shift the later periods. The last period
/// stops at the end of the term. The report for a period is due on its last day: received by
/// then is on time, after it is late, and nothing received after it is missing.
/// </summary>
public static class SelfReportSchedule
{
    const int MaxPeriods = 600;

    /// <summary>The periods that have begun by <paramref name="until"/> (and not after <paramref name="termEnd"/>).</summary>
    public static IReadOnlyList<ReportPeriod> Periods(DateOnly start, DateOnly? termEnd, int intervalMonths, DateOnly until)
    {
        if (intervalMonths < 1) throw new ArgumentOutOfRangeException(nameof(intervalMonths));
        var list = new List<ReportPeriod>();
        var from = start;
        for (var k = 1; k <= MaxPeriods; k++)
        {
            if (from > until || (termEnd is { } e && from > e)) break;
            var ends = Rules.Periods.EndAfterMonths(start, k * intervalMonths);
            if (termEnd is { } end && ends > end) ends = end;
            list.Add(new ReportPeriod(k, from, ends));
            from = ends.AddDays(1);
        }
        return list;
    }

    /// <summary>The period that ends in the month "yyyy-MM", or null.</summary>
    public static ReportPeriod? ByLabel(IEnumerable<ReportPeriod> periods, string? label) =>
        periods.FirstOrDefault(p => p.Label == label);

    /// <summary>Each period with the report received for it (by period number), judged as of <paramref name="today"/>.</summary>
    public static IReadOnlyList<ReportPeriodStatus> Assess(IEnumerable<ReportPeriod> periods, IReadOnlyDictionary<int, DateOnly> receivedByNumber, DateOnly today) =>
        periods.Select(p =>
        {
            if (receivedByNumber.TryGetValue(p.Number, out var received))
                return received <= p.DueOn
                    ? new ReportPeriodStatus(p, SelfReportStatus.OnTime, received, 0)
                    : new ReportPeriodStatus(p, SelfReportStatus.Late, received, received.DayNumber - p.DueOn.DayNumber);
            if (today > p.DueOn) return new ReportPeriodStatus(p, SelfReportStatus.Missing, null, today.DayNumber - p.DueOn.DayNumber);
            return new ReportPeriodStatus(p, today == p.DueOn ? SelfReportStatus.DueToday : SelfReportStatus.NotYetDue, null, 0);
        }).ToList();
}

/// <summary>
/// The check-in cadence (điểm danh, kiểm diện). No text seen sets it (legal-rules §5.1 "be
/// present when requested" is recalled); the cadence is the parameter
/// <c>CheckIn.DefaultIntervalMonths</c> or the case's plan. Check-in k is due on the day
/// corresponding to the start k × cadence months later (BLDS 2015 Điều 148, as for self-reports).
/// A due check-in is done by any attended check-in or summons after the previous due date (after
/// the start for the first); it stays on the list, late, until then or until the next due date.
/// </summary>
public static class CheckInSchedule
{
    const int MaxDue = 600;

    /// <summary>The due dates on or before <paramref name="until"/>, within the term.</summary>
    public static IReadOnlyList<DateOnly> DueDates(DateOnly start, DateOnly? termEnd, int intervalMonths, DateOnly until)
    {
        if (intervalMonths < 1) throw new ArgumentOutOfRangeException(nameof(intervalMonths));
        var list = new List<DateOnly>();
        for (var k = 1; k <= MaxDue; k++)
        {
            var due = Periods.EndAfterMonths(start, k * intervalMonths);
            if (due > until || (termEnd is { } e && due > e)) break;
            list.Add(due);
        }
        return list;
    }

    /// <summary>The next due date after <paramref name="today"/> within the term, or null.</summary>
    public static DateOnly? NextDue(DateOnly start, DateOnly? termEnd, int intervalMonths, DateOnly today)
    {
        var k = DueDates(start, termEnd, intervalMonths, today).Count + 1;
        var next = Periods.EndAfterMonths(start, k * intervalMonths);
        return termEnd is { } e && next > e ? null : next;
    }

    /// <summary>The due date still waiting for a check-in as of <paramref name="today"/>, or null when none is pending.</summary>
    public static DateOnly? Pending(DateOnly start, DateOnly? termEnd, int intervalMonths, IEnumerable<DateOnly> attendedOn, DateOnly today)
    {
        var due = DueDates(start, termEnd, intervalMonths, today);
        if (due.Count == 0) return null;
        var current = due[^1];
        var windowAfter = due.Count > 1 ? due[^2] : start.AddDays(-1);
        return attendedOn.Any(d => d > windowAfter && d <= today) ? null : current;
    }
}
