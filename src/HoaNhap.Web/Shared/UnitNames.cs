using HoaNhap.Data;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Shared;

/// <summary>
/// The one place that turns a province or commune code into the name a user reads ("04792" → "Phường Tân Hòa",
/// "25" → "Tỉnh Phú Thọ"). The official list (34 provinces, 3,321 communes) is loaded from the units table once and
/// kept in memory; it does not change while the application runs. An unknown code reads as itself.
/// </summary>
public sealed class UnitNames(IServiceScopeFactory scopes)
{
    readonly Lock _lock = new();
    IReadOnlyDictionary<string, string>? _names;

    IReadOnlyDictionary<string, string> Names
    {
        get
        {
            if (_names is { } loaded) return loaded;
            lock (_lock)
            {
                if (_names is { } again) return again;
                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<HoaNhapDbContext>();
                var names = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var p in db.Provinces.AsNoTracking().ToList()) names[p.Code] = p.FullName;
                foreach (var c in db.Communes.AsNoTracking().ToList()) names[c.Code] = c.FullName;
                // Before the list is loaded (first start) nothing is kept, so that the next call reads it again.
                if (names.Count > 0) _names = names;
                return names;
            }
        }
    }

    /// <summary>The name of a province (2 digits) or commune (5 digits) code; the code itself when unknown, "" for none.</summary>
    public string Of(string? code) => string.IsNullOrEmpty(code) ? "" : Names.GetValueOrDefault(code, code);

    /// <summary>The user's or row's unit: the commune when there is one, otherwise the province.</summary>
    public string Of(string? communeCode, string? provinceCode) => string.IsNullOrEmpty(communeCode) ? Of(provinceCode) : Of(communeCode);

    /// <summary>A commune with its province ("Phường Tân Hòa, Tỉnh Phú Thọ").</summary>
    public string WithProvince(string communeCode, string provinceCode) => $"{Of(communeCode)}, {Of(provinceCode)}";
}
