using HoaNhap.Web.Shared.Auth;

namespace HoaNhap.Web.Shared.Portal;

/// <summary>
/// A portal account (role <c>Person</c>) reaches only the portal: a page or endpoint marked <see cref="PortalEndpointAttribute"/>,
/// or one open to anyone (sign-in, the error page, static files). Every staff page and API answers it 404, whatever
/// that page's own checks would say — so a staff page that forgets a role check still never shows a person anything.
/// Runs after authorization, so a bearer token's user is seen too.
/// </summary>
public sealed class PortalGate(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint is null || CurrentUser.From(context.User) is not { IsPerson: true }) return next(context);
        if (endpoint.Metadata.GetMetadata<PortalEndpointAttribute>() is not null
            || endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is not null)
            return next(context);
        if (context.Request.Path.StartsWithSegments("/api")) return ApiResults.NotFound().ExecuteAsync(context);
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
