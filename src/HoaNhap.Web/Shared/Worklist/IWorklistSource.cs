using HoaNhap.Data;
using HoaNhap.Domain;
using HoaNhap.Domain.Worklist;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Shared;

/// <summary>
/// One feature's contribution to the worklist. The nightly job asks every registered source for the items due
/// as of <c>today</c> one province at a time; when an event is recorded, the sources are asked again for the one
/// person it concerns (<see cref="WorklistScope.PersonId"/>), so the list changes at once.
/// Register with <c>services.AddScoped&lt;IWorklistSource, MySource&gt;()</c>.
/// </summary>
public interface IWorklistSource
{
    Task<IReadOnlyList<WorklistItem>> CollectAsync(HoaNhapDbContext db, DateOnly today, WorklistScope scope, CancellationToken ct);
}

/// <summary>
/// What to collect: one province's items (<see cref="ForProvince"/>), or one person's wherever they are
/// (<see cref="ForPerson"/>; items not about a person, such as reports due, are then left out).
/// </summary>
public sealed record WorklistScope(string? ProvinceCode, Guid? PersonId)
{
    public static WorklistScope ForProvince(string provinceCode) => new(provinceCode, null);
    public static WorklistScope ForPerson(Guid personId) => new(null, personId);
    public bool OnePerson => PersonId is not null;
}

public static class WorklistScopeQueries
{
    /// <summary>The rows of the scope: the province's, or the person's when the scope is one person (the entity must have <c>PersonId</c>).</summary>
    public static IQueryable<T> InScope<T>(this IQueryable<T> rows, WorklistScope scope) where T : class, IPlaced =>
        scope.PersonId is { } person
            ? rows.Where(x => EF.Property<Guid>(x, "PersonId") == person)
            : rows.Where(x => x.ProvinceCode == scope.ProvinceCode);
}

/// <summary>
/// Computes one person's worklist items again at once, for work done outside a request (the message dispatcher), where no
/// save passes the request's worklist interceptor. The worklist feature provides it.
/// </summary>
public interface IPersonWorklistRefresh
{
    Task RefreshAsync(IServiceProvider services, HoaNhapDbContext db, Guid person, CancellationToken ct);
}
