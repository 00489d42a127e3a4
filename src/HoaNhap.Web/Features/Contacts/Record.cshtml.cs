using HoaNhap.Data;
using HoaNhap.Domain.Contacts;
using HoaNhap.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Contacts;

/// <summary>Ghi một lần tiếp xúc với người chấp hành án (cán bộ; người giám sát với người mình giám sát).</summary>
[Shared.Audit.PersonalData(typeof(HoaNhap.Domain.Cases.Case))]
public sealed class RecordModel(HoaNhapDbContext db) : ContactCasePage<ContactInput, Contact>(db)
{
    [BindProperty(SupportsGet = true, Name = "appointment")] public Guid? AppointmentId { get; set; }
    public Appointment? Appointment { get; private set; }

    protected override async Task PrefillAsync(CancellationToken ct)
    {
        Input.On = Display.Date(Today);
        if (AppointmentId is { } aid && await Db.Set<Appointment>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == aid && a.CaseId == Case.Id, ct) is { } a)
        {
            Appointment = a;
            Input.AppointmentId = a.Id;
            Input.Channel = a.Channel.ToString();
            Input.At = a.StartsAt.ToString("HH:mm");
            if (a.On <= Today) Input.On = Display.Date(a.On);
        }
    }

    protected override Task<Shared.Outcome<Contact>> SaveAsync(Guid caseId, CancellationToken ct) =>
        ContactCommands.RecordContactAsync(Db, Me, caseId, Input, ct);

    protected override string Done(Contact c) => $"Đã ghi tiếp xúc ngày {Display.Date(c.On)} ({ContactText.Channel(c.Channel).ToLowerInvariant()}).";
}
