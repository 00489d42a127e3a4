using HoaNhap.Data;
using HoaNhap.Domain.Import;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Import;

/// <summary>
/// A likely duplicate of a row of the preview: a person already on the registry (<c>personId</c>, <c>fullName</c>, for the link)
/// or another row of the same file (<c>otherRow</c>), with the score and the reason of <see cref="DuplicateFinder"/>.
/// </summary>
public sealed record RowDuplicate(int Row, Guid? PersonId, string? FullName, int? OtherRow, double Score, string Reason);

/// <summary>
/// Likely duplicates of an import's rows, shown before the commit (issue 20): the rules of the person form's check and of
/// <c>/People/Duplicates</c> (<see cref="DuplicateFinder"/>: same personal ID; same folded name and birth date; same folded
/// name, birth year and commune), against the people the officer sees and among the rows of the file. A warning, not a
/// problem: the officer opens the existing file, and merges the records after the import if they are one person.
/// </summary>
public static class ImportDuplicates
{
    /// <summary>At most this many are listed (a file of a register already imported would list every row).</summary>
    public const int MaxListed = 5000;

    public static async Task<List<RowDuplicate>> FindAsync(HoaNhapDbContext db, CurrentUser user, IReadOnlyList<RegisterRow> rows, CancellationToken ct)
    {
        var keyed = rows.Where(r => r.FullName.Length > 0 || r.PersonalIdNumber is not null)
            .Select(r => (Row: r, Key: new PersonKey(RowId(r.RowNumber), r.FullName, r.DateOfBirth, r.BirthYear, r.PersonalIdNumber, r.CommuneCode ?? "")))
            .ToList();
        if (keyed.Count == 0) return [];

        // The registry's candidates, loaded by what the rules compare: the personal IDs, and the folded names (a person's
        // search key is the folded name, followed by the other names when there are some).
        var ids = keyed.Select(k => k.Key.PersonalIdNumber).OfType<string>().Distinct().ToList();
        var names = keyed.Select(k => VietnameseText.Fold(k.Key.FullName)).Where(n => n.Length > 0).Distinct().ToList();
        var years = keyed.Select(k => k.Key.BirthYear).Where(y => y > 0).Distinct().ToList();
        var seen = db.People.AsNoTracking().People(user);
        var found = new Dictionary<Guid, PersonKey>();
        async Task LoadAsync(IQueryable<Person> people)
        {
            foreach (var p in await people.Select(p => new PersonKey(p.Id, p.FullName, p.DateOfBirth, p.BirthYear, p.PersonalIdNumber, p.CommuneCode)).ToListAsync(ct))
                found.TryAdd(p.Id, p);
        }
        foreach (var chunk in ids.Chunk(500)) await LoadAsync(seen.Where(p => chunk.Contains(p.PersonalIdNumber!)));
        foreach (var chunk in names.Chunk(500)) await LoadAsync(seen.Where(p => p.ArchivedOn == null && chunk.Contains(p.SearchKey)));
        if (years.Count > 0) await LoadAsync(seen.Where(p => p.ArchivedOn == null && p.OtherNames != null && years.Contains(p.BirthYear)));
        var byName = found.Values.ToLookup(p => VietnameseText.Fold(p.FullName));
        var byId = found.Values.Where(p => p.PersonalIdNumber is not null).ToLookup(p => p.PersonalIdNumber!);

        var list = new List<RowDuplicate>();
        foreach (var (row, key) in keyed)
        {
            var candidates = byName[VietnameseText.Fold(key.FullName)].Concat(key.PersonalIdNumber is { } id ? byId[id] : []).DistinctBy(p => p.Id);
            foreach (var d in DuplicateFinder.Of(key, candidates))
                list.Add(new RowDuplicate(row.RowNumber, d.OtherId, found[d.OtherId].FullName, null, d.Score, d.Reason));
        }
        // Within the file: each row of a pair names the other.
        var rowOf = keyed.ToDictionary(k => k.Key.Id, k => k.Row.RowNumber);
        foreach (var d in DuplicateFinder.Find(keyed.Select(k => k.Key).ToList()))
        {
            list.Add(new RowDuplicate(rowOf[d.PersonId], null, null, rowOf[d.OtherId], d.Score, d.Reason));
            list.Add(new RowDuplicate(rowOf[d.OtherId], null, null, rowOf[d.PersonId], d.Score, d.Reason));
        }
        return list.OrderBy(d => d.Row).ThenByDescending(d => d.Score).ThenBy(d => d.OtherRow ?? 0).Take(MaxListed).ToList();
    }

    /// <summary>A stand-in identity for a row while the finder compares it.</summary>
    static Guid RowId(int row) => new(row, 0, 0, new byte[8]);
}
