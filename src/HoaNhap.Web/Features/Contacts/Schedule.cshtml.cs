using HoaNhap.Data;
using HoaNhap.Domain.Contacts;
using HoaNhap.Web.Shared;

namespace HoaNhap.Web.Features.Contacts;

/// <summary>Đặt lịch hẹn với người chấp hành án (cán bộ; người giám sát với người mình giám sát).</summary>
[Shared.Audit.PersonalData(typeof(HoaNhap.Domain.Cases.Case))]
public sealed class ScheduleModel(HoaNhapDbContext db) : ContactCasePage<AppointmentInput, Appointment>(db)
{
    protected override Task PrefillAsync(CancellationToken ct)
    {
        Input.On = Display.Date(Today.AddDays(1));
        Input.StartsAt = "08:00";
        Input.DurationMinutes = 30;
        Input.Channel = nameof(ContactChannel.InPerson);
        Input.Place = "Trụ sở Công an xã";
        return Task.CompletedTask;
    }

    protected override Task<Outcome<Appointment>> SaveAsync(Guid caseId, CancellationToken ct) =>
        ContactCommands.ScheduleAsync(Db, Me, caseId, Input, ct);

    protected override string Done(Appointment a) => $"Đã đặt lịch hẹn {a.StartsAt:HH\\:mm} ngày {Display.Date(a.On)}; lịch có trong “Lịch hẹn”.";
}
