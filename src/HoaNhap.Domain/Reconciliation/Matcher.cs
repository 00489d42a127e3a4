using System.Text;
using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.Text;

namespace HoaNhap.Domain.Reconciliation;

/// <summary>A person of the registry as the matcher needs them.</summary>
public sealed record RegistryPerson(Guid PersonId, string FullName, DateOnly? DateOfBirth, int BirthYear, string? PersonalIdNumber, string CommuneCode);

/// <summary>A judgment of the registry as the matcher needs it.</summary>
public sealed record RegistryJudgment(Guid JudgmentId, Guid PersonId, string Number, string Court, DateOnly JudgmentDate,
    DateOnly EffectiveOn, int? TermMonths, MainPenalty Penalty, string CommuneCode);

/// <summary>What the matcher concluded for one row of the list.</summary>
public sealed record RowMatch(int RowNumber, RowPart Part, Guid? PersonId, Guid? JudgmentId, double? Confidence, string Reason,
    IReadOnlyList<ConflictField> Conflicts);

public sealed record MatchReport(IReadOnlyList<RowMatch> Rows, IReadOnlyList<RegistryJudgment> MissingInList);

/// <summary>How closely a name in the list agrees with a name in the registry, best first.</summary>
public enum NameAgreement { None, Exact, Reordered, Spacing, Typo }

/// <summary>
/// Matches the rows of a court's or procuracy's list against the registry of a province. Pure and
/// deterministic: the same rows and registry give the same result. The registry is indexed once in
/// memory; a row is then matched with a few dictionary look-ups:
/// <list type="number">
/// <item>judgment number + court (folded, punctuation ignored), confirmed by the personal ID or the name;</item>
/// <item>personal ID number, then the person's judgment with that number;</item>
/// <item>name and birth date, tolerant of missing diacritics, case, spacing, swapped name order and one
/// typo (Damerau-Levenshtein distance ≤ 1), with the commune parsed from the address deciding between
/// namesakes.</item>
/// </list>
/// A person found without the judgment of the row means the judgment is missing from the registry.
/// </summary>
public sealed class Matcher
{
    readonly Dictionary<string, List<RegistryJudgment>> _byNumberCourt = [];
    readonly Dictionary<Guid, List<RegistryJudgment>> _judgmentsByPerson = [];
    readonly Dictionary<string, RegistryPerson> _byPersonalId = [];
    readonly Dictionary<(int Year, string Token), List<Indexed>> _byYearToken = [];
    readonly Dictionary<Guid, Indexed> _people = [];
    readonly List<RegistryJudgment> _judgments;

    sealed record Indexed(RegistryPerson Person, string[] Tokens, string Compact, string SortedCompact);

    public Matcher(IEnumerable<RegistryPerson> people, IEnumerable<RegistryJudgment> judgments)
    {
        foreach (var p in people)
        {
            var tokens = Tokens(p.FullName);
            var indexed = new Indexed(p, tokens, string.Concat(tokens), string.Concat(tokens.Order(StringComparer.Ordinal)));
            _people[p.PersonId] = indexed;
            if (p.PersonalIdNumber is { Length: > 0 } id) _byPersonalId.TryAdd(id, p);
            foreach (var t in tokens.Distinct())
            {
                if (!_byYearToken.TryGetValue((p.BirthYear, t), out var list)) _byYearToken[(p.BirthYear, t)] = list = [];
                list.Add(indexed);
            }
        }
        _judgments = judgments.ToList();
        foreach (var j in _judgments)
        {
            var key = NumberKey(j.Number) + "@" + CourtKey(j.Court);
            if (!_byNumberCourt.TryGetValue(key, out var list)) _byNumberCourt[key] = list = [];
            list.Add(j);
            if (!_judgmentsByPerson.TryGetValue(j.PersonId, out var mine)) _judgmentsByPerson[j.PersonId] = mine = [];
            mine.Add(j);
        }
    }

    /// <summary>Matches every row; the registry side of the month is every judgment whose effective date is in it.</summary>
    public MatchReport Run(IEnumerable<ListRow> rows, int year, int month, Action<int>? progress = null)
    {
        var results = new List<RowMatch>();
        var matched = new HashSet<Guid>();
        var n = 0;
        foreach (var row in rows)
        {
            var m = Match(row);
            results.Add(m);
            if (m.JudgmentId is { } j) matched.Add(j);
            if (++n % 1000 == 0) progress?.Invoke(n);
        }
        progress?.Invoke(n);
        var missing = _judgments.Where(j => j.EffectiveOn.Year == year && j.EffectiveOn.Month == month && !matched.Contains(j.JudgmentId))
            .OrderBy(j => j.EffectiveOn).ThenBy(j => j.Number, StringComparer.Ordinal).ThenBy(j => j.JudgmentId).ToList();
        return new MatchReport(results, missing);
    }

