using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.SelfCheckIns;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.SelfCheckIns;

/// <summary>The commune police turn self check-in on for a case (or change or end it): the days, the window, the dates and the reason.</summary>
[Shared.Audit.PersonalData(typeof(Case))]
public sealed class ScheduleModel(HoaNhapDbContext db) : CaseFormPage<ScheduleInput, SelfCheckInSchedule>(db)
{
    public SelfCheckInSchedule? Current { get; private set; }
    protected override string Section => SelfCheckInSection.Anchor;
    protected override bool MayAct(CurrentUser me) => me.May(Act.ManageSelfCheckIn);

    protected override async Task<bool> LoadMoreAsync(Case c, CancellationToken ct)
    {
        Current = await Db.Set<SelfCheckInSchedule>().AsNoTracking().FirstOrDefaultAsync(x => x.CaseId == c.Id, ct);
        return true;
    }

    protected override void Prefill()
    {
        if (Current is { } s)
        {
            Input.Repeat = s.Repeat.ToString();
            Input.Weekdays = Enumerable.Range(1, 7).Where(d => (s.Weekdays & (1 << (d - 1))) != 0).ToList();
            Input.EveryDays = s.EveryDays;
            Input.WindowStart = s.WindowStart.ToString("HH:mm");
            Input.WindowEnd = s.WindowEnd.ToString("HH:mm");
            Input.StartOn = Display.Date(s.StartOn);
            Input.EndOn = s.EndOn is { } e ? Display.Date(e) : null;
            Input.Reason = s.Reason;
            Input.Version = s.Version;
            return;
        }
        Input.Repeat = nameof(SelfCheckInRepeat.Weekdays);
        Input.WindowStart = "07:00";
        Input.WindowEnd = "11:00";
        Input.StartOn = Display.Date(Today);
        Input.Version = 0;
    }

    protected override Task<Outcome<SelfCheckInSchedule>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        SelfCheckInCommands.ScheduleAsync(Db, me, caseId, Input, ct);

    protected override string Done(SelfCheckInSchedule s) => $"Đã lưu lịch tự điểm danh: {SelfCheckInText.Describe(s)}.";
}
