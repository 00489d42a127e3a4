using System.Security.Claims;
using HoaNhap.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace HoaNhap.Web.Shared.Auth;

/// <summary>
/// When an administrator requires two-factor sign-in for a role, a user of that role who signed
/// in with a password only is sent to set up an authenticator before any other page.
/// </summary>
public sealed class TwoFactorEnrollmentFilter(HoaNhapDbContext db, ReferenceCache cache) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var principal = context.HttpContext.User;
        var page = context.ActionDescriptor.ViewEnginePath;
        if (principal.Identity?.IsAuthenticated == true && !page.StartsWith("/Account/", StringComparison.Ordinal)
            && principal.FindFirstValue(ClaimTypes.Role) is { } role
            && !principal.HasClaim("amr", "mfa")
            && await cache.RequiresTwoFactorAsync(db, role, context.HttpContext.RequestAborted))
        {
            context.Result = new RedirectToPageResult("/Account/TwoFactor");
            return;
        }
        await next();
    }
}
