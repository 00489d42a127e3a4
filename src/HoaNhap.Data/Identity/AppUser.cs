using Microsoft.AspNetCore.Identity;

namespace HoaNhap.Data.Identity;

/// <summary>A person who signs in. Exactly one role and one unit (a province or a commune code).</summary>
public sealed class AppUser : IdentityUser
{
    public string FullName { get; set; } = "";
    public string Role { get; set; } = "";
    /// <summary>The unit the user belongs to: a 2-digit province code or a 5-digit commune code.</summary>
    public string UnitCode { get; set; } = "";
    public string ProvinceCode { get; set; } = "";
    public string? CommuneCode { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Role <c>Person</c> only: the supervised person whose own portal this account opens (issue 18).</summary>
    public Guid? PersonId { get; set; }
    /// <summary>Role <c>PartnerBody</c> only: which body the user reports for (issue 19, part 6); null for every other role.</summary>
    public HoaNhap.Domain.Plans.Body? Body { get; set; }
}
