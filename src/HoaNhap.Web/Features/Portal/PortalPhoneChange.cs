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
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Notifications;
using HoaNhap.Web.Shared.Portal;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Portal;

public sealed class PhoneChangeInput
{
    public string? Phone { get; set; }
}

public sealed class PhoneConfirmInput
{
    public string? Code { get; set; }
}

public sealed record PhoneChangeDto(string Phone, string Message);

/// <summary>
/// The person changes their phone number from the portal: a 6-digit code goes by SMS to the new number (a transactional
/// message, through the outbox), and the file takes the new number only once that code is typed back — within
/// <see cref="ValidMinutes"/> minutes, at most <see cref="MaxTries"/> tries. The pending change and the code's hash live in the
/// portal account's Identity tokens; the request and the change are audited.
/// </summary>
public static class PortalPhoneChange
{
    public const int ValidMinutes = 10;
    public const int MaxTries = 3;
    const string Provider = "HoaNhap.Portal";
    const string TokenName = "phone-change";
    public const string WrongCode = "Mã xác nhận không đúng hoặc đã hết hạn. Hãy kiểm tra tin nhắn gửi tới số mới, hoặc yêu cầu gửi lại mã.";

    sealed record Pending(string Phone, string Hash, DateTimeOffset ExpiresAt, int Tries);

    static string? Normalise(string? typed) => Shared.Forms.MobilePhone.Normalise(typed);

    public static async Task<Outcome<PhoneChangeDto>> RequestAsync(HoaNhapDbContext db, UserManager<AppUser> users, CurrentUser me, PhoneChangeInput input,
        CancellationToken ct)
    {
        if (!me.May(Act.UsePortal)) return Outcome<PhoneChangeDto>.Denied();
        if (await PortalFile.PersonAsync(db, me, ct) is not { } person || await users.FindByIdAsync(me.UserId) is not { } user)
            return Outcome<PhoneChangeDto>.Missing();
        if (string.IsNullOrWhiteSpace(input.Phone)) return Outcome<PhoneChangeDto>.Invalid(nameof(PhoneChangeInput.Phone), FormMessages.Required("Số điện thoại mới"));
        if (Normalise(input.Phone) is not { } phone)
            return Outcome<PhoneChangeDto>.Invalid(nameof(PhoneChangeInput.Phone), Shared.Forms.MobilePhone.Problem);
        if (phone == Normalise(person.Phone))
            return Outcome<PhoneChangeDto>.Invalid(nameof(PhoneChangeInput.Phone), "Số này đã là số điện thoại trong hồ sơ của bạn.");
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        var now = db.Clock.GetUtcNow();
        Outbox.Transactional(db, MessageTemplates.PhoneChangeCode, person, phone,
            new Dictionary<string, string> { ["code"] = code, ["minutes"] = ValidMinutes.ToString(CultureInfo.InvariantCulture) });
        db.Record(AuditActions.Create, "PhoneChange", user.Id, person.Id, person.ProvinceCode, person.CommuneCode,
            JsonSerializer.Serialize(new { requested = Mask(phone), channel = "portal" }, AuditTrail.Json));
        // The message, the audit entry and the pending change are saved together (the store's save).
        await users.SetAuthenticationTokenAsync(user, Provider, TokenName,
            JsonSerializer.Serialize(new Pending(phone, users.PasswordHasher.HashPassword(user, code), now.AddMinutes(ValidMinutes), 0)));
        return Outcome<PhoneChangeDto>.Ok(new PhoneChangeDto(phone, $"Mã xác nhận đã được gửi tới số {phone}. Hãy nhập mã đó để hoàn tất việc đổi số."));
    }

    public static async Task<Outcome<PhoneChangeDto>> ConfirmAsync(HoaNhapDbContext db, UserManager<AppUser> users, CurrentUser me, PhoneConfirmInput input,
        CancellationToken ct)
    {
        if (!me.May(Act.UsePortal)) return Outcome<PhoneChangeDto>.Denied();
        if (await PortalFile.PersonAsync(db, me, ct) is null || await users.FindByIdAsync(me.UserId) is not { } user) return Outcome<PhoneChangeDto>.Missing();
        var code = new string((input.Code ?? "").Where(char.IsAsciiDigit).ToArray());
        if (code.Length == 0) return Outcome<PhoneChangeDto>.Invalid(nameof(PhoneConfirmInput.Code), FormMessages.Required("Mã xác nhận"));
        var pending = Parse(await users.GetAuthenticationTokenAsync(user, Provider, TokenName));
        if (pending is null || db.Clock.GetUtcNow() > pending.ExpiresAt || pending.Tries >= MaxTries
            || users.PasswordHasher.VerifyHashedPassword(user, pending.Hash, code) == PasswordVerificationResult.Failed)
        {
            if (pending is not null)
            {
                var tries = pending with { Tries = pending.Tries + 1 };
                if (tries.Tries >= MaxTries || db.Clock.GetUtcNow() > pending.ExpiresAt) await users.RemoveAuthenticationTokenAsync(user, Provider, TokenName);
                else await users.SetAuthenticationTokenAsync(user, Provider, TokenName, JsonSerializer.Serialize(tries));
            }
            return Outcome<PhoneChangeDto>.Refused(nameof(PhoneConfirmInput.Code), WrongCode);
        }
        var person = await db.People.FirstAsync(p => p.Id == user.PersonId, ct);
        var before = person.Phone;
        person.Phone = pending.Phone;
        db.Record(AuditActions.Update, nameof(Person), person.Id.ToString(), person.Id, person.ProvinceCode, person.CommuneCode,
            JsonSerializer.Serialize(new { phone = new { from = Mask(before), to = Mask(pending.Phone) }, confirmedBy = "mã gửi tới số mới", channel = "portal" }, AuditTrail.Json));
        await users.RemoveAuthenticationTokenAsync(user, Provider, TokenName);
        await db.SaveChangesAsync(ct);
        return Outcome<PhoneChangeDto>.Ok(new PhoneChangeDto(pending.Phone, $"Đã cập nhật số điện thoại trong hồ sơ: {pending.Phone}."));
    }

    /// <summary>The audit log keeps the last three digits only.</summary>
    static string? Mask(string? phone) => phone is { Length: > 3 } p ? new string('•', p.Length - 3) + p[^3..] : phone;

    static Pending? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        try { return JsonSerializer.Deserialize<Pending>(json); } catch (JsonException) { return null; }
    }
}
