using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Data.Audit;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Units;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Shared.Audit;

/// <summary>
/// The one place where reading a person's data is audited: an endpoint or page declared <see cref="PersonalDataAttribute"/>
/// writes a <see cref="AuditActions.View"/> entry when it answers a read with success — before the first byte of the answer
/// leaves (if the entry cannot be written, the data is not sent). Its answers are marked <c>Cache-Control: no-store</c>.
/// </summary>
public sealed class PersonalDataAudit(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<PersonalDataDeclaration>() is PersonalDataAttribute declared)
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.CacheControl = "no-store";
                return IsSuccessfulRead(context) ? WriteAsync(context, declared) : Task.CompletedTask;
            });
        return next(context);
    }

    static bool IsSuccessfulRead(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && context.Response.StatusCode is >= 200 and < 300;

    static Task WriteAsync(HttpContext context, PersonalDataAttribute declared)
    {
        var me = CurrentUser.From(context.User);
        var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value ?? "";
        var details = JsonSerializer.Serialize(new { route = "/" + route.TrimStart('/'), path = context.Request.Path.Value + context.Request.QueryString.Value },
            AuditTrail.Json);
        var raw = declared.RouteValue == PersonalDataAttribute.Me ? me?.PersonId?.ToString()
            : declared.RouteValue is { } name ? context.GetRouteValue(name)?.ToString() : null;
        // An optional id left out (a form for a new record) reads nobody's file.
        if (raw is null && !declared.IsList) return Task.CompletedTask;
        // Through a context of its own on the primary: the handler may still be using its context (perhaps on the
        // replica) while the answer starts.
        return context.RequestServices.GetRequiredService<AuditWriter>().WriteAsync(async (db, ct) =>
        {
            if (raw is null)
            {
                db.Record(AuditActions.View, declared.Subject.Name, null, null, me?.ProvinceCode, me?.CommuneCode, details);
                return;
            }
            var (personId, province, commune) = await PlaceAsync(db, declared.Subject, raw, ct);
            db.Record(AuditActions.View, declared.Subject.Name, raw, personId, province ?? me?.ProvinceCode, commune ?? (province is null ? me?.CommuneCode : null), details);
        }, context.RequestAborted);
    }

    /// <summary>The person a record belongs to and its place, read from the record's own columns.</summary>
    static async Task<(Guid? PersonId, string? Province, string? Commune)> PlaceAsync(HoaNhapDbContext db, Type subject, string raw, CancellationToken ct)
    {
        var keyType = db.Model.FindEntityType(subject)?.FindPrimaryKey()?.Properties.Single().ClrType;
        object? key = keyType == typeof(Guid) ? (Guid.TryParse(raw, out var g) ? g : null) : keyType == typeof(string) ? raw : null;
        if (key is null || await db.FindAsync(subject, [key], ct) is not { } entity) return (null, null, null);
        var entry = db.Entry(entity);
        string? Text(string property) => entry.Metadata.FindProperty(property) is null ? null : entry.Property(property).CurrentValue as string;
        return entity switch
        {
            Person p => (p.Id, p.ProvinceCode, p.CommuneCode),
            Commune c => (null, c.ProvinceCode, c.Code),
            _ => (entry.Metadata.FindProperty("PersonId") is null ? null : entry.Property("PersonId").CurrentValue as Guid?,
                Text("ProvinceCode"), Text("CommuneCode")),
        };
    }
}
