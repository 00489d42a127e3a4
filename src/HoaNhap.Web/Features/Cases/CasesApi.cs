using HoaNhap.Web.Shared.ReadReplica;
using HoaNhap.Web.Shared.Audit;
using HoaNhap.Data;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Cases;

public record CaseDto(Guid Id, Guid PersonId, string Kind, string? SentenceType, string? ReleaseKind, Guid? JudgmentId,
    DateOnly StartOn, DateOnly? ExpectedEndOn, DateOnly? EndedOn, string Status, string LegalBasisVersion, string? Notes, long Version,
    string? DecisionNumber, DateOnly? DecisionDate, DateOnly? DecisionReceivedOn, int? TermMonths, int CustodyDaysServed,
    int? IncomeDeductionPercent, bool CommunityLabour, string? Restrictions, DateOnly? FileOpenedOn, Guid? PreviousCaseId)
{
    /// <summary>The last day of the term (same as <see cref="ExpectedEndOn"/>).</summary>
    public DateOnly? EndsOn => ExpectedEndOn;

    public static CaseDto From(Case c) => new(c.Id, c.PersonId, c.Kind.ToString(), c.SentenceType?.ToString(), c.ReleaseKind?.ToString(),
        c.JudgmentId, c.StartOn, c.ExpectedEndOn, c.EndedOn, c.Status.ToString(), c.LegalBasisVersion, c.Notes, c.Version,
        c.DecisionNumber, c.DecisionDate, c.DecisionReceivedOn, c.TermMonths, c.CustodyDaysServed, c.IncomeDeductionPercent,
        c.CommunityLabour, c.Restrictions, c.FileOpenedOn, c.PreviousCaseId);
}

public sealed record DeadlineDto(string Key, string Name, string Who, DateOnly DueOn, string LegalBasis, string SourceStatus,
    string LawVersion, DateOnly? DoneOn, string State)
{
    public static DeadlineDto From(Deadline d) => new(d.Key, d.Name, d.Who, d.DueOn, d.LegalBasis, d.SourceStatus.ToString(),
        d.LawVersion, d.DoneOn, d.State.ToString());
}

public sealed record ChecklistDto(string Kind, string Title, string LegalBasis, string SourceStatus, bool Present);

public sealed record CaseFileItemDto(Guid Id, string Kind, string Title, DateOnly On, string? Number, string? Note, bool Generated, string? FileName)
{
    public static CaseFileItemDto From(CaseFileItem i) => new(i.Id, i.Kind.ToString(), i.Title, i.On, i.Number, i.Note, i.Generated, i.FileName);
}

/// <summary>A case (all its fields) with its legal deadlines, the checklist of its file and the documents in it.</summary>
public sealed record CaseDetailDto : CaseDto
{
    public CaseDetailDto(CaseDto c, IReadOnlyList<DeadlineDto> deadlines, IReadOnlyList<ChecklistDto> checklist, IReadOnlyList<CaseFileItemDto> files)
        : base(c) => (Deadlines, Checklist, Files) = (deadlines, checklist, files);

    public IReadOnlyList<DeadlineDto> Deadlines { get; init; }
    public IReadOnlyList<ChecklistDto> Checklist { get; init; }
    public IReadOnlyList<CaseFileItemDto> Files { get; init; }
}

public sealed record CompletionPreviewDto(DateOnly? EndsOn, IReadOnlyList<string> Steps, DateOnly? ReintegrationStartsOn,
    string ReintegrationReason, bool ReintegrationAlreadyOpen, string? Blocker);

public sealed record CompletionDto(CaseDto Case, CaseFileItemDto Certificate, Guid? ReintegrationCaseId);