    public RowMatch Match(ListRow row)
    {
        var rowTokens = Tokens(row.FullName);

        // 1. Judgment number and court; co-defendants share a judgment, so the person must agree too.
        if (_byNumberCourt.TryGetValue(NumberKey(row.JudgmentNumber) + "@" + CourtKey(row.Court), out var sameJudgment))
        {
            var byId = row.PersonalIdNumber is { } id ? sameJudgment.Where(j => _people.TryGetValue(j.PersonId, out var p) && p.Person.PersonalIdNumber == id).ToList() : [];
            if (byId.Count == 1)
                return Found(row, byId[0], 1.0, "Trùng số bản án, tòa án và số định danh cá nhân.");
            var byName = sameJudgment
                .Select(j => (j, agreement: _people.TryGetValue(j.PersonId, out var p) ? Compare(rowTokens, p) : NameAgreement.None))
                .Where(x => x.agreement != NameAgreement.None).OrderBy(x => x.agreement).ToList();
            if (byName.Count == 1 || (byName.Count > 1 && byName[0].agreement < byName[1].agreement))
            {
                var (j, agreement) = byName[0];
                return Found(row, j, agreement == NameAgreement.Exact ? 0.99 : 0.96, "Trùng số bản án và tòa án; " + NameReason(agreement) + ".");
            }
        }

        // 2. Personal ID number: decisive when the birth year or the name agrees as well.
        if (row.PersonalIdNumber is { } pid && _byPersonalId.TryGetValue(pid, out var owner) && _people.TryGetValue(owner.PersonId, out var ownerIndexed)
            && (owner.BirthYear == row.BirthYear || Compare(rowTokens, ownerIndexed) != NameAgreement.None))
            return ForPerson(row, owner, 0.98, "Trùng số định danh cá nhân");

        // 3. Name and birth date, with the commune between namesakes.
        var candidates = Candidates(row, rowTokens);
        if (candidates.Count == 0)
            return new RowMatch(row.RowNumber, RowPart.MissingInRegistry, null, null, null,
                "Không tìm thấy trong sổ: không trùng số bản án, số định danh, họ tên và ngày sinh.", []);
        if (row.CommuneCode is { } commune && candidates.Count > 1 && candidates.Any(c => c.Person.CommuneCode == commune))
            candidates = candidates.Where(c => c.Person.CommuneCode == commune).ToList();
        if (candidates.Count > 1)
        {
            var best = candidates.Min(c => (int)c.Agreement);
            candidates = candidates.Where(c => (int)c.Agreement == best).ToList();
        }
        if (candidates.Count > 1 && candidates.Any(c => c.FullDate))
            candidates = candidates.Where(c => c.FullDate).ToList();
        if (candidates.Count > 1)
        {
            // Namesakes: the one whose judgment has the row's number, if exactly one has it.
            var withNumber = candidates.Where(c => JudgmentOf(c.Person.PersonId, row.JudgmentNumber, out _) is not null).ToList();
            if (withNumber.Count != 1)
                return new RowMatch(row.RowNumber, RowPart.MissingInRegistry, null, null, null,
                    $"Có {candidates.Count} người trùng họ tên và ngày sinh trong sổ; không xác định được người nào, cần kiểm tra.", []);
            candidates = withNumber;
        }
        var c0 = candidates[0];
        var sameCommune = row.CommuneCode is null ? (bool?)null : row.CommuneCode == c0.Person.CommuneCode;
        var confidence = 0.95 - c0.Agreement switch { NameAgreement.Exact => 0, NameAgreement.Typo => 0.07, _ => 0.02 }
            - (c0.FullDate ? 0 : 0.05) - (sameCommune switch { true => 0, null => 0.03, false => 0.10 });
        var reason = $"Trùng {NameReason(c0.Agreement)}, {(c0.FullDate ? "ngày sinh" : "năm sinh")}"
            + (sameCommune switch { true => " và xã, phường cư trú", false => "; khác xã, phường cư trú", null => "; không đọc được xã, phường từ địa chỉ" });
        // A weak agreement (typo, year only, another commune) identifies nobody.
        if (sameCommune == false && (c0.Agreement == NameAgreement.Typo || !c0.FullDate)
            && JudgmentOf(c0.Person.PersonId, row.JudgmentNumber, out _) is null)
            return new RowMatch(row.RowNumber, RowPart.MissingInRegistry, null, null, null,
                "Không tìm thấy trong sổ: chỉ có người gần trùng tên ở xã, phường khác.", []);
        return ForPerson(row, c0.Person, Math.Round(confidence, 2), reason);
    }

