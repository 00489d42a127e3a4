namespace HoaNhap.Domain.Notifications;

/// <summary>
/// No reminder reaches anyone at night: between <see cref="Start"/> and <see cref="End"/> Vietnam time (UTC+7, no daylight
/// saving) a message waits until the morning. Not a legal rule but the commune's courtesy, a parameter
/// (<c>Notifications:QuietHours:Start</c>/<c>End</c>, default 21:00–07:00).
/// </summary>
public sealed record QuietHours(TimeOnly Start, TimeOnly End)
{
    public static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    public static readonly QuietHours Default = new(new TimeOnly(21, 0), new TimeOnly(7, 0));

    public bool Contains(DateTimeOffset at)
    {
        var local = TimeOnly.FromTimeSpan(at.ToOffset(Vietnam).TimeOfDay);
        return Start > End ? local >= Start || local < End : local >= Start && local < End;
    }

    /// <summary>The first moment at or after <paramref name="at"/> outside quiet hours (the next <see cref="End"/> in Vietnam when inside).</summary>
    public DateTimeOffset NextAllowed(DateTimeOffset at)
    {
        if (!Contains(at)) return at;
        var local = at.ToOffset(Vietnam);
        var morning = new DateTimeOffset(local.Date + End.ToTimeSpan(), Vietnam);
        if (morning <= local) morning = morning.AddDays(1);
        return morning.ToUniversalTime();
    }
}
