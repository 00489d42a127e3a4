using HoaNhap.Data;
using HoaNhap.Domain.Absences;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Audit;
using HoaNhap.Web.Shared.Portal;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Absences;

/// <summary>
/// The person's own absence applications in the portal (issue 18): sent through the same command as the officer's record,
/// so the law's limits refuse it the same way (422), and on the commune's worklist at once; the decision shows back here.
/// </summary>
public static class PortalAbsences
{
    public static async Task<List<AbsencePermission>?> ListAsync(HoaNhapDbContext db, Web.Shared.Auth.CurrentUser me, CancellationToken ct) =>
        await PortalFile.PersonAsync(db, me, ct) is not { } person ? null
        : (await db.Set<AbsencePermission>().AsNoTracking().Where(a => a.PersonId == person.Id).ToListAsync(ct))
            .OrderByDescending(a => a.RequestedOn).ThenByDescending(a => a.CreatedAt).ToList();

    public static void MapPortalAbsencesApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/me/absence-requests").WithTags("Cổng thông tin người chấp hành án").ForThePerson();
        g.MapGet("/", async (HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                await ListAsync(db, http.Me(), ct) is { } list ? Results.Ok(list.Select(a => AbsenceDto.Of(a, db.Today)).ToList()) : ApiResults.NotFound())
            .WithSummary("Các đơn xin vắng mặt của mình và quyết định của UBND xã.")
            .Produces<List<AbsenceDto>>().ReadsOwnPersonalData();
        g.MapPost("/", async (AbsenceInput input, HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
                ApiResults.From(await AbsenceCommands.RequestFromPortalAsync(db, http.Me(), rules, input, ct),
                    a => Results.Created($"/api/v1/me/absence-requests/{a.Id}", AbsenceDto.Of(a, db.Today))))
            .WithSummary("Xin phép vắng mặt tại nơi cư trú (cùng nội dung như đơn do cán bộ ghi: from, to, destination, reason, medicalTreatment; ngày nộp là hôm nay); vượt giới hạn luật định → 422.")
            .Produces<AbsenceDto>(201).ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(404);
    }
}
