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
    /// <summary>The bodies a plan assigns tasks to, for an account of role PartnerBody.</summary>
    public List<SelectListItem> BodyChoices { get; } =
        [new SelectListItem("— Không (các vai trò khác) —", ""), .. Enum.GetValues<HoaNhap.Domain.Plans.Body>().Select(b => new SelectListItem(HoaNhap.Domain.Plans.PlanText.Body(b), b.ToString()))];
}
