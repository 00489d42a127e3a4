namespace HoaNhap.Web.Shared.Audit;

/// <summary>
/// What an endpoint or page says about the data it answers with. Every endpoint that answers GET carries one
/// (checked by <c>PersonalDataAuditTests</c>); <see cref="PersonalDataAudit"/> reads it and writes the audit entry.
/// </summary>
public abstract class PersonalDataDeclaration : Attribute;

/// <summary>
/// The answer holds a person's data. A successful read (GET, HEAD) writes one audit entry naming the subject:
/// the record whose id is the route value <see cref="RouteValue"/> (its person and place are looked up), or,
/// when <see cref="RouteValue"/> is null, a list of <see cref="Subject"/> within the reader's unit.
/// The answer is never stored by a cache (<c>Cache-Control: no-store</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class PersonalDataAttribute(Type subject, string? routeValue = "id") : PersonalDataDeclaration
{
    public Type Subject { get; } = subject;
    public string? RouteValue { get; } = routeValue;
    public bool IsList => RouteValue is null;

    /// <summary>The route value that names the signed-in person's own file (the portal, <c>/Cong-dan</c> and <c>/api/v1/me</c>).</summary>
    public const string Me = "@me";
}

/// <summary>The answer holds no person's data (calculators, reference lists, counts, the user's own account).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class NoPersonalDataAttribute : PersonalDataDeclaration;

public static class PersonalDataEndpoints
{
    /// <summary>The record of type <typeparamref name="T"/> whose id is the route value <paramref name="routeValue"/>.</summary>
    public static RouteHandlerBuilder ReadsPersonalData<T>(this RouteHandlerBuilder builder, string routeValue = "id") =>
        builder.WithMetadata(new PersonalDataAttribute(typeof(T), routeValue));

    /// <summary>A list (or an export) of records of type <typeparamref name="T"/> within the reader's unit.</summary>
    /// <summary>The signed-in person's own file (role Person): the entry names their <see cref="Domain.People.Person"/> record.</summary>
    public static TBuilder ReadsOwnPersonalData<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new PersonalDataAttribute(typeof(Domain.People.Person), PersonalDataAttribute.Me));

    public static RouteHandlerBuilder ReadsPersonalDataList<T>(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new PersonalDataAttribute(typeof(T), null));

    public static TBuilder NoPersonalData<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new NoPersonalDataAttribute());
}
