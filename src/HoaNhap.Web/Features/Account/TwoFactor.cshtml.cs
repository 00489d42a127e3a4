using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using HoaNhap.Data;
using HoaNhap.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace HoaNhap.Web.Features.Account;

/// <summary>Setting up (or turning off) an authenticator app for two-factor sign-in (TOTP).</summary>
[Shared.Audit.NoPersonalData]
public sealed class TwoFactorModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, HoaNhapDbContext db,
    IUserStore<AppUser> store) : PageModel
{
    public bool Enabled { get; private set; }
    public bool RequiredForRole { get; private set; }
    public string SharedKey { get; private set; } = "";
    public string QrDataUri { get; private set; } = "";

    [BindProperty, Display(Name = "Mã xác thực")]
    public string? Code { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return RedirectToPage("/Account/Login");
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return RedirectToPage("/Account/Login");
        var code = (Code ?? "").Replace(" ", "").Replace("-", "");
        if (code.Length == 0 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), "Mã xác thực không đúng. Hãy nhập mã 6 chữ số đang hiển thị trên ứng dụng xác thực.");
            await LoadAsync(user);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
        TempData["Message"] = "Đã bật xác thực hai lớp. Từ lần đăng nhập sau, bạn cần nhập mã từ ứng dụng xác thực.";
        return RedirectToPage("/Home/Index");
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return RedirectToPage("/Account/Login");
        await LoadAsync(user);
        if (RequiredForRole)
        {
            ModelState.AddModelError("", "Vai trò của bạn bắt buộc xác thực hai lớp, nên không thể tắt.");
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = "Đã tắt xác thực hai lớp.";
        return RedirectToPage();
    }

    async Task LoadAsync(AppUser user)
    {
        Enabled = user.TwoFactorEnabled;
        RequiredForRole = await db.RoleSettings.FindAsync(user.Role) is { RequireTwoFactor: true };
        if (Enabled) return;
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // A first key, without ResetAuthenticatorKeyAsync's new security stamp: that would end
            // this very session (and the user's API tokens) while they are still scanning the code.
            key = users.GenerateNewAuthenticatorKey();
            await ((IUserAuthenticatorKeyStore<AppUser>)store).SetAuthenticatorKeyAsync(user, key, HttpContext.RequestAborted);
            await users.UpdateAsync(user);
        }
        SharedKey = string.Join(' ', key!.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        var uri = $"otpauth://totp/HoaNhap:{Uri.EscapeDataString(user.UserName!)}?secret={key}&issuer=HoaNhap&digits=6";
        using var qr = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        QrDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(qr).GetGraphic(5));
    }
}
