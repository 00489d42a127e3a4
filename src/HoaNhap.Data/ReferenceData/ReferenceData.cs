using System.Reflection;
using HoaNhap.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Data;

/// <summary>
/// Loads the official list of provinces and communes shipped inside this assembly
/// (copied from shared/data; UTF-8, LF, no quoting, so a plain split is exact).
/// </summary>
public static class ReferenceData
{
    public static IReadOnlyList<Province> Provinces() => Rows("provinces.csv")
        .Select(r => new Province
        {
            Code = r[0], Name = r[1],
            Kind = r[2] == "thanh_pho" ? ProvinceKind.City : ProvinceKind.Province,
        }).ToList();

    public static IReadOnlyList<Commune> Communes() => Rows("communes.csv")
        .Select(r => new Commune
        {
            Code = r[0], Name = r[1], ProvinceCode = r[3],
            Kind = r[2] switch { "phuong" => CommuneKind.Ward, "dac_khu" => CommuneKind.SpecialZone, _ => CommuneKind.Commune },
        }).ToList();

    static IEnumerable<string[]> Rows(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"HoaNhap.Data.ReferenceData.{file}")
            ?? throw new InvalidOperationException($"Reference data {file} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        reader.ReadLine(); // header
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
            if (line.Length > 0) rows.Add(line.Split(','));
        return rows;
    }

    /// <summary>Inserts the units that are missing and updates names and kinds that changed.</summary>
    public static async Task LoadAsync(HoaNhapDbContext db, CancellationToken ct = default)
    {
        var provinces = await db.Provinces.AsNoTracking().ToDictionaryAsync(p => p.Code, ct);
        foreach (var p in Provinces())
        {
            if (!provinces.TryGetValue(p.Code, out var old)) db.Provinces.Add(p);
            else if (old.Name != p.Name || old.Kind != p.Kind) db.Provinces.Update(p);
        }
        await db.SaveChangesAsync(ct);
        var communes = await db.Communes.AsNoTracking().ToDictionaryAsync(c => c.Code, ct);
        foreach (var c in Communes())
        {
            if (!communes.TryGetValue(c.Code, out var old)) db.Communes.Add(c);
            else if (old.Name != c.Name || old.Kind != c.Kind || old.ProvinceCode != c.ProvinceCode) db.Communes.Update(c);
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
