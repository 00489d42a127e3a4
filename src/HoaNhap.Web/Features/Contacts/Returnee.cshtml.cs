using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Contacts;
using HoaNhap.Web.Shared;

namespace HoaNhap.Web.Features.Contacts;

/// <summary>Nhật ký tiếp xúc sau tiếp nhận: a returnee's contacts since reception, and the form to add one (<see cref="ReturneeContacts"/>).</summary>
[Shared.Audit.PersonalData(typeof(Case))]
public sealed class ReturneeModel(HoaNhapDbContext db) : ContactCasePage<ReturneeContactInput, Contact>(db)
{
    public ReturneeContactLog Log { get; private set; } = null!;

    protected override string AfterSave(Guid caseId, Contact result) => $"/Contacts/Returnee/{caseId}";

    protected override async Task<bool> LoadMoreAsync(Case c, CancellationToken ct)
    {
        var log = await ReturneeContacts.LogAsync(Db, Me, c.Id, ct);
        if (!log.Succeeded) return false;
        Log = log.Value!;
        return true;
    }

    protected override void Prefill() => Input.On = Display.Date(Today);

    protected override Task<Outcome<Contact>> SaveAsync(Guid caseId, CancellationToken ct) => ReturneeContacts.RecordAsync(Db, Me, caseId, Input, ct);

    protected override string Done(Contact c) => $"Đã ghi tiếp xúc ngày {Display.Date(c.On)} ({ContactText.Channel(c.Channel).ToLowerInvariant()}).";
}
