using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Supervision;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Audit;
using HoaNhap.Web.Shared.Auth;
using Microsoft.Extensions.Options;

namespace HoaNhap.Web.Features.Supervision;

/// <summary>What a supervisor's phone keeps to work without signal: their people now, each open case with its version and facts,
/// the pages the service worker keeps, and how many days all of it is kept.</summary>
public sealed record OfflinePackageDto(string UserId, int KeepDays, DateTimeOffset GeneratedAt, IReadOnlyList<OfflinePersonDto> People, IReadOnlyList<string> Pages,
    string ListPage);

public sealed record OfflinePersonDto(Guid PersonId, string FullName, string Address, string? Phone, DateOnly AssignedOn, OfflineCaseDto? Case);

/// <summary>An open case in the package; <c>assessmentForm</c> is null for a role that does not write assessments (the commune police).</summary>
public sealed record OfflineCaseDto(Guid CaseId, long Version, IReadOnlyList<CaseFact> Facts, DateOnly? CheckInPendingOn, DateOnly? CheckInNextOn,
    DateOnly? AssessmentDueOn, string CheckInForm, string? AssessmentForm, string ContactForm);

/// <summary>
/// Working without signal (issue 18, part 3) under <c>/api/v1/sync</c>, for the signed-in user's own cookie: the supervisor's package
/// (their people, as <c>/Supervision/Mine</c> shows them) and the check-ins and assessments made offline, each synced exactly once
/// through the same commands as the online forms (<see cref="SupervisionRecordCommands"/>).
/// </summary>
public static class SupervisionSyncApi
{
    public const string CheckInKind = "CheckIn";
    public const string AssessmentKind = "Assessment";

    public static void MapSupervisionSync(this RouteGroupBuilder sync)
    {
        sync.MapGet("/people", async (HttpContext http, HoaNhapDbContext db, RuleBook book, IOptions<OfflineSettings> settings, CancellationToken ct) =>
            {
                var me = http.Me();
                if (!MyPeople.KeepsOffline(me)) return ApiResults.Forbidden();
                var supervisor = me.Role == Roles.Supervisor;
                var rows = await MyPeople.LoadAsync(db, book, me, ct);
                var people = rows.Select(r => new OfflinePersonDto(r.PersonId, r.FullName, r.Address, r.Phone, r.AssignedOn, r.Case is not { } s ? null
                    : new OfflineCaseDto(s.Case.Id, s.Case.Version, OfflineSync.Facts(s.Case), s.CheckInPending, s.CheckInNext, supervisor ? s.AssessmentDue : null,
                        $"/Supervision/CheckIn/{s.Case.Id}", supervisor ? $"/Supervision/Assessment/{s.Case.Id}" : null, $"/Contacts/Record/{s.Case.Id}"))).ToList();
                var list = MyPeople.ListPage(me);
                List<string> pages = ["/", list];
                pages.AddRange(people.Where(p => p.Case is not null)
                    .SelectMany(p => new[] { p.Case!.CheckInForm, p.Case.AssessmentForm, p.Case.ContactForm }).OfType<string>());
                return Results.Ok(new OfflinePackageDto(me.UserId, settings.Value.KeepDays, db.Clock.GetUtcNow(), people, pages, list));
            })
            .WithSummary("Người giám sát: danh sách người mình giám sát hiện nay; cán bộ Công an xã: các hồ sơ chấp hành án tại cộng đồng đang mở của xã (không có mẫu nhận xét). Mỗi hồ sơ đang mở với phiên bản (version) và các thông tin chính, các trang mẫu điện thoại giữ lại để làm việc khi không có mạng, và số ngày được giữ.")
            .Produces<OfflinePackageDto>().ProducesProblem(403)
            .ReadsPersonalDataList<Domain.People.Person>();

        var c = sync.MapGroup("/cases/{id:guid}");
        c.MapPost("/check-ins", (Guid id, SyncInput<CheckInInput>? input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                OfflineSync.RecordOnceAsync(http, db, id, CheckInKind, input, me => me.EditsRegistry || me.Role == Roles.Supervisor,
                    (record, t) => SupervisionRecordCommands.RecordCheckInAsync(db, http.Me(), id, record, t),
                    (CheckIn x) => (x.Id, CheckInDto.From(x)), ct))
            .WithSummary("Gửi một lần điểm danh, thăm gặp hoặc liên lạc ghi khi không có mạng: {clientId (mã do điện thoại tạo), caseVersion (phiên bản hồ sơ khi ghi), madeAt, record: như POST /api/v1/cases/{id}/check-ins}. Gửi lại cùng clientId: cùng câu trả lời, không ghi thêm. Hồ sơ đã đổi phiên bản: 409 với hồ sơ hiện nay, không ghi.")
            .Produces<SyncAnswer<CheckInDto>>(201).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409)
            .ProducesValidationProblem(422);
        c.MapPost("/assessments", (Guid id, SyncInput<AssessmentInput>? input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                OfflineSync.RecordOnceAsync(http, db, id, AssessmentKind, input, me => me.Role == Roles.Supervisor,
                    (record, t) => SupervisionRecordCommands.RecordAssessmentAsync(db, http.Me(), id, record, t),
                    (SupervisorAssessment x) => (x.Id, AssessmentDto.From(x)), ct))
            .WithSummary("Gửi một nhận xét của người giám sát ghi khi không có mạng: {clientId, caseVersion, madeAt, record: như POST /api/v1/cases/{id}/assessments}; gửi lại cùng clientId: cùng câu trả lời.")
            .Produces<SyncAnswer<AssessmentDto>>(201).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409)
            .ProducesValidationProblem(422);
    }
}
