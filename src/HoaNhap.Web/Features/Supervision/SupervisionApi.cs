using HoaNhap.Data;
using HoaNhap.Domain.People;
using HoaNhap.Web.Features.People;
using HoaNhap.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Supervision;

public sealed record AssignmentDto(Guid Id, Guid PersonId, string SupervisorUserId, string SupervisorName, string? DecisionNumber,
    DateOnly AssignedOn, DateOnly? EndedOn)
{
    public static AssignmentDto From(SupervisorAssignment a) =>
        new(a.Id, a.PersonId, a.SupervisorUserId, a.SupervisorName, a.DecisionNumber, a.AssignedOn, a.EndedOn);
}

public static class SupervisionApi
{
    public static void MapSupervisionApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/people/{id:guid}/supervisors").WithTags("Giám sát, giáo dục");
        g.MapPost("/", async (Guid id, AssignmentInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await SupervisorCommands.AssignAsync(db, http.Me(), id, input, ct),
                    a => Results.Created($"/api/v1/people/{id}/supervisors", AssignmentDto.From(a))))
            .WithSummary("Phân công người giám sát, giáo dục (kết thúc phân công trước đó).")
            .Produces<AssignmentDto>(201).ProducesValidationProblem().ProducesProblem(404);
        g.MapGet("/", async (Guid id, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
            {
                if (await PeopleQueries.FindAsync(db, http.Me(), id, ct) is null) return ApiResults.NotFound();
                var list = await db.SupervisorAssignments.AsNoTracking().Where(a => a.PersonId == id)
                    .OrderByDescending(a => a.AssignedOn).ToListAsync(ct);
                return Results.Ok(list.Select(AssignmentDto.From).ToList());
            })
            .WithSummary("Lịch sử phân công giám sát của người này.").Produces<List<AssignmentDto>>().ProducesProblem(404);
    }
}
