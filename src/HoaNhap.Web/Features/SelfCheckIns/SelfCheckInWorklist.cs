using HoaNhap.Data.Jobs;
using System.Globalization;
using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Contacts;
using HoaNhap.Domain.SelfCheckIns;
using HoaNhap.Domain.Supervision;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HoaNhap.Web.Features.SelfCheckIns;

/// <summary>
/// A self check-in window that closed without a check-in is a worklist item for the commune police
/// (<see cref="WorklistKind.SelfCheckInMissed"/>), one per window of the last <see cref="SelfCheckInQueries.LookBackDays"/> days,
/// until the person is followed up: any check-in, summons, visit or contact recorded on the window's day or later.
/// Windows are counted as closed by the application's clock (not only by the day), so the item appears as soon as the window
/// closes — <see cref="SelfCheckInWindowJob"/> asks for it then; the nightly run reconciles.
/// </summary>
public sealed class SelfCheckInWorklistSource(TimeProvider clock) : IWorklistSource
{
    public async Task<IReadOnlyList<WorklistItem>> CollectAsync(HoaNhapDbContext db, DateOnly today, WorklistScope scope, CancellationToken ct)
    {
        // Closed by now, and at the latest by the end of the day computed for.
        var endOfDay = new DateTimeOffset(today.AddDays(1).ToDateTime(TimeOnly.MinValue), SelfCheckInPattern.Vietnam);
        var now = clock.GetUtcNow();
        var by = now < endOfDay ? now : endOfDay;
        var since = today.AddDays(-SelfCheckInQueries.LookBackDays);
        var schedules = await db.Set<SelfCheckInSchedule>().AsNoTracking().InScope(scope)
            .Where(s => s.StartOn <= today && (s.EndOn == null || s.EndOn >= since))
            .Join(db.Cases.Where(c => c.Status == CaseStatus.Active || c.Status == CaseStatus.Intake), s => s.CaseId, c => c.Id, (s, c) => s)
            .Join(db.People, s => s.PersonId, p => p.Id, (s, p) => new { Schedule = s, p.FullName })
            .ToListAsync(ct);
        if (schedules.Count == 0) return [];
        var ids = schedules.Select(s => s.Schedule.CaseId).ToList();
        var sent = (await db.Set<SelfCheckIn>().AsNoTracking().Where(x => ids.Contains(x.CaseId) && x.WindowOn >= since)
            .Select(x => new { x.CaseId, x.WindowOn }).ToListAsync(ct)).ToLookup(x => x.CaseId, x => x.WindowOn);
        var seen = await db.Set<CheckIn>().AsNoTracking().Where(x => ids.Contains(x.CaseId) && x.On >= since).Select(x => new { x.CaseId, x.On }).ToListAsync(ct);
        var contacts = await db.Set<Contact>().AsNoTracking().Where(x => ids.Contains(x.CaseId) && x.On >= since).Select(x => new { x.CaseId, x.On }).ToListAsync(ct);
        var followed = seen.Concat(contacts).GroupBy(x => x.CaseId).ToDictionary(g => g.Key, g => g.Max(x => x.On));
        var items = new List<WorklistItem>();
        foreach (var (s, name) in schedules.Select(x => (x.Schedule, x.FullName)))
        {
            var done = sent[s.CaseId].ToHashSet();
            var lastFollowUp = followed.TryGetValue(s.CaseId, out var f) ? f : (DateOnly?)null;
            foreach (var w in s.Pattern.ClosedBetween(since, by).Where(w => !done.Contains(w.On) && !(lastFollowUp >= w.On)))
                items.Add(new WorklistItem
                {
                    Kind = WorklistKind.SelfCheckInMissed, PersonId = s.PersonId, CaseId = s.CaseId, ProvinceCode = s.ProvinceCode, CommuneCode = s.CommuneCode,
                    DueOn = w.On, ComputedOn = today, Link = $"/Cases/Details/{s.CaseId}#{SelfCheckInSection.Anchor}",
                    Title = $"Không tự điểm danh trong khung giờ {w.Opens.ToOffset(SelfCheckInPattern.Vietnam):HH\\:mm}–{w.Closes.ToOffset(SelfCheckInPattern.Vietnam):HH\\:mm} ngày {Display.Date(w.On)}: {name}",
                });
        }
        return items;
    }
}

/// <summary>
/// Puts a missed window on the worklist when it closes: every <c>SelfCheckIn:SweepSeconds</c> (default 60) it finds the schedules
/// with a window that closed since the last look and has the worklist computed again for their people (<see cref="IWorklistRefresh"/>),
/// as a save does for the person it concerns. Runs when the worklist runs (<c>Worklist:Enabled</c>; off in "Testing", where tests call
/// <see cref="SweepAsync"/>). One instance of the web tier sweeps each period (a <see cref="JobLease"/>); an instance that did not
/// win a period keeps its own start, so its next sweep covers what it did not see (a repeat refresh does no harm; a gap would).
/// </summary>
public sealed class SelfCheckInWindowJob(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration config, IHostEnvironment environment,
    IOptions<SelfCheckInOptions> options, ILogger<SelfCheckInWindowJob> log, JobInstance instance) : BackgroundService
{
    public const string LeaseName = "self-check-in-windows";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!(config.GetValue<bool?>("Worklist:Enabled") ?? !environment.IsEnvironment("Testing"))) return;
        var every = TimeSpan.FromSeconds(Math.Max(5, options.Value.SweepSeconds));
        var since = clock.GetUtcNow();
        try
        {
            while (true)
            {
                await Task.Delay(every, clock, stoppingToken);
                var now = clock.GetUtcNow();
                var period = (now.ToUnixTimeSeconds() / (long)every.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                try
                {
                    using var scope = scopes.CreateScope();
                    var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
                    if (!await JobLeases.TryClaimAsync(db, LeaseName, period, TimeSpan.FromMinutes(5), instance.Id, stoppingToken)) continue;
                    try
                    {
                        // Not more than a day back: the nightly worklist run reconciles anything older.
                        if (since < now.AddDays(-1)) since = now.AddDays(-1);
                        await SweepAsync(scope.ServiceProvider, since, now, stoppingToken);
                        await JobLeases.CompleteAsync(db, LeaseName, period, instance.Id, CancellationToken.None);
                        since = now;
                    }
                    catch
                    {
                        await JobLeases.ReleaseAsync(db, LeaseName, instance.Id, CancellationToken.None);
                        throw;
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogError(e, "Không cập nhật được việc cần làm cho các khung giờ tự điểm danh vừa đóng; sẽ thử lại.");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The application is stopping.
        }
    }

    /// <summary>The people whose window closed in (<paramref name="since"/>, <paramref name="until"/>], their worklist computed again.</summary>
    public static async Task<IReadOnlyList<Guid>> SweepAsync(IServiceProvider services, DateTimeOffset since, DateTimeOffset until, CancellationToken ct)
    {
        var db = services.GetRequiredService<HoaNhapDbContext>();
        var first = SelfCheckInPattern.DayIn(since);
        var last = SelfCheckInPattern.DayIn(until);
        var schedules = await db.Set<SelfCheckInSchedule>().AsNoTracking()
            .Where(s => s.StartOn <= last && (s.EndOn == null || s.EndOn >= first)).ToListAsync(ct);
        var people = schedules.Where(s => s.Pattern.ClosedBetween(first, until).Any(w => w.Closes > since)).Select(s => s.PersonId).Distinct().ToList();
        await services.GetRequiredService<IWorklistRefresh>().RefreshAsync(people, ct);
        return people;
    }
}
