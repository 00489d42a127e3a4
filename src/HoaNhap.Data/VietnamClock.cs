namespace HoaNhap.Data;

/// <summary>
/// "Today" is the day in Vietnam by the application's one clock, the injected <see cref="TimeProvider"/>
/// (the system clock in production; tests move it). Nothing reads the machine's clock for a date.
/// </summary>
public static class VietnamClock
{
    public static readonly TimeZoneInfo Zone = FindVietnam();

    static TimeZoneInfo FindVietnam()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT"); }
    }

    /// <summary>The day in Vietnam now, by <paramref name="clock"/>.</summary>
    public static DateOnly Today(this TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);
}
