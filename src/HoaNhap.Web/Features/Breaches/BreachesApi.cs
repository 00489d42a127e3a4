using HoaNhap.Web.Shared.Audit;
using HoaNhap.Data;
using HoaNhap.Web.Shared;

namespace HoaNhap.Web.Features.Breaches;

public sealed record BreachRecordedDto(BreachDto Breach, AdviceDto Advice, ProposalDto? Proposal, string CaseStatus);

public static class BreachesApi
{
    public static void MapBreachesApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/cases/{id:guid}").WithTags("Vi phạm và xử lý vi phạm");
        g.MapGet("/breaches", async (Guid id, HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
            {
                var c = await CaseLookup.FindAsync(db, http.Me(), id, ct);
                if (c is null) return ApiResults.NotFound();
                return Results.Ok(await BreachQueries.LoadAsync(db, c, await rules.ParametersAsync(ct), ct));
            })
            .WithSummary("Các vi phạm của hồ sơ, số lần cố ý vi phạm, đề xuất của hệ thống theo quy định và các đề nghị đã lập.")
            .Produces<BreachesView>().ProducesProblem(404)
            .ReadsPersonalData<Domain.Cases.Case>();
        g.MapPost("/breaches", async (Guid id, BreachInput input, HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
                ApiResults.From(await BreachCommands.RecordAsync(db, http.Me(), rules, id, input, null, null, ct), r =>
                    Results.Created($"/api/v1/cases/{id}/breaches", new BreachRecordedDto(
                        new BreachDto(r.Breach.Id, r.Breach.Kind.ToString(), Domain.Breaches.BreachText.Kind(r.Breach.Kind), r.Breach.OccurredOn,
                            r.Breach.Description, r.Breach.Intentional, r.Breach.AdministrativeSanction, r.Breach.Evidence,
                            r.Breach.EvidenceFileId, r.Breach.MinutesFileId, [], []),
                        AdviceDto.From(r.Advice), r.Proposal is { } x ? ProposalDto.From(x, db.Today) : null, r.CaseStatus.ToString()))))
            .WithSummary("Ghi nhận vi phạm (kèm chứng cứ, biên bản .docx); khi đạt mức luật định, hệ thống lập dự thảo đề nghị và thời hạn gửi. Bỏ trốn chuyển hồ sơ sang trạng thái bỏ trốn.")
            .Produces<BreachRecordedDto>(201).ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
        g.MapPost("/breaches/{breachId:guid}/reminders", async (Guid id, Guid breachId, ReminderInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await BreachCommands.RemindAsync(db, http.Me(), id, breachId, input, ct),
                    r => Results.Created($"/api/v1/cases/{id}/breaches", new ReminderDto(r.Id, r.On, r.Content))))
            .WithSummary("Ghi nhận việc nhắc nhở người chấp hành án về một vi phạm.")
            .Produces<ReminderDto>(201).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        g.MapPost("/breaches/{breachId:guid}/reprimands", async (Guid id, Guid breachId, ReprimandInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await BreachCommands.ReprimandAsync(db, http.Me(), id, breachId, input, ct),
                    r => Results.Created($"/api/v1/cases/{id}/breaches", new ReprimandDto(r.Id, r.HeldOn, r.Place, r.Participants, r.Conclusion, r.MinutesFileId))))
            .WithSummary("Ghi nhận buổi họp kiểm điểm về một vi phạm (biên bản .docx).")
            .Produces<ReprimandDto>(201).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        g.MapPost("/proposals/{proposalId:guid}/send", async (Guid id, Guid proposalId, SendInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await BreachCommands.SendAsync(db, http.Me(), id, proposalId, input, ct), x => Results.Ok(ProposalDto.From(x, db.Today))))
            .WithSummary("Gửi đề nghị do hệ thống dự thảo (cán bộ Công an xã hoặc lãnh đạo UBND xã; phải gửi kèm \"confirmed\": true).")
            .Produces<ProposalDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
        g.MapPost("/proposals/{proposalId:guid}/decision", async (Guid id, Guid proposalId, ProposalDecisionInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await BreachCommands.DecideAsync(db, http.Me(), id, proposalId, input, ct), x => Results.Ok(ProposalDto.From(x, db.Today))))
            .WithSummary("Ghi nhận quyết định của Tòa án (hoặc Công an tỉnh) về đề nghị đã gửi; chấp nhận buộc chấp hành án phạt tù thì hồ sơ chuyển sang trạng thái tương ứng.")
            .Produces<ProposalDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
    }
}
