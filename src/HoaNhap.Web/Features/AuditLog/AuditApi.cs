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
            .ReadsPersonalDataList<Domain.Audit.AuditEntry>();
        g.MapGet("/verify", async (HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                !http.Me().IsAdmin ? ApiResults.Forbidden() : Results.Ok(await AuditVerification.VerifyAsync(db, ct)))
            .WithSummary("Kiểm tra toàn bộ chuỗi băm của nhật ký; trả về bản ghi hỏng đầu tiên nếu có (chỉ quản trị).")
            .Produces<VerificationResult>().ProducesProblem(403)
            .NoPersonalData();
    }
}
