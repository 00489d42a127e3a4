using HoaNhap.Data;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Web.Features.Rules;
using HoaNhap.Web.Shared;

namespace HoaNhap.Web.Features.Reintegration;

public sealed record ReceptionDeadlinesDto(DateOnly VerifyResidenceDueOn, bool VerifyResidenceOverdue, DateOnly PersonReportDueOn, bool PersonReportOverdue);

public sealed record ReceptionDto(Guid CaseId, Guid PersonId, bool IsReintegration, string CaseStatus, Guid? ReleaseNoticeId,
    DateOnly? NoticeReceivedOn, DateOnly? ReleasedOn, string? Sender, DateOnly? ResidenceCheckedOn, bool? LivesThere, string? ResidenceNote,
    Guid? SenderNoticeFileId, DateOnly? ReportedOn, string? Circumstances, string? Wishes, Guid? MinutesFileId, Guid? InformationSheetFileId,
    string? OfficerUserId, string? OfficerName, DateOnly? OfficerAssignedOn, string? HelperName, string? HelperKind, string? HelperOrganisation,
    ReceptionDeadlinesDto? Deadlines)
{
    public static ReceptionDto Of(ReceptionView v)
    {
        var r = v.Reception;
        var d = v.Deadlines;
        return new(v.Case.Id, v.Case.PersonId, v.Case.Kind == Domain.Cases.CaseKind.Reintegration, v.Case.Status.ToString(), r?.ReleaseNoticeId,
            r?.NoticeReceivedOn, r?.ReleasedOn, r?.Sender, r?.ResidenceCheckedOn, r?.LivesThere, r?.ResidenceNote, r?.SenderNoticeFileId,
            r?.ReportedOn, r?.Circumstances, r?.Wishes, r?.MinutesFileId, r?.InformationSheetFileId, r?.OfficerUserId, r?.OfficerName,
            r?.OfficerAssignedOn, r?.HelperName, r?.HelperKind?.ToString(), r?.HelperOrganisation,
            d is null ? null : new(d.VerifyResidenceDueOn, d.VerifyResidenceOverdue, d.PersonReportDueOn, d.PersonReportOverdue));
    }
}

public static class ReintegrationApi
{
    public static void MapReintegrationApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/cases/{id:guid}/reintegration").WithTags("Tái hòa nhập cộng đồng");
        g.MapGet("/reception", async (Guid id, HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
                await ReceptionCommands.GetAsync(db, rules, http.Me(), id, ct) is { } v ? Results.Ok(ReceptionDto.Of(v)) : ApiResults.NotFound())
            .WithSummary("Tiếp nhận người chấp hành xong án phạt tù: thông báo, kiểm tra nơi cư trú, trình diện, người được phân công, và các thời hạn (quá hạn được đánh dấu).")
            .Produces<ReceptionDto>().ProducesProblem(404);
        g.MapPut("/reception", async (Guid id, ReceptionInput input, HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
                await Answer(await ReceptionCommands.RecordNoticeAsync(db, http.Me(), id, input, ct), db, rules, http, id, ct))
            .WithSummary("Ghi nhận thông báo ra trại (nhận ngày nào, ra trại ngày nào, nơi gửi) cho hồ sơ tái hòa nhập đã mở; hồ sơ không phải tái hòa nhập → 422.")
            .Produces<ReceptionDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
        g.MapPost("/residence-check", async (Guid id, ResidenceCheckInput input, HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
                await Answer(await ReceptionCommands.CheckResidenceAsync(db, http.Me(), id, input, ct), db, rules, http, id, ct))
            .WithSummary("Kết quả Công an xã kiểm tra nơi cư trú (Thông tư 10/2024/TT-BCA Điều 8 khoản 1); livesThere = false tạo thông báo gửi lại nơi gửi (Mẫu HCD-03, .docx).")
            .Produces<ReceptionDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
        g.MapPost("/report", async (Guid id, ReportInput input, HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
                await Answer(await ReceptionCommands.RecordReportAsync(db, http.Me(), id, input, ct), db, rules, http, id, ct))
            .WithSummary("Người chấp hành xong án phạt tù trình diện UBND xã (Điều 9 khoản 1): biên bản và bản cam kết (HCD-05), phiếu thông tin (HCD-02); hồ sơ chuyển sang đang quản lý.")
            .Produces<ReceptionDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
        g.MapPost("/officer", async (Guid id, OfficerInput input, HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
                await Answer(await ReceptionCommands.AssignAsync(db, http.Me(), id, input, ct), db, rules, http, id, ct))
            .WithSummary("Phân công cán bộ giúp đỡ và, nếu có, người của tổ chức đoàn thể (helperKind MassOrganisation) hoặc gia đình (Family).")
            .Produces<ReceptionDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);

        api.MapPost("/release-notices/{noticeId:guid}/reception", async (Guid noticeId, FromNoticeInput input, HttpContext http, HoaNhapDbContext db,
                RuleBook rules, CancellationToken ct) =>
            {
                var outcome = await ReceptionCommands.OpenFromNoticeAsync(db, http.Me(), noticeId, input, ct);
                if (!outcome.Succeeded) return ApiResults.From(outcome, _ => Results.Ok());
                var v = await ReceptionCommands.GetAsync(db, rules, http.Me(), outcome.Value!.CaseId, ct, audit: false);
                return Results.Created($"/api/v1/cases/{outcome.Value.CaseId}/reintegration/reception", ReceptionDto.Of(v!));
            })
            .WithTags("Tái hòa nhập cộng đồng")
            .WithSummary("Tiếp nhận từ thông báo của trại giam: thêm người vào sổ (nếu chưa có), mở hồ sơ tái hòa nhập và ghi nhận ngày nhận thông báo.")
            .Produces<ReceptionDto>(201).ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
    }

    static async Task<IResult> Answer(Outcome<ReintegrationReception> outcome, HoaNhapDbContext db, RuleBook rules, HttpContext http, Guid id, CancellationToken ct)
    {
        if (!outcome.Succeeded) return ApiResults.From(outcome, _ => Results.Ok());
        var v = await ReceptionCommands.GetAsync(db, rules, http.Me(), id, ct, audit: false);
        return Results.Ok(ReceptionDto.Of(v!));
    }
}
