using System.Text.RegularExpressions;
using HoaNhap.Domain.Text;

namespace HoaNhap.Domain.Rules;

/// <summary>
/// The chapter of the special part of the Penal Code (BLHS 2015, Phần thứ hai, Chương XIII–XXVI)
/// that an offence article belongs to. Pure.
/// Only Chapters XIII (Điều 108–122, an ninh quốc gia) and XXVI (Điều 421–425, phá hoại hòa bình,
/// chống loài người, tội phạm chiến tranh) change a result today: their records are never
/// cleared automatically (BLHS 2015 Điều 70 khoản 1, Điều 71). The other boundaries are recalled,
/// not checked against the text.
/// </summary>
public static partial class PenalCodeChapters
{
    public const int NationalSecurity = 13;
    public const int PeaceAndHumanity = 26;

    // (chapter, first article, last article) of BLHS 2015 Phần thứ hai.
    static readonly (int Chapter, int From, int To)[] Ranges =
    [
        (13, 108, 122), (14, 123, 156), (15, 157, 167), (16, 168, 180), (17, 181, 187),
        (18, 188, 234), (19, 235, 246), (20, 247, 259), (21, 260, 329), (22, 330, 351),
        (23, 352, 366), (24, 367, 391), (25, 392, 420), (26, 421, 425),
    ];

    [GeneratedRegex(@"^Điều\s+(\d{1,3})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArticleNumber();

    /// <summary>The article number in "Điều 173" or "Điều 173 khoản 1"; null when the text is not an article.</summary>
    public static int? Article(string? offence) =>
        offence is not null && ArticleNumber().Match(VietnameseText.Nfc(offence).Trim()) is { Success: true } m
            ? int.Parse(m.Groups[1].Value) : null;

    /// <summary>The chapter (13–26) of an offence article; null for an article outside the special part.</summary>
    public static int? OfArticle(int article)
    {
        foreach (var (chapter, from, to) in Ranges)
            if (article >= from && article <= to) return chapter;
        return null;
    }

    /// <summary>
    /// The chapter that decides how the record of a judgment is cleared: Chapter XIII or XXVI when
    /// any offence belongs to it (several crimes mixing the two regimes go to the court, BLHS 2015
    /// Điều 73 khoản 3), otherwise the chapter of the first offence. Null when no offence is an
    /// article of the special part.
    /// </summary>
    public static int? ForRecord(IEnumerable<string> offences)
    {
        var chapters = offences.Select(Article).Where(a => a is not null).Select(a => OfArticle(a!.Value))
            .Where(c => c is not null).Select(c => c!.Value).ToList();
        if (chapters.Count == 0) return null;
        return chapters.FirstOrDefault(c => c is NationalSecurity or PeaceAndHumanity, chapters[0]);
    }

    /// <summary>"XIII", "XXVI"…</summary>
    public static string Roman(int chapter)
    {
        var (value, text) = (chapter, "");
        foreach (var (n, r) in new[] { (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
            while (value >= n) { text += r; value -= n; }
        return text;
    }
}
