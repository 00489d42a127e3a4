using HoaNhap.Data;
using HoaNhap.Data.Jobs;
using HoaNhap.Domain.Absences;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Contacts;
using HoaNhap.Domain.Notifications;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Supervision;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Notifications;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Notifications;

/// <summary>What one day's reminder run queued.</summary>
public sealed record ReminderRun(DateOnly On, int Messages);

/// <summary>
/// Queues the day's reminders, every day at 00:45 Vietnam time (they leave at the end of the quiet hours), one province
/// at a time, once across instances (a <see cref="JobLease"/>, as the worklist): to the person, on the channels they
/// consented to — a check-in due tomorrow, an appointment or summons tomorrow, a self-report due in 3 days, the return
/// after an absence due tomorrow (a deadline of their own), the end of the term in 7 days; to each supervisor, how many of
/// their people have a check-in due tomorrow. Each reminder has a key (the case and the date), so a second run queues
/// nothing twice. Configuration: <c>Notifications:Reminders:Enabled</c> (default true, false in "Testing").
/// </summary>
public sealed class ReminderJob(IServiceScopeFactory scopes, TimeProvider time, IConfiguration config, IHostEnvironment environment,
    ILogger<ReminderJob> log, JobInstance instance) : BackgroundService
{
    public const string LeaseName = "reminders";
    public static readonly TimeOnly RunAt = new(0, 45);
    public const int SelfReportDaysAhead = 3;
    public const int EndOfTermDaysAhead = 7;

    public bool Enabled => config.GetValue<bool?>("Notifications:Reminders:Enabled") ?? !environment.IsEnvironment("Testing");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled) return;
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(Math.Max(0, config.GetValue("Notifications:Reminders:StartDelaySeconds", 30))), time, stoppingToken);
            while (true)
            {
                try
                {
                    var today = time.Today();
                    if (await RunOnceForDayAsync(today, stoppingToken) is { } run)
                        log.LogInformation("Đã xếp hàng {Count} tin nhắc việc ngày {Day}.", run.Messages, Display.Date(run.On));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogError(e, "Không xếp hàng được tin nhắc việc; sẽ thử lại vào lần chạy sau.");
                }
                await Task.Delay(UntilNextRun(time.GetUtcNow()), time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }

    /// <summary>The time from <paramref name="now"/> to the next <see cref="RunAt"/> in Vietnam (UTC+7, no daylight saving).</summary>
    public static TimeSpan UntilNextRun(DateTimeOffset now)
    {
        var local = now.ToOffset(QuietHours.Vietnam);
        var next = new DateTimeOffset(local.Date + RunAt.ToTimeSpan(), QuietHours.Vietnam);
        if (next <= local) next = next.AddDays(1);
        return next - local;
    }

    /// <summary>The scheduled run: null when another instance already did it (or is doing it) for <paramref name="today"/>.</summary>
    public async Task<ReminderRun?> RunOnceForDayAsync(DateOnly today, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
        var period = today.ToString("yyyy-MM-dd");
        if (!await JobLeases.TryClaimAsync(db, LeaseName, period, TimeSpan.FromHours(1), instance.Id, ct)) return null;
        try
        {
            var run = await RunAsync(today, ct);
            await JobLeases.CompleteAsync(db, LeaseName, period, instance.Id, CancellationToken.None);
            return run;
        }
        catch
        {
            await JobLeases.ReleaseAsync(db, LeaseName, instance.Id, CancellationToken.None);
            throw;
        }
    }

    /// <summary>Queues the reminders due as of <paramref name="today"/>, one province at a time, each in its own transaction.</summary>
    public async Task<ReminderRun> RunAsync(DateOnly today, CancellationToken ct)
    {
        List<string> provinces;
        using (var scope = scopes.CreateScope())
            provinces = await scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>().Provinces.AsNoTracking().OrderBy(p => p.Code).Select(p => p.Code).ToListAsync(ct);
        var total = 0;
        foreach (var province in provinces)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
            total += await ProvinceAsync(db, province, today, ct);
        }
        return new ReminderRun(today, total);
    }

    async Task<int> ProvinceAsync(HoaNhapDbContext db, string province, DateOnly today, CancellationToken ct)
    {
        var quiet = Outbox.Quiet(config);
        var tomorrow = today.AddDays(1);
        var rules = await new RuleBook(db).ParametersAsync(ct);
        var communes = await db.Communes.AsNoTracking().Where(c => c.ProvinceCode == province).ToDictionaryAsync(c => c.Code, c => c.FullName, ct);
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.ProvinceCode == province && c.Kind == CaseKind.CommunitySentence && c.Status == CaseStatus.Active && c.StartOn <= today)
            .ToListAsync(ct);
        var ids = cases.Select(c => c.Id).ToList();
        var personIds = cases.Select(c => c.PersonId).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var plans = await db.Set<SupervisionPlan>().AsNoTracking().Where(p => ids.Contains(p.CaseId)).ToDictionaryAsync(p => p.CaseId, ct);
        var received = (await db.Set<SelfReport>().AsNoTracking().Where(x => ids.Contains(x.CaseId))
            .Select(x => new { x.CaseId, x.PeriodNumber }).ToListAsync(ct)).ToLookup(x => x.CaseId, x => x.PeriodNumber);
        var appointments = (await db.Set<Appointment>().AsNoTracking().Where(a => ids.Contains(a.CaseId) && a.On == tomorrow).ToListAsync(ct))
            .ToLookup(a => a.CaseId);
        var returns = (await db.Set<AbsencePermission>().AsNoTracking()
            .Where(a => ids.Contains(a.CaseId) && a.Status == AbsenceStatus.Approved && a.ReturnedOn == null && a.ReturnDueOn == tomorrow).ToListAsync(ct))
            .ToLookup(a => a.CaseId);
        var supervisors = (await db.SupervisorAssignments.AsNoTracking().Where(a => personIds.Contains(a.PersonId) && a.EndedOn == null)
            .Select(a => new { a.PersonId, a.SupervisorUserId }).ToListAsync(ct)).GroupBy(a => a.PersonId).ToDictionary(g => g.Key, g => g.First().SupervisorUserId);
        var checkInsBySupervisor = new Dictionary<string, int>();
        var queued = 0;
        foreach (var c in cases)
        {
            if (!people.TryGetValue(c.PersonId, out var person)) continue;
            var plan = SupervisionPlans.Effective(plans.GetValueOrDefault(c.Id), rules, c);
            var end = SupervisionPlans.TermEnd(c);
            Dictionary<string, string> Values(DateOnly date, params (string, string)[] more)
            {
                var v = new Dictionary<string, string> { ["commune"] = communes.GetValueOrDefault(c.CommuneCode) ?? "xã", ["name"] = person.FullName, ["date"] = Display.Date(date) };
                foreach (var (k, val) in more) v[k] = val;
                return v;
            }
            async Task Remind(MessageTemplate t, string key, Dictionary<string, string> values) =>
                queued += (await Outbox.RemindAsync(db, quiet, t, person, c.Id, key, values, ct)).Count;

            if (CheckInSchedule.NextDue(c.StartOn, end, plan.CheckInMonths, today) == tomorrow)
            {
                await Remind(MessageTemplates.CheckInTomorrow, $"{c.Id:N}:{tomorrow:yyyyMMdd}", Values(tomorrow));
                if (supervisors.GetValueOrDefault(c.PersonId) is { } s) checkInsBySupervisor[s] = checkInsBySupervisor.GetValueOrDefault(s) + 1;
            }
            foreach (var a in appointments[c.Id])
                await Remind(MessageTemplates.SummonsTomorrow, $"{a.Id:N}", Values(tomorrow, ("what", $"lúc {a.StartsAt:HH\\:mm} tại {a.Place}")));
            var selfReportDue = today.AddDays(SelfReportDaysAhead);
            if (SelfReportSchedule.Periods(c.StartOn, end, plan.SelfReportMonths, selfReportDue).FirstOrDefault(p => p.DueOn == selfReportDue) is { } period
                && !received[c.Id].Contains(period.Number))
                await Remind(MessageTemplates.SelfReportDue, $"{c.Id:N}:{period.Number}", Values(selfReportDue));
            foreach (var a in returns[c.Id])
                await Remind(MessageTemplates.OwnDeadline, $"return:{a.Id:N}", Values(tomorrow, ("what", "trình diện với Công an xã khi đi vắng về")));
            if (end is { } ends && ends == today.AddDays(EndOfTermDaysAhead))
                await Remind(MessageTemplates.EndOfTerm, $"{c.Id:N}:{ends:yyyyMMdd}", Values(ends));
        }
        if (checkInsBySupervisor.Count > 0)
        {
            var userIds = checkInsBySupervisor.Keys.ToList();
            foreach (var user in await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id) && u.IsActive).ToListAsync(ct))
                if (await Outbox.ToStaffAsync(db, quiet, MessageTemplates.SupervisorCheckIns, user, $"{user.Id}:{tomorrow:yyyyMMdd}",
                        new Dictionary<string, string> { ["date"] = Display.Date(tomorrow), ["count"] = checkInsBySupervisor[user.Id].ToString() }, ct) is not null)
                    queued++;
        }
        await db.SaveChangesAsync(ct);
        return queued;
    }
}
