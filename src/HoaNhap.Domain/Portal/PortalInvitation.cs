using System.Security.Cryptography;
using System.Text;

namespace HoaNhap.Domain.Portal;

/// <summary>
/// The commune police's invitation for a supervised person to open their own portal (issue 18, part 1): a one-time code,
/// printed with a QR code, valid until <see cref="ExpiresOn"/>. Only the code's hash is kept. Open → Used (the person
/// activated with it) | Withdrawn (a newer invitation replaced it) | Locked (too many wrong personal ID numbers typed with it).
/// </summary>
public sealed class PortalInvitation : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    /// <summary>SHA-256 of the normalised code (<see cref="PortalCode.Hash"/>), hex.</summary>
    public string CodeHash { get; set; } = "";
    public DateOnly IssuedOn { get; set; }
    /// <summary>The last day the code may be used.</summary>
    public DateOnly ExpiresOn { get; set; }
    public PortalInvitationStatus Status { get; private set; } = PortalInvitationStatus.Open;
    public int FailedAttempts { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";

    /// <summary>Why the code cannot activate the portal on <paramref name="today"/>, or null.</summary>
    public string? WhyNotUsable(DateOnly today) => Status switch
    {
        PortalInvitationStatus.Used => "Mã kích hoạt này đã được sử dụng.",
        PortalInvitationStatus.Withdrawn => "Mã kích hoạt này đã được thay bằng mã mới.",
        PortalInvitationStatus.Locked => "Mã kích hoạt này đã bị khóa do nhập sai nhiều lần.",
        _ when today > ExpiresOn => "Mã kích hoạt này đã hết hạn.",
        _ => null,
    };

    /// <summary>Open → Used.</summary>
    public string? Use(DateOnly today, DateTimeOffset at)
    {
        if (WhyNotUsable(today) is { } why) return why;
        Status = PortalInvitationStatus.Used;
        UsedAt = at;
        return null;
    }

    /// <summary>Open → Withdrawn, when a newer invitation is issued; other states are kept.</summary>
    public void Withdraw()
    {
        if (Status == PortalInvitationStatus.Open) Status = PortalInvitationStatus.Withdrawn;
    }

    /// <summary>A wrong personal ID number typed with this code; at <paramref name="maxAttempts"/> the code is locked.</summary>
    public void RecordFailure(int maxAttempts)
    {
        if (Status != PortalInvitationStatus.Open) return;
        FailedAttempts++;
        if (FailedAttempts >= maxAttempts) Status = PortalInvitationStatus.Locked;
    }
}

public enum PortalInvitationStatus { Open, Used, Withdrawn, Locked }

/// <summary>One-time activation codes: 8 characters without look-alikes (no 0/O, 1/I/L), shown as XXXX-XXXX.</summary>
public static class PortalCode
{
    const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string New()
    {
        var chars = new char[8];
        for (var i = 0; i < chars.Length; i++) chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return new string(chars, 0, 4) + "-" + new string(chars, 4, 4);
    }

    /// <summary>The code as typed, without spaces or dashes, in capitals.</summary>
    public static string Normalise(string? typed) =>
        new((typed ?? "").Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    public static string Hash(string? typed) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(typed))));
}

/// <summary>
/// The PIN a person chooses for the portal: 6 digits, not one digit repeated nor a run (123456, 654321). Only its hash is
/// kept (ASP.NET Identity's password hasher).
/// </summary>
public static class PortalPin
{
    public const int Length = 6;

    public static string? Problem(string? pin)
    {
        if (string.IsNullOrEmpty(pin) || pin.Length != Length || !pin.All(char.IsAsciiDigit))
            return $"Mã PIN phải gồm đúng {Length} chữ số.";
        if (pin.Distinct().Count() == 1) return "Mã PIN không được gồm một chữ số lặp lại.";
        var up = true; var down = true;
        for (var i = 1; i < pin.Length; i++)
        {
            up &= pin[i] == pin[i - 1] + 1;
            down &= pin[i] == pin[i - 1] - 1;
        }
        return up || down ? "Mã PIN không được là dãy số liên tiếp (như 123456)." : null;
    }
}
