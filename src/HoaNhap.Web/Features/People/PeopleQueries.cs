using HoaNhap.Data;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.People;

public sealed record PeopleFilter(string? Q, string? CommuneCode, SentenceType? SentenceType, CaseStatus? Status, int Page = 1)
{
    public const int PageSize = 20;

    /// <summary>At most this many people are listed (25 pages); past it the page asks for a narrower search.</summary>
    public const int MaxResults = 500;
}

public sealed record PersonRow(Guid Id, string FullName, string? OtherNames, string BirthDate, string Gender,
    string? PersonalIdNumber, string CommuneCode, string CommuneName, string Address);

/// <summary>One page of a search; <c>Capped</c>: more than <see cref="PeopleFilter.MaxResults"/> people match (<c>Total</c> is the cap).</summary>
public sealed record PeoplePage(IReadOnlyList<PersonRow> Items, int Total, int Page, int PageCount, bool Capped = false);

public sealed record TimelineItem(DateOnly? On, DateTimeOffset? At, string Title, string? Detail, string Kind);

public sealed record PersonFile(Person Person, string CommuneName, string ProvinceName, IReadOnlyList<Judgment> Judgments,
    IReadOnlyList<Case> Cases, IReadOnlyList<SupervisorAssignment> Supervisors, IReadOnlyList<TimelineItem> Timeline);

public static class PeopleQueries
{
    /// <summary>
    /// Lists people in the user's scope. <c>q</c> matches the name (without diacritics or case),
    /// the personal ID number, or a judgment number. A search by words is recorded in the audit log: through
    /// <paramref name="audit"/> (on the primary, so that <paramref name="db"/> may be the replica's), or without it through <paramref name="db"/>.
    /// </summary>
    public static async Task<Outcome<PeoplePage>> SearchAsync(HoaNhapDbContext db, CurrentUser user, PeopleFilter f, CancellationToken ct,
        Shared.Audit.AuditWriter? audit = null)
    {
        if (!user.ReadsRegistry) return Outcome<PeoplePage>.Denied();
        var q = Matching(db, user, f);
        var key = VietnameseText.Fold(f.Q);

        var ordered = q.OrderBy(p => p.SearchKey).ThenBy(p => p.Id);
        var page = Math.Max(1, f.Page);
        // The first page is read first: when it is not full it is the whole answer, and the count (a second pass over
        // the name's matches, half the cost of a province officer's search) is not needed.
        var rows = page == 1 ? await PageRows(db, ordered, 0, PeopleFilter.PageSize + 1, ct) : null;
        int total;
        if (rows is not null && rows.Count <= PeopleFilter.PageSize) total = rows.Count;
        else
            // Counted up to the cap: past it the officer is asked to narrow the search (a name shared by thousands).
            total = await q.Take(PeopleFilter.MaxResults + 1).CountAsync(ct);
        var capped = total > PeopleFilter.MaxResults;
        if (capped) total = PeopleFilter.MaxResults;
        var pageCount = Math.Max(1, (total + PeopleFilter.PageSize - 1) / PeopleFilter.PageSize);
        page = Math.Clamp(page, 1, pageCount);
        rows = rows is not null && page == 1
            ? rows.Take(PeopleFilter.PageSize).ToList()
            : await PageRows(db, ordered, (page - 1) * PeopleFilter.PageSize, PeopleFilter.PageSize, ct);
        var items = rows.Select(r => new PersonRow(r.Person.Id, r.Person.FullName, r.Person.OtherNames, r.Person.BirthDateText,
            PeopleText.Gender(r.Person.Gender), r.Person.PersonalIdNumber, r.Person.CommuneCode,
            new Domain.Units.Commune { Code = r.Person.CommuneCode, Name = r.Name, Kind = r.Kind, ProvinceCode = r.Person.ProvinceCode }.FullName,
            r.Person.Address)).ToList();

        if (key.Length > 0)
        {
            var details = System.Text.Json.JsonSerializer.Serialize(new { q = f.Q, total, capped }, Data.Audit.AuditTrail.Json);
            if (audit is not null)
                await audit.RecordAsync(AuditActions.Search, nameof(Person), null, null, user.ProvinceCode, user.CommuneCode, details, ct);
            else
            {
                db.Record(AuditActions.Search, nameof(Person), null, null, user.ProvinceCode, user.CommuneCode, details);
                await db.SaveChangesAsync(ct);
            }
        }
        return Outcome<PeoplePage>.Ok(new PeoplePage(items, total, page, pageCount, capped));
    }

