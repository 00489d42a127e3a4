using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Domain;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.People;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace HoaNhap.Web.Features.People;

/// <summary>What the API and the merge page send: the other record (retired) and, per differing field, which value to keep.</summary>
public sealed class MergeInput
{
    public Guid? OtherId { get; set; }
    /// <summary>Field (FullName, OtherNames, DateOfBirth, Gender, PersonalIdNumber, Address, Phone) → "this" or "other"; a field left out keeps this record's value.</summary>
    public Dictionary<string, string>? Keep { get; set; }
}

public sealed record MergeView(Guid Id, Guid KeptId, string KeptName, Guid RetiredId, string RetiredName, DateTimeOffset MergedAt,
    string MergedBy, DateTimeOffset? UndoneAt, string? UndoneBy, int MovedRows);

/// <summary>
/// Gộp và hoàn tác gộp hồ sơ trùng. The merge is one transaction: the chosen values go onto the kept person, every row
/// whose PersonId is the retired person moves to the kept one (the tables are found through the EF model, so a new table
/// cannot be forgotten), the retired record is hidden (<see cref="Person.MergedIntoId"/>; <see cref="Scope.People"/> leaves it
/// out everywhere) and everything needed to undo it is recorded in a <see cref="PersonMerge"/>. Audit entries are append-only
/// and are not moved: the kept person's timeline also reads the retired person's entries through the merge record.
/// </summary>
public static class PersonMergeCommands
{
    public const string This = "this", Other = "other";

