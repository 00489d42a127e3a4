using HoaNhap.Data;
using HoaNhap.Data.Identity;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Audit;
using HoaNhap.Web.Shared.Portal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace HoaNhap.Web.Features.Portal;

/// <summary>The person signs in with their personal ID number and PIN (rate limited; 5 wrong PINs lock the account for 15 minutes).</summary>
[AllowAnonymous, PortalEndpoint, NoPersonalData, EnableRateLimiting(PortalSignIn.RateLimit)]
public sealed class SignInModel(HoaNhapDbContext db, SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty] public PortalSignInInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (PortalAccounts.SignInProblems(Input) is { Count: > 0 } errors)
        {
            ModelState.AddErrors(errors);
            return Page();
        }
        var user = await PortalAccounts.CheckPinAsync(db, signIn, Input,
            (u, pin) => signIn.PasswordSignInAsync(u, pin, isPersistent: false, lockoutOnFailure: true), "portal-web", ct);
        if (user is null)
        {
            ModelState.AddModelError("", PortalAccounts.SignInRefused);
            Input.Pin = null;
            return Page();
        }
        return LocalRedirect(ReturnUrl is { } back && Url.IsLocalUrl(back) && back.StartsWith(PortalSignIn.Root, StringComparison.Ordinal) ? back : PortalSignIn.Root);
    }
}
