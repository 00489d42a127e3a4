using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Data.Audit;
using HoaNhap.Data.Identity;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Notifications;
using HoaNhap.Domain.People;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Portal;

public sealed class OneTimeCodeRequest
{
    public string? PersonalIdNumber { get; set; }
}

public sealed class OneTimeCodeSignInInput
{
    public string? PersonalIdNumber { get; set; }
    public string? Code { get; set; }
}

/// <summary>
/// Sign-in with a one-time code sent by SMS to the registered phone, beside the ID number and PIN: 6 digits, valid
/// <see cref="ValidMinutes"/> minutes, used once, kept only as Identity's password hash (in the user's tokens, with its expiry
/// and the wrong tries). Asking answers the same whether or not the ID number has an account; a new code is sent at most once a
/// minute; <see cref="MaxTries"/> wrong codes end the code and count towards Identity's lock-out like wrong PINs. The SMS is a
/// transactional message: sent at once whatever the hour and the reminder consent, through the outbox and an approved template.
/// Every request and attempt is audited.
/// </summary>
public static class PortalOneTimeCodes
{
    public const int ValidMinutes = 5;
    public const int MaxTries = 3;
    const string Provider = "HoaNhap.Portal";
    const string TokenName = "sign-in-code";
    public const string Sent = "Nếu số định danh cá nhân này có tài khoản cổng thông tin và số điện thoại đăng ký, mã đăng nhập đã được gửi bằng tin nhắn SMS. Mã có hiệu lực 5 phút.";
    public const string Refused = "Mã đăng nhập không đúng hoặc đã hết hạn, hoặc tài khoản đang bị tạm khóa. Hãy yêu cầu mã mới, hoặc đăng nhập bằng mã PIN.";

    public static Dictionary<string, string[]> IdNumberProblems(string? idNumber)
    {
        var errors = new Dictionary<string, string[]>();
        var id = (idNumber ?? "").Trim();
        if (id.Length == 0) errors[nameof(OneTimeCodeRequest.PersonalIdNumber)] = [FormMessages.Required("Số định danh cá nhân")];
        else if (id.Length != 12 || !id.All(char.IsAsciiDigit)) errors[nameof(OneTimeCodeRequest.PersonalIdNumber)] = ["Số định danh cá nhân gồm đúng 12 chữ số."];
        return errors;
    }

    static async Task<(Person? Person, AppUser? User)> FindAsync(HoaNhapDbContext db, string? idNumber, CancellationToken ct)
    {
        var id = (idNumber ?? "").Trim();
        var person = id.Length == 12 ? await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.PersonalIdNumber == id, ct) : null;
        var user = person is null ? null : await db.Users.FirstOrDefaultAsync(u => u.PersonId == person.Id && u.Role == Roles.Person, ct);
        return (person, user);
    }

    /// <summary>Sends a code when the ID number has an active, unlocked account and a phone; answers nothing either way (the caller says <see cref="Sent"/>).</summary>
    public static async Task RequestAsync(HoaNhapDbContext db, UserManager<AppUser> users, OneTimeCodeRequest input, string channel, CancellationToken ct)
    {
        var (person, user) = await FindAsync(db, input.PersonalIdNumber, ct);
        var now = db.Clock.GetUtcNow();
        var sent = false;
        if (person is not null && user is { IsActive: true } && !string.IsNullOrWhiteSpace(person.Phone) && !await users.IsLockedOutAsync(user))
        {
            var previous = Parse(await users.GetAuthenticationTokenAsync(user, Provider, TokenName));
            if (previous is null || now - previous.IssuedAt >= TimeSpan.FromMinutes(1))
            {
                var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
                var stored = new StoredCode(users.PasswordHasher.HashPassword(user, code), now, now.AddMinutes(ValidMinutes), 0);
                // The message and the code's hash are saved together (the store's save).
                Outbox.Transactional(db, MessageTemplates.OneTimeCode, person, person.Phone!,
                    new Dictionary<string, string> { ["code"] = code, ["minutes"] = ValidMinutes.ToString(CultureInfo.InvariantCulture) });
                await users.SetAuthenticationTokenAsync(user, Provider, TokenName, JsonSerializer.Serialize(stored));
                sent = true;
            }
        }
        db.Record(AuditActions.Create, "PortalSignInCode", user?.Id, person?.Id, person?.ProvinceCode, person?.CommuneCode,
            JsonSerializer.Serialize(new { channel, sent }, AuditTrail.Json));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The account, when the code is right, unexpired and unused; null (audited, counted) otherwise.</summary>
    public static async Task<AppUser?> CheckAsync(HoaNhapDbContext db, UserManager<AppUser> users, OneTimeCodeSignInInput input, string channel, CancellationToken ct)
    {
        var (person, user) = await FindAsync(db, input.PersonalIdNumber, ct);
        var ok = false;
        if (user is { IsActive: true } && !await users.IsLockedOutAsync(user)
            && Parse(await users.GetAuthenticationTokenAsync(user, Provider, TokenName)) is { } stored && stored.Tries < MaxTries
            && db.Clock.GetUtcNow() <= stored.ExpiresAt)
        {
            var code = new string((input.Code ?? "").Where(char.IsAsciiDigit).ToArray());
            ok = code.Length == 6 && users.PasswordHasher.VerifyHashedPassword(user, stored.Hash, code) != PasswordVerificationResult.Failed;
            if (ok)
            {
                await users.RemoveAuthenticationTokenAsync(user, Provider, TokenName);
                await users.ResetAccessFailedCountAsync(user);
            }
            else
            {
                var tries = stored with { Tries = stored.Tries + 1 };
                if (tries.Tries >= MaxTries) await users.RemoveAuthenticationTokenAsync(user, Provider, TokenName);
                else await users.SetAuthenticationTokenAsync(user, Provider, TokenName, JsonSerializer.Serialize(tries));
                await users.AccessFailedAsync(user);
            }
        }
        else if (user is not null && !string.IsNullOrEmpty(input.Code)) await users.AccessFailedAsync(user);
        db.Record(ok ? AuditActions.SignIn : AuditActions.SignInFailed, nameof(AppUser), user?.Id, person?.Id, person?.ProvinceCode, person?.CommuneCode,
            JsonSerializer.Serialize(new { userName = user?.UserName, channel }, AuditTrail.Json));
        await db.SaveChangesAsync(ct);
        return ok ? user : null;
    }

    public static Dictionary<string, string[]> SignInProblems(OneTimeCodeSignInInput input)
    {
        var errors = IdNumberProblems(input.PersonalIdNumber);
        if (string.IsNullOrWhiteSpace(input.Code)) errors[nameof(OneTimeCodeSignInInput.Code)] = [FormMessages.Required("Mã đăng nhập")];
        return errors;
    }

    sealed record StoredCode(string Hash, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt, int Tries);

    static StoredCode? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try { return JsonSerializer.Deserialize<StoredCode>(json); } catch (JsonException) { return null; }
    }
}
