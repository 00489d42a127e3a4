using HoaNhap.Domain.Access;
using HoaNhap.Domain.People;

namespace HoaNhap.Web.Shared.Auth;

/// <summary>
/// Limits queries to what a user may see: a province user sees the communes of the province,
/// a commune user the commune, a supervisor only the people assigned to them. Anything outside
/// answers "not found", so existence is never revealed.
/// </summary>
public static class Scope
{
    /// <summary>The people the user may see; a record merged into another (<see cref="Person.MergedIntoId"/>) is hidden everywhere.</summary>
    public static IQueryable<Person> People(this IQueryable<Person> people, CurrentUser user) =>
        people.PeopleIncludingMerged(user).Where(p => p.MergedIntoId == null);

    /// <summary>The people of the user's unit, merged records included (for merging and undoing a merge only).</summary>
    public static IQueryable<Person> PeopleIncludingMerged(this IQueryable<Person> people, CurrentUser user)
    {
        if (!user.ReadsRegistry) return people.Where(_ => false);
        // The province is named with the commune: the place index is (ProvinceCode, CommuneCode).
        if (user.Role == Roles.Supervisor)
            return people.Where(p => p.ProvinceCode == user.ProvinceCode && p.CommuneCode == user.CommuneCode
                && p.SupervisorAssignments.Any(a => a.SupervisorUserId == user.UserId && a.EndedOn == null));
        return user.CommuneCode is { } commune
            ? people.Where(p => p.ProvinceCode == user.ProvinceCode && p.CommuneCode == commune)
            : people.Where(p => p.ProvinceCode == user.ProvinceCode);
    }
}
