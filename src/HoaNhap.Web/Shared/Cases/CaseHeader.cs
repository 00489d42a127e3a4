using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Shared;

/// <summary>What the pages of a case workflow show at the top: whose case, which sentence, its status now.</summary>
public sealed record CaseHeader(Case Case, string PersonName)
{
    public Guid CaseId => Case.Id;
    public string Sentence => Case.SentenceType is { } t ? CaseText.Sentence(t) : CaseText.Kind(Case.Kind);
    public string Status => CaseText.Status(Case.Status);
    public string Back => $"/Cases/Details/{Case.Id}";

    /// <summary>The case through the caller's scope (null: not found), with the person's name.</summary>
    public static async Task<CaseHeader?> LoadAsync(HoaNhapDbContext db, CurrentUser me, Guid caseId, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, me, caseId, ct);
        if (c is null) return null;
        var name = await db.People.AsNoTracking().Where(p => p.Id == c.PersonId).Select(p => p.FullName).FirstAsync(ct);
        return new CaseHeader(c, name);
    }
}
