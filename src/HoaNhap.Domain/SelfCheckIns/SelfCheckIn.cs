using HoaNhap.Domain.Supervision;

namespace HoaNhap.Domain.SelfCheckIns;

/// <summary>How the days of a self check-in schedule repeat.</summary>
public enum SelfCheckInRepeat
{
    /// <summary>On the chosen days of the week (<see cref="SelfCheckInSchedule.Weekdays"/>).</summary>
    Weekdays,
    /// <summary>Every N days from the first day (<see cref="SelfCheckInSchedule.EveryDays"/>).</summary>
    EveryDays,
}

/// <summary>
/// Tự điểm danh qua cổng thông tin: the commune police decide, for one case, that the person also checks in from the portal inside
/// a time window (Vietnam time) on set days. It never replaces the in-person contacts the law requires (LTHAHS 2019 Điều 87,
/// Điều 99: be present when summoned, be supervised by the commune) — the in-person schedule of the supervision plan stays.
/// One schedule per case; turned off by giving it an end day.
/// </summary>
public sealed class SelfCheckInSchedule : ISupervisionRecord, IVersioned
{
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public SelfCheckInRepeat Repeat { get; set; }
    /// <summary>The days of the week when <see cref="Repeat"/> is Weekdays: bit 0 Monday … bit 6 Sunday.</summary>
    public int Weekdays { get; set; }
    /// <summary>The step in days when <see cref="Repeat"/> is EveryDays (the first window is on <see cref="StartOn"/>).</summary>
    public int? EveryDays { get; set; }
    /// <summary>The window's opening and closing time of day, Vietnam time (UTC+7); the window is [start, end).</summary>
    public TimeOnly WindowStart { get; set; }
    public TimeOnly WindowEnd { get; set; }
    public DateOnly StartOn { get; set; }
    /// <summary>The last day with a window; null while it runs until the officer ends it.</summary>
    public DateOnly? EndOn { get; set; }
    /// <summary>Why the officer decided it for this case.</summary>
    public string Reason { get; set; } = "";
    public long Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    public SelfCheckInPattern Pattern => new(Repeat, Weekdays, EveryDays, WindowStart, WindowEnd, StartOn, EndOn);
}

public enum SelfCheckInReview
{
    /// <summary>Chờ cán bộ xem.</summary>
    Pending,
    /// <summary>Cán bộ chấp nhận.</summary>
    Accepted,
    /// <summary>Cán bộ cần làm rõ: the note says what, and the person reads it in the portal.</summary>
    Queried,
}

/// <summary>
/// One self check-in from the portal: sent inside a window (<see cref="WindowOn"/> names it; one per window), with a photo taken
/// then (kept apart, <see cref="SelfCheckInPhoto"/>) and, only with the person's consent, the point where they were at that
/// moment — never a track. Reviewed by the commune police: accepted or queried with a note.
/// </summary>
public sealed class SelfCheckIn : ISupervisionRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    /// <summary>The day of the window it was sent in (Vietnam time).</summary>
    public DateOnly WindowOn { get; set; }
    public DateTimeOffset At { get; set; }
    public bool LocationConsent { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string PhotoContentType { get; set; } = "";
    public int PhotoBytes { get; set; }
    public SelfCheckInReview Review { get; private set; } = SelfCheckInReview.Pending;
    public string? ReviewNote { get; private set; }
    public string? ReviewedBy { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }

    /// <summary>The officer's review; a query must say what to make clear. Returns the refusal, or null when done.</summary>
    public string? ReviewAs(SelfCheckInReview decision, string? note, string by, DateTimeOffset at)
    {
        if (decision == SelfCheckInReview.Pending) return "Hãy chọn chấp nhận hoặc cần làm rõ.";
        if (decision == SelfCheckInReview.Queried && string.IsNullOrWhiteSpace(note))
            return "Khi cần làm rõ, hãy ghi điều người chấp hành án cần làm rõ (người đó đọc được ghi chú này trên cổng thông tin).";
        Review = decision;
        ReviewNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        ReviewedBy = by;
        ReviewedAt = at;
        return null;
    }
}

/// <summary>The photo of a self check-in, kept in its own row like the other files of the application (the audit notes its size only).</summary>
public sealed class SelfCheckInPhoto : ISupervisionRecord
{
    public Guid SelfCheckInId { get; set; }
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public string ContentType { get; set; } = "";
    public byte[] Content { get; set; } = [];
}

/// <summary>A window of a schedule: its day and when it opens and closes.</summary>
public sealed record SelfCheckInWindow(DateOnly On, DateTimeOffset Opens, DateTimeOffset Closes);

/// <summary>
/// The days and hours of a self check-in schedule, as a value: which windows there are, the one open now, the next, and those
/// closed. Times are Vietnam time, UTC+7 all year (no daylight saving).
/// </summary>
public sealed record SelfCheckInPattern(SelfCheckInRepeat Repeat, int Weekdays, int? EveryDays, TimeOnly WindowStart, TimeOnly WindowEnd,
    DateOnly StartOn, DateOnly? EndOn)
{
    public static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    /// <summary>The bit of a day of the week in <see cref="Weekdays"/>: Monday 0 … Sunday 6.</summary>
    public static int Bit(DayOfWeek d) => 1 << (((int)d + 6) % 7);

    public static DateOnly DayIn(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Vietnam).DateTime);

    public bool HasWindowOn(DateOnly day) =>
        day >= StartOn && (EndOn is null || day <= EndOn) && Repeat switch
        {
            SelfCheckInRepeat.Weekdays => (Weekdays & Bit(day.DayOfWeek)) != 0,
            SelfCheckInRepeat.EveryDays => EveryDays is > 0 and var n && (day.DayNumber - StartOn.DayNumber) % n == 0,
            _ => false,
        };

    public SelfCheckInWindow WindowOn(DateOnly day) => new(day,
        new DateTimeOffset(day.ToDateTime(WindowStart), Vietnam), new DateTimeOffset(day.ToDateTime(WindowEnd), Vietnam));

    /// <summary>The window open at <paramref name="now"/>, if any.</summary>
    public SelfCheckInWindow? OpenAt(DateTimeOffset now)
    {
        var day = DayIn(now);
        if (!HasWindowOn(day)) return null;
        var w = WindowOn(day);
        return now >= w.Opens && now < w.Closes ? w : null;
    }

    /// <summary>The window open now, else the next one to open; null when the schedule has ended.</summary>
    public SelfCheckInWindow? Next(DateTimeOffset now)
    {
        var today = DayIn(now);
        for (var day = today < StartOn ? StartOn : today; EndOn is null || day <= EndOn; day = day.AddDays(1))
        {
            if (day.DayNumber - today.DayNumber > 400) return null;
            if (HasWindowOn(day) && WindowOn(day) is var w && w.Closes > now) return w;
        }
        return null;
    }

    /// <summary>The windows from <paramref name="from"/> that had closed by <paramref name="by"/>, oldest first.</summary>
    public IEnumerable<SelfCheckInWindow> ClosedBetween(DateOnly from, DateTimeOffset by)
    {
        var last = DayIn(by);
        if (EndOn is { } end && end < last) last = end;
        for (var day = from < StartOn ? StartOn : from; day <= last; day = day.AddDays(1))
            if (HasWindowOn(day) && WindowOn(day) is var w && w.Closes <= by) yield return w;
    }
}