    public static async Task<Outcome<PersonMerge>> MergeAsync(HoaNhapDbContext db, CurrentUser user, Guid id, MergeInput input, CancellationToken ct)
    {
        var kept = await db.People.People(user).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (kept is null) return Outcome<PersonMerge>.Missing();
        if (!user.May(Domain.Access.Act.EditRegistry)) return Outcome<PersonMerge>.Denied();
        if (input.OtherId is not { } otherId)
            return Outcome<PersonMerge>.Invalid(nameof(MergeInput.OtherId), "Hãy cho biết hồ sơ trùng cần gộp (otherId).");
        if (otherId == id)
            return Outcome<PersonMerge>.Invalid(nameof(MergeInput.OtherId), "Không thể gộp một hồ sơ với chính nó.");
        var choices = new Dictionary<string, string>();
        var errors = new Dictionary<string, string[]>();
        foreach (var (key, value) in input.Keep ?? [])
        {
            var field = PersonValues.Fields.FirstOrDefault(f => string.Equals(f, key, StringComparison.OrdinalIgnoreCase));
            if (field is null) errors[$"Keep.{key}"] = [$"Không có trường “{key}” để chọn khi gộp hồ sơ."];
            else if (value?.Trim().ToLowerInvariant() is not (This or Other))
                errors[$"Keep.{field}"] = [$"{PersonValues.Label(field)}: hãy chọn giữ giá trị của hồ sơ này (this) hoặc hồ sơ kia (other)."];
            else choices[field] = value.Trim().ToLowerInvariant();
        }
        if (errors.Count > 0) return Outcome<PersonMerge>.Invalid(errors);
        var retired = await db.People.People(user).FirstOrDefaultAsync(p => p.Id == otherId, ct);
        if (retired is null) return Outcome<PersonMerge>.Missing();
        foreach (var f in PersonValues.Fields) choices.TryAdd(f, This);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var keptBefore = PersonValues.Of(kept);
            var retiredBefore = PersonValues.Of(retired);
            retired.MergedIntoId = kept.Id;
            if (choices["PersonalIdNumber"] == Other && retired.PersonalIdNumber is not null)
            {
                // The personal ID is unique: the retired record gives it up before the kept one takes it.
                retired.PersonalIdNumber = null;
                await db.SaveChangesAsync(ct);
            }
            foreach (var (field, choice) in choices)
                if (choice == Other) retiredBefore.ApplyTo(kept, field);
            kept.RefreshSearchKey();

            var moved = await MoveRowsAsync(db, retired.Id, kept, ct);
            var merge = new PersonMerge
            {
                ProvinceCode = kept.ProvinceCode, CommuneCode = kept.CommuneCode, KeptId = kept.Id, RetiredId = retired.Id,
                Choices = JsonSerializer.Serialize(choices, Data.Audit.AuditTrail.Json),
                KeptBefore = JsonSerializer.Serialize(keptBefore, Data.Audit.AuditTrail.Json),
                RetiredBefore = JsonSerializer.Serialize(retiredBefore, Data.Audit.AuditTrail.Json),
                MovedRows = JsonSerializer.Serialize(moved, Data.Audit.AuditTrail.Json),
                MergedAt = db.Clock.GetUtcNow(), MergedBy = user.UserName,
            };
            db.PersonMerges.Add(merge);
            var details = JsonSerializer.Serialize(new { mergeId = merge.Id, keptId = kept.Id, retiredId = retired.Id, choices, moved = moved.Count }, Data.Audit.AuditTrail.Json);
            db.Record(AuditActions.Merge, nameof(Person), kept.Id.ToString(), kept.Id, kept.ProvinceCode, kept.CommuneCode, details);
            db.Record(AuditActions.Merge, nameof(Person), retired.Id.ToString(), retired.Id, retired.ProvinceCode, retired.CommuneCode, details);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return Outcome<PersonMerge>.Ok(merge);
        }
        catch (DbUpdateException)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return Outcome<PersonMerge>.Refused("", "Không gộp được hai hồ sơ: dữ liệu của hai hồ sơ mâu thuẫn nhau (ví dụ cùng có một hồ sơ đang mở cùng loại) hoặc một hồ sơ vừa được người khác sửa. Hãy kiểm tra lại hai hồ sơ.");
        }
    }

    public static async Task<Outcome<PersonMerge>> UndoAsync(HoaNhapDbContext db, CurrentUser user, Guid mergeId, CancellationToken ct)
    {
        var merge = await InScope(db.PersonMerges, user).FirstOrDefaultAsync(m => m.Id == mergeId, ct);
        if (merge is null) return Outcome<PersonMerge>.Missing();
        if (!user.May(Domain.Access.Act.EditRegistry)) return Outcome<PersonMerge>.Denied();
        if (merge.UndoneAt is { } undone)
            return Outcome<PersonMerge>.Refused("MergeId", $"Lần gộp này đã được hoàn tác lúc {Display.Time(undone)} bởi {merge.UndoneBy}.");
        var kept = await db.People.PeopleIncludingMerged(user).FirstOrDefaultAsync(p => p.Id == merge.KeptId, ct);
        var retired = await db.People.PeopleIncludingMerged(user).FirstOrDefaultAsync(p => p.Id == merge.RetiredId, ct);
        if (kept is null || retired is null)
            return Outcome<PersonMerge>.Refused("MergeId", "Không hoàn tác được: một trong hai hồ sơ không còn thuộc địa bàn bạn quản lý.");
        if (kept.MergedIntoId is not null)
            return Outcome<PersonMerge>.Refused("MergeId", "Không hoàn tác được: hồ sơ được giữ lại đã được gộp tiếp vào một hồ sơ khác. Hãy hoàn tác lần gộp sau trước.");
        if (retired.MergedIntoId != kept.Id)
            return Outcome<PersonMerge>.Refused("MergeId", "Không hoàn tác được: hồ sơ bị gộp không còn trỏ tới hồ sơ được giữ lại.");

        var choices = JsonSerializer.Deserialize<Dictionary<string, string>>(merge.Choices, Data.Audit.AuditTrail.Json)!;
        var keptBefore = JsonSerializer.Deserialize<PersonValues>(merge.KeptBefore, Data.Audit.AuditTrail.Json)!;
        var retiredBefore = JsonSerializer.Deserialize<PersonValues>(merge.RetiredBefore, Data.Audit.AuditTrail.Json)!;
        var moved = JsonSerializer.Deserialize<List<MovedRow>>(merge.MovedRows, Data.Audit.AuditTrail.Json)!;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            foreach (var (field, choice) in choices)
                if (choice == Other) keptBefore.ApplyTo(kept, field);
            kept.RefreshSearchKey();
            if (choices.GetValueOrDefault("PersonalIdNumber") == Other) await db.SaveChangesAsync(ct); // frees the ID first
            retiredBefore.ApplyAll(retired);
            retired.RefreshSearchKey();
            retired.MergedIntoId = null;
            await MoveRowsBackAsync(db, moved, kept.Id, retired.Id, ct);
            merge.UndoneAt = db.Clock.GetUtcNow();
            merge.UndoneBy = user.UserName;
            var details = JsonSerializer.Serialize(new { mergeId = merge.Id, keptId = kept.Id, retiredId = retired.Id, moved = moved.Count }, Data.Audit.AuditTrail.Json);
            db.Record(AuditActions.Unmerge, nameof(Person), kept.Id.ToString(), kept.Id, kept.ProvinceCode, kept.CommuneCode, details);
            db.Record(AuditActions.Unmerge, nameof(Person), retired.Id.ToString(), retired.Id, retired.ProvinceCode, retired.CommuneCode, details);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return Outcome<PersonMerge>.Ok(merge);
        }
        catch (DbUpdateException)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return Outcome<PersonMerge>.Refused("MergeId", "Không hoàn tác được: dữ liệu đã thay đổi sau khi gộp (ví dụ số định danh cá nhân cũ đã được ghi cho người khác).");
        }
    }

    /// <summary>The merge history of the user's unit, newest first.</summary>
    public static async Task<Outcome<List<MergeView>>> HistoryAsync(HoaNhapDbContext db, CurrentUser user, CancellationToken ct)
    {
        if (!user.May(Domain.Access.Act.EditRegistry)) return Outcome<List<MergeView>>.Denied();
        var merges = await InScope(db.PersonMerges.AsNoTracking(), user).OrderByDescending(m => m.MergedAt).Take(500).ToListAsync(ct);
        var ids = merges.Select(m => m.KeptId).Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        return Outcome<List<MergeView>>.Ok(merges.Select(m => new MergeView(m.Id, m.KeptId, names.GetValueOrDefault(m.KeptId, ""),
            m.RetiredId, JsonSerializer.Deserialize<PersonValues>(m.RetiredBefore, Data.Audit.AuditTrail.Json)!.FullName,
            m.MergedAt, m.MergedBy, m.UndoneAt, m.UndoneBy,
            JsonSerializer.Deserialize<List<MovedRow>>(m.MovedRows, Data.Audit.AuditTrail.Json)!.Count)).ToList());
    }

    static IQueryable<PersonMerge> InScope(IQueryable<PersonMerge> merges, CurrentUser user) =>
        user.CommuneCode is { } commune
            ? merges.Where(m => m.ProvinceCode == user.ProvinceCode && m.CommuneCode == commune)
            : merges.Where(m => m.ProvinceCode == user.ProvinceCode);

    /// <summary>
    /// Every entity type of the model with a PersonId (Guid) that is not part of its key, except the append-only audit.
    /// A row keyed by the person (the photo) stays with the retired record.
    /// </summary>
    static IEnumerable<(IEntityType Type, IProperty PersonId)> Attached(HoaNhapDbContext db) =>
        db.Model.GetEntityTypes()
            .Where(t => t.BaseType is null && !t.IsOwned() && !t.HasSharedClrType && t.FindPrimaryKey() is not null
                && t.ClrType != typeof(AuditEntry))
            .Select(t => (Type: t, PersonId: t.FindProperty("PersonId")))
            .Where(x => x.PersonId is { } p && (p.ClrType == typeof(Guid) || p.ClrType == typeof(Guid?)) && !p.IsPrimaryKey()
                && !x.Type.FindPrimaryKey()!.Properties.Contains(p))
            .Select(x => (x.Type, x.PersonId!));

    static async Task<List<MovedRow>> MoveRowsAsync(HoaNhapDbContext db, Guid from, Person to, CancellationToken ct)
    {
        var moved = new List<MovedRow>();
        foreach (var (type, personId) in Attached(db))
            foreach (var row in await RowsOfAsync(db, type, personId, from, ct))
            {
                var entry = db.Entry(row);
                string? province = null, commune = null;
                if (row is IPlaced placed && (placed.ProvinceCode != to.ProvinceCode || placed.CommuneCode != to.CommuneCode))
                {
                    (province, commune) = (placed.ProvinceCode, placed.CommuneCode);
                    entry.Property(nameof(IPlaced.ProvinceCode)).CurrentValue = to.ProvinceCode;
                    entry.Property(nameof(IPlaced.CommuneCode)).CurrentValue = to.CommuneCode;
                }
                moved.Add(new MovedRow(type.ClrType.Name, KeyOf(entry), province, commune));
                entry.Property(personId.Name).CurrentValue = to.Id;
            }
        return moved;
    }

    static async Task MoveRowsBackAsync(HoaNhapDbContext db, List<MovedRow> moved, Guid from, Guid to, CancellationToken ct)
    {
        foreach (var (type, personId) in Attached(db))
        {
            var mine = moved.Where(m => m.Entity == type.ClrType.Name).ToDictionary(m => m.Key);
            if (mine.Count == 0) continue;
            foreach (var row in await RowsOfAsync(db, type, personId, from, ct))
            {
                var entry = db.Entry(row);
                if (!mine.TryGetValue(KeyOf(entry), out var m)) continue;
                entry.Property(personId.Name).CurrentValue = to;
                if (m.ProvinceCode is not null && row is IPlaced)
                {
                    entry.Property(nameof(IPlaced.ProvinceCode)).CurrentValue = m.ProvinceCode;
                    entry.Property(nameof(IPlaced.CommuneCode)).CurrentValue = m.CommuneCode;
                }
            }
        }
    }

    static string KeyOf(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) =>
        string.Join("|", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));

    static readonly MethodInfo RowsMethod = typeof(PersonMergeCommands).GetMethod(nameof(Rows), BindingFlags.NonPublic | BindingFlags.Static)!;

    static async Task<List<object>> RowsOfAsync(HoaNhapDbContext db, IEntityType type, IProperty personId, Guid id, CancellationToken ct) =>
        await (Task<List<object>>)RowsMethod.MakeGenericMethod(type.ClrType).Invoke(null, [db, personId, id, ct])!;

    static async Task<List<object>> Rows<T>(HoaNhapDbContext db, IProperty personId, Guid id, CancellationToken ct) where T : class
    {
        var e = Expression.Parameter(typeof(T), "e");
        var property = Expression.Call(typeof(EF), nameof(EF.Property), [personId.ClrType], e, Expression.Constant(personId.Name));
        var value = Expression.Convert(Expression.Property(Expression.Constant(new Holder(id)), nameof(Holder.Value)), personId.ClrType);
        var predicate = Expression.Lambda<Func<T, bool>>(Expression.Equal(property, value), e);
        return (await db.Set<T>().Where(predicate).ToListAsync(ct)).Cast<object>().ToList();
    }

    sealed record Holder(Guid Value);
}
