using HoaNhap.Domain.Text;
using HoaNhap.Domain.Units;

namespace HoaNhap.Domain.Reconciliation;

/// <summary>
/// Finds the commune at the end of a free-text address ("Tổ 5, Phường Tân Hòa, Tỉnh Phú Thọ")
/// among the official units of one province, insensitive to diacritics and case, with or
/// without the unit's kind ("Phường", "Xã", "Đặc khu", "P.", "X.").
/// </summary>
public sealed class CommuneLocator
{
    readonly Dictionary<string, string?> _byName = [];
    readonly Dictionary<string, string> _byFullName = [];
    readonly HashSet<string> _provinceNames = [];
    readonly HashSet<string> _codes = [];

    public CommuneLocator(Province province, IEnumerable<Commune> communes)
    {
        var folded = VietnameseText.Fold(province.Name);
        _provinceNames.UnionWith([folded, VietnameseText.Fold(province.FullName), "tinh " + folded, "thanh pho " + folded, "tp " + folded, "tp. " + folded, "tp." + folded]);
        foreach (var c in communes.Where(c => c.ProvinceCode == province.Code))
        {
            var name = VietnameseText.Fold(c.Name);
            // Two units of one province may share a name (Xã An Bình, Phường An Bình): the bare name is then ambiguous.
            _byName[name] = _byName.ContainsKey(name) ? null : c.Code;
            _byFullName[VietnameseText.Fold(c.FullName)] = c.Code;
            _codes.Add(c.Code);
        }
    }

    /// <summary>True when <paramref name="code"/> is a commune of the province.</summary>
    public bool Contains(string code) => _codes.Contains(code);

    static readonly string[] Prefixes = ["xa ", "phuong ", "dac khu ", "thi tran ", "p. ", "x. ", "p.", "x.", "p ", "x "];

    /// <summary>The commune code, or null when no part of the address names exactly one commune of the province.</summary>
    public string? Find(string? address)
    {
        var parts = (address ?? "").Split([',', ';', '-', '–'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(VietnameseText.Fold).Where(p => p.Length > 0).ToList();
        for (var i = parts.Count - 1; i >= 0; i--)
        {
            var part = parts[i];
            if (_provinceNames.Contains(part)) continue;
            if (_byFullName.TryGetValue(part, out var code)) return code;
            var bare = part;
            foreach (var p in Prefixes)
                if (bare.StartsWith(p, StringComparison.Ordinal)) { bare = bare[p.Length..].Trim(); break; }
            if (_byName.TryGetValue(bare, out var byName)) return byName;
        }
        return null;
    }
}
