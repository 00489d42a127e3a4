using System.Globalization;
using System.Text;

namespace HoaNhap.Domain.Text;

/// <summary>
/// Normalisation of Vietnamese text: <see cref="Nfc"/> for storing and comparing,
/// <see cref="Fold"/> for searching without regard to diacritics or case.
/// </summary>
public static class VietnameseText
{
    /// <summary>Trimmed, internal whitespace collapsed to one space, Unicode NFC; null gives "".</summary>
    public static string Nfc(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        return CollapseWhitespace(s.Normalize(NormalizationForm.FormC));
    }

    /// <summary>
    /// Search key: diacritics removed, đ/Đ read as d, lower case, whitespace collapsed.
    /// "ĐẶNG Thị Thuỷ" and "Đặng thị thủy" both give "dang thi thuy".
    /// </summary>
    public static string Fold(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        var decomposed = s.Normalize(NormalizationForm.FormC).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            // "đ" (U+0111) and "Đ" (U+0110) are letters of their own, not d plus a mark, so NFD keeps them.
            sb.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }
        return CollapseWhitespace(sb.ToString());
    }

    private static string CollapseWhitespace(string s)
    {
        var sb = new StringBuilder(s.Length);
        var pendingSpace = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
