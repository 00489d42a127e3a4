using HoaNhap.Web.Shared.Audit;
using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared;

namespace HoaNhap.Web.Features.EarlyTermination;

public sealed record CriterionDto(string Name, bool Met, string Reason, DateOnly? MetOn);

public sealed record EarlyTerminationCheckDto(string Kind, bool EligibleNow, DateOnly EligibleFrom, DateOnly CurrentEndsOn, int MaxMonthsNow,
    bool WholeRemainderAllowed, string Explanation, IReadOnlyList<CriterionDto> Criteria, IReadOnlyList<string> Steps)
{
    public static EarlyTerminationCheckDto? From(EarlyTerminationCheck? c) => c is null ? null
        : new(c.Kind.ToString(), c.EligibleNow, c.EligibleFrom, c.CurrentEndsOn, c.MaxMonthsNow, c.WholeRemainderAllowed, c.Explanation,
            c.Criteria.Select(k => new CriterionDto(k.Name, k.Met, k.Reason, k.MetOn)).ToList(), c.Steps);
}

public sealed record ProposalDto(Guid Id, string Kind, DateOnly ProposedOn, int? RequestedMonths, bool WholeRemainder, string Grounds,
    string Status, string? CourtDecisionNumber, string? Court, DateOnly? DecidedOn, int? GrantedMonths, bool GrantedWholeRemainder)
{
    public static ProposalDto From(EarlyTerminationProposal x) => new(x.Id, x.Kind.ToString(), x.ProposedOn, x.RequestedMonths, x.WholeRemainder,
        x.Grounds, x.Status.ToString(), x.CourtDecisionNumber, x.Court, x.DecidedOn, x.GrantedMonths, x.GrantedWholeRemainder);
}

public sealed record ShorteningsDto(DateOnly? EndsOn, EarlyTerminationCheckDto? Check, IReadOnlyList<ProposalDto> Proposals);

public static class EarlyTerminationApi
{
    public static void MapEarlyTerminationApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/cases/{id:guid}/shortenings").WithTags("Rút ngắn, giảm, miễn");
        g.MapGet("", async (Guid id, HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
            {
                var state = await EarlyTerminationCommands.StateAsync(db, rules, http.Me(), id, ct);
                return state is null ? ApiResults.NotFound()
                    : Results.Ok(new ShorteningsDto(state.Case.ExpectedEndOn, EarlyTerminationCheckDto.From(state.Check), state.Proposals.Select(ProposalDto.From).ToList()));
            })
            .WithSummary("Điều kiện rút ngắn thời gian thử thách, giảm thời hạn hoặc miễn phần còn lại hôm nay (đủ điều kiện vì …, chưa đủ: …) và các đề nghị đã lập.")
            .Produces<ShorteningsDto>().ProducesProblem(404)
            .ReadsPersonalData<Domain.Cases.Case>();
        g.MapPost("", async (Guid id, ProposalInput input, HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
                ApiResults.From(await EarlyTerminationCommands.ProposeAsync(db, rules, http.Me(), id, input, ct),
                    x => Results.Created($"/api/v1/cases/{id}/shortenings/{x.Id}", ProposalDto.From(x))))
            .WithSummary("Lập hồ sơ đề nghị (kèm văn bản đề nghị dự thảo .docx). Chưa đủ điều kiện pháp luật → 422 nêu điều kiện chưa đáp ứng.")
            .Produces<ProposalDto>(201).ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(404);
        g.MapPost("/{proposalId:guid}/decision", async (Guid id, Guid proposalId, CourtDecisionInput input, HttpContext http, HoaNhapDbContext db,
                RuleBook rules, CancellationToken ct) =>
                ApiResults.From(await EarlyTerminationCommands.DecideAsync(db, rules, http.Me(), id, proposalId, input, ct), x => Results.Ok(ProposalDto.From(x))))
            .WithSummary("Ghi nhận quyết định của Tòa án; nếu chấp nhận, ngày kết thúc của hồ sơ được tính lại.")
            .Produces<ProposalDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(404);
    }
}