    sealed record FoundRow(Person Person, string Name, Domain.Units.CommuneKind Kind);

    static Task<List<FoundRow>> PageRows(HoaNhapDbContext db, IOrderedQueryable<Person> ordered, int skip, int take, CancellationToken ct) =>
        ordered.Skip(skip).Take(take)
            .Join(db.Communes, p => p.CommuneCode, c => c.Code, (p, c) => new FoundRow(p, c.Name, c.Kind))
            .ToListAsync(ct);

    /// <summary>The people of the user's scope that the filter matches (unordered); the search's query, also checked by its plan in the tests.</summary>
    public static IQueryable<Person> Matching(HoaNhapDbContext db, CurrentUser user, PeopleFilter f)
    {
        // An archived file (retention decision) leaves the search and the lists; it stays readable by its id.
        var q = db.People.AsNoTracking().People(user).Where(p => p.ArchivedOn == null);
        var key = VietnameseText.Fold(f.Q);
        if (key.Length > 0)
        {
            var pattern = "%" + EscapeLike(key) + "%";
            var digits = new string(key.Where(char.IsAsciiDigit).ToArray());
            if (digits.Length == 0)
                // A name: the scope's people whose folded name holds the words (a judgment number always has digits).
                // One table, so PostgreSQL chooses between the trigram index and the place index by the name's rarity;
                // a union over the nation's matches first cost a common name 18 times its own query (issue 15).
                q = q.Where(p => EF.Functions.Like(p.SearchKey, pattern, "\\"));
            else
            {
                // Digits: a judgment number or a personal ID (or a name typed with them). Each from its own index, the
                // matches united (one OR across the tables would make PostgreSQL scan every person of the scope).
                var matching = db.People.Where(p => EF.Functions.Like(p.SearchKey, pattern, "\\")).Select(p => p.Id)
                    .Union(db.Judgments.Where(j => EF.Functions.Like(j.NumberKey, pattern, "\\")).Select(j => j.PersonId));
                if (digits.Length == key.Length)
                    matching = matching.Union(db.People.Where(p => p.PersonalIdNumber != null && p.PersonalIdNumber.StartsWith(digits)).Select(p => p.Id));
                q = q.Where(p => matching.Contains(p.Id));
            }
        }
        if (!string.IsNullOrEmpty(f.CommuneCode)) q = q.Where(p => p.CommuneCode == f.CommuneCode);
        if (f.SentenceType is { } type) q = q.Where(p => p.Cases.Any(c => c.SentenceType == type));
        if (f.Status is { } status) q = q.Where(p => p.Cases.Any(c => c.Status == status));

        return q;
    }

    static string EscapeLike(string s) => s.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    /// <summary>The whole file of a person, with its timeline. Records the view in the audit log.</summary>
    public static async Task<PersonFile?> FileAsync(HoaNhapDbContext db, UnitNames units, CurrentUser user, Guid id, CancellationToken ct)
    {
        // Tracked, so that the audit entry of this read takes the person's place from it instead of reading it again.
        var person = await PersonLookup.FindAsync(db, user, id, ct);
        if (person is null) return null;
        var judgments = await db.Judgments.AsNoTracking().Where(j => j.PersonId == id)
            .Include(j => j.AdditionalPenalties).Include(j => j.CivilObligations).Include(j => j.EnforcementDecisions)
            .OrderByDescending(j => j.JudgmentDate).ToListAsync(ct);
        var cases = await db.Cases.AsNoTracking().Where(c => c.PersonId == id).OrderByDescending(c => c.StartOn).ToListAsync(ct);
        var supervisors = await db.SupervisorAssignments.AsNoTracking().Where(a => a.PersonId == id)
            .OrderByDescending(a => a.AssignedOn).ToListAsync(ct);
        // Audit entries are never changed: those of records merged into this one are read through the merge records.
        // One command: the person's own entries, united with those of the records merged into it (usually none).
        var entries = db.AuditEntries.AsNoTracking().Where(a => a.Action != AuditActions.View && a.Action != AuditActions.Search);
        var recorded = await entries.Where(a => a.PersonId == id)
            .Concat(entries.Where(a => db.PersonMerges.Any(m => m.KeptId == id && m.UndoneAt == null && m.RetiredId == a.PersonId)))
            .OrderBy(a => a.Id).Take(500).ToListAsync(ct);

        return new PersonFile(person, units.Of(person.CommuneCode), units.Of(person.ProvinceCode), judgments, cases, supervisors,
            Timeline(judgments, cases, supervisors, recorded));
    }

