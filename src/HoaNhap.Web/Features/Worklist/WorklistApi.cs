using HoaNhap.Web.Shared.ReadReplica;
using HoaNhap.Web.Shared.Audit;
using HoaNhap.Data;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Shared;

namespace HoaNhap.Web.Features.Worklist;

public sealed record WorklistItemDto(WorklistKind Kind, Guid PersonId, Guid? CaseId, DateOnly DueOn, string Title);

public sealed record WorklistCountDto(string CommuneCode, string CommuneName, WorklistKind Kind, int Count);

public static class WorklistApi
{
    public static void MapWorklistApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/worklist").WithTags("Việc cần làm");
        g.MapGet("", async (string? commune, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await WorklistQueries.ItemsAsync(db, http.Me(), commune, ct),
                    l => Results.Ok(l.Select(e => new WorklistItemDto(e.Kind, e.PersonId, e.CaseId, e.DueOn, e.Title)).ToList())))
            .WithSummary("Việc cần làm của người gọi (tính hằng ngày): cán bộ xã — của xã; người giám sát — của mình; "
                + "cán bộ tỉnh — của tỉnh (commune=mã xã để lọc). Tòa án, Viện kiểm sát, Ngân hàng, quản trị: 403.")
            .Produces<List<WorklistItemDto>>().ProducesValidationProblem().ProducesProblem(403)
            .ReadOnlyWork()
            .ReadsPersonalDataList<Domain.Worklist.WorklistItem>();
        g.MapGet("/counts", async (HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await WorklistQueries.CountsAsync(db, http.Me(), ct),
                    l => Results.Ok(l.Select(c => new WorklistCountDto(c.CommuneCode, c.CommuneName, c.Kind, c.Count)).ToList())))
            .WithSummary("Cán bộ Công an tỉnh: số việc cần làm theo từng xã, phường và loại việc.")
            .Produces<List<WorklistCountDto>>().ProducesProblem(403)
            .ReadOnlyWork()
            .NoPersonalData();
    }
}
