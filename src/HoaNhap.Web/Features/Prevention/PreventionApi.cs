using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Prevention;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Audit;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Prevention;

public sealed record SignRecordedDto(SignDto Sign, GradeView Grade);

public static class PreventionApi
{
    public static void MapPreventionApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/cases/{id:guid}").WithTags("Phòng ngừa: mức quản lý, dấu hiệu vi phạm");
        g.MapGet("/grade", async (Guid id, HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
            {
                var c = await CaseLookup.FindAsync(db, http.Me(), id, ct);
                if (c is null) return ApiResults.NotFound();
                if (c.Kind != CaseKind.CommunitySentence)
                    return ApiResults.From(Outcome<GradeView>.Refused("", PreventionCommands.Refusal(c)!), Results.Ok);
                return Results.Ok(await PreventionQueries.GradeAsync(db, await rules.ParametersAsync(ct), c, ct));
            })
            .WithSummary("Mức quản lý của hồ sơ (grade), lý do (reasons), tần suất tiếp xúc theo mức (cadence), mức thấp nhất được phép hôm nay, ngày sớm nhất được xét giảm mức, lịch sử và các dấu hiệu vi phạm. Tên và ngưỡng là tham số do hệ thống đề xuất (parametersStatus: Proposed).")
            .Produces<GradeView>().ProducesValidationProblem(422).ProducesProblem(404)
            .ReadsPersonalData<Case>();
        g.MapPost("/grade", async (Guid id, GradeInput input, HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
                ApiResults.From(await PreventionCommands.DecideGradeAsync(db, http.Me(), await rules.ParametersAsync(ct), id, input, ct), Results.Ok))
            .WithSummary("Cán bộ Công an xã quyết định mức quản lý {\"grade\":\"Strict|Normal|Relaxed\",\"on\",\"reason\"}: siết chặt hoặc giữ mức bất cứ lúc nào; giảm mức chỉ sau thời gian tối thiểu và khi tiêu chí cho phép (422 nếu chưa được).")
            .Produces<GradeView>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
        g.MapPost("/cadence", async (Guid id, CadenceInput input, HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
                ApiResults.From(await PreventionCommands.RequestCadenceAsync(db, http.Me(), await rules.ParametersAsync(ct), id, input, ct),
                    r => Results.Created($"/api/v1/cases/{id}/grade", CadenceRequestDto.From(r))))
            .WithSummary("Cán bộ Công an xã đặt tần suất tiếp xúc {\"intervalDays\",\"reason\"}: dày hơn mức tối thiểu của mức quản lý thì có hiệu lực ngay (status Approved); thưa hơn thì chờ lãnh đạo UBND xã phê duyệt (status Requested).")
            .Produces<CadenceRequestDto>(201).ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
        g.MapPost("/cadence/{requestId:guid}/decision", async (Guid id, Guid requestId, CadenceDecisionInput input, HttpContext http, HoaNhapDbContext db,
                RuleBook rules, CancellationToken ct) =>
                ApiResults.From(await PreventionCommands.DecideCadenceAsync(db, http.Me(), await rules.ParametersAsync(ct), id, requestId, input, ct),
                    r => Results.Ok(CadenceRequestDto.From(r))))
            .WithSummary("Lãnh đạo UBND xã cho ý kiến về đề nghị tiếp xúc thưa hơn mức tối thiểu {\"approved\",\"note\"} (không đồng ý thì ghi lý do).")
            .Produces<CadenceRequestDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
        g.MapGet("/signs", async (Guid id, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
            {
                var c = await CaseLookup.FindAsync(db, http.Me(), id, ct);
                if (c is null) return ApiResults.NotFound();
                var signs = await db.Set<ViolationSign>().AsNoTracking().Where(s => s.CaseId == c.Id)
                    .OrderByDescending(s => s.ObservedOn).ThenByDescending(s => s.CreatedAt).ToListAsync(ct);
                return Results.Ok(signs.Select(ToDto).ToList());
            })
            .WithSummary("Các dấu hiệu vi phạm đã ghi nhận của hồ sơ, mới nhất trước.")
            .Produces<List<SignDto>>().ProducesProblem(404)
            .ReadsPersonalData<Case>();
        g.MapPost("/signs", async (Guid id, SignInput input, HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
                ApiResults.From(await PreventionCommands.RecordSignAsync(db, http.Me(), await rules.ParametersAsync(ct), id, input, ct),
                    r => Results.Created($"/api/v1/cases/{id}/signs", new SignRecordedDto(ToDto(r.Sign), r.Grade))))
            .WithSummary("Ghi nhận dấu hiệu vi phạm {\"kind\":\"AbsentFromHome|AssociatingWithGroup|DrugUse|FamilyConflict|Threats|Other\",\"observedOn\",\"note\"} (cán bộ Công an xã, người giám sát của chính người đó); được tính vào mức quản lý ngay.")
            .Produces<SignRecordedDto>(201).ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
    }

    static SignDto ToDto(ViolationSign s) => new(s.Id, s.Kind.ToString(), PreventionText.Kind(s.Kind), s.ObservedOn, s.Note, s.ByName);
}
