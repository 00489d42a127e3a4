using System.Security.Claims;
using HoaNhap.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HoaNhap.Web.Shared.Auth;

/// <summary>A bearer token for a signed-in user, as the staff token and the portal's token issue it: the user's claims, an hour's life.</summary>
public static class BearerTokens
{
    public static async Task<(string AccessToken, DateTimeOffset ExpiresAt)> IssueAsync(AppUser user, IUserClaimsPrincipalFactory<AppUser> claims,
        IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock, Action<ClaimsIdentity>? more = null)
    {
        var principal = await claims.CreateAsync(user);
        more?.Invoke((ClaimsIdentity)principal.Identity!);
        var options = bearer.Get(IdentityConstants.BearerScheme);
        var now = clock.GetUtcNow();
        var expires = now.Add(options.BearerTokenExpiration);
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = expires }, IdentityConstants.BearerScheme);
        return (options.BearerTokenProtector.Protect(ticket), expires);
    }
}
