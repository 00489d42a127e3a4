using System.Reflection;
using HoaNhap.Data;
using HoaNhap.Domain;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Transfers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace HoaNhap.Web.Features.Transfers;

/// <summary>
/// Moves everything placed with a person to their new commune, generically: every entity type of the
/// model that is <see cref="IPlaced"/> and carries a <c>PersonId</c> (or else a <c>CaseId</c> of one of the
/// person's cases) gets its place codes updated in bulk (one UPDATE per table, provider-neutral through
/// EF's ExecuteUpdate and the mapped names). Rows added later by other features (check-ins, breaches,
/// absences…) move too without this file knowing them. The <see cref="CaseTransfer"/> rows stay where they
/// were opened (both sides keep the record); the <see cref="Person"/> row is updated by the caller.
/// </summary>
public static class CaseRelocation
{
    static readonly MethodInfo MoveRows = typeof(CaseRelocation).GetMethod(nameof(MoveRowsAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
    static readonly MethodInfo CountRows = typeof(CaseRelocation).GetMethod(nameof(CountRowsAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>The entity types that move with a person, and the property that ties a row to the person or their cases.</summary>
    public static IReadOnlyList<(IEntityType Type, IProperty Key)> MovingTypes(HoaNhapDbContext db) =>
        db.Model.GetEntityTypes()
            .Where(t => typeof(IPlaced).IsAssignableFrom(t.ClrType) && !t.IsOwned() && t.ClrType != typeof(CaseTransfer) && t.ClrType != typeof(Person))
            .Select(t => (Type: t, Key: t.FindProperty("PersonId") ?? t.FindProperty("CaseId")))
            .Where(x => x.Key is not null && (x.Key.ClrType == typeof(Guid) || x.Key.ClrType == typeof(Guid?)))
            .Select(x => (x.Type, x.Key!))
            .OrderBy(x => x.Type.GetTableName())
            .ToList();

    /// <summary>How many rows of each table would move (the tables' mapped names).</summary>
    public static async Task<IReadOnlyList<(string Table, int Rows)>> CountAsync(HoaNhapDbContext db, Guid personId, CancellationToken ct)
    {
        var caseIds = await CaseIdsAsync(db, personId, ct);
        var counts = new List<(string, int)>();
        foreach (var (type, key) in MovingTypes(db))
        {
            List<Guid> ids = key.Name == "PersonId" ? [personId] : caseIds;
            var n = await (Task<int>)CountRows.MakeGenericMethod(type.ClrType, key.ClrType).Invoke(null, [db, key.Name, ids, ct])!;
            if (n > 0) counts.Add((type.GetTableName() ?? type.ClrType.Name, n));
        }
        return counts;
    }

    /// <summary>Updates the place codes of every row of the person (and of their cases); runs in the caller's transaction.</summary>
    public static async Task<int> MoveAsync(HoaNhapDbContext db, Guid personId, string provinceCode, string communeCode, CancellationToken ct)
    {
        var caseIds = await CaseIdsAsync(db, personId, ct);
        var moved = 0;
        foreach (var (type, key) in MovingTypes(db))
        {
            List<Guid> ids = key.Name == "PersonId" ? [personId] : caseIds;
            moved += await (Task<int>)MoveRows.MakeGenericMethod(type.ClrType, key.ClrType)
                .Invoke(null, [db, key.Name, ids, provinceCode, communeCode, ct])!;
        }
        return moved;
    }

    public static string Describe(IReadOnlyList<(string Table, int Rows)> counts) =>
        counts.Count == 0 ? "không có dữ liệu kèm theo" : string.Join(", ", counts.Select(c => $"{c.Table}: {c.Rows}"));

    static Task<List<Guid>> CaseIdsAsync(HoaNhapDbContext db, Guid personId, CancellationToken ct) =>
        db.Cases.Where(c => c.PersonId == personId).Select(c => c.Id).ToListAsync(ct);

    static IQueryable<T> Rows<T, TKey>(HoaNhapDbContext db, string keyProperty, List<Guid> ids) where T : class
    {
        var keys = ids.Select(i => (TKey)(object)i).ToList();
        return db.Set<T>().Where(e => keys.Contains(EF.Property<TKey>(e, keyProperty)));
    }

    static Task<int> CountRowsAsync<T, TKey>(HoaNhapDbContext db, string keyProperty, List<Guid> ids, CancellationToken ct) where T : class =>
        Rows<T, TKey>(db, keyProperty, ids).CountAsync(ct);

    static Task<int> MoveRowsAsync<T, TKey>(HoaNhapDbContext db, string keyProperty, List<Guid> ids, string provinceCode, string communeCode,
        CancellationToken ct) where T : class =>
        Rows<T, TKey>(db, keyProperty, ids).ExecuteUpdateAsync(s => s
            .SetProperty(e => EF.Property<string>(e, nameof(IPlaced.ProvinceCode)), provinceCode)
            .SetProperty(e => EF.Property<string>(e, nameof(IPlaced.CommuneCode)), communeCode), ct);
}
