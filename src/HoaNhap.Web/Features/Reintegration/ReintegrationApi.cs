using HoaNhap.Web.Shared.Audit;
using HoaNhap.Data;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Web.Shared;

namespace HoaNhap.Web.Features.Reintegration;

public sealed record ReintegrationIntakeDeadlinesDto(DateOnly VerifyResidenceDueOn, bool VerifyResidenceOverdue, DateOnly PersonReportDueOn, bool PersonReportOverdue);

public sealed record ReintegrationIntakeDto(Guid CaseId, Guid PersonId, bool IsReintegration, string CaseStatus, Guid? ReleaseNoticeId,
    DateOnly? NoticeReceivedOn, DateOnly? ReleasedOn, string? Sender, DateOnly? ResidenceCheckedOn, bool? LivesThere, string? ResidenceNote,
    Guid? SenderNoticeFileId, DateOnly? ReportedOn, string? Circumstances, string? Wishes, Guid? MinutesFileId, Guid? InformationSheetFileId,
    string? OfficerUserId, string? OfficerName, DateOnly? OfficerAssignedOn, string? HelperName, string? HelperKind, string? HelperOrganisation,
    ReintegrationIntakeDeadlinesDto? Deadlines)
{
    public static ReintegrationIntakeDto Of(ReintegrationIntakeView v)
    {
        var r = v.Intake;
        var d = v.Deadlines;
        return new(v.Case.Id, v.Case.PersonId, v.Case.Kind == Domain.Cases.CaseKind.Reintegration, v.Case.Status.ToString(), r?.ReleaseNoticeId,
            r?.NoticeReceivedOn, r?.ReleasedOn, r?.Sender, r?.ResidenceCheckedOn, r?.LivesThere, r?.ResidenceNote, r?.SenderNoticeFileId,
            r?.ReportedOn, r?.Circumstances, r?.Wishes, r?.MinutesFileId, r?.InformationSheetFileId, r?.OfficerUserId, r?.OfficerName,
            r?.OfficerAssignedOn, r?.HelperName, r?.HelperKind?.ToString(), r?.HelperOrganisation,
            d is null ? null : new(d.VerifyResidenceDueOn, d.VerifyResidenceOverdue, d.PersonReportDueOn, d.PersonReportOverdue));
    }
}

public sealed record SupportActionDto(Guid Id, string Area, string AreaTitle, string Need, string Action, string Responsible, string ResponsibleTitle,
    DateOnly IdentifiedOn, DateOnly DueOn, string Status, bool Overdue, DateOnly? ClosedOn, string? Outcome)
{
    public static SupportActionDto Of(SupportAction a, DateOnly today) => new(a.Id, a.Area.ToString(), SupportText.Area(a.Area), a.Need, a.Action,
        a.Responsible.ToString(), SupportText.Body(a.Responsible), a.IdentifiedOn, a.DueOn, a.Status.ToString(), a.Overdue(today), a.ClosedOn, a.Outcome);
}

public sealed record AreaStandingDto(string Area, string Title, string State, int Open, int Overdue, int Done, int NotPossible);

public sealed record SupportPlanDto(Guid CaseId, IReadOnlyList<AreaStandingDto> Areas, IReadOnlyList<SupportActionDto> Actions);

/// <param name="Verdict">Unknown, NoRecord, Undated, Waiting, Cleared (by law), MayApplyToCourt or StoppedByNewOffence.</param>
public sealed record ExpungementDto(Guid CaseId, Guid PersonId, string PersonName, string CommuneCode, DateOnly? ClearFrom, string Mode, int? DaysLeft, string Explanation,
    string Verdict)
{
    public static ExpungementDto Of(ExpungementView v, DateOnly today) => new(v.CaseId, v.PersonId, v.PersonName, v.CommuneCode, v.ClearFrom, v.Mode.ToString(), v.DaysLeft(today), v.Explanation, v.Record.Verdict.ToString());
}

public sealed record ClearanceDto(Guid Id, Guid CaseId, string Kind, string DocumentNumber, DateOnly DocumentDate, string Issuer, string CaseStatus);

