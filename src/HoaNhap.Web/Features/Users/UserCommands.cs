using FluentValidation;
using HoaNhap.Data;
using HoaNhap.Data.Identity;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Users;

public sealed class UserInput
{
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string? FullName { get; set; }
    public string? Role { get; set; }
    public string? UnitCode { get; set; }
    public bool IsActive { get; set; } = true;
}

public sealed record UserView(string Id, string UserName, string FullName, string Role, string RoleTitle, string UnitCode,
    bool IsActive, bool TwoFactorEnabled, bool LockedOut)
{
    public static UserView From(AppUser u) => new(u.Id, u.UserName ?? "", u.FullName, u.Role, Roles.Title(u.Role), u.UnitCode,
        u.IsActive, u.TwoFactorEnabled, u.LockoutEnd is { } end && end > DateTimeOffset.UtcNow);
}

public sealed class UserValidator : AbstractValidator<UserInput>
{
    public UserValidator(HoaNhapDbContext db, bool creating)
    {
        if (creating)
        {
            RuleFor(x => x.UserName).NotEmpty().WithMessage(FormMessages.Required("Tên đăng nhập"))
                .Matches(@"^[a-zA-Z0-9._@-]{3,64}$").WithMessage("Tên đăng nhập gồm 3 đến 64 ký tự: chữ cái không dấu, chữ số, dấu chấm, gạch dưới, gạch nối hoặc @.");
            RuleFor(x => x.Password).NotEmpty().WithMessage(FormMessages.Required("Mật khẩu"));
        }
        RuleFor(x => x.FullName).NotEmpty().WithMessage(FormMessages.Required("Họ và tên"))
            .Text("Họ và tên", 100).PersonName("Họ và tên");
        RuleFor(x => x.Role).Must(r => r is not null && Roles.All.Contains(r))
            .WithMessage("Vai trò không hợp lệ. Chọn một trong: " + string.Join(", ", Roles.All) + ".");
        RuleFor(x => x.UnitCode).NotEmpty().WithMessage(FormMessages.Required("Đơn vị"))
            .MustAsync(async (input, code, ct) =>
            {
                if (code is null || input.Role is null) return true;
                if (Roles.IsCommuneLevel(input.Role)) return UnitCodeOk(code, 5) && await db.Communes.AnyAsync(c => c.Code == code, ct);
                return UnitCodeOk(code, 2) && await db.Provinces.AnyAsync(p => p.Code == code, ct);
            })
            .WithMessage(x => x.Role is not null && Roles.IsCommuneLevel(x.Role)
                ? "Đơn vị phải là mã xã, phường (5 chữ số) có trong danh mục hành chính."
                : "Đơn vị phải là mã tỉnh, thành phố (2 chữ số) có trong danh mục hành chính.");
    }

    static bool UnitCodeOk(string code, int length) => code.Length == length && code.All(char.IsAsciiDigit);
}

/// <summary>Creating and changing user accounts; the pages and API let only system administrators reach these.</summary>
public static class UserCommands
{
    public static async Task<Outcome<UserView>> CreateAsync(HoaNhapDbContext db, UserManager<AppUser> users, UserInput input, CancellationToken ct)
    {
        var result = await new UserValidator(db, creating: true).ValidateAsync(input, ct);
        if (!result.IsValid) return Outcome<UserView>.Invalid(result.ToErrors());
        var user = new AppUser
        {
            UserName = input.UserName!.Trim(), CreatedAt = DateTimeOffset.UtcNow, LockoutEnabled = true,
        };
        await ApplyAsync(db, user, input, ct);
        var created = await users.CreateAsync(user, input.Password!);
        if (!created.Succeeded) return Outcome<UserView>.Invalid(IdentityErrors(created));
        return Outcome<UserView>.Ok(UserView.From(user));
    }

    public static async Task<Outcome<UserView>> UpdateAsync(HoaNhapDbContext db, UserManager<AppUser> users, string id, UserInput input, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return Outcome<UserView>.Missing();
        var result = await new UserValidator(db, creating: false).ValidateAsync(input, ct);
        if (!result.IsValid) return Outcome<UserView>.Invalid(result.ToErrors());
        // A refused password must leave the account untouched: check it before changing anything.
        if (!string.IsNullOrEmpty(input.Password))
        {
            var problems = new List<IdentityError>();
            foreach (var v in users.PasswordValidators)
                if (await v.ValidateAsync(users, user, input.Password) is { Succeeded: false } r) problems.AddRange(r.Errors);
            if (problems.Count > 0) return Outcome<UserView>.Invalid(IdentityErrors(IdentityResult.Failed([.. problems])));
        }
        var roleOrUnitChanged = user.Role != input.Role || user.UnitCode != input.UnitCode || user.IsActive != input.IsActive;
        await ApplyAsync(db, user, input, ct);
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded) return Outcome<UserView>.Invalid(IdentityErrors(updated));
        // A new role, unit or a deactivation must end the sessions that carry the old ones.
        if (roleOrUnitChanged) await users.UpdateSecurityStampAsync(user);
        if (!string.IsNullOrEmpty(input.Password))
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var reset = await users.ResetPasswordAsync(user, token, input.Password);
            if (!reset.Succeeded) return Outcome<UserView>.Invalid(IdentityErrors(reset));
        }
        return Outcome<UserView>.Ok(UserView.From(user));
    }

    static async Task ApplyAsync(HoaNhapDbContext db, AppUser user, UserInput input, CancellationToken ct)
    {
        user.FullName = VietnameseText.Nfc(input.FullName);
        user.Role = input.Role!;
        user.UnitCode = input.UnitCode!;
        user.IsActive = input.IsActive;
        if (input.UnitCode!.Length == 5)
        {
            user.CommuneCode = input.UnitCode;
            user.ProvinceCode = await db.Communes.Where(c => c.Code == input.UnitCode).Select(c => c.ProvinceCode).FirstAsync(ct);
        }
        else
        {
            user.CommuneCode = null;
            user.ProvinceCode = input.UnitCode;
        }
    }

    static Dictionary<string, string[]> IdentityErrors(IdentityResult r)
    {
        var errors = new Dictionary<string, List<string>>();
        foreach (var e in r.Errors)
        {
            var field = e.Code.StartsWith("Password") ? nameof(UserInput.Password)
                : e.Code.Contains("UserName") ? nameof(UserInput.UserName) : "";
            (errors.TryGetValue(field, out var list) ? list : errors[field] = []).Add(e.Description);
        }
        return errors.ToDictionary(k => k.Key, v => v.Value.ToArray());
    }
}