    /// <summary>Legal events from the file, and every recorded change, newest first.</summary>
    static List<TimelineItem> Timeline(List<Judgment> judgments, List<Case> cases, List<SupervisorAssignment> supervisors, List<AuditEntry> recorded)
    {
        var items = new List<TimelineItem>();
        foreach (var j in judgments)
        {
            items.Add(new(j.JudgmentDate, null, $"Tuyên án: bản án số {j.Number}", $"{j.Court} — {JudgmentText.Penalty(j.MainPenalty)}", "legal"));
            items.Add(new(j.EffectiveOn, null, $"Bản án số {j.Number} có hiệu lực pháp luật", null, "legal"));
            foreach (var d in j.EnforcementDecisions)
                items.Add(new(d.IssuedOn, null, $"Quyết định thi hành án số {d.Number}", d.IssuedBy, "legal"));
        }
        foreach (var c in cases)
        {
            var what = c.SentenceType is { } t ? CaseText.Sentence(t) : c.ReleaseKind is { } r ? CaseText.Release(r) : CaseText.Kind(c.Kind);
            items.Add(new(c.StartOn, null, $"Bắt đầu: {what}", CaseText.Kind(c.Kind), "legal"));
            if (c.EndedOn is { } ended)
                items.Add(new(ended, null, $"Kết thúc: {what}", CaseText.Status(c.Status), "legal"));
            else if (c.ExpectedEndOn is { } end)
                items.Add(new(end, null, $"Dự kiến kết thúc: {what}", null, "expected"));
        }
        foreach (var s in supervisors)
            items.Add(new(s.AssignedOn, null, $"Phân công người giám sát, giáo dục: {s.SupervisorName}",
                s.DecisionNumber is null ? null : $"Quyết định số {s.DecisionNumber}", "legal"));
        foreach (var a in recorded)
            items.Add(new(DateOnly.FromDateTime(a.At.UtcDateTime), a.At,
                $"{AuditActions.Title(a.Action)} {EntityTitle(a.EntityType)}",
                a.Action == AuditActions.Import && ImportSourceOf(a.Details) is { } source
                    ? $"Nguồn: {source.Describe()} — bởi {Display.Actor(a.UserName)}"
                    : $"bởi {Display.Actor(a.UserName)}", "record"));
        return items.OrderByDescending(i => i.On).ThenByDescending(i => i.At).ToList();
    }

    static HoaNhap.Domain.Import.ImportSource? ImportSourceOf(string? json)
    {
        if (json is null) return null;
        try { return System.Text.Json.JsonSerializer.Deserialize<HoaNhap.Domain.Import.ImportSource>(json); }
        catch (System.Text.Json.JsonException) { return null; }
    }

    static string EntityTitle(string type) => type switch
    {
        nameof(Person) => "thông tin cá nhân",
        nameof(PersonPhoto) => "ảnh chân dung",
        nameof(Judgment) => "bản án",
        nameof(EnforcementDecision) => "quyết định thi hành án",
        nameof(Case) => "hồ sơ chấp hành / quản lý",
        nameof(SupervisorAssignment) => "phân công giám sát",
        _ => type,
    };
}
