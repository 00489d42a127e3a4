using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Data.Audit;
using HoaNhap.Data.Identity;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Portal;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Portal;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HoaNhap.Web.Features.Portal;

public sealed class ActivationInput
{
    public string? PersonalIdNumber { get; set; }
    public string? Code { get; set; }
    public string? Pin { get; set; }
    /// <summary>The page only: the PIN typed a second time.</summary>
    public string? PinAgain { get; set; }
}

public sealed class PortalSignInInput
{
    public string? PersonalIdNumber { get; set; }
    public string? Pin { get; set; }
    /// <summary>API only, instead of the PIN: the one-time code sent by SMS (<c>POST /api/v1/me/one-time-code</c>).</summary>
    public string? Code { get; set; }
}

/// <summary>An invitation just issued: the code is shown this once (only its hash is kept).</summary>
public sealed record IssuedInvitation(Guid PersonId, string PersonName, string Code, DateOnly ExpiresOn);

/// <summary>
/// The person's portal account (issue 18): the commune police issue a one-time code, the person activates the portal with
/// their personal ID number, the code and a PIN they choose, then signs in with the ID number and the PIN. The account is an
/// ASP.NET Identity user of role <see cref="Roles.Person"/> linked to the person: the PIN is kept only as Identity's hash,
/// and Identity's lockout applies (5 wrong PINs lock it for 15 minutes). Every attempt is audited.
/// </summary>
public static class PortalAccounts
{
    /// <summary>One answer for every refused sign-in, so it never tells whether an ID number has an account.</summary>
    public const string SignInRefused = "Số định danh cá nhân hoặc mã PIN không đúng, hoặc tài khoản đang bị tạm khóa do nhập sai nhiều lần "
        + "(hãy thử lại sau 15 phút, hoặc đến Công an xã để được hỗ trợ).";
    public const string ActivationRefused = "Số định danh cá nhân hoặc mã kích hoạt không đúng, hoặc mã đã hết hạn, đã dùng hay đã bị khóa. "
        + "Hãy kiểm tra lại giấy mời, hoặc đến Công an xã để được cấp mã mới.";

    public static string UserNameOf(Guid personId) => "congdan-" + personId.ToString("N");

    /// <summary>The commune police's invitation: a new code valid for the configured number of days; an earlier open code is withdrawn.</summary>
    public static async Task<Outcome<IssuedInvitation>> IssueAsync(HoaNhapDbContext db, CurrentUser me, PortalOptions options, Guid personId,
        CancellationToken ct)
    {
        var person = await PersonLookup.FindAsync(db, me, personId, ct);
        if (person is null) return Outcome<IssuedInvitation>.Missing();
        if (!me.May(Act.IssuePortalInvitation)) return Outcome<IssuedInvitation>.Denied();
        if (string.IsNullOrEmpty(person.PersonalIdNumber))
            return Outcome<IssuedInvitation>.Refused("", "Người này chưa có số định danh cá nhân trong hồ sơ: hãy bổ sung trước khi mời dùng cổng thông tin, vì người đó đăng nhập bằng số định danh cá nhân.");
        foreach (var open in await db.Set<PortalInvitation>().Where(i => i.PersonId == person.Id && i.Status == PortalInvitationStatus.Open).ToListAsync(ct))
            open.Withdraw();
        var code = PortalCode.New();
        var today = db.Today;
        var invitation = new PortalInvitation
        {
            PersonId = person.Id, ProvinceCode = person.ProvinceCode, CommuneCode = person.CommuneCode,
            CodeHash = PortalCode.Hash(code), IssuedOn = today, ExpiresOn = today.AddDays(Math.Max(1, options.InvitationValidDays) - 1),
        };
        db.Add(invitation);
        await db.SaveChangesAsync(ct);
        return Outcome<IssuedInvitation>.Ok(new IssuedInvitation(person.Id, person.FullName, code, invitation.ExpiresOn));
    }