    sealed record Candidate(RegistryPerson Person, NameAgreement Agreement, bool FullDate);

    List<Candidate> Candidates(ListRow row, string[] rowTokens)
    {
        // A typo touches one word; the two smallest non-empty buckets therefore include a word the typo left alone.
        var buckets = rowTokens.Distinct()
            .Select(t => _byYearToken.TryGetValue((row.BirthYear, t), out var list) ? list : null)
            .Where(l => l is { Count: > 0 }).OrderBy(l => l!.Count).Take(2).ToList();
        var seen = new HashSet<Guid>();
        var found = new List<Candidate>();
        foreach (var bucket in buckets)
            foreach (var p in bucket!)
            {
                if (!seen.Add(p.Person.PersonId)) continue;
                if (row.DateOfBirth is { } d && p.Person.DateOfBirth is { } pd && d != pd) continue;
                var agreement = Compare(rowTokens, p);
                if (agreement == NameAgreement.None) continue;
                found.Add(new Candidate(p.Person, agreement, row.DateOfBirth is not null && p.Person.DateOfBirth is not null));
            }
        return found.OrderBy(c => c.Person.PersonId).ToList();
    }

    /// <summary>The person is identified: find the row's judgment among theirs, or report it missing.</summary>
    RowMatch ForPerson(ListRow row, RegistryPerson person, double confidence, string reason)
    {
        if (JudgmentOf(person.PersonId, row.JudgmentNumber, out var exact) is { } j)
        {
            var m = Found(row, j, exact ? confidence : Math.Round(confidence - 0.05, 2), reason + (exact ? "; trùng số bản án." : "; số bản án gần trùng (lệch một ký tự)."));
            return exact ? m : m with
            {
                Part = RowPart.Conflict,
                Conflicts = [new ConflictField(ListColumns.JudgmentNumber, row.JudgmentNumber, j.Number), .. m.Conflicts],
            };
        }
        return new RowMatch(row.RowNumber, RowPart.MissingInRegistry, person.PersonId, null, confidence,
            reason + "; người này đã có trong sổ nhưng chưa có bản án số " + row.JudgmentNumber + ".", []);
    }

    RegistryJudgment? JudgmentOf(Guid personId, string number, out bool exact)
    {
        exact = false;
        if (!_judgmentsByPerson.TryGetValue(personId, out var list)) return null;
        var key = NumberKey(number);
        var same = list.FirstOrDefault(j => NumberKey(j.Number) == key);
        if (same is not null) { exact = true; return same; }
        var near = list.Where(j => WithinOneEdit(NumberKey(j.Number), key)).ToList();
        return near.Count == 1 ? near[0] : null;
    }

    static RowMatch Found(ListRow row, RegistryJudgment j, double confidence, string reason)
    {
        var conflicts = new List<ConflictField>();
        if (row.TermMonths is { } term && term != (j.TermMonths ?? 0))
            conflicts.Add(new(ListColumns.TermMonths, term.ToString(), j.TermMonths?.ToString() ?? ""));
        if (row.JudgmentDate != j.JudgmentDate)
            conflicts.Add(new(ListColumns.JudgmentDate, VietnameseDate.Format(row.JudgmentDate), VietnameseDate.Format(j.JudgmentDate)));
        if (row.EffectiveOn != j.EffectiveOn)
            conflicts.Add(new(ListColumns.EffectiveOn, VietnameseDate.Format(row.EffectiveOn), VietnameseDate.Format(j.EffectiveOn)));
        if (row.CommuneCode is { } commune && commune != j.CommuneCode)
            conflicts.Add(new(ListColumns.Address, commune, j.CommuneCode));
        return new RowMatch(row.RowNumber, conflicts.Count > 0 ? RowPart.Conflict : RowPart.Matched, j.PersonId, j.JudgmentId,
            confidence, reason, conflicts);
    }

    static string NameReason(NameAgreement a) => a switch
    {
        NameAgreement.Exact => "họ tên",
        NameAgreement.Reordered => "họ tên (khác thứ tự)",
        NameAgreement.Spacing => "họ tên (khác dấu cách)",
        NameAgreement.Typo => "họ tên (lệch một ký tự)",
        _ => "họ tên",
    };

    NameAgreement Compare(string[] rowTokens, Indexed p) => CompareNames(NameForms.Of(rowTokens), p.Tokens, p.Compact, p.SortedCompact);

