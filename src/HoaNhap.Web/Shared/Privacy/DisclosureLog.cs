using HoaNhap.Data;
using HoaNhap.Domain.Privacy;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Shared.Privacy;

/// <summary>A person whose data left the unit, with the place that holds the file.</summary>
public sealed record DisclosedPerson(Guid PersonId, string ProvinceCode, string CommuneCode);

/// <summary>What was disclosed, to whom, why and on what legal basis: the words written into the disclosure log.</summary>
public sealed record DisclosureNote(string Recipient, string Purpose, string LegalBasis, string What);

/// <summary>
/// Records disclosures of personal data outside the unit (the disclosure log of the personal-data law). Used at each
/// point where data leave: answers to other agencies' systems, files exported, loan lists given to the bank, documents
/// generated to be sent. The same list seen again by the same recipient on the same day is recorded once. The rows are
/// added to the context: they are saved with the caller's next save, in the caller's transaction.
/// </summary>
public static class DisclosureLog
{
    /// <summary>Who receives what a signed-in user downloads or reads from outside the unit.</summary>
    public static string RecipientOf(CurrentUser user) => $"{user.FullName} ({user.UserName}, {RoleTitle(user.Role)}, đơn vị {user.CommuneCode ?? user.ProvinceCode})";

    static string RoleTitle(string role) => role switch
    {
        Domain.Access.Roles.BankOfficer => "Ngân hàng Chính sách xã hội",
        Domain.Access.Roles.ProvinceOfficer => "Công an tỉnh",
        Domain.Access.Roles.CommuneOfficer => "Công an xã",
        Domain.Access.Roles.CommuneLeader => "UBND xã",
        Domain.Access.Roles.CourtReader => "Tòa án",
        Domain.Access.Roles.ProcuracyReader => "Viện kiểm sát",
        Domain.Access.Roles.Supervisor => "người giám sát, giáo dục",
        _ => role,
    };

    public static void Add(HoaNhapDbContext db, DisclosedPerson person, DisclosureNote note, string recordedBy) =>
        db.Add(Row(person, note, recordedBy, db.Clock.GetUtcNow()));

    /// <summary>Adds one row per person, skipping people already recorded today for the same recipient and the same words.</summary>
    public static async Task AddManyAsync(HoaNhapDbContext db, IEnumerable<DisclosedPerson> people, DisclosureNote note, string recordedBy, CancellationToken ct)
    {
        var list = people.DistinctBy(p => p.PersonId).ToList();
        if (list.Count == 0) return;
        var now = db.Clock.GetUtcNow();
        var since = now.AddHours(-24);
        var ids = list.Select(p => p.PersonId).ToList();
        var seen = new HashSet<Guid>();
        foreach (var chunk in ids.Chunk(500))
            seen.UnionWith(await db.Set<Disclosure>().AsNoTracking()
                .Where(d => chunk.Contains(d.PersonId) && d.At >= since && d.Recipient == note.Recipient && d.What == note.What)
                .Select(d => d.PersonId).ToListAsync(ct));
        db.AddRange(list.Where(p => !seen.Contains(p.PersonId)).Select(p => Row(p, note, recordedBy, now)));
    }

    static Disclosure Row(DisclosedPerson p, DisclosureNote n, string recordedBy, DateTimeOffset at) => new()
    {
        PersonId = p.PersonId, ProvinceCode = p.ProvinceCode, CommuneCode = p.CommuneCode, At = at,
        Recipient = Cut(n.Recipient, 300), Purpose = Cut(n.Purpose, 500), LegalBasis = Cut(n.LegalBasis, 500), What = Cut(n.What, 1000),
        RecordedBy = Cut(recordedBy, 256),
    };

    static string Cut(string s, int max) => s.Length <= max ? s : s[..max];
}