    /// <summary>Activation: the ID number, the code and a new PIN; the portal account is created (or its PIN replaced, a new code having been issued).</summary>
    public static async Task<Outcome<AppUser>> ActivateAsync(HoaNhapDbContext db, UserManager<AppUser> users, PortalOptions options,
        ActivationInput input, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var idNumber = (input.PersonalIdNumber ?? "").Trim();
        if (idNumber.Length == 0) errors[nameof(ActivationInput.PersonalIdNumber)] = [FormMessages.Required("Số định danh cá nhân")];
        else if (idNumber.Length != 12 || !idNumber.All(char.IsAsciiDigit)) errors[nameof(ActivationInput.PersonalIdNumber)] = ["Số định danh cá nhân gồm đúng 12 chữ số."];
        if (PortalCode.Normalise(input.Code).Length == 0) errors[nameof(ActivationInput.Code)] = [FormMessages.Required("Mã kích hoạt")];
        if (PortalPin.Problem(input.Pin) is { } pinProblem) errors[nameof(ActivationInput.Pin)] = [pinProblem];
        if (input.PinAgain is not null && input.PinAgain != input.Pin) errors[nameof(ActivationInput.PinAgain)] = ["Hai lần nhập mã PIN không giống nhau."];
        if (errors.Count > 0) return Outcome<AppUser>.Invalid(errors);

        var today = db.Today;
        var hash = PortalCode.Hash(input.Code);
        var invitation = await db.Set<PortalInvitation>().FirstOrDefaultAsync(i => i.CodeHash == hash, ct);
        var person = invitation is null ? null : await db.People.FirstOrDefaultAsync(p => p.Id == invitation.PersonId, ct);
        if (invitation is null || person is null || invitation.WhyNotUsable(today) is not null || person.PersonalIdNumber != idNumber)
        {
            // A right code with a wrong ID number counts against the code; a code that matches nothing is answered the same.
            if (invitation is not null && person is not null && person.PersonalIdNumber != idNumber) invitation.RecordFailure(options.MaxActivationFailures);
            Audit(db, AuditActions.SignInFailed, null, person, "portal-activation");
            await db.SaveChangesAsync(ct);
            return Outcome<AppUser>.Refused("", ActivationRefused);
        }

        var user = await db.Users.FirstOrDefaultAsync(u => u.PersonId == person.Id && u.Role == Roles.Person, ct);
        var created = user is null;
        user ??= new AppUser
        {
            UserName = UserNameOf(person.Id), FullName = person.FullName, Role = Roles.Person, PersonId = person.Id,
            UnitCode = person.CommuneCode, ProvinceCode = person.ProvinceCode, CommuneCode = person.CommuneCode,
            CreatedAt = db.Clock.GetUtcNow(), LockoutEnabled = true,
        };
        user.PasswordHash = users.PasswordHasher.HashPassword(user, input.Pin!);
        user.IsActive = true;
        var saved = created ? await users.CreateAsync(user) : await users.UpdateAsync(user);
        if (!saved.Succeeded) return Outcome<AppUser>.Refused("", string.Join(" ", saved.Errors.Select(e => e.Description)));
        if (!created)
        {
            // A new PIN ends the sessions and tokens of the old one, and lifts a lock-out.
            await users.UpdateSecurityStampAsync(user);
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
        }
        invitation.Use(today, db.Clock.GetUtcNow());
        Audit(db, AuditActions.SignIn, user, person, "portal-activation");
        await db.SaveChangesAsync(ct);
        return Outcome<AppUser>.Ok(user);
    }

    /// <summary>The portal account of the person with this ID number, when the PIN is right; null (audited, counted towards lock-out) otherwise.</summary>
    public static async Task<AppUser?> CheckPinAsync(HoaNhapDbContext db, SignInManager<AppUser> signIn, PortalSignInInput input,
        Func<AppUser, string, Task<SignInResult>> check, string channel, CancellationToken ct)
    {
        var idNumber = (input.PersonalIdNumber ?? "").Trim();
        var person = idNumber.Length == 12 ? await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.PersonalIdNumber == idNumber, ct) : null;
        var user = person is null ? null
            : await db.Users.FirstOrDefaultAsync(u => u.PersonId == person.Id && u.Role == Roles.Person, ct);
        var ok = false;
        if (user is { IsActive: true } && !string.IsNullOrEmpty(input.Pin))
            ok = (await check(user, input.Pin)).Succeeded;
        Audit(db, ok ? AuditActions.SignIn : AuditActions.SignInFailed, user, person, channel);
        await db.SaveChangesAsync(ct);
        return ok ? user : null;
    }

    public static Dictionary<string, string[]> SignInProblems(PortalSignInInput input)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.PersonalIdNumber)) errors[nameof(PortalSignInInput.PersonalIdNumber)] = [FormMessages.Required("Số định danh cá nhân")];
        if (string.IsNullOrEmpty(input.Pin)) errors[nameof(PortalSignInInput.Pin)] = [FormMessages.Required("Mã PIN")];
        return errors;
    }

    static void Audit(HoaNhapDbContext db, string action, AppUser? user, Person? person, string channel) =>
        db.Record(action, nameof(AppUser), user?.Id, person?.Id, person?.ProvinceCode, person?.CommuneCode,
            JsonSerializer.Serialize(new { userName = user?.UserName, channel }, AuditTrail.Json));
}
