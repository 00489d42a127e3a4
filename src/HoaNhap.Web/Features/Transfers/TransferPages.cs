using HoaNhap.Data;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Transfers;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Transfers;

/// <summary>A transfer as the pages show it: the codes with their names.</summary>
public sealed record TransferView(CaseTransfer Transfer, string PersonName, string FromCommune, string FromProvince, string ToCommune, string ToProvince)
{
    public string From => $"{FromCommune}, {FromProvince}";
    public string To => $"{ToCommune}, {ToProvince}";
    public string Authority => ResidenceChangeRules.Title(Transfer.ConsentAuthority);
}

public static class TransferViews
{
    public static async Task<List<TransferView>> NamesAsync(HoaNhapDbContext db, IReadOnlyList<CaseTransfer> list, CancellationToken ct)
    {
        var communeCodes = list.SelectMany(t => new[] { t.CommuneCode, t.ToCommuneCode }).Distinct().ToList();
        var provinceCodes = list.SelectMany(t => new[] { t.ProvinceCode, t.ToProvinceCode }).Distinct().ToList();
        var personIds = list.Select(t => t.PersonId).Distinct().ToList();
        var communes = await db.Communes.AsNoTracking().Where(c => communeCodes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, ct);
        var provinces = await db.Provinces.AsNoTracking().Where(p => provinceCodes.Contains(p.Code)).ToDictionaryAsync(p => p.Code, ct);
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        return list.Select(t => new TransferView(t, people.GetValueOrDefault(t.PersonId, ""),
            communes.TryGetValue(t.CommuneCode, out var fc) ? fc.FullName : t.CommuneCode,
            provinces.TryGetValue(t.ProvinceCode, out var fp) ? fp.FullName : t.ProvinceCode,
            communes.TryGetValue(t.ToCommuneCode, out var tc) ? tc.FullName : t.ToCommuneCode,
            provinces.TryGetValue(t.ToProvinceCode, out var tp) ? tp.FullName : t.ToProvinceCode)).ToList();
    }

    /// <summary>Finds a transfer the user may see, with names, and records the view in the audit log.</summary>
    public static async Task<TransferView?> OpenAsync(HoaNhapDbContext db, CurrentUser me, Guid id, CancellationToken ct)
    {
        var t = await TransferCommands.FindAsync(db, me, id, ct);
        if (t is null) return null;
        return (await NamesAsync(db, [t], ct))[0];
    }

    public static string Sentence(Case c) => c.SentenceType is { } st ? CaseText.Sentence(st) : CaseText.Kind(c.Kind);
}