    /// <summary>How two names agree once folded (no diacritics, lower case).</summary>
    public static NameAgreement CompareNames(string a, string b)
    {
        var bt = Tokens(b);
        return CompareNames(NameForms.Of(Tokens(a)), bt, string.Concat(bt), string.Concat(bt.Order(StringComparer.Ordinal)));
    }

    /// <summary>The forms of a listed name compared with each candidate, computed once per row.</summary>
    sealed class NameForms
    {
        public required string[] Tokens { get; init; }
        public required string Compact { get; init; }
        public required string Sorted { get; init; }
        /// <summary>The family name moved to the end, or the given name to the front.</summary>
        public required string[] Rotations { get; init; }

        [ThreadStatic] static (string[] Tokens, NameForms Forms)? _last;

        public static NameForms Of(string[] tokens)
        {
            if (_last is { } last && ReferenceEquals(last.Tokens, tokens)) return last.Forms;
            var forms = new NameForms
            {
                Tokens = tokens, Compact = string.Concat(tokens), Sorted = string.Concat(tokens.Order(StringComparer.Ordinal)),
                Rotations = Enumerable.Range(1, Math.Max(0, tokens.Length - 1)).Select(r => string.Concat(tokens[r..]) + string.Concat(tokens[..r])).ToArray(),
            };
            _last = (tokens, forms);
            return forms;
        }
    }

    static NameAgreement CompareNames(NameForms row, string[] tokens, string compact, string sortedCompact)
    {
        if (row.Tokens.Length == 0) return NameAgreement.None;
        // Every form has the letters of the whole name: more than one letter apart cannot agree.
        if (Math.Abs(row.Compact.Length - compact.Length) > 1) return NameAgreement.None;
        if (row.Tokens.AsSpan().SequenceEqual(tokens)) return NameAgreement.Exact;
        if (row.Tokens.Length == tokens.Length && row.Sorted == sortedCompact) return NameAgreement.Reordered;
        if (row.Compact == compact) return NameAgreement.Spacing;
        if (WithinOneEdit(row.Compact, compact) || WithinOneEdit(row.Sorted, sortedCompact)) return NameAgreement.Typo;
        foreach (var rotation in row.Rotations)
            if (WithinOneEdit(rotation, compact)) return NameAgreement.Typo;
        return NameAgreement.None;
    }

    static string[] Tokens(string name) => VietnameseText.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A judgment number with case, diacritics, spaces and punctuation other than "/" ignored: "25/2026/HS-ST" → "25/2026/hsst".</summary>
    public static string NumberKey(string number)
    {
        var f = VietnameseText.Fold(number);
        var sb = new StringBuilder(f.Length);
        foreach (var c in f) if (char.IsLetterOrDigit(c) || c == '/') sb.Append(c);
        return sb.ToString();
    }

    /// <summary>A court's name with "Tòa án nhân dân" / "TAND", case, diacritics and punctuation ignored.</summary>
    public static string CourtKey(string court)
    {
        var f = " " + VietnameseText.Fold(court).Replace('.', ' ') + " ";
        f = f.Replace(" toa an nhan dan ", " ").Replace(" tand ", " ").Replace(" toa an ", " ");
        var sb = new StringBuilder(f.Length);
        foreach (var c in f) if (char.IsLetterOrDigit(c)) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>Whether the Damerau-Levenshtein (optimal string alignment) distance is at most 1, in linear time.</summary>
    public static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        if (i == a.Length && i == b.Length) return true;
        if (a.Length == b.Length)
        {
            if (a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))) return true;                      // substitution
            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i]
                && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));                                // transposition
        }
        return a.Length > b.Length ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i)) : a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }

    /// <summary>The Damerau-Levenshtein (optimal string alignment) distance.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }

    /// <summary>The exact-key baseline of the benchmark: judgment number and court as written, nothing else.</summary>
    public static MatchReport ExactKeyBaseline(IEnumerable<RegistryJudgment> judgments, IEnumerable<ListRow> rows)
    {
        var index = new Dictionary<(string, string), RegistryJudgment>();
        foreach (var j in judgments) index.TryAdd((j.Number, j.Court), j);
        var results = rows.Select(r => index.TryGetValue((r.JudgmentNumber, r.Court), out var j)
            ? new RowMatch(r.RowNumber, RowPart.Matched, j.PersonId, j.JudgmentId, 1.0, "Trùng số bản án và tòa án.", [])
            : new RowMatch(r.RowNumber, RowPart.MissingInRegistry, null, null, null, "", [])).ToList();
        return new MatchReport(results, []);
    }
}