public sealed record ReturneeViolationDto(Guid Id, Guid CaseId, string Kind, string KindTitle, DateOnly OccurredOn, string Description, string? Evidence,
    bool AdministrativeSanction, string? SanctionDecision, DateOnly? ProsecutedOn, string? ProsecutingBody, string? JudgmentNumber, DateOnly? JudgmentDate,
    string? Court, string? Penalty, bool? Imprisoned, string Handling)
{
    public static ReturneeViolationDto Of(ReturneeViolation v) => new(v.Id, v.CaseId, v.Kind.ToString(), ReturneeViolationText.Kind(v.Kind), v.OccurredOn,
        v.Description, v.Evidence, v.AdministrativeSanction, v.SanctionDecision, v.ProsecutedOn, v.ProsecutingBody, v.JudgmentNumber, v.JudgmentDate,
        v.Court, v.Penalty, v.Imprisoned, ReturneeViolationText.Handling(v));
}

public static class ReintegrationApi
{
    public static void MapReintegrationApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/cases/{id:guid}/reintegration").WithTags("Tái hòa nhập cộng đồng");
        g.MapGet("/reception", async (Guid id, HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
                await ReintegrationIntakeCommands.GetAsync(db, rules, http.Me(), id, ct) is { } v ? Results.Ok(ReintegrationIntakeDto.Of(v)) : ApiResults.NotFound())
            .WithSummary("Tiếp nhận người chấp hành xong án phạt tù: thông báo, kiểm tra nơi cư trú, trình diện, người được phân công, và các thời hạn (quá hạn được đánh dấu).")
            .Produces<ReintegrationIntakeDto>().ProducesProblem(404)
            .ReadsPersonalData<Domain.Cases.Case>();
        g.MapPut("/reception", async (Guid id, ReintegrationIntakeInput input, HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
                await Answer(await ReintegrationIntakeCommands.RecordNoticeAsync(db, http.Me(), id, input, ct), db, rules, http, id, ct))
            .WithSummary("Ghi nhận thông báo ra trại (nhận ngày nào, ra trại ngày nào, nơi gửi) cho hồ sơ tái hòa nhập đã mở; hồ sơ không phải tái hòa nhập → 422.")
            .Produces<ReintegrationIntakeDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
        g.MapPost("/residence-check", async (Guid id, ResidenceCheckInput input, HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
                await Answer(await ReintegrationIntakeCommands.CheckResidenceAsync(db, http.Me(), id, input, ct), db, rules, http, id, ct))
            .WithSummary("Kết quả Công an xã kiểm tra nơi cư trú (Thông tư 10/2024/TT-BCA Điều 8 khoản 1); livesThere = false tạo thông báo gửi lại nơi gửi (Mẫu HCD-03, .docx).")
            .Produces<ReintegrationIntakeDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
        g.MapPost("/report", async (Guid id, ReportInput input, HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
                await Answer(await ReintegrationIntakeCommands.RecordReportAsync(db, http.Me(), id, input, ct), db, rules, http, id, ct))
            .WithSummary("Người chấp hành xong án phạt tù trình diện UBND xã (Điều 9 khoản 1): biên bản và bản cam kết (HCD-05), phiếu thông tin (HCD-02); hồ sơ chuyển sang đang quản lý.")
            .Produces<ReintegrationIntakeDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
        g.MapPost("/officer", async (Guid id, OfficerInput input, HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
                await Answer(await ReintegrationIntakeCommands.AssignAsync(db, http.Me(), id, input, ct), db, rules, http, id, ct))
            .WithSummary("Phân công cán bộ giúp đỡ và, nếu có, người của tổ chức đoàn thể (helperKind MassOrganisation) hoặc gia đình (Family).")
            .Produces<ReintegrationIntakeDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);

        g.MapGet("/support", async (Guid id, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
            {
                var c = await CaseLookup.FindAsync(db, http.Me(), id, ct);
                if (c is null) return ApiResults.NotFound();
                var list = await SupportCommands.ListAsync(db, c, ct);
                var today = db.Today;
                return Results.Ok(new SupportPlanDto(c.Id,
                    SupportCommands.Standing(list, today).Select(a => new AreaStandingDto(a.Area.ToString(), a.Title, a.State, a.Open, a.Overdue, a.Done, a.NotPossible)).ToList(),
                    list.Select(a => SupportActionDto.Of(a, today)).ToList()));
            })
            .WithSummary("Nhu cầu và kế hoạch hỗ trợ: tình hình theo từng lĩnh vực (căn cước, cư trú, định danh điện tử, nhà ở, sức khỏe, gia đình, việc làm, học nghề, nợ, trợ giúp xã hội) và từng việc.")
            .Produces<SupportPlanDto>().ProducesProblem(404)
            .ReadsPersonalData<Domain.Cases.Case>();
        g.MapPost("/support", async (Guid id, SupportInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await SupportCommands.AddAsync(db, http.Me(), id, input, ct),
                    a => Results.Created($"/api/v1/cases/{id}/reintegration/support/{a.Id}", SupportActionDto.Of(a, db.Today))))
            .WithSummary("Ghi nhận một nhu cầu và việc hỗ trợ: lĩnh vực (area), cơ quan chịu trách nhiệm (responsible), thời hạn (dueOn).")
            .Produces<SupportActionDto>(201).ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
        g.MapPost("/support/{actionId:guid}/outcome", async (Guid id, Guid actionId, SupportOutcomeInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await SupportCommands.CloseAsync(db, http.Me(), id, actionId, input, ct), a => Results.Ok(SupportActionDto.Of(a, db.Today))))
            .WithSummary("Kết quả của việc hỗ trợ: status Done (đã giải quyết) hoặc NotPossible (không thực hiện được), ngày và nội dung kết quả.")
            .Produces<SupportActionDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);

        g.MapGet("/violations", async (Guid id, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                await CaseLookup.FindAsync(db, http.Me(), id, ct) is { } c
                    ? Results.Ok((await ViolationCommands.ListAsync(db, c, ct)).Select(ReturneeViolationDto.Of).ToList()) : ApiResults.NotFound())
            .WithSummary("Vi phạm pháp luật và hành vi phạm tội mới của người chấp hành xong án phạt tù trong thời gian quản lý, mới nhất trước.")
            .Produces<List<ReturneeViolationDto>>().ProducesProblem(404)
            .ReadsPersonalData<Domain.Cases.Case>();
        g.MapPost("/violations", async (Guid id, ViolationInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await ViolationCommands.RecordAsync(db, http.Me(), id, input, ct),
                    v => Results.Created($"/api/v1/cases/{id}/reintegration/violations/{v.Id}", ReturneeViolationDto.Of(v))))
            .WithSummary("Ghi nhận vi phạm pháp luật (kind LawViolation, có thể kèm xử phạt hành chính) hoặc phạm tội mới (NewOffence, tính vào tỷ lệ tái phạm); ngày xảy ra ngoài thời gian quản lý → 422.")
            .Produces<ReturneeViolationDto>(201).ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
        g.MapPost("/violations/{violationId:guid}/handling", async (Guid id, Guid violationId, ViolationHandlingInput input, HttpContext http,
                HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await ViolationCommands.HandleAsync(db, http.Me(), id, violationId, input, ct), v => Results.Ok(ReturneeViolationDto.Of(v))))
            .WithSummary("Khởi tố (prosecutedOn, prosecutingBody) và bản án mới (judgmentNumber, judgmentDate, court, penalty, imprisoned) đối với hành vi phạm tội mới.")
            .Produces<ReturneeViolationDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);

        g.MapGet("/record-expiry", async (Guid id, HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
                await EndOfManagement.ForCaseAsync(db, rules, http.Me(), id, ct) is { } v ? Results.Ok(ExpungementDto.Of(v, db.Today)) : ApiResults.NotFound())
            .WithSummary("Ngày xóa án tích của người chấp hành xong án phạt tù, tính từ bản án (BLHS 2015 Điều 70, 71) và cách xóa: Automatic (đương nhiên) hoặc CourtDecision (Tòa án quyết định).")
            .Produces<ExpungementDto>().ProducesProblem(404)
            .ReadsPersonalData<Domain.Cases.Case>();
        g.MapPost("/expungement-request", async (Guid id, ExpungementRequestInput input, HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
                ApiResults.From(await EndOfManagement.RequestAsync(db, rules, http.Me(), id, input, ct),
                    f => Results.Created($"/api/v1/cases/{id}/documents/{f.Id}", new { fileId = f.Id, title = f.Title })))
            .WithSummary("Xóa án tích theo quyết định của Tòa án: lập đơn đề nghị kèm nhận xét của UBND xã (.docx, dự thảo); trường hợp đương nhiên xóa án tích → 422.")
            .ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
        g.MapPost("/end", async (Guid id, ClearanceInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await EndOfManagement.CloseAsync(db, http.Me(), id, input, ct),
                    x => Results.Ok(new ClearanceDto(x.Id, x.CaseId, x.Kind.ToString(), x.DocumentNumber, x.DocumentDate, x.Issuer, nameof(Domain.Cases.CaseStatus.Completed)))))
            .WithSummary("Ghi nhận Phiếu lý lịch tư pháp không có án tích (kind Certificate) hoặc quyết định xóa án tích (CourtDecision): kết thúc quản lý, đóng và lưu hồ sơ.")
            .Produces<ClearanceDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
        api.MapGet("/reintegration/record-expiry", async (string? within, HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
            {
                var me = http.Me();
                if (!me.ReadsRegistry) return ApiResults.Forbidden();
                int? days = within switch { "past" => null, "30" => 30, "60" => 60, null or "" or "90" => 90, _ => -1 };
                if (days == -1) return ApiResults.Invalid(new Dictionary<string, string[]> { ["within"] = ["within phải là 30, 60, 90 hoặc past."] });
                return Results.Ok((await EndOfManagement.ListAsync(db, rules, me, days, ct)).Select(v => ExpungementDto.Of(v, db.Today)).ToList());
            })
            .WithTags("Tái hòa nhập cộng đồng")
            .WithSummary("Người chấp hành xong án phạt tù sẽ được xóa án tích trong 30, 60, 90 ngày tới (within=30|60|90) hoặc đã đến hạn (within=past).")
            .Produces<List<ExpungementDto>>().ProducesValidationProblem().ProducesProblem(403)
            .ReadsPersonalDataList<Domain.Cases.Case>();

        api.MapPost("/release-notices/{noticeId:guid}/reception", async (Guid noticeId, FromNoticeInput input, HttpContext http, HoaNhapDbContext db,
                RuleBook rules, CancellationToken ct) =>
            {
                var outcome = await ReintegrationIntakeCommands.OpenFromNoticeAsync(db, http.Me(), noticeId, input, ct);
                if (!outcome.Succeeded) return ApiResults.From(outcome, _ => Results.Ok());
                var v = await ReintegrationIntakeCommands.GetAsync(db, rules, http.Me(), outcome.Value!.CaseId, ct, audit: false);
                return Results.Created($"/api/v1/cases/{outcome.Value.CaseId}/reintegration/reception", ReintegrationIntakeDto.Of(v!));
            })
            .WithTags("Tái hòa nhập cộng đồng")
            .WithSummary("Tiếp nhận từ thông báo của trại giam: thêm người vào sổ (nếu chưa có), mở hồ sơ tái hòa nhập và ghi nhận ngày nhận thông báo.")
            .Produces<ReintegrationIntakeDto>(201).ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
    }

    static async Task<IResult> Answer(Outcome<ReintegrationIntake> outcome, HoaNhapDbContext db, RuleBook rules, HttpContext http, Guid id, CancellationToken ct)
    {
        if (!outcome.Succeeded) return ApiResults.From(outcome, _ => Results.Ok());
        var v = await ReintegrationIntakeCommands.GetAsync(db, rules, http.Me(), id, ct, audit: false);
        return Results.Ok(ReintegrationIntakeDto.Of(v!));
    }
}
