using HoaNhap.Web.Shared.Audit;
using HoaNhap.Data;
using HoaNhap.Domain.Absences;
using HoaNhap.Domain.Audit;
using HoaNhap.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Absences;

public sealed record AbsenceDto(Guid Id, string Status, string StatusTitle, DateOnly RequestedOn, DateOnly From, DateOnly To, int Days,
    string Destination, string Reason, bool MedicalTreatment, DateOnly DecisionDueOn, bool DecisionOverdue, DateOnly? DecidedOn,
    string? DecisionNumber, string? DecisionReason, Guid? DecisionFileId, DateOnly? ReturnDueOn, DateOnly? ReturnedOn, bool ReturnLate)
{
    public static AbsenceDto Of(AbsencePermission a, DateOnly today) => new(a.Id, a.Status.ToString(), AbsenceText.Status(a.Status),
        a.RequestedOn, a.From, a.To, a.Days, a.Destination, a.Reason, a.MedicalTreatment, a.DecisionDueOn, a.DecisionOverdue(today),
        a.DecidedOn, a.DecisionNumber, a.DecisionReason, a.DecisionFileId, a.ReturnDueOn, a.ReturnedOn, a.ReturnLate(today));
}

public static class AbsenceQueries
{
    /// <summary>The absences of a case found through the caller's scope, newest first; the read is audited unless the caller (the case page) already audited it.</summary>
    public static async Task<List<AbsencePermission>> ListAsync(HoaNhapDbContext db, Domain.Cases.Case c, CancellationToken ct, bool audit = true)
    {
        var list = await db.Set<AbsencePermission>().AsNoTracking().Where(a => a.CaseId == c.Id).ToListAsync(ct);
        return list.OrderByDescending(a => a.From).ThenByDescending(a => a.CreatedAt).ToList();
    }
}

public static class AbsencesApi
{
    public static void MapAbsencesApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/cases/{id:guid}/absence-requests").WithTags("Vắng mặt tại nơi cư trú");
        g.MapGet("/", async (Guid id, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
            {
                var c = await CaseLookup.FindAsync(db, http.Me(), id, ct);
                if (c is null) return ApiResults.NotFound();
                var today = db.Today;
                return Results.Ok((await AbsenceQueries.ListAsync(db, c, ct)).Select(a => AbsenceDto.Of(a, today)).ToList());
            })
            .WithSummary("Các đơn xin vắng mặt tại nơi cư trú của hồ sơ, với hạn quyết định, hạn trình diện khi về và cờ quá hạn.")
            .Produces<List<AbsenceDto>>().ProducesProblem(404)
            .ReadsPersonalData<Domain.Cases.Case>();
        g.MapPost("/", async (Guid id, AbsenceInput input, HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
                ApiResults.From(await AbsenceCommands.RequestAsync(db, http.Me(), rules, id, input, ct),
                    a => Results.Created($"/api/v1/cases/{id}/absence-requests/{a.Id}", AbsenceDto.Of(a, db.Today))))
            .WithSummary("Ghi nhận đơn xin vắng mặt; vượt giới hạn luật định (mỗi lần, tổng thời gian, trùng thời gian) → 422 nêu rõ quy định, không lưu gì.")
            .Produces<AbsenceDto>(201).ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
        g.MapPost("/{requestId:guid}/decision", async (Guid id, Guid requestId, AbsenceDecisionInput input, HttpContext http, HoaNhapDbContext db,
                RuleBook rules, HoaNhap.Domain.Notifications.QuietHours quiet, CancellationToken ct) =>
                ApiResults.From(await AbsenceCommands.DecideAsync(db, http.Me(), rules, id, requestId, input, ct, quiet),
                    a => Results.Ok(AbsenceDto.Of(a, db.Today))))
            .WithSummary("Quyết định của UBND xã về đơn xin vắng mặt (đồng ý / không đồng ý, phải nêu lý do khi không đồng ý); tạo quyết định .docx.")
            .Produces<AbsenceDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
        g.MapPost("/{requestId:guid}/return", async (Guid id, Guid requestId, AbsenceReturnInput input, HttpContext http, HoaNhapDbContext db,
                CancellationToken ct) =>
                ApiResults.From(await AbsenceCommands.ReturnAsync(db, http.Me(), id, requestId, input, ct),
                    a => Results.Ok(AbsenceDto.Of(a, db.Today))))
            .WithSummary("Ghi nhận người chấp hành án trình diện khi hết thời gian vắng mặt; trình diện muộn được đánh dấu (returnLate).")
            .Produces<AbsenceDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
    }
}
