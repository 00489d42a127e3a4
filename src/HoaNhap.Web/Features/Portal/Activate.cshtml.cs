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
using Microsoft.Extensions.Options;

namespace HoaNhap.Web.Features.Portal;

/// <summary>Activation with the invitation's code (the QR code fills it in), the personal ID number and a PIN the person chooses.</summary>
[AllowAnonymous, PortalEndpoint, NoPersonalData, EnableRateLimiting(PortalSignIn.RateLimit)]
public sealed class ActivateModel(HoaNhapDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, IOptions<PortalOptions> options) : PageModel
{
    [BindProperty] public ActivationInput Input { get; set; } = new();

    public void OnGet(string? code) => Input.Code = code;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Input.PinAgain ??= "";
        var outcome = await PortalAccounts.ActivateAsync(db, users, options.Value, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Value is not { } user)
        {
            Input.Pin = Input.PinAgain = null;
            return Page();
        }
        await signIn.SignInAsync(user, isPersistent: false);
        TempData["Message"] = "Đã kích hoạt cổng thông tin. Lần sau, hãy đăng nhập bằng số định danh cá nhân và mã PIN vừa chọn.";
        return LocalRedirect(PortalSignIn.Root);
    }
}
