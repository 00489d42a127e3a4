using HoaNhap.Data;
using HoaNhap.Data.Identity;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace HoaNhap.Web.Features.Users;

[Authorize(Policy = nameof(Act.ManageUsers))]
[Shared.Audit.NoPersonalData]
public sealed class CreateModel(HoaNhapDbContext db, UserManager<AppUser> users) : UserFormModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Input.IsActive = true;
        var outcome = await UserCommands.CreateAsync(db, users, Input, ct);
        if (this.Refusal(outcome) is { } refused) return refused;
        if (outcome.Succeeded)
        {
            TempData["Message"] = $"Đã tạo tài khoản {outcome.Value!.UserName}. Hãy trao mật khẩu ban đầu trực tiếp cho người dùng.";
            return RedirectToPage("Index");
        }
        return Page();
    }
}
