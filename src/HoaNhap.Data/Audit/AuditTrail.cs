using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using HoaNhap.Data.Identity;
using HoaNhap.Domain.Access;
using HoaNhap.Domain;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace HoaNhap.Data.Audit;

/// <summary>Turns tracked changes into audit entries; the DbContext chains and stores them.</summary>
public static class AuditTrail
{
    static readonly HashSet<string> Secret =
        ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "Content", "SearchKey", "NumberKey"];
    // Sign-in bookkeeping changes on every login; it is recorded as SignIn events, not as edits.
    static readonly HashSet<string> Bookkeeping =
        ["AccessFailedCount", "LockoutEnd", "SecurityStamp", "ConcurrencyStamp", "PasswordHash", "Version", "UpdatedAt", "UpdatedBy"];

    public static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
    };

    public static List<AuditEntry> FromChanges(ChangeTracker tracker)
    {
        var list = new List<AuditEntry>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.Entity is AuditEntry || entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            if (!IsAudited(entry.Entity)) continue;
            var values = entry.Properties.Select(p => (p.Metadata, p.OriginalValue, p.CurrentValue, p.IsModified));
            if (Build(entry.State, entry.Metadata, entry.Entity, values, name => entry.Property(name).CurrentValue) is { } e) list.Add(e);
        }
        return list;
    }

    /// <summary>
    /// The entry the change tracker would write for <paramref name="entity"/> being added (action Create, every field's new
    /// value), for records inserted in bulk without it (<see cref="HoaNhapDbContext.AppendAuditAsync"/>).
    /// </summary>
    public static AuditEntry Created(IModel model, object entity)
    {
        var type = model.FindEntityType(entity.GetType()) ?? throw new InvalidOperationException($"{entity.GetType().Name} is not in the model.");
        var values = type.GetProperties().Select(p => ((IProperty)p, (object?)null, p.GetGetter().GetClrValue(entity), false));
        return Build(EntityState.Added, type, entity, values, name => type.FindProperty(name)!.GetGetter().GetClrValue(entity))!;
    }

    static AuditEntry? Build(EntityState state, IEntityType type, object entity,
        IEnumerable<(IProperty Property, object? Original, object? Current, bool Modified)> values, Func<string, object?> current)
    {
        var changes = new Dictionary<string, object?[]>();
        foreach (var (property, original, value, modified) in values)
        {
            var name = property.Name;
            if (state == EntityState.Modified && !modified) continue;
            if (state == EntityState.Modified && Equals(original, value)) continue;
            if (Secret.Contains(name)) { if (state == EntityState.Modified) changes[name] = ["***", "***"]; continue; }
            // File contents stay in their row; the audit notes their size only.
            if (property.ClrType == typeof(byte[]))
            {
                changes[name] = [Size(original, state != EntityState.Added), Size(value, state != EntityState.Deleted)];
                continue;
            }
            changes[name] = state switch
            {
                EntityState.Added => [null, value],
                EntityState.Deleted => [original, null],
                _ => [original, value],
            };
        }
        if (state == EntityState.Modified && changes.Keys.All(Bookkeeping.Contains)) return null;
        var (personId, province, commune) = Place(entity);
        if (personId is null && type.FindProperty("PersonId") is { ClrType: var t } && (t == typeof(Guid) || t == typeof(Guid?)))
            personId = current("PersonId") as Guid?;
        return new AuditEntry
        {
            Action = state switch
            {
                EntityState.Added => AuditActions.Create,
                EntityState.Deleted => AuditActions.Delete,
                _ => AuditActions.Update,
            },
            EntityType = type.ClrType.Name,
            EntityId = KeyOf(type, current),
            PersonId = personId,
            ProvinceCode = province,
            CommuneCode = commune,
            Details = JsonSerializer.Serialize(changes, Json),
        };
    }

    static bool IsAudited(object entity) => entity switch
    {
        // Computed lists replaced every day, and rows imported in bulk (the import itself is audited as one event).
        Domain.Worklist.WorklistItem or Domain.Rules.EligibilityForecast or Domain.Reconciliation.ReconciliationRow => false,
        Person or PersonPhoto or Judgment or AdditionalPenalty or CivilObligation or EnforcementDecision or Case
            or SupervisorAssignment or AppUser or Domain.Access.RoleSetting or Domain.Rules.RuleParameterValue or Domain.Rules.Holiday => true,
        // Every other row that belongs to a place holds case or personal data: check-ins, breaches, absences, files…
        IPlaced => true,
        _ => false,
    };

    static string? Size(object? value, bool applies) => applies && value is byte[] b ? $"[{b.Length} byte]" : null;

    static string? KeyOf(IEntityType type, Func<string, object?> current)
    {
        var key = type.FindPrimaryKey();
        if (key is null) return null;
        // A table partitioned by month is keyed (Id, month column) on PostgreSQL; the entry names the row by its Id on both providers.
        var properties = Partitioning.PostgresPartitioning.IsPartitioned(type.ClrType) && key.Properties.Count > 1
            ? key.Properties.Where(p => p.Name == "Id").ToList() : key.Properties;
        return string.Join(",", properties.Select(p => current(p.Name) switch
        {
            DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            var v => v?.ToString(),
        }));
    }

    static (Guid? PersonId, string? Province, string? Commune) Place(object entity) => entity switch
    {
        Person p => (p.Id, p.ProvinceCode, p.CommuneCode),
        PersonPhoto ph => (ph.PersonId, null, null),
        Judgment j => (j.PersonId, j.ProvinceCode, j.CommuneCode),
        EnforcementDecision d => (d.PersonId, d.ProvinceCode, d.CommuneCode),
        Case c => (c.PersonId, c.ProvinceCode, c.CommuneCode),
        SupervisorAssignment s => (s.PersonId, s.ProvinceCode, s.CommuneCode),
        AppUser u => (null, u.ProvinceCode, u.CommuneCode),
        Domain.Supervision.ISupervisionRecord r => (r.PersonId, r.ProvinceCode, r.CommuneCode),
        IPlaced pl => (null, pl.ProvinceCode, pl.CommuneCode),
        _ => (null, null, null),
    };
}
