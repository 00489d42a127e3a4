using System.Security.Claims;
using HoaNhap.Domain.Access;

namespace HoaNhap.Web.Shared.Auth;

/// <summary>The signed-in user as the application layer sees it: one role, one unit.</summary>
public sealed record CurrentUser(string UserId, string UserName, string FullName, string Role, string ProvinceCode, string? CommuneCode)
{
    /// <summary>Role <see cref="Roles.Person"/>: the person whose own portal this is; null for staff.</summary>
    public Guid? PersonId { get; init; }
    /// <summary>Role <see cref="Roles.PartnerBody"/>: the body the user reports for; null for every other role.</summary>
    public HoaNhap.Domain.Plans.Body? Body { get; init; }

    public const string UnitClaim = "hn:unit";
    public const string ProvinceClaim = "hn:province";
    public const string CommuneClaim = "hn:commune";
    public const string FullNameClaim = "hn:fullname";
    public const string PersonClaim = "hn:person";
    public const string BodyClaim = "hn:body";

    public static CurrentUser? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true) return null;
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var role = principal.FindFirstValue(ClaimTypes.Role);
        var province = principal.FindFirstValue(ProvinceClaim);
        if (id is null || role is null || province is null) return null;
        return new CurrentUser(id, principal.Identity.Name ?? "", principal.FindFirstValue(FullNameClaim) ?? "",
            role, province, principal.FindFirstValue(CommuneClaim))
        {
            PersonId = role == Roles.Person && Guid.TryParse(principal.FindFirstValue(PersonClaim), out var person) ? person : null,
            Body = role == Roles.PartnerBody && Enum.TryParse<HoaNhap.Domain.Plans.Body>(principal.FindFirstValue(BodyClaim), out var body) ? body : null,
        };
    }

    public bool IsCommuneLevel => CommuneCode is not null;
    public bool ReadsRegistry => Roles.ReadsRegistry(Role);
    public bool EditsRegistry => Roles.EditsRegistry(Role);
    public bool AssignsSupervisors => Roles.AssignsSupervisors(Role);
    public bool IsAdmin => Role == Roles.SystemAdmin;
    public bool IsPerson => Role == Roles.Person;
    public bool ReadsAudit => Roles.ReadsAudit(Role);

    /// <summary>Whether this user's role may do <paramref name="act"/> (<see cref="Permissions"/>); the unit is checked apart.</summary>
    public bool May(Act act) => Permissions.Allows(Role, act);

    /// <summary>Whether a place lies inside this user's administrative scope (ignores supervisor assignments).</summary>
    public bool Covers(string provinceCode, string communeCode) =>
        CommuneCode is null ? provinceCode == ProvinceCode : communeCode == CommuneCode;
}
