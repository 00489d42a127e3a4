using System.Security.Claims;
using HoaNhap.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HoaNhap.Web.Shared.Auth;

/// <summary>Puts the user's one role and unit into the sign-in, for cookies and bearer tokens alike.</summary>
public sealed class HoaNhapClaimsFactory(UserManager<AppUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var id = await base.GenerateClaimsAsync(user);
        id.AddClaim(new Claim(ClaimTypes.Role, user.Role));
        id.AddClaim(new Claim(CurrentUser.UnitClaim, user.UnitCode));
        id.AddClaim(new Claim(CurrentUser.ProvinceClaim, user.ProvinceCode));
        if (user.CommuneCode is { } commune) id.AddClaim(new Claim(CurrentUser.CommuneClaim, commune));
        id.AddClaim(new Claim(CurrentUser.FullNameClaim, user.FullName));
        if (user.PersonId is { } person) id.AddClaim(new Claim(CurrentUser.PersonClaim, person.ToString()));
        if (user.Body is { } body) id.AddClaim(new Claim(CurrentUser.BodyClaim, body.ToString()));
        return id;
    }
}
