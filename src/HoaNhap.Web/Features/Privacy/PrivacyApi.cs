using HoaNhap.Web.Shared.Audit;
using HoaNhap.Data;
using HoaNhap.Domain.Privacy;
using HoaNhap.Web.Shared;

namespace HoaNhap.Web.Features.Privacy;

public sealed record DisclosureDto(DateTimeOffset On, string Recipient, string Purpose, string LegalBasis, string What);

public sealed record RetentionDueDto(Guid PersonId, string FullName, string CommuneCode, string CommuneName, string ManagementEndedOn,
    string ReviewOn, int Years, string Because);

public sealed record RetentionDecisionDto(Guid Id, Guid PersonId, string Decision, string DecidedOn, string ReviewDueOn, string Reason, string DecidedBy);

public static class PrivacyApi
{
    public static void MapPrivacyApi(this RouteGroupBuilder api)
    {
        var people = api.MapGroup("/people").WithTags("Bảo vệ dữ liệu cá nhân");
        people.MapGet("/{id:guid}/subject-access", async (Guid id, string? format, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
            {
                var docx = string.Equals(format, "docx", StringComparison.OrdinalIgnoreCase);
                if (format is { Length: > 0 } && !docx && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
                    return ApiResults.Invalid(new Dictionary<string, string[]> { ["format"] = ["Định dạng (format) phải là json hoặc docx."] });
                return ApiResults.From(await SubjectAccess.ProduceAsync(db, http.Me(), id, docx ? "docx" : "json", ct), e => docx
                    ? Results.File(SubjectAccessDocument.Render(e), SubjectAccessDocument.ContentType, SubjectAccessDocument.FileName(e, "docx"))
                    : Results.Json(e, statusCode: 200));
            })
            .WithSummary("Toàn bộ dữ liệu đang lưu về một người (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15): sổ quản lý, bản án, hồ sơ, các bản ghi, "
                + "danh mục tài liệu, vay vốn, nhật ký ai đã xem, sửa. ?format=docx: bản đọc được. Chỉ Công an tỉnh, Công an xã của đơn vị; được ghi nhật ký và sổ cung cấp dữ liệu.")
            .Produces<SubjectAccessExport>().Produces(200, contentType: SubjectAccessDocument.ContentType).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404)
            .ReadsPersonalData<HoaNhap.Domain.People.Person>();
        people.MapGet("/{id:guid}/disclosures", async (Guid id, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await PrivacyQueries.DisclosuresAsync(db, http.Me(), id, ct),
                    list => Results.Ok(list.Select(d => new DisclosureDto(d.On, d.Recipient, d.Purpose, d.LegalBasis, d.What)).ToList())))
            .WithSummary("Những lần dữ liệu của người này được cung cấp ra ngoài đơn vị: [{\"on\",\"recipient\",\"purpose\",\"legalBasis\",\"what\"}], mới nhất trước.")
            .Produces<List<DisclosureDto>>().ProducesProblem(403).ProducesProblem(404)
            .ReadsPersonalData<HoaNhap.Domain.People.Person>();
        people.MapPost("/{id:guid}/retention-decision", async (Guid id, RetentionDecisionInput input, HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
                ApiResults.From(await RetentionCommands.DecideAsync(db, rules, http.Me(), id, input, ct), d => Results.Ok(Dto(d))))
            .WithSummary("Công an tỉnh quyết định về hồ sơ đã hết thời hạn lưu giữ: {\"decision\":\"Keep\"|\"Archive\",\"reason\"}. Chưa đến hạn hoặc đã lưu trữ: 422. "
                + "Archive chỉ đánh dấu lưu trữ (hồ sơ không còn trong danh sách, tìm kiếm), không xóa dữ liệu.")
            .Produces<RetentionDecisionDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);

        api.MapGet("/retention/due", async (HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
                ApiResults.From(await RetentionCommands.DueAsync(db, rules, http.Me(), ct), list => Results.Ok(list.Select(d => new RetentionDueDto(
                    d.PersonId, d.FullName, d.CommuneCode, d.CommuneName, d.ManagementEndedOn.ToString("yyyy-MM-dd"), d.ReviewOn.ToString("yyyy-MM-dd"), d.Years, d.Because)).ToList())))
            .WithTags("Bảo vệ dữ liệu cá nhân")
            .WithSummary("Hồ sơ đã kết thúc quản lý và hết thời hạn lưu giữ (tham số quy tắc Privacy.RetentionYearsAfterManagementEnds), chờ Công an tỉnh quyết định.")
            .Produces<List<RetentionDueDto>>().ProducesProblem(403)
            .ReadsPersonalDataList<HoaNhap.Domain.People.Person>();
    }

    public static RetentionDecisionDto Dto(RetentionDecision d) => new(d.Id, d.PersonId, d.Outcome.ToString(), d.DecidedOn.ToString("yyyy-MM-dd"),
        d.ReviewDueOn.ToString("yyyy-MM-dd"), d.Reason, d.CreatedBy);
}
