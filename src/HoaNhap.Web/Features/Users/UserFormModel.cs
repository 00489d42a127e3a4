using HoaNhap.Domain.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HoaNhap.Web.Features.Users;

public abstract class UserFormModel : PageModel
{
    [BindProperty] public UserInput Input { get; set; } = new();
    public List<SelectListItem> RoleChoices { get; } =
        [new SelectListItem("— Chọn —", ""), .. Roles.All.Select(r => new SelectListItem(Roles.Title(r), r))];
}
