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
        // The record the page read is usually still tracked by the request's context: its place is taken from there
        // rather than read again.
        var tracked = raw is null ? null : Tracked(context.RequestServices.GetRequiredService<HoaNhapDbContext>(), declared.Subject, raw);
        // Through a context of its own on the primary: the handler may still be using its context (perhaps on the
        // replica) while the answer starts.
        return context.RequestServices.GetRequiredService<AuditWriter>().WriteAsync(async (db, ct) =>
        {
            if (raw is null)
            {
                db.Record(AuditActions.View, declared.Subject.Name, null, null, me?.ProvinceCode, me?.CommuneCode, details);
                return;
            }
            var (personId, province, commune) = tracked ?? await PlaceAsync(db, declared.Subject, raw, ct);
            db.Record(AuditActions.View, declared.Subject.Name, raw, personId, province ?? me?.ProvinceCode, commune ?? (province is null ? me?.CommuneCode : null), details);
        }, context.RequestAborted);
    }

    static object? Key(HoaNhapDbContext db, Type subject, string raw)
    {
        var keyType = db.Model.FindEntityType(subject)?.FindPrimaryKey()?.Properties.Single().ClrType;
        return keyType == typeof(Guid) ? (Guid.TryParse(raw, out var g) ? g : null) : keyType == typeof(string) ? raw : null;
    }

    /// <summary>The place of the record when the request's context tracks it, else null.</summary>
    static (Guid? PersonId, string? Province, string? Commune)? Tracked(HoaNhapDbContext db, Type subject, string raw)
    {
        if (Key(db, subject, raw) is not { } key) return null;
        var keyName = db.Model.FindEntityType(subject)!.FindPrimaryKey()!.Properties.Single().Name;
        foreach (var entry in db.ChangeTracker.Entries())
            if (entry.Metadata.ClrType == subject && Equals(entry.Property(keyName).CurrentValue, key))
                return Place(entry);
        return null;
    }

    /// <summary>The person a record belongs to and its place, read from the record's own columns.</summary>
    static async Task<(Guid? PersonId, string? Province, string? Commune)> PlaceAsync(HoaNhapDbContext db, Type subject, string raw, CancellationToken ct)
    {
        if (Key(db, subject, raw) is not { } key || await db.FindAsync(subject, [key], ct) is not { } entity) return (null, null, null);
        return Place(db.Entry(entity));
    }

    static (Guid? PersonId, string? Province, string? Commune) Place(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry)
    {
        var entity = entry.Entity;
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
