using HoaNhap.Domain.Reintegration;

namespace HoaNhap.Domain.Rules;

/// <summary>
/// Violations and new offences of returnees (legal-rules §8.4, §9):
/// <list type="bullet">
/// <item>TT 10/2024/TT-BCA Điều 7 (confirmed): a returnee is managed from release (or pardon) until management ends,
/// so only what happens in that period is recorded on the reintegration file.</item>
/// <item>BLHS 2015 Điều 70 khoản 2 and Điều 71 khoản 2 (confirmed): the record clears only if the person commits no new
/// offence within the period; Điều 73 khoản 2 (confirmed): after a new offence the period restarts from the completion of
/// the new principal penalty, so the expungement date computed from the old judgment no longer holds.</item>
/// </list>
/// </summary>
public static class Reoffending
{
    /// <summary>Why a violation on this day cannot be recorded on the file, or null when it can.</summary>
    public static string? Refusal(DateOnly occurredOn, DateOnly managedFrom, DateOnly? managedUntil, DateOnly today)
    {
        if (occurredOn > today) return "Ngày xảy ra không được sau ngày hôm nay.";
        if (occurredOn < managedFrom)
            return $"Ngày xảy ra trước ngày ra trại ({managedFrom:dd/MM/yyyy}): chỉ ghi nhận vi phạm trong thời gian quản lý (Thông tư 10/2024/TT-BCA, Điều 7).";
        if (managedUntil is { } end && occurredOn > end)
            return $"Ngày xảy ra sau ngày kết thúc quản lý ({end:dd/MM/yyyy}) (Thông tư 10/2024/TT-BCA, Điều 7).";
        return null;
    }

    /// <summary>A new offence committed between two days (inclusive) counts as re-offending in that period; a law violation does not.</summary>
    public static bool CountsAsReoffending(ReturneeViolationKind kind, DateOnly occurredOn, DateOnly from, DateOnly to) =>
        kind == ReturneeViolationKind.NewOffence && occurredOn >= from && occurredOn <= to;

    /// <summary>
    /// The first new offence committed before the record would clear (BLHS 2015 Điều 70 khoản 2, Điều 71 khoản 2): it stops the
    /// expungement computed from the old judgment (the period restarts after the new penalty, Điều 73 khoản 2). An offence on or
    /// after <paramref name="clearFrom"/> does not: the record had already cleared.
    /// </summary>
    public static DateOnly? StopsExpungement(DateOnly clearFrom, IEnumerable<(ReturneeViolationKind Kind, DateOnly OccurredOn)> violations) =>
        violations.Where(v => v.Kind == ReturneeViolationKind.NewOffence && v.OccurredOn < clearFrom)
            .Select(v => (DateOnly?)v.OccurredOn).Min();
}
