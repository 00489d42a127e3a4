using HoaNhap.Data;
using HoaNhap.Data.Identity;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace HoaNhap.Web.Features.Users;

[Authorize(Policy = nameof(Act.ManageUsers))]
[Shared.Audit.PersonalData(typeof(Data.Identity.AppUser))]
public sealed class EditModel(HoaNhapDbContext db, UserManager<AppUser> users) : UserFormModel
{
    public UserView Account { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null || user.Role == HoaNhap.Domain.Access.Roles.Person) return NotFound();
        Account = UserView.From(user);
        Input = new UserInput { FullName = user.FullName, Role = user.Role, UnitCode = user.UnitCode, Phone = user.PhoneNumber, IsActive = user.IsActive, Body = user.Body?.ToString() };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        var outcome = await UserCommands.UpdateAsync(db, users, id, Input, ct);
        if (this.Refusal(outcome) is { } refused) return refused;
        if (outcome.Succeeded)
        {
            TempData["Message"] = $"Đã lưu tài khoản {outcome.Value!.UserName}.";
            return RedirectToPage("Index");
        }
        Account = UserView.From((await users.FindByIdAsync(id))!);
        return Page();
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null || user.Role == HoaNhap.Domain.Access.Roles.Person) return NotFound();
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        TempData["Message"] = $"Đã mở khóa tài khoản {user.UserName}.";
        return RedirectToPage("Edit", new { id });
    }

    public async Task<IActionResult> OnPostResetTwoFactorAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null || user.Role == HoaNhap.Domain.Access.Roles.Person) return NotFound();
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.UpdateSecurityStampAsync(user);
        TempData["Message"] = $"Đã hủy xác thực hai lớp của {user.UserName}; người dùng sẽ thiết lập lại khi đăng nhập.";
        return RedirectToPage("Edit", new { id });
    }
}
