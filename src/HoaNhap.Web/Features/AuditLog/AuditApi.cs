using HoaNhap.Web.Shared.ReadReplica;
using HoaNhap.Web.Shared.Audit;
using HoaNhap.Data;
using HoaNhap.Web.Shared;

namespace HoaNhap.Web.Features.AuditLog;

public static class AuditApi
{
    public static void MapAuditApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/audit").WithTags("Nhật ký");
        g.MapGet("/", async (string? userName, string? action, Guid? personId, string? from, string? to, int? page,
                HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await AuditQueries.BrowseAsync(db, http.Me(), new AuditFilter(userName, action, personId, from, to, page ?? 1), ct),
                    p => Results.Ok(p)))
            .WithSummary("Nhật ký truy cập và thay đổi (quản trị: toàn bộ; cán bộ Công an tỉnh: tỉnh của mình). from/to: dd/MM/yyyy.")
            .Produces<AuditPage>().ProducesProblem(403)
            .ReadOnlyWork()
            .ReadsPersonalDataList<Domain.Audit.AuditEntry>();
        g.MapGet("/verify", async (HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await AuditVerification.VerifyAsync(db, http.Me(), ct), r => Results.Ok(r)))
            .WithSummary("Kiểm tra chuỗi nhật ký (quản trị: mọi chuỗi; cán bộ Công an tỉnh: chuỗi của tỉnh mình) theo khóa, đầu chuỗi và các mốc neo " +
                         "ngoài cơ sở dữ liệu: {intact, firstBadEntry {chain, sequence, id}, reason, anchoredUpTo {chuỗi: số bản ghi đã đối chiếu}, chains}.")
            .Produces<VerificationResult>().ProducesProblem(403)
            .NoPersonalData();
        g.MapGet("/anchors", async (HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                http.Me() is { ReadsAudit: true } me ? Results.Ok(await AuditAnchoring.ViewAsync(db, me, ct)) : ApiResults.Forbidden())
            .WithSummary("Đầu chuỗi và mốc neo mới nhất của mỗi chuỗi nhật ký (quản trị: mọi chuỗi; cán bộ Công an tỉnh: tỉnh mình), để sao chép và lưu ngoài hệ thống.")
            .Produces<List<AnchorView>>().ProducesProblem(403)
            .NoPersonalData();
    }
}
