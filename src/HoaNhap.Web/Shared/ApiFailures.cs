using System.Data.Common;

namespace HoaNhap.Web.Shared;

/// <summary>
/// The API answers JSON even when something fails underneath: the database out of reach → 503 problem details with
/// <c>Retry-After</c> (the client tries again later), anything else → 500 problem details (never the HTML error page).
/// </summary>
public sealed class ApiFailures(RequestDelegate next, ILogger<ApiFailures> log)
{
    public const int RetryAfterSeconds = 30;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            context.Response.Clear();
            if (IsDatabaseUnavailable(ex))
            {
                log.LogWarning(ex, "Database unavailable for {Method} {Path}", context.Request.Method, context.Request.Path);
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await Results.Problem(title: "Hệ thống tạm thời không phục vụ được",
                    detail: $"Cơ sở dữ liệu đang không truy cập được. Hãy thử lại sau {RetryAfterSeconds} giây.", statusCode: 503).ExecuteAsync(context);
                return;
            }
            log.LogError(ex, "Unhandled error for {Method} {Path}", context.Request.Method, context.Request.Path);
            await Results.Problem(title: "Lỗi hệ thống", detail: "Đã xảy ra lỗi không mong muốn; lỗi đã được ghi lại.", statusCode: 500).ExecuteAsync(context);
        }
    }

    /// <summary>A database error, a timeout or a refused connection anywhere in the chain of causes.</summary>
    public static bool IsDatabaseUnavailable(Exception ex)
    {
        for (var e = (Exception?)ex; e is not null; e = e.InnerException)
            if (e is DbException or TimeoutException or System.Net.Sockets.SocketException
                || e.GetType().Name is "RetryLimitExceededException")
                return true;
        return false;
    }
}
