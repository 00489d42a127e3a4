using HoaNhap.Data;
using HoaNhap.Data.Identity;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Plans;
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
    /// <summary>Optional mobile number: where the supervisor's reminders go by SMS (<c>Notifications</c>).</summary>
    public string? Phone { get; set; }
    /// <summary>Role PartnerBody only: which body the user reports for (a name of <see cref="HoaNhap.Domain.Plans.Body"/>, e.g. "WomensUnion").</summary>
    public string? Body { get; set; }
    public bool IsActive { get; set; } = true;
}

public sealed record UserView(string Id, string UserName, string FullName, string Role, string RoleTitle, string UnitCode,
    bool IsActive, bool TwoFactorEnabled, bool LockedOut, string? Phone, string? Body, string? BodyTitle)
{
    public static UserView From(AppUser u) => new(u.Id, u.UserName ?? "", u.FullName, u.Role, Roles.Title(u.Role), u.UnitCode,
        u.IsActive, u.TwoFactorEnabled, u.LockoutEnd is { } end && end > DateTimeOffset.UtcNow, u.PhoneNumber,
        u.Body?.ToString(), u.Body is { } b ? PlanText.Body(b) : null);
}

/// <summary>The checks of an account's form.</summary>
public static class UserChecks
{
    /// <summary>Every problem of <paramref name="x"/> by field; the name and password are checked only when creating.</summary>
    public static async Task<Dictionary<string, string[]>> CheckAsync(HoaNhapDbContext db, bool creating, UserInput x, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (creating)
        {
            if (string.IsNullOrWhiteSpace(x.UserName)) FormChecks.Add(errors, nameof(x.UserName), FormMessages.Required("Tên đăng nhập"));
            else if (!System.Text.RegularExpressions.Regex.IsMatch(x.UserName, @"^[a-zA-Z0-9._@-]{3,64}$"))
                FormChecks.Add(errors, nameof(x.UserName), "Tên đăng nhập gồm 3 đến 64 ký tự: chữ cái không dấu, chữ số, dấu chấm, gạch dưới, gạch nối hoặc @.");
            if (string.IsNullOrEmpty(x.Password)) FormChecks.Add(errors, nameof(x.Password), FormMessages.Required("Mật khẩu"));
        }
        FormChecks.PersonName(errors, nameof(x.FullName), "Họ và tên", FormChecks.Required(x.FullName, nameof(x.FullName), "Họ và tên", 100, errors));
        if (!string.IsNullOrWhiteSpace(x.Phone) && MobilePhone.Normalise(x.Phone) is null) FormChecks.Add(errors, nameof(x.Phone), MobilePhone.Problem);
        if (x.Role is null || !Roles.All.Contains(x.Role))
            FormChecks.Add(errors, nameof(x.Role), "Vai trò không hợp lệ. Chọn một trong: " + string.Join(", ", Roles.All) + ".");
        if (string.IsNullOrWhiteSpace(x.UnitCode)) FormChecks.Add(errors, nameof(x.UnitCode), FormMessages.Required("Đơn vị"));
        else if (x.Role is not null)
        {
            var code = x.UnitCode;
            // A body of a plan works at a province (a department) or at a commune (the commune's mass organisations).
            var commune = Roles.TakesEitherLevel(x.Role) ? code.Length == 5 : Roles.IsCommuneLevel(x.Role);
            var known = commune
                ? UnitCodeOk(code, 5) && await db.Communes.AnyAsync(c => c.Code == code, ct)
                : UnitCodeOk(code, 2) && await db.Provinces.AnyAsync(p => p.Code == code, ct);
            if (!known)
                FormChecks.Add(errors, nameof(x.UnitCode), Roles.TakesEitherLevel(x.Role)
                    ? "Đơn vị phải là mã tỉnh, thành phố (2 chữ số) hoặc mã xã, phường (5 chữ số) có trong danh mục hành chính."
                    : commune
                    ? "Đơn vị phải là mã xã, phường (5 chữ số) có trong danh mục hành chính."
                    : "Đơn vị phải là mã tỉnh, thành phố (2 chữ số) có trong danh mục hành chính.");
        }
        if (x.Role == Roles.PartnerBody && FormChecks.Choice<Body>(x.Body) is null)
            FormChecks.Add(errors, nameof(x.Body), "Hãy chọn cơ quan, tổ chức của tài khoản ("
                + string.Join(", ", Enum.GetNames<Body>()) + ").");
        else if (x.Role != Roles.PartnerBody && !string.IsNullOrWhiteSpace(x.Body))
            FormChecks.Add(errors, nameof(x.Body), "Chỉ tài khoản của cơ quan, tổ chức phối hợp mới chọn cơ quan, tổ chức.");
        return errors;
    }

    static bool UnitCodeOk(string code, int length) => code.Length == length && code.All(char.IsAsciiDigit);
}

/// <summary>Creating and changing user accounts; the pages and API let only system administrators reach these.</summary>
public static class UserCommands
{
    public static async Task<Outcome<UserView>> CreateAsync(HoaNhapDbContext db, UserManager<AppUser> users, UserInput input, CancellationToken ct)
    {
        if (await UserChecks.CheckAsync(db, creating: true, input, ct) is { Count: > 0 } errors) return Outcome<UserView>.Invalid(errors);
        var user = new AppUser
        {
            UserName = input.UserName!.Trim(), CreatedAt = db.Clock.GetUtcNow(), LockoutEnabled = true,
        };
        await ApplyAsync(db, user, input, ct);
        var created = await users.CreateAsync(user, input.Password!);
        if (!created.Succeeded) return Outcome<UserView>.Invalid(IdentityErrors(created));
        return Outcome<UserView>.Ok(UserView.From(user));
    }

    public static async Task<Outcome<UserView>> UpdateAsync(HoaNhapDbContext db, UserManager<AppUser> users, string id, UserInput input, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null || user.Role == HoaNhap.Domain.Access.Roles.Person) return Outcome<UserView>.Missing();
        if (await UserChecks.CheckAsync(db, creating: false, input, ct) is { Count: > 0 } errors) return Outcome<UserView>.Invalid(errors);
        // A refused password must leave the account untouched: check it before changing anything.
        if (!string.IsNullOrEmpty(input.Password))
        {
            var problems = new List<IdentityError>();
            foreach (var v in users.PasswordValidators)
                if (await v.ValidateAsync(users, user, input.Password) is { Succeeded: false } r) problems.AddRange(r.Errors);
            if (problems.Count > 0) return Outcome<UserView>.Invalid(IdentityErrors(IdentityResult.Failed([.. problems])));
        }
        var roleOrUnitChanged = user.Role != input.Role || user.UnitCode != input.UnitCode || user.IsActive != input.IsActive
            || user.Body != (input.Role == Roles.PartnerBody ? FormChecks.Choice<Body>(input.Body) : null);
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
        user.PhoneNumber = MobilePhone.Normalise(input.Phone);
        user.Body = input.Role == Roles.PartnerBody ? FormChecks.Choice<Body>(input.Body) : null;
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
