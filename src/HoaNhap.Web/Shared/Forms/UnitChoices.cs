using HoaNhap.Data;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Shared.Forms;

public static class UnitChoices
{
    /// <summary>The communes a user works in: one for a commune user, the province's for a province user.</summary>
    public static async Task<List<SelectListItem>> CommunesAsync(HoaNhapDbContext db, CurrentUser user, CancellationToken ct)
    {
        var q = db.Communes.AsNoTracking();
        q = user.CommuneCode is { } c ? q.Where(x => x.Code == c) : q.Where(x => x.ProvinceCode == user.ProvinceCode);
        var list = await q.OrderBy(x => x.Name).ToListAsync(ct);
        return list.Select(x => new SelectListItem($"{x.FullName} ({x.Code})", x.Code)).ToList();
    }
}