public static class CasesApi
{
    public static void MapCasesApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("").WithTags("Hồ sơ");
        g.MapPost("/people/{id:guid}/cases", async (Guid id, CaseInput input, HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
            {
                var outcome = await CaseCommands.OpenAsync(db, rules, http.Me(), id, input, ct);
                if (!outcome.Succeeded) return ApiResults.From(outcome, _ => Results.Ok());
                var detail = await DetailAsync(db, rules, outcome.Value!, ct);
                return Results.Created($"/api/v1/cases/{detail.Id}", detail);
            })
            .WithSummary("Tiếp nhận: mở hồ sơ chấp hành án tại cộng đồng (kind là loại án, ví dụ SuspendedSentence) với quyết định thi hành án và thời hạn, "
                + "hoặc hồ sơ quản lý tái hòa nhập (kind = Reintegration). Trả về ngày kết thúc và các thời hạn pháp lý.")
            .Produces<CaseDetailDto>(201).ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(404);
        g.MapGet("/people/{id:guid}/cases", async (Guid id, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
            {
                if (await PersonLookup.FindAsync(db, http.Me(), id, ct) is null) return ApiResults.NotFound();
                var list = await db.Cases.AsNoTracking().Where(c => c.PersonId == id).OrderByDescending(c => c.StartOn).ToListAsync(ct);
                return Results.Ok(list.Select(CaseDto.From).ToList());
            })
            .WithSummary("Các hồ sơ của người này.").Produces<List<CaseDto>>().ProducesProblem(404)
            .ReadOnlyWork()
            .ReadsPersonalData<Domain.People.Person>();
        g.MapGet("/cases/{id:guid}", async (Guid id, HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
            {
                var c = await CaseLookup.FindAsync(db, http.Me(), id, ct);
                if (c is null) return ApiResults.NotFound();
                return Results.Ok(await DetailAsync(db, rules, c, ct));
            })
            .WithSummary("Một hồ sơ: thông tin, các thời hạn pháp lý, danh mục tài liệu phải có và tài liệu đã có.")
            .Produces<CaseDetailDto>().ProducesProblem(404)
            .ReadsPersonalData<Case>();
        g.MapPost("/cases/{id:guid}/status", async (Guid id, StatusInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await CaseCommands.ChangeStatusAsync(db, http.Me(), id, input, ct), c => Results.Ok(CaseDto.From(c))))
            .WithSummary("Chuyển trạng thái hồ sơ (Intake → Active → Completed, Transferred, Revoked, Absconded); gửi kèm version.")
            .Produces<CaseDto>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
        g.MapPost("/cases/{id:guid}/documents", async (Guid id, ReceivedDocumentInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await CaseFileCommands.RecordReceivedAsync(db, http.Me(), id, input, ct),
                    i => Results.Created($"/api/v1/cases/{id}/documents/{i.Id}", CaseFileItemDto.From(i))))
            .WithSummary("Ghi nhận một tài liệu giấy đã nhận vào hồ sơ (kind: JudgmentCopy, EnforcementDecision, Undertaking, SelfReport, CourtDecision, Other).")
            .Produces<CaseFileItemDto>(201).ProducesValidationProblem().ProducesProblem(404);
        g.MapGet("/cases/{id:guid}/documents/{fileId:guid}", async (Guid id, Guid fileId, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
            {
                var c = await CaseLookup.FindAsync(db, http.Me(), id, ct);
                if (c is null) return ApiResults.NotFound();
                var item = await CaseDocuments.DownloadAsync(db, c, fileId, ct);
                return item is null ? ApiResults.NotFound() : Results.File(item.Content!, item.ContentType, item.FileName);
            })
            .WithSummary("Tải về một văn bản do hệ thống lập (.docx) trong hồ sơ.").ProducesProblem(404)
            .ReadsPersonalData<Case>();
        g.MapPost("/cases/{id:guid}/summons", async (Guid id, SummonsInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await CaseFileCommands.IssueSummonsAsync(db, http.Me(), id, input, ct),
                    i => Results.Created($"/api/v1/cases/{id}/documents/{i.Id}", CaseFileItemDto.From(i))))
            .WithSummary("Lập giấy triệu tập người chấp hành án (.docx) và lưu vào hồ sơ.")
            .Produces<CaseFileItemDto>(201).ProducesValidationProblem().ProducesProblem(404);
        MapCompletion(g);
    }

    static void MapCompletion(RouteGroupBuilder g)
    {
        g.MapGet("/cases/{id:guid}/completion", async (Guid id, HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
            {
                var preview = await CompletionCommands.PreviewAsync(db, rules, http.Me(), id, ct);
                return preview is null ? ApiResults.NotFound() : Results.Ok(new CompletionPreviewDto(preview.EndsOn, preview.Steps,
                    preview.Reintegration.StartsOn, preview.Reintegration.Reason, preview.ReintegrationAlreadyOpen, preview.Blocker));
            })
            .WithSummary("Ngày kết thúc (đã tính rút ngắn, giảm, thời gian tạm giữ), việc có mở quản lý tái hòa nhập hay không, và điều còn ngăn việc xác nhận chấp hành xong.")
            .Produces<CompletionPreviewDto>().ProducesProblem(404)
            .ReadsPersonalData<Case>();
        g.MapPost("/cases/{id:guid}/completion", async (Guid id, CompletionInput input, HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
                ApiResults.From(await CompletionCommands.CompleteAsync(db, rules, http.Me(), id, input, ct),
                    r => Results.Ok(new CompletionDto(CaseDto.From(r.Case), CaseFileItemDto.From(r.Certificate), r.Reintegration?.Id))))
            .WithSummary("Xác nhận chấp hành xong vào ngày cuối cùng của thời hạn: lập (generate = true) hoặc ghi nhận giấy chứng nhận, đóng hồ sơ, "
                + "và tự động mở hồ sơ quản lý tái hòa nhập khi pháp luật quy định. Chưa hết thời hạn → 422.")
            .Produces<CompletionDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(404);
    }

    public static async Task<CaseDetailDto> DetailAsync(HoaNhapDbContext db, RuleBook rules, Case c, CancellationToken ct)
    {
        var view = await CaseFileQueries.ViewAsync(db, rules, c, ct);
        var files = await CaseDocuments.ListAsync(db, c.Id, ct);
        return new CaseDetailDto(CaseDto.From(c), view.Deadlines.Select(DeadlineDto.From).ToList(),
            view.Checklist.Select(i => new ChecklistDto(i.Kind.ToString(), i.Title, i.LegalBasis, i.SourceStatus.ToString(), i.Present)).ToList(),
            files.Select(CaseFileItemDto.From).ToList());
    }
}
