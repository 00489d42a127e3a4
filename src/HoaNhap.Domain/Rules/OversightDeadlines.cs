namespace HoaNhap.Domain.Rules;

/// <summary>
/// When a plan task or an inspection's remedy is overdue. The due day is the one the plan or the inspection's conclusion
/// sets (e.g. "báo cáo trước ngày 10/11" in the commune plan of 2026); no law adds a period of grace, so the rule has no
/// parameter: the work is overdue from the day after its due day until it is reported done.
/// Source: the commune plan 2026 (tasks "báo cáo kết quả trước ngày 10/11"); for inspections, the conclusion or the
/// procuracy's recommendation sets each remedy's deadline itself (no article with a fixed period is confirmed in
/// shared/domain/legal-rules.md, so none is assumed).
/// </summary>
public static class OversightDeadlines
{
    public static bool Overdue(DateOnly dueOn, bool done, DateOnly today) => !done && today > dueOn;

    /// <summary>How many days late on <paramref name="today"/> (0 when not overdue).</summary>
    public static int DaysLate(DateOnly dueOn, bool done, DateOnly today) => Overdue(dueOn, done, today) ? today.DayNumber - dueOn.DayNumber : 0;
}
