using HoaNhap.Web.Shared.Audit;
using Microsoft.AspNetCore.Antiforgery;

namespace HoaNhap.Web.Shared;

/// <summary>
/// The sync API is called by the pages' own script with the signed-in user's cookie, so a write must prove it comes from a page of
/// this site: the anti-forgery token (from <c>GET /api/v1/sync/token</c>, or any form of the site) in the
/// <c>RequestVerificationToken</c> header. A write without it, or with another user's, answers 400 and does nothing.
/// </summary>
public sealed class SyncAntiforgery(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method) && !await antiforgery.IsRequestValidAsync(http))
            return Results.Problem(title: "Thiếu mã chống giả mạo", statusCode: StatusCodes.Status400BadRequest,
                detail: "Yêu cầu ghi phải kèm mã chống giả mạo (header RequestVerificationToken) của phiên đăng nhập này. Hãy tải lại trang rồi gửi lại.");
        return await next(context);
    }
}

public sealed record SyncTokenDto(string HeaderName, string Token);

public static class SyncEndpoints
{
    public static void MapSyncToken(this RouteGroupBuilder sync) =>
        sync.MapGet("/token", (HttpContext http, IAntiforgery antiforgery) =>
            {
                var tokens = antiforgery.GetAndStoreTokens(http);
                return Results.Ok(new SyncTokenDto(tokens.HeaderName!, tokens.RequestToken!));
            })
            .WithSummary("Mã chống giả mạo của phiên đăng nhập này, để gửi kèm (header RequestVerificationToken) khi đồng bộ bản ghi.")
            .Produces<SyncTokenDto>()
            .NoPersonalData();
}
