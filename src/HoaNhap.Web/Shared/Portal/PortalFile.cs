using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.People;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Shared.Portal;

/// <summary>Marks a page or endpoint of the person's own portal: the only ones the role <c>Person</c> may reach (<see cref="PortalGate"/>).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class PortalEndpointAttribute : Attribute;

public static class PortalEndpoints
{
    /// <summary>The endpoint belongs to the person's portal: only role Person, and only their own file.</summary>
    public static TBuilder ForThePerson<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new PortalEndpointAttribute()).RequireAuthorization(nameof(Domain.Access.Act.UsePortal));
}

/// <summary>
/// The signed-in person's own file, as the portal reads it: never through an id the caller sends, so another person's
/// file cannot be asked for; any id in a portal address is looked up among the person's own records only (else 404).
/// </summary>
public static class PortalFile
{
    /// <summary>The person of a portal account, or null for anyone else.</summary>
    public static Task<Person?> PersonAsync(HoaNhapDbContext db, CurrentUser me, CancellationToken ct) =>
        me.IsPerson && me.PersonId is { } id
            ? db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct)
            : Task.FromResult<Person?>(null);

    /// <summary>
    /// The person's current case: the open one (in intake, being served, absconded) that started last, else the latest
    /// that ended; null without a portal account or a case.
    /// </summary>
    public static async Task<Case?> CaseAsync(HoaNhapDbContext db, CurrentUser me, CancellationToken ct, bool tracking = false)
    {
        if (!me.IsPerson || me.PersonId is not { } id) return null;
        var cases = tracking ? db.Cases : db.Cases.AsNoTracking();
        var all = await cases.Where(c => c.PersonId == id).ToListAsync(ct);
        return all.Where(c => c.Status is CaseStatus.Intake or CaseStatus.Active or CaseStatus.Absconded).OrderByDescending(c => c.StartOn).FirstOrDefault()
            ?? all.OrderByDescending(c => c.EndedOn ?? c.StartOn).FirstOrDefault();
    }
}
