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

/// <summary>Sign-in with a one-time code sent by SMS: the ID number first, then the code (same limits and audit as the PIN).</summary>
[AllowAnonymous, PortalEndpoint, NoPersonalData, EnableRateLimiting(PortalSignIn.RateLimit)]
public sealed class SignInByCodeModel(HoaNhapDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty] public OneTimeCodeSignInInput Input { get; set; } = new();
    /// <summary>The code was asked for: the page shows the second step.</summary>
    public bool CodeAsked { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostSendAsync(CancellationToken ct)
    {
        ModelState.Clear();
        if (PortalOneTimeCodes.IdNumberProblems(Input.PersonalIdNumber) is { Count: > 0 } errors)
        {
            ModelState.AddErrors(errors);
            return Page();
        }
        await PortalOneTimeCodes.RequestAsync(db, users, new OneTimeCodeRequest { PersonalIdNumber = Input.PersonalIdNumber }, "portal-code-web", ct);
        CodeAsked = true;
        Input.Code = null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        CodeAsked = true;
        if (PortalOneTimeCodes.SignInProblems(Input) is { Count: > 0 } errors)
        {
            ModelState.AddErrors(errors);
            return Page();
        }
        var user = await PortalOneTimeCodes.CheckAsync(db, users, Input, "portal-code-web", ct);
        if (user is null)
        {
            ModelState.AddModelError("", PortalOneTimeCodes.Refused);
            Input.Code = null;
            return Page();
        }
        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect(PortalSignIn.Root);
    }
}
