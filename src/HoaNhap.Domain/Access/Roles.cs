namespace HoaNhap.Domain.Access;

/// <summary>The roles of the system. A user has exactly one role and one unit.</summary>
public static class Roles
{
    public const string SystemAdmin = nameof(SystemAdmin);
    public const string ProvinceOfficer = nameof(ProvinceOfficer);
    public const string CommuneOfficer = nameof(CommuneOfficer);
    public const string CommuneLeader = nameof(CommuneLeader);
    public const string Supervisor = nameof(Supervisor);
    public const string CourtReader = nameof(CourtReader);
    public const string ProcuracyReader = nameof(ProcuracyReader);
    public const string BankOfficer = nameof(BankOfficer);
    /// <summary>
    /// The supervised person in their own portal (issue 18): sees only their own file, through the portal's pages and
    /// <c>/api/v1/me</c>; no staff page or API accepts the role. Given only by activating an invitation, never by an administrator.
    /// </summary>
    public const string Person = nameof(Person);
    /// <summary>
    /// A body a plan assigns tasks to (a department, the Social Policy Bank, a mass organisation, the military command, the
    /// commune People's Committee; issue 19, part 6), at a province or a commune: sees and reports on its own body's tasks of
    /// its unit's plans, with the counts those tasks need, and never a person's file.
    /// </summary>
    public const string PartnerBody = nameof(PartnerBody);

    /// <summary>The staff roles, which an administrator gives; <see cref="Person"/> is apart.</summary>
    public static readonly IReadOnlyList<string> All =
        [SystemAdmin, ProvinceOfficer, CommuneOfficer, CommuneLeader, Supervisor, CourtReader, ProcuracyReader, BankOfficer, PartnerBody];

    /// <summary>Every role of the permission table: the staff roles and <see cref="Person"/>.</summary>
    public static readonly IReadOnlyList<string> Everyone = [.. All, Person];

    /// <summary>Roles whose unit must be a commune; the others take a province.</summary>
    public static bool IsCommuneLevel(string role) => role is CommuneOfficer or CommuneLeader or Supervisor;

    /// <summary>Roles whose unit may be either a province or a commune (the others take the one level above).</summary>
    public static bool TakesEitherLevel(string role) => role is PartnerBody;

    public static bool ReadsRegistry(string role) => Permissions.Allows(role, Act.ReadRegistry);
    public static bool EditsRegistry(string role) => Permissions.Allows(role, Act.EditRegistry);
    public static bool AssignsSupervisors(string role) => Permissions.Allows(role, Act.AssignSupervisors);
    public static bool ReadsAudit(string role) => Permissions.Allows(role, Act.ReadAuditLog);

    public static string Title(string role) => role switch
    {
        SystemAdmin => "Quản trị hệ thống",
        ProvinceOfficer => "Cán bộ Công an tỉnh",
        CommuneOfficer => "Cán bộ Công an xã",
        CommuneLeader => "Lãnh đạo UBND xã",
        Supervisor => "Người giám sát, giáo dục",
        CourtReader => "Tòa án (xem)",
        ProcuracyReader => "Viện kiểm sát (xem)",
        BankOfficer => "Ngân hàng Chính sách xã hội",
        Person => "Người chấp hành án (cổng thông tin)",
        PartnerBody => "Cơ quan, tổ chức phối hợp",
        _ => role,
    };
}
