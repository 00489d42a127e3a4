using HoaNhap.Data;
using HoaNhap.Domain.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Users;

[Authorize(Policy = nameof(Act.ManageUsers))]
[Shared.Audit.NoPersonalData]
public sealed class RoleSettingsModel(HoaNhapDbContext db) : PageModel
{
    public List<RoleSettingDto> Settings { get; private set; } = [];
    [BindProperty] public List<string> Required { get; set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Settings = await RoleSettingCommands.ListAsync(db, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        foreach (var s in await RoleSettingCommands.ListAsync(db, ct))
        {
            var wanted = Required.Contains(s.Role);
            if (wanted != s.RequireTwoFactor) await RoleSettingCommands.SetAsync(db, s.Role, wanted, ct);
        }
        TempData["Message"] = "Đã lưu yêu cầu xác thực hai lớp.";
        return RedirectToPage();
    }
}
