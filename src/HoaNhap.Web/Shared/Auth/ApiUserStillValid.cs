using System.Security.Claims;
using HoaNhap.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace HoaNhap.Web.Shared.Auth;

/// <summary>
/// A bearer token lives up to an hour; a deactivated account, or one whose role, unit or password
/// changed since the token was issued (new security stamp), or one locked out after wrong passwords, is refused at once.
/// </summary>
public sealed class ApiUserStillValid(UserManager<AppUser> users) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var principal = context.HttpContext.User;
        if (principal.Identity?.IsAuthenticated == true)
        {
            var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
            var stamp = principal.FindFirstValue(users.Options.ClaimsIdentity.SecurityStampClaimType);
            var user = id is null ? null : await users.FindByIdAsync(id);
            if (user is null || !user.IsActive || await users.IsLockedOutAsync(user)
                || (users.SupportsUserSecurityStamp && stamp != await users.GetSecurityStampAsync(user)))
                return Results.Problem(title: "Phiên làm việc không còn hiệu lực",
                    detail: "Tài khoản đã bị khóa hoặc thay đổi vai trò, đơn vị, mật khẩu. Hãy lấy token mới.", statusCode: 401);
        }
        return await next(context);
    }
}
