using HoaNhap.Domain.Text;

namespace HoaNhap.Web.Shared.Forms;

/// <summary>
/// What a person typed into a command's input, checked the same way everywhere: text in NFC and trimmed, a Vietnamese
/// message naming the field when it is missing or too long, a choice that must be one of an enum's names (never a number).
/// </summary>
public static class FormInput
{
    /// <summary>Required text of at most <paramref name="max"/> characters; null (and an error on <paramref name="field"/>) otherwise.</summary>
    public static string? Required(string? text, string field, string label, int max, Dictionary<string, string[]> errors)
    {
        var s = VietnameseText.Nfc(text).Trim();
        if (s.Length == 0) { errors[field] = [$"Hãy nhập {char.ToLowerInvariant(label[0])}{label[1..]}."]; return null; }
        if (s.Length > max) { errors[field] = [$"{label} không được dài quá {max} ký tự."]; return null; }
        return s;
    }

    /// <summary>Optional text: null when empty; an error on <paramref name="field"/> when longer than <paramref name="max"/>.</summary>
    public static string? Optional(string? text, string field, string label, int max, Dictionary<string, string[]> errors)
    {
        var s = VietnameseText.Nfc(text).Trim();
        if (s.Length == 0) return null;
        if (s.Length > max) { errors[field] = [$"{label} không được dài quá {max} ký tự."]; return null; }
        return s;
    }

    /// <summary>One of the enum's names; numbers are refused so that only the listed choices get through.</summary>
    public static T? Choice<T>(string? s) where T : struct, Enum =>
        !string.IsNullOrWhiteSpace(s) && !int.TryParse(s, out _) && Enum.TryParse<T>(s, out var v) ? v : null;
}
