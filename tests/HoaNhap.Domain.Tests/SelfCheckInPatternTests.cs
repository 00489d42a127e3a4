using HoaNhap.Domain.SelfCheckIns;

namespace HoaNhap.Domain.Tests;

/// <summary>The windows of a self check-in schedule, in Vietnam time (UTC+7), worked by hand on a calendar.</summary>
public class SelfCheckInPatternTests
{
    static readonly TimeSpan Vn = TimeSpan.FromHours(7);
    static DateTimeOffset At(int m, int d, int h, int min = 0) => new(2026, m, d, h, min, 0, Vn);
    const int Monday = 1, Thursday = 1 << 3;

    // Mondays and Thursdays, 07:00–11:00, from Monday 07/12/2026.
    static readonly SelfCheckInPattern MonThu = new(SelfCheckInRepeat.Weekdays, Monday | Thursday, null, new(7, 0), new(11, 0), new(2026, 12, 7), null);

    [Fact]
    public void A_window_is_open_from_its_opening_until_just_before_its_closing()
    {
        Assert.Null(MonThu.OpenAt(At(12, 7, 6, 59)));
        Assert.Equal(new DateOnly(2026, 12, 7), MonThu.OpenAt(At(12, 7, 7))!.On);
        Assert.NotNull(MonThu.OpenAt(At(12, 7, 10, 59)));
        Assert.Null(MonThu.OpenAt(At(12, 7, 11)));
        Assert.Null(MonThu.OpenAt(At(12, 8, 9)));                     // a Tuesday
        // 02:30 UTC on Thursday is 09:30 in Vietnam.
        Assert.NotNull(MonThu.OpenAt(new DateTimeOffset(2026, 12, 10, 2, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void The_next_window_is_the_open_one_else_the_next_day_of_the_pattern()
    {
        Assert.Equal(At(12, 7, 7), MonThu.Next(At(12, 7, 8))!.Opens);
        Assert.Equal(At(12, 10, 7), MonThu.Next(At(12, 7, 11))!.Opens);
        Assert.Equal(At(12, 14, 11), MonThu.Next(At(12, 11, 0))!.Closes);
        Assert.Equal(At(12, 7, 7), MonThu.Next(At(12, 1, 12))!.Opens);  // before the first day
        Assert.Null((MonThu with { EndOn = new(2026, 12, 10) }).Next(At(12, 10, 12)));
    }

    [Fact]
    public void Every_third_day_counts_from_the_first_day_and_stops_after_the_last()
    {
        var every3 = new SelfCheckInPattern(SelfCheckInRepeat.EveryDays, 0, 3, new(18, 0), new(20, 30), new(2026, 12, 1), new(2026, 12, 10));
        var closed = every3.ClosedBetween(new(2026, 11, 20), At(12, 31, 0)).Select(w => w.On.Day).ToList();
        Assert.Equal([1, 4, 7, 10], closed);
        // A window closes at its closing time, not at the end of the day.
        Assert.Equal([1, 4], every3.ClosedBetween(new(2026, 12, 1), At(12, 4, 20, 30)).Select(w => w.On.Day));
        Assert.Equal([1], every3.ClosedBetween(new(2026, 12, 1), At(12, 4, 20, 29)).Select(w => w.On.Day));
    }

    [Fact]
    public void The_bit_of_a_day_runs_from_Monday_to_Sunday()
    {
        Assert.Equal(1, SelfCheckInPattern.Bit(DayOfWeek.Monday));
        Assert.Equal(1 << 6, SelfCheckInPattern.Bit(DayOfWeek.Sunday));
    }
}
