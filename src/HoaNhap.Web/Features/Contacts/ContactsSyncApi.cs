using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Contacts;
using HoaNhap.Web.Shared;

namespace HoaNhap.Web.Features.Contacts;

/// <summary>A contact (a home visit, a call…) recorded on a phone without signal, synced exactly once through the online form's command.</summary>
public static class ContactsSyncApi
{
    public const string ContactKind = "Contact";

    public static void MapContactsSync(this RouteGroupBuilder sync) =>
        sync.MapPost("/cases/{id:guid}/contacts", (Guid id, SyncInput<ContactInput>? input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                OfflineSync.RecordOnceAsync(http, db, id, ContactKind, input, me => me.May(Act.RecordContact),
                    (record, t) => ContactCommands.RecordContactAsync(db, http.Me(), id, record, t),
                    (Contact x) => (x.Id, ContactDto.From(x)), ct))
            .WithSummary("Gửi một lần tiếp xúc (thăm gia đình, gọi điện…) ghi khi không có mạng: {clientId, caseVersion, madeAt, record: như POST /api/v1/cases/{id}/contacts}; gửi lại cùng clientId: cùng câu trả lời, không ghi thêm.")
            .Produces<SyncAnswer<ContactDto>>(201).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
}
