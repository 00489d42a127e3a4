using HoaNhap.Data.Identity;
using HoaNhap.Web.Shared.Audit;
using HoaNhap.Web.Shared.Portal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Portal;

/// <summary>Signing out of the portal (a form post, from the portal's header).</summary>
[AllowAnonymous, PortalEndpoint, NoPersonalData]
public sealed class SignOutModel(SignInManager<AppUser> signIn) : PageModel
{
    public IActionResult OnGet() => LocalRedirect(PortalSignIn.Path);

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect(PortalSignIn.Path);
    }
}
