using HoaNhap.Data;
using HoaNhap.Data.Identity;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Users;

public sealed record RoleSettingDto(string Role, string Title, bool RequireTwoFactor);

/// <summary>Per-role settings: whether two-factor sign-in is required.</summary>
public static class RoleSettingCommands
{
    public static async Task<List<RoleSettingDto>> ListAsync(HoaNhapDbContext db, CancellationToken ct)
    {
        var saved = await db.RoleSettings.AsNoTracking().ToDictionaryAsync(r => r.Role, ct);
        return Roles.All.Select(r => new RoleSettingDto(r, Roles.Title(r), saved.TryGetValue(r, out var s) && s.RequireTwoFactor)).ToList();
    }

    public static async Task<Outcome<RoleSettingDto>> SetAsync(HoaNhapDbContext db, string role, bool requireTwoFactor, CancellationToken ct)
    {
        if (!Roles.All.Contains(role)) return Outcome<RoleSettingDto>.Missing();
        var setting = await db.RoleSettings.FindAsync([role], ct);
        if (setting is null) db.RoleSettings.Add(setting = new RoleSetting { Role = role });
        setting.RequireTwoFactor = requireTwoFactor;
        setting.UpdatedAt = db.Clock.GetUtcNow();
        setting.UpdatedBy = db.Actor.UserName;
        await db.SaveChangesAsync(ct);
        return Outcome<RoleSettingDto>.Ok(new RoleSettingDto(role, Roles.Title(role), requireTwoFactor));
    }
}
