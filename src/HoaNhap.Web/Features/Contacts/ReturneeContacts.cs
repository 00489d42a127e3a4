using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Contacts;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Audit;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Contacts;

/// <summary>A contact with a returnee after reception: the day, the way, what was said; who made it is the caller.</summary>
public sealed class ReturneeContactInput
{
    /// <summary>Visit, InPerson, Call, Message or Summons.</summary>
    public string? Way { get; set; }
    public string? On { get; set; }
    public string? Note { get; set; }
}

/// <summary>The contact log of a returnee since their reception (<see cref="ReceivedOn"/>: the day they reported to the commune).</summary>
public sealed record ReturneeContactLog(Case Case, DateOnly? ReceivedOn, IReadOnlyList<Contact> Contacts)
{
    /// <summary>Days since the latest contact (or since reception when there is none), as of <paramref name="today"/>.</summary>
    public int? DaysWithoutContact(DateOnly today) =>
        (Contacts.Count > 0 ? Contacts.Max(c => c.On) : ReceivedOn) is { } last ? today.DayNumber - last.DayNumber : null;
}

public sealed record ReturneeContactDto(Guid Id, DateOnly On, string Way, string WayTitle, string? Note, string ByName)
{
    public static ReturneeContactDto From(Contact c) => new(c.Id, c.On, c.Channel.ToString(), ContactText.Channel(c.Channel), c.Note, c.ByName);
}

public sealed record ReturneeContactLogDto(Guid CaseId, DateOnly? ReceivedOn, int? DaysWithoutContact, List<ReturneeContactDto> Contacts);

/// <summary>
/// The contact log of a returnee after reception (issue 19, part 8; TT 10/2024/TT-BCA Điều 9: the officer assigned keeps in touch
/// with and helps the person): the contacts of the reintegration case from the day the person reported to the commune, kept as the
/// case's contacts (one name per concept: <see cref="Contact"/>), newest first. Only reintegration cases have one (reading another: 404;
/// recording on another: 422); recording needs the reception to be recorded first and a day not before it.
/// </summary>
public static class ReturneeContacts
{
    static async Task<(Case? Case, DateOnly? ReceivedOn)> FindAsync(HoaNhapDbContext db, CurrentUser me, Guid caseId, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, me, caseId, ct);
        if (c is null || c.Kind != CaseKind.Reintegration) return (null, null);
        var received = await db.Set<ReintegrationIntake>().AsNoTracking().Where(r => r.CaseId == c.Id).Select(r => r.ReportedOn).FirstOrDefaultAsync(ct);
        return (c, received);
    }

    public static async Task<Outcome<ReturneeContactLog>> LogAsync(HoaNhapDbContext db, CurrentUser me, Guid caseId, CancellationToken ct)
    {
        var (c, received) = await FindAsync(db, me, caseId, ct);
        if (c is null) return Outcome<ReturneeContactLog>.Missing();
        var q = db.Set<Contact>().AsNoTracking().Where(x => x.CaseId == c.Id);
        if (received is { } from) q = q.Where(x => x.On >= from);
        var list = (await q.ToListAsync(ct)).OrderByDescending(x => x.On).ThenByDescending(x => x.At).ThenByDescending(x => x.CreatedAt).ToList();
        return Outcome<ReturneeContactLog>.Ok(new ReturneeContactLog(c, received, list));
    }

    public static async Task<Outcome<Contact>> RecordAsync(HoaNhapDbContext db, CurrentUser me, Guid caseId, ReturneeContactInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, me, caseId, ct);
        if (c is null) return Outcome<Contact>.Missing();
        if (!me.May(Domain.Access.Act.RecordContact)) return Outcome<Contact>.Denied();
        var contact = new ContactInput { Channel = input.Way, On = input.On, Note = input.Note };
        var errors = new Dictionary<string, string[]>();
        if (FormChecks.Choice<ContactChannel>(input.Way) is null) errors[nameof(ReturneeContactInput.Way)] = ["Hãy chọn cách tiếp xúc (đến nhà, tại trụ sở, gọi điện, tin nhắn, triệu tập)."];
        var on = FormChecks.Past(db.Today, errors, nameof(ReturneeContactInput.On), "Ngày tiếp xúc", input.On);
        if (errors.Count > 0) return Outcome<Contact>.Invalid(errors);
        if (c.Kind != CaseKind.Reintegration)
            return Outcome<Contact>.Refused(nameof(ReturneeContactInput.On), "Nhật ký tiếp xúc sau tiếp nhận chỉ dành cho hồ sơ quản lý người chấp hành xong án phạt tù; hãy ghi tiếp xúc trong hồ sơ này.");
        var (_, received) = await FindAsync(db, me, caseId, ct);
        if (received is not { } from)
            return Outcome<Contact>.Refused(nameof(ReturneeContactInput.On), "Người này chưa trình diện, được tiếp nhận tại xã: hãy ghi nhận việc trình diện trước.");
        if (on < from)
            return Outcome<Contact>.Invalid(nameof(ReturneeContactInput.On), $"Ngày tiếp xúc không được trước ngày tiếp nhận ({Display.Date(from)}).");
        var saved = await ContactCommands.RecordContactAsync(db, me, caseId, contact, ct);
        // The contact's own checks name its fields: give them the log's names.
        return saved.Succeeded || saved.Errors.Count == 0 ? saved
            : Outcome<Contact>.Invalid(saved.Errors.ToDictionary(e => e.Key == nameof(ContactInput.Channel) ? nameof(ReturneeContactInput.Way) : e.Key, e => e.Value));
    }
}

public static class ReturneeContactsApi
{
    public static void MapReturneeContactsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/cases/{id:guid}/reintegration/contacts").WithTags("Tiếp xúc, lịch hẹn");
        g.MapGet("", async (Guid id, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await ReturneeContacts.LogAsync(db, http.Me(), id, ct), l => Results.Ok(new ReturneeContactLogDto(l.Case.Id, l.ReceivedOn,
                    l.DaysWithoutContact(db.Today), l.Contacts.Select(ReturneeContactDto.From).ToList()))))
            .WithSummary("Nhật ký tiếp xúc với người chấp hành xong án phạt tù sau khi tiếp nhận (mới nhất trước): ngày, cách tiếp xúc, nội dung, người tiếp xúc; "
                + "\"receivedOn\" ngày trình diện, \"daysWithoutContact\" số ngày từ lần tiếp xúc gần nhất. Hồ sơ không phải tái hòa nhập: 404.")
            .Produces<ReturneeContactLogDto>().ProducesProblem(404)
            .ReadsPersonalData<Case>();
        g.MapPost("", async (Guid id, ReturneeContactInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await ReturneeContacts.RecordAsync(db, http.Me(), id, input, ct),
                    x => Results.Created($"/api/v1/cases/{id}/reintegration/contacts", ReturneeContactDto.From(x))))
            .WithSummary("Ghi một lần tiếp xúc sau tiếp nhận: {\"on\",\"way\":\"Visit|InPerson|Call|Message|Summons\",\"note\"?}; người tiếp xúc là người gọi. "
                + "Chưa tiếp nhận (chưa trình diện): 422.")
            .Produces<ReturneeContactDto>(201).ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
    }
}
