using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.SelfCheckIns;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Portal;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.SelfCheckIns;

public sealed record WindowDto(DateOnly On, DateTimeOffset Opens, DateTimeOffset Closes, string Title)
{
    public static WindowDto? From(SelfCheckInWindow? w) => w is null ? null : new(w.On, w.Opens, w.Closes, SelfCheckInText.Window(w));
}

public sealed record ScheduleDto(Guid CaseId, string Repeat, IReadOnlyList<int> Weekdays, int? EveryDays, string WindowStart, string WindowEnd,
    DateOnly StartOn, DateOnly? EndOn, string Reason, long Version, string Description, WindowDto? NextWindow, bool OpenNow)
{
    public static ScheduleDto From(SelfCheckInSchedule s, DateTimeOffset now) => new(s.CaseId, s.Repeat.ToString(),
        Enumerable.Range(1, 7).Where(d => (s.Weekdays & (1 << (d - 1))) != 0).ToList(), s.EveryDays, s.WindowStart.ToString("HH:mm"),
        s.WindowEnd.ToString("HH:mm"), s.StartOn, s.EndOn, s.Reason, s.Version, SelfCheckInText.Describe(s), WindowDto.From(s.Pattern.Next(now)),
        s.Pattern.OpenAt(now) is not null);
}

/// <summary>One self check-in. <c>review</c>: Pending, Accepted, Queried. <c>photoUrl</c> only for staff.</summary>
public sealed record SelfCheckInDto(Guid Id, DateOnly WindowOn, DateTimeOffset At, bool LocationConsent, double? Latitude, double? Longitude,
    string Review, string ReviewTitle, string? ReviewNote, string? ReviewedBy, DateTimeOffset? ReviewedAt, string? PhotoUrl)
{
    public static SelfCheckInDto From(SelfCheckIn x, bool staff) => new(x.Id, x.WindowOn, x.At, x.LocationConsent, x.Latitude, x.Longitude,
        x.Review.ToString(), SelfCheckInText.Review(x.Review), x.ReviewNote, staff ? x.ReviewedBy : null, x.ReviewedAt,
        staff ? $"/api/v1/cases/{x.CaseId}/self-check-ins/{x.Id}/photo" : null);
}

/// <summary>What the officer sees of a case's self check-in: the schedule, the windows missed lately, the check-ins.</summary>
public sealed record CaseSelfCheckInsDto(ScheduleDto? Schedule, IReadOnlyList<DateOnly> MissedWindows, IReadOnlyList<SelfCheckInDto> Items);

/// <summary>What the person sees: the schedule in words, the next window (or the one open now), their check-ins and the officer's answers.</summary>
public sealed record MyCheckInsDto(string? Schedule, WindowDto? NextWindow, bool OpenNow, bool CheckedInNow, IReadOnlyList<SelfCheckInDto> Items);

public static class SelfCheckInQueries
{
    /// <summary>How far back a missed window is still shown (and on the worklist) unless followed up.</summary>
    public const int LookBackDays = 60;

    /// <summary>The case's self check-ins for staff of its commune; 404 outside the user's scope, 403 for a role that may not see them.</summary>
    public static async Task<Outcome<CaseSelfCheckInsDto>> ForCaseAsync(HoaNhapDbContext db, CurrentUser user, Guid caseId, CancellationToken ct)
    {
        if (await CaseLookup.FindAsync(db, user, caseId, ct) is not { } c) return Outcome<CaseSelfCheckInsDto>.Missing();
        if (!user.May(Act.SeeSelfCheckIns)) return Outcome<CaseSelfCheckInsDto>.Denied();
        var now = db.Clock.GetUtcNow();
        var schedule = await db.Set<SelfCheckInSchedule>().AsNoTracking().FirstOrDefaultAsync(x => x.CaseId == c.Id, ct);
        var items = await db.Set<SelfCheckIn>().AsNoTracking().Where(x => x.CaseId == c.Id).ToListAsync(ct);
        var missed = schedule is null ? [] : Missed(schedule, items.Select(i => i.WindowOn).ToHashSet(), now).Select(w => w.On).ToList();
        return Outcome<CaseSelfCheckInsDto>.Ok(new(schedule is null ? null : ScheduleDto.From(schedule, now), missed,
            items.OrderByDescending(i => i.At).Select(i => SelfCheckInDto.From(i, true)).ToList()));
    }

    /// <summary>The windows of the last <see cref="LookBackDays"/> days that closed without a check-in, newest first.</summary>
    public static IEnumerable<SelfCheckInWindow> Missed(SelfCheckInSchedule s, IReadOnlySet<DateOnly> checkedIn, DateTimeOffset now) =>
        s.Pattern.ClosedBetween(SelfCheckInPattern.DayIn(now).AddDays(-LookBackDays), now).Where(w => !checkedIn.Contains(w.On)).Reverse();

    /// <summary>The signed-in person's own; null without a portal account.</summary>
    public static async Task<MyCheckInsDto?> MineAsync(HoaNhapDbContext db, CurrentUser me, CancellationToken ct)
    {
        if (await PortalFile.PersonAsync(db, me, ct) is null) return null;
        if (await PortalFile.CaseAsync(db, me, ct) is not { } c) return new(null, null, false, false, []);
        var now = db.Clock.GetUtcNow();
        var open = c.Status is CaseStatus.Active or CaseStatus.Intake;
        var schedule = open ? await db.Set<SelfCheckInSchedule>().AsNoTracking().FirstOrDefaultAsync(x => x.CaseId == c.Id, ct) : null;
        var items = await db.Set<SelfCheckIn>().AsNoTracking().Where(x => x.CaseId == c.Id).ToListAsync(ct);
        var window = schedule?.Pattern.OpenAt(now);
        var next = schedule?.Pattern.Next(now);
        return new(schedule is null ? null : SelfCheckInText.Describe(schedule), WindowDto.From(next), window is not null,
            window is not null && items.Any(i => i.WindowOn == window.On),
            items.OrderByDescending(i => i.At).Select(i => SelfCheckInDto.From(i, false)).ToList());
    }

    /// <summary>The photo of a check-in of the case, for staff of its commune; null (404) otherwise.</summary>
    public static async Task<Outcome<SelfCheckInPhoto>> PhotoAsync(HoaNhapDbContext db, CurrentUser user, Guid caseId, Guid checkInId, CancellationToken ct)
    {
        if (await CaseLookup.FindAsync(db, user, caseId, ct) is not { } c) return Outcome<SelfCheckInPhoto>.Missing();
        if (!user.May(Act.SeeSelfCheckIns)) return Outcome<SelfCheckInPhoto>.Denied();
        return await db.Set<SelfCheckInPhoto>().FirstOrDefaultAsync(x => x.SelfCheckInId == checkInId && x.CaseId == c.Id, ct) is { } photo
            ? Outcome<SelfCheckInPhoto>.Ok(photo) : Outcome<SelfCheckInPhoto>.Missing();
    }
}
