namespace HoaNhap.Domain.Access;

/// <summary>Per-role settings an administrator maintains, such as requiring two-factor sign-in.</summary>
public sealed class RoleSetting
{
    public string Role { get; set; } = "";
    public bool RequireTwoFactor { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}
