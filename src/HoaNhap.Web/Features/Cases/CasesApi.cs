using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Features.People;
using HoaNhap.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Cases;

public sealed record CaseDto(Guid Id, Guid PersonId, string Kind, string? SentenceType, string? ReleaseKind, Guid? JudgmentId,
    DateOnly StartOn, DateOnly? ExpectedEndOn, DateOnly? EndedOn, string Status, string LegalBasisVersion, string? Notes, long Version)
{
    public static CaseDto From(Case c) => new(c.Id, c.PersonId, c.Kind.ToString(), c.SentenceType?.ToString(), c.ReleaseKind?.ToString(),
        c.JudgmentId, c.StartOn, c.ExpectedEndOn, c.EndedOn, c.Status.ToString(), c.LegalBasisVersion, c.Notes, c.Version);
}

public static class CasesApi
{
    public static void MapCasesApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("").WithTags("Hồ sơ");
        g.MapPost("/people/{id:guid}/cases", async (Guid id, CaseInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await CaseCommands.OpenAsync(db, http.Me(), id, input, ct),
                    c => Results.Created($"/api/v1/cases/{c.Id}", CaseDto.From(c))))
            .WithSummary("Mở hồ sơ chấp hành án tại cộng đồng hoặc quản lý tái hòa nhập cho người này.")
            .Produces<CaseDto>(201).ProducesValidationProblem().ProducesProblem(404);
        g.MapGet("/people/{id:guid}/cases", async (Guid id, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
            {
                if (await PeopleQueries.FindAsync(db, http.Me(), id, ct) is null) return ApiResults.NotFound();
                var list = await db.Cases.AsNoTracking().Where(c => c.PersonId == id).OrderByDescending(c => c.StartOn).ToListAsync(ct);
                return Results.Ok(list.Select(CaseDto.From).ToList());
            })
            .WithSummary("Các hồ sơ của người này.").Produces<List<CaseDto>>().ProducesProblem(404);
        g.MapPost("/cases/{id:guid}/status", async (Guid id, StatusInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await CaseCommands.ChangeStatusAsync(db, http.Me(), id, input, ct), c => Results.Ok(CaseDto.From(c))))
            .WithSummary("Chuyển trạng thái hồ sơ (Intake → Active → Completed, Transferred, Revoked, Absconded); gửi kèm version.")
            .Produces<CaseDto>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
    }
}
