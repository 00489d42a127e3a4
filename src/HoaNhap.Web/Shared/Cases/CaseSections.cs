using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Shared;

/// <summary>A link of the case page's in-page menu: the section's id on the page and its title.</summary>
public sealed record CaseMenuLink(string Id, string Title);

/// <summary>
/// A section of the case page, contributed by a feature and registered in the composition root, as the worklist
/// sources are (<see cref="CaseSections.AddCaseSection{T}"/>). The case page and its in-page menu draw the registered
/// sections in <see cref="Order"/> and name no feature.
/// </summary>
/// <param name="Component">The feature's view component, invoked with <c>caseId</c> and <c>c</c> (the case, already in the caller's scope).</param>
/// <param name="Anchor">The section's id: the page wraps it with the confirmation of what was just saved there
/// (<see cref="CasePage.Done"/>). Null for a section that draws its own anchors.</param>
public sealed record CaseSection(int Order, Type Component, Func<Case, bool> Shows, string? Anchor, Func<Case, IEnumerable<CaseMenuLink>> Menu);

/// <summary>A part of the start page contributed by a feature, shown to the users <see cref="Shows"/> selects.</summary>
public sealed record HomeSection(int Order, Type Component, Func<CurrentUser, bool> Shows);

public static class CaseSections
{
    /// <summary>Whether a case serves a sentence in the community (supervision, breaches, absences…) rather than a reintegration period.</summary>
    public static bool Community(Case c) => c.Kind == CaseKind.CommunitySentence;

    /// <summary>Registers a section of the case page.</summary>
    public static IServiceCollection AddCaseSection<TComponent>(this IServiceCollection services, int order, Func<Case, bool>? shows = null,
        string? anchor = null, Func<Case, IEnumerable<CaseMenuLink>>? menu = null) =>
        services.AddSingleton(new CaseSection(order, typeof(TComponent), shows ?? (_ => true), anchor, menu ?? (_ => [])));

    /// <summary>Registers a part of the start page.</summary>
    public static IServiceCollection AddHomeSection<TComponent>(this IServiceCollection services, int order, Func<CurrentUser, bool> shows) =>
        services.AddSingleton(new HomeSection(order, typeof(TComponent), shows));

    /// <summary>The sections that show for the case, in order.</summary>
    public static IReadOnlyList<CaseSection> For(this IEnumerable<CaseSection> sections, Case c) =>
        sections.Where(s => s.Shows(c)).OrderBy(s => s.Order).ToList();
}
