using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace HoaNhap.Web.Shared.Portal;

/// <summary>The portal's settings (section <c>Portal</c> of the configuration).</summary>
public sealed class PortalOptions
{
    /// <summary>How many days an invitation's one-time code stays valid (the last day included).</summary>
    public int InvitationValidDays { get; set; } = 30;
    /// <summary>Activation and sign-in attempts allowed per client address per minute, before 429.</summary>
    public int SignInPermitsPerMinute { get; set; } = 10;
    /// <summary>Wrong personal ID numbers typed with one code before the code is locked.</summary>
    public int MaxActivationFailures { get; set; } = 5;
    /// <summary>The address people open the portal at (e.g. https://hoanhap.example.gov.vn), printed in the invitation's QR code; empty: the address of the officer's request.</summary>
    public string? PublicUrl { get; set; }
}

/// <summary>Where the portal lives and how its sign-in is limited: the rate limiter on every activation and sign-in.</summary>
public static class PortalSignIn
{
    public const string Root = "/Cong-dan";
    public const string Path = "/Cong-dan/Dang-nhap";
    public const string ActivationPath = "/Cong-dan/Kich-hoat";
    /// <summary>The rate limiter's policy: a fixed window per client address.</summary>
    public const string RateLimit = "portal-sign-in";

    public static void AddPortalSignIn(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PortalOptions>(configuration.GetSection("Portal"));
        var permits = Math.Max(1, configuration.GetValue("Portal:SignInPermitsPerMinute", new PortalOptions().SignInPermitsPerMinute));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only the attempts count: showing the sign-in page is free.
            o.AddPolicy(RateLimit, ctx => HttpMethods.IsGet(ctx.Request.Method) ? RateLimitPartition.GetNoLimiter("read") : RateLimitPartition.GetFixedWindowLimiter(
                ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = async (ctx, ct) =>
            {
                ctx.HttpContext.Response.Headers.RetryAfter = "60";
                if (ctx.HttpContext.Request.Path.StartsWithSegments("/api"))
                    await Results.Problem(title: "Quá nhiều lần thử", detail: TooMany, statusCode: 429).ExecuteAsync(ctx.HttpContext);
                else
                {
                    ctx.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                    await ctx.HttpContext.Response.WriteAsync(TooMany, ct);
                }
            };
        });
    }

    public const string TooMany = "Bạn đã thử quá nhiều lần trong một phút. Hãy chờ một phút rồi thử lại.";
}
