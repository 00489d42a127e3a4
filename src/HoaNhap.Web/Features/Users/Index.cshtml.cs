using HoaNhap.Data;
using HoaNhap.Domain.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Users;

[Authorize(Policy = nameof(Act.ManageUsers))]
[Shared.Audit.PersonalData(typeof(Data.Identity.AppUser), null)]
public sealed class IndexModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public List<UserView> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var q = db.Users.AsNoTracking().Where(u => u.Role != HoaNhap.Domain.Access.Roles.Person);   // portal accounts are not staff accounts
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var term = Q.Trim();
            q = q.Where(u => u.UserName!.Contains(term) || u.FullName.Contains(term) || u.UnitCode == term);
        }
        Users = (await q.OrderBy(u => u.UnitCode).ThenBy(u => u.UserName).Take(500).ToListAsync(ct)).Select(UserView.From).ToList();
    }
}
