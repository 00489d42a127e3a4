using HoaNhap.Domain.Access;

namespace HoaNhap.Domain.Tests.Access;

/// <summary>The permission table against what each organisation does in the work (overview.md, the roles).</summary>
public sealed class PermissionsTests
{
    [Fact]
    public void Every_act_names_at_least_one_role_and_only_known_roles()
    {
        foreach (var act in Enum.GetValues<Act>())
        {
            Assert.NotEmpty(Permissions.RolesFor(act));
            Assert.All(Permissions.RolesFor(act), r => Assert.Contains(r, Roles.Everyone));
        }
    }

    [Theory]
    [InlineData(Roles.CourtReader, Act.ReadRegistry, true)]
    [InlineData(Roles.CourtReader, Act.EditRegistry, false)]
    [InlineData(Roles.CourtReader, Act.AgreeReconciliation, true)]
    [InlineData(Roles.ProvinceOfficer, Act.AgreeReconciliation, false)]
    [InlineData(Roles.ProvinceOfficer, Act.RunReconciliation, true)]
    [InlineData(Roles.BankOfficer, Act.ReadLoans, true)]
    [InlineData(Roles.BankOfficer, Act.ReadRegistry, false)]
    [InlineData(Roles.Supervisor, Act.RecordContact, true)]
    [InlineData(Roles.Supervisor, Act.SeeDashboard, false)]
    [InlineData(Roles.CommuneLeader, Act.AssignSupervisors, true)]
    [InlineData(Roles.CommuneLeader, Act.EditRegistry, false)]
    [InlineData(Roles.SystemAdmin, Act.ReadRegistry, false)]
    [InlineData(Roles.SystemAdmin, Act.ManageUsers, true)]
    [InlineData(Roles.ProvinceOfficer, Act.RecordBatchCheckIn, false)]
    [InlineData(Roles.Person, Act.ReadRegistry, false)]
    [InlineData(Roles.Person, Act.UsePortal, true)]
    [InlineData(Roles.CommuneOfficer, Act.UsePortal, false)]
    [InlineData(Roles.CommuneOfficer, Act.IssuePortalInvitation, true)]
    [InlineData(Roles.CommuneLeader, Act.IssuePortalInvitation, false)]
    public void Each_organisation_does_its_own_part(string role, Act act, bool allowed) =>
        Assert.Equal(allowed, Permissions.Allows(role, act));
}
