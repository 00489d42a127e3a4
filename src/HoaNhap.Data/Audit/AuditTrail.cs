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
            var changes = new Dictionary<string, object?[]>();
            foreach (var p in entry.Properties)
            {
                var name = p.Metadata.Name;
                if (entry.State == EntityState.Modified && !p.IsModified) continue;
                if (entry.State == EntityState.Modified && Equals(p.OriginalValue, p.CurrentValue)) continue;
                if (Secret.Contains(name)) { if (entry.State == EntityState.Modified) changes[name] = ["***", "***"]; continue; }
                // File contents stay in their row; the audit notes their size only.
                if (p.Metadata.ClrType == typeof(byte[]))
                {
                    changes[name] = [Size(p.OriginalValue, entry.State != EntityState.Added), Size(p.CurrentValue, entry.State != EntityState.Deleted)];
                    continue;
                }
                changes[name] = entry.State switch
                {
                    EntityState.Added => [null, p.CurrentValue],
                    EntityState.Deleted => [p.OriginalValue, null],
                    _ => [p.OriginalValue, p.CurrentValue],
                };
            }
            if (entry.State == EntityState.Modified && changes.Keys.All(Bookkeeping.Contains)) continue;
            var (personId, province, commune) = Place(entry.Entity);
            if (personId is null && entry.Metadata.FindProperty("PersonId") is { ClrType: var t } && (t == typeof(Guid) || t == typeof(Guid?)))
                personId = entry.Property("PersonId").CurrentValue as Guid?;
            list.Add(new AuditEntry
            {
                Action = entry.State switch
                {
                    EntityState.Added => AuditActions.Create,
                    EntityState.Deleted => AuditActions.Delete,
                    _ => AuditActions.Update,
                },
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = KeyOf(entry),
                PersonId = personId,
                ProvinceCode = province,
                CommuneCode = commune,
                Details = JsonSerializer.Serialize(changes, Json),
            });
        }
        return list;
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

    static string? KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null) return null;
        // A table partitioned by month is keyed (Id, month column) on PostgreSQL; the entry names the row by its Id on both providers.
        var properties = Partitioning.PostgresPartitioning.IsPartitioned(entry.Metadata.ClrType) && key.Properties.Count > 1
            ? key.Properties.Where(p => p.Name == "Id").ToList() : key.Properties;
        return string.Join(",", properties.Select(p => entry.Property(p.Name).CurrentValue switch
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
