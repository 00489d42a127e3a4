using HoaNhap.Web.Shared.Audit;
using HoaNhap.Data;
using HoaNhap.Domain.Judgments;
using HoaNhap.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Judgments;

public sealed record AdditionalPenaltyDto(string Kind, int? TermMonths, long? Amount);
public sealed record CivilObligationDto(Guid Id, string Kind, long Amount, DateOnly? SettledOn);
public sealed record DecisionDto(Guid Id, Guid JudgmentId, string Number, DateOnly IssuedOn, string IssuedBy, DateOnly? ReceivedOn)
{
    public static DecisionDto From(EnforcementDecision d) => new(d.Id, d.JudgmentId, d.Number, d.IssuedOn, d.IssuedBy, d.ReceivedOn);
}

public sealed record JudgmentDto(Guid Id, Guid PersonId, string Number, string Court, DateOnly JudgmentDate, DateOnly EffectiveOn,
    IReadOnlyList<string> Offences, bool? Intentional, string? CrimeCategory, string MainPenalty, int? TermMonths, int? ProbationMonths, long? FineAmount,
    IReadOnlyList<AdditionalPenaltyDto> AdditionalPenalties, IReadOnlyList<CivilObligationDto> CivilObligations,
    IReadOnlyList<DecisionDto> EnforcementDecisions)
{
    public static JudgmentDto From(Judgment j) => new(j.Id, j.PersonId, j.Number, j.Court, j.JudgmentDate, j.EffectiveOn,
        j.Offences, j.Intentional, j.Category?.ToString(), j.MainPenalty.ToString(), j.TermMonths, j.ProbationMonths, j.FineAmount,
        j.AdditionalPenalties.Select(a => new AdditionalPenaltyDto(a.Kind.ToString(), a.TermMonths, a.Amount)).ToList(),
        j.CivilObligations.Select(o => new CivilObligationDto(o.Id, o.Kind.ToString(), o.Amount, o.SettledOn)).ToList(),
        j.EnforcementDecisions.Select(DecisionDto.From).ToList());
}

public static class JudgmentsApi
{
    public static void MapJudgmentsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("").WithTags("Bản án");
        g.MapPost("/people/{id:guid}/judgments", async (Guid id, JudgmentInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await JudgmentCommands.CreateAsync(db, http.Me(), id, input, ct),
                    j => Results.Created($"/api/v1/people/{id}/judgments", JudgmentDto.From(j))))
            .WithSummary("Ghi nhận một bản án của người này. mainPenalty: Warning, Fine, NonCustodialReform, SuspendedSentence, Imprisonment, LifeImprisonment, DeathCommuted.")
            .Produces<JudgmentDto>(201).ProducesValidationProblem().ProducesProblem(404);
        g.MapGet("/people/{id:guid}/judgments", async (Guid id, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
            {
                var me = http.Me();
                var person = await PersonLookup.FindAsync(db, me, id, ct);
                if (person is null) return ApiResults.NotFound();
                var list = await db.Judgments.AsNoTracking().Where(j => j.PersonId == id)
                    .Include(j => j.AdditionalPenalties).Include(j => j.CivilObligations).Include(j => j.EnforcementDecisions)
                    .OrderByDescending(j => j.JudgmentDate).ToListAsync(ct);
                return Results.Ok(list.Select(JudgmentDto.From).ToList());
            })
            .WithSummary("Các bản án của người này (được ghi nhật ký).")
            .Produces<List<JudgmentDto>>().ProducesProblem(404)
            .ReadsPersonalData<Domain.People.Person>();
        g.MapPost("/judgments/{id:guid}/decisions", async (Guid id, DecisionInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await DecisionCommands.CreateAsync(db, http.Me(), id, input, ct),
                    d => Results.Created($"/api/v1/judgments/{id}/decisions", DecisionDto.From(d))))
            .WithSummary("Ghi nhận quyết định thi hành án của bản án.")
            .Produces<DecisionDto>(201).ProducesValidationProblem().ProducesProblem(404);
        g.MapPost("/judgments/{id:guid}/obligations/{obligationId:guid}/settlement", async (Guid id, Guid obligationId, SettlementInput input,
                HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await ObligationCommands.SettleAsync(db, http.Me(), id, obligationId, input, ct),
                    o => Results.Ok(new CivilObligationDto(o.Id, o.Kind.ToString(), o.Amount, o.SettledOn))))
            .WithSummary("Ghi nhận ngày đã thi hành xong một nghĩa vụ dân sự (án phí, bồi thường) của bản án; dùng để tính thời hạn xóa án tích.")
            .Produces<CivilObligationDto>().ProducesValidationProblem().ProducesProblem(404);
    }
}
