using System.Text.RegularExpressions;
using HoaNhap.Domain.Text;

namespace HoaNhap.Domain.Import;

/// <summary>
/// The offence as registers write it, as the article of the Penal Code a judgment records ("Điều 173"): an article
/// written in the cell ("Trộm cắp tài sản (Điều 173)"), or the name of one of the offences communes see most.
/// </summary>
public static partial class OffenceArticles
{
    // BLHS 2015 (sửa đổi 2017): the article of each offence's name.
    static readonly Dictionary<string, int> ByName = new()
    {
        ["giet nguoi"] = 123,
        ["co y gay thuong tich"] = 134,
        ["co y gay thuong tich hoac gay ton hai cho suc khoe cua nguoi khac"] = 134,
        ["cuop tai san"] = 168,
        ["cuop giat tai san"] = 171,
        ["trom cap tai san"] = 173,
        ["lua dao chiem doat tai san"] = 174,
        ["lam dung tin nhiem chiem doat tai san"] = 175,
        ["huy hoai hoac co y lam hu hong tai san"] = 178,
        ["huy hoai tai san"] = 178,
        ["tang tru trai phep chat ma tuy"] = 249,
        ["mua ban trai phep chat ma tuy"] = 251,
        ["vi pham quy dinh ve tham gia giao thong duong bo"] = 260,
        ["gay roi trat tu cong cong"] = 318,
        ["danh bac"] = 321,
        ["to chuc danh bac hoac gia bac"] = 322,
        ["to chuc danh bac"] = 322,
        ["chong nguoi thi hanh cong vu"] = 330,
    };

    [GeneratedRegex(@"Điều\s+([0-9]{1,3})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Article();

    /// <summary>"Điều N" for each offence in the cell (several separated by ';' or ','), or null when one is not recognised.</summary>
    public static List<string>? Read(string text)
    {
        var found = Article().Matches(VietnameseText.Nfc(text)).Select(m => int.Parse(m.Groups[1].Value)).Where(n => n is >= 1 and <= 426).ToList();
        if (found.Count > 0) return found.Distinct().Select(n => $"Điều {n}").ToList();
        var result = new List<string>();
        foreach (var part in text.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var key = VietnameseText.Fold(part);
            if (key.StartsWith("toi ", StringComparison.Ordinal)) key = key[4..];
            if (!ByName.TryGetValue(key, out var n)) return null;
            result.Add($"Điều {n}");
        }
        return result.Count > 0 ? result.Distinct().ToList() : null;
    }
}
