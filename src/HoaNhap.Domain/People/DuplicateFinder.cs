using HoaNhap.Domain.Text;

namespace HoaNhap.Domain.People;

/// <summary>What the duplicate check needs of a person on the registry.</summary>
public sealed record PersonKey(Guid Id, string FullName, DateOnly? DateOfBirth, int BirthYear, string? PersonalIdNumber, string CommuneCode);

/// <summary>Two records that probably describe one person: the score (0–1) and the reason, in Vietnamese.</summary>
public sealed record ProbableDuplicate(Guid PersonId, Guid OtherId, double Score, string Reason);

/// <summary>
/// Probable duplicates on the registry (issue 20): the same personal ID (1.0); or the same name folded (no diacritics,
/// case or spacing) and the same full date of birth (0.9); or the same folded name, year of birth and commune (0.7).
/// Pure: the caller loads the people of its scope. Each pair is reported once, with its strongest reason.
/// </summary>
public static class DuplicateFinder
{
    public const double SameId = 1.0, SameNameAndBirthDate = 0.9, SameNameYearAndCommune = 0.7;

    public static List<ProbableDuplicate> Find(IReadOnlyList<PersonKey> people)
    {
        var found = new Dictionary<(Guid, Guid), ProbableDuplicate>();
        void Add(PersonKey a, PersonKey b, double score, string reason)
        {
            var key = a.Id.CompareTo(b.Id) < 0 ? (a.Id, b.Id) : (b.Id, a.Id);
            if (!found.TryGetValue(key, out var known) || known.Score < score) found[key] = new ProbableDuplicate(a.Id, b.Id, score, reason);
        }
        foreach (var group in people.Where(p => !string.IsNullOrEmpty(p.PersonalIdNumber)).GroupBy(p => p.PersonalIdNumber))
            foreach (var (a, b) in Pairs(group.ToList()))
                Add(a, b, SameId, $"Trùng số định danh cá nhân {a.PersonalIdNumber}.");
        foreach (var group in people.GroupBy(p => VietnameseText.Fold(p.FullName)).Where(g => g.Key.Length > 0 && g.Count() > 1))
            foreach (var (a, b) in Pairs(group.ToList()))
                if (Compare(a, b) is { } match) Add(a, b, match.Score, match.Reason);
        return found.Values.OrderByDescending(d => d.Score).ThenBy(d => d.PersonId).ToList();
    }

    /// <summary>The people of <paramref name="existing"/> that <paramref name="candidate"/> probably is, strongest first (the form's check before saving).</summary>
    public static List<ProbableDuplicate> Of(PersonKey candidate, IEnumerable<PersonKey> existing)
    {
        var name = VietnameseText.Fold(candidate.FullName);
        var list = new List<ProbableDuplicate>();
        foreach (var other in existing.Where(o => o.Id != candidate.Id))
        {
            if (!string.IsNullOrEmpty(candidate.PersonalIdNumber) && candidate.PersonalIdNumber == other.PersonalIdNumber)
                list.Add(new(candidate.Id, other.Id, SameId, $"Trùng số định danh cá nhân {other.PersonalIdNumber}."));
            else if (VietnameseText.Fold(other.FullName) == name && Compare(candidate, other) is { } match)
                list.Add(new(candidate.Id, other.Id, match.Score, match.Reason));
        }
        return list.OrderByDescending(d => d.Score).ToList();
    }

    static (double Score, string Reason)? Compare(PersonKey a, PersonKey b)
    {
        if (a.DateOfBirth is { } d && d == b.DateOfBirth)
            return (SameNameAndBirthDate, $"Trùng họ tên và ngày sinh {VietnameseDate.Format(d)}.");
        if (a.BirthYear == b.BirthYear && a.BirthYear > 0 && a.CommuneCode == b.CommuneCode)
            return (SameNameYearAndCommune, $"Trùng họ tên, năm sinh {a.BirthYear} và xã, phường.");
        return null;
    }

    static IEnumerable<(PersonKey, PersonKey)> Pairs(List<PersonKey> group)
    {
        // A name shared by very many people (a common name, a test set) is compared within its first 200 only.
        var capped = group.Count > 200 ? group.Take(200).ToList() : group;
        for (var i = 0; i < capped.Count; i++)
            for (var j = i + 1; j < capped.Count; j++)
                yield return (capped[i], capped[j]);
    }
}
