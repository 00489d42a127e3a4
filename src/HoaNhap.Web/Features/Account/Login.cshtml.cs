using System.ComponentModel.DataAnnotations;
using HoaNhap.Data;
using HoaNhap.Data.Identity;
using HoaNhap.Domain.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Account;

[Shared.Audit.NoPersonalData]
public sealed class LoginModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, HoaNhapDbContext db) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Hãy nhập tên đăng nhập."), Display(Name = "Tên đăng nhập")]
    public string UserName { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Hãy nhập mật khẩu."), DataType(DataType.Password), Display(Name = "Mật khẩu")]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByNameAsync(UserName.Trim());
        // A portal account (role Person) signs in on the portal only.
        if (user is null || !user.IsActive || user.Role == HoaNhap.Domain.Access.Roles.Person)
        {
            ModelState.AddModelError(nameof(UserName), SignInRefusal.Message);
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        db.Record(result.Succeeded || result.RequiresTwoFactor ? AuditActions.SignIn : AuditActions.SignInFailed,
            nameof(AppUser), user.Id, null, user.ProvinceCode, user.CommuneCode,
            System.Text.Json.JsonSerializer.Serialize(new { userName = user.UserName, channel = "web" }, Data.Audit.AuditTrail.Json));
        await db.SaveChangesAsync();
        if (result.RequiresTwoFactor)
            return RedirectToPage("/Account/LoginWith2fa", new { ReturnUrl });
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(UserName), SignInRefusal.Message);
            return Page();
        }
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
