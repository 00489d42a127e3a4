using HoaNhap.Domain.Text;

namespace HoaNhap.Web.Shared.Forms;

/// <summary>The one text of each check on typed input: a message is written here once and named by the field's label.</summary>
public static class FormMessages
{
    public static string Required(string label) => $"{Upper(label)} không được để trống.";
    public static string TooLong(string label, int max) => $"{label} không được dài quá {max} ký tự.";
    public static string DateFormat(string label) => $"{label} phải có dạng ngày/tháng/năm, ví dụ 15/03/2026.";
    public static string BirthDate(string label) => $"{label} phải có dạng ngày/tháng/năm (ví dụ 05/09/1990) hoặc chỉ năm sinh (ví dụ 1990).";
    public static string NotAfterToday(string label) => $"{label} không được sau ngày hôm nay.";
    public static string NotBefore(string label, string earlier) => $"{label} không được trước {earlier}.";
    public static string NotAPersonName(string label) => $"{label} chỉ được gồm chữ cái, dấu cách, dấu gạch nối hoặc dấu nháy đơn.";

    // The message starts with the field's name: "bản án thứ 2" → "Bản án thứ 2".
    static string Upper(string s) => s.Length > 0 ? char.ToUpperInvariant(s[0]) + s[1..] : s;
}

/// <summary>
/// The one way a command checks what a person typed: text in NFC and trimmed, dates as dd/MM/yyyy (or ISO), a choice
/// that must be one of an enum's names (never a number). Each check puts one message (<see cref="FormMessages"/>) on
/// its field in <c>errors</c>; the command answers them all at once, beside the fields or as problem details.
/// </summary>
public static class FormChecks
{
    /// <summary>Adds a message to a field: a field may have more than one problem (a wrong ID number that is also taken).</summary>
    public static void Add(Dictionary<string, string[]> errors, string field, string message) =>
        errors[field] = [.. errors.GetValueOrDefault(field, []), message];

    /// <summary>A personal name: letters (with their marks), spaces, apostrophes, hyphens and dots only.</summary>
    public static void PersonName(Dictionary<string, string[]> errors, string field, string label, string? name)
    {
        if (name is not null && !name.All(c => char.IsLetter(c) || char.IsWhiteSpace(c) || c is '\'' or '-' or '.'
                || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark))
            Add(errors, field, FormMessages.NotAPersonName(label));
    }

    /// <summary>Required text of at most <paramref name="max"/> characters; null (and an error on <paramref name="field"/>) otherwise.</summary>
    public static string? Required(string? text, string field, string label, int max, Dictionary<string, string[]> errors)
    {
        var s = VietnameseText.Nfc(text).Trim();
        if (s.Length == 0) { errors[field] = [FormMessages.Required(label)]; return null; }
        if (s.Length > max) { errors[field] = [FormMessages.TooLong(label, max)]; return null; }
        return s;
    }

    /// <summary>Optional text: null when empty; an error on <paramref name="field"/> when longer than <paramref name="max"/>.</summary>
    public static string? Optional(string? text, string field, string label, int max, Dictionary<string, string[]> errors)
    {
        var s = VietnameseText.Nfc(text).Trim();
        if (s.Length == 0) return null;
        if (s.Length > max) { errors[field] = [FormMessages.TooLong(label, max)]; return null; }
        return s;
    }

    /// <summary>Text checked only (the command reads it itself): required or not, at most <paramref name="max"/> characters.</summary>
    public static void Text(Dictionary<string, string[]> errors, string field, string label, string? text, int max, bool required) =>
        _ = required ? Required(text, field, label, max, errors) : Optional(text, field, label, max, errors);

    /// <summary>One of the enum's names; numbers are refused so that only the listed choices get through.</summary>
    public static T? Choice<T>(string? s) where T : struct, Enum =>
        !string.IsNullOrWhiteSpace(s) && !int.TryParse(s, out _) && Enum.TryParse<T>(s, out var v) ? v : null;

    /// <summary>A date (dd/MM/yyyy or yyyy-MM-dd); null and an error otherwise.</summary>
    public static DateOnly? Date(Dictionary<string, string[]> errors, string field, string label, string? text)
    {
        if (VietnameseDate.TryParse(text, out var d)) return d;
        errors[field] = [FormMessages.DateFormat(label)];
        return null;
    }

    /// <summary>A date, as a try-pattern: false (and an error on <paramref name="field"/>) when it is not one.</summary>
    public static bool Date(Dictionary<string, string[]> errors, string field, string label, string? text, out DateOnly date)
    {
        var d = Date(errors, field, label, text);
        date = d ?? default;
        return d is not null;
    }

    /// <summary>A date not after <paramref name="today"/>, as a try-pattern: false (and an error) otherwise.</summary>
    public static bool Past(DateOnly today, Dictionary<string, string[]> errors, string field, string label, string? text, out DateOnly date)
    {
        var d = Past(today, errors, field, label, text);
        date = d ?? default;
        return d is not null;
    }

    /// <summary>An optional date: null without an error when empty; an error when it is not a date.</summary>
    public static DateOnly? OptionalDate(Dictionary<string, string[]> errors, string field, string label, string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : Date(errors, field, label, text);

    /// <summary>A date not after <paramref name="today"/> (by the application's clock); null and an error otherwise.</summary>
    public static DateOnly? Past(DateOnly today, Dictionary<string, string[]> errors, string field, string label, string? text)
    {
        if (Date(errors, field, label, text) is not { } d) return null;
        if (d > today) { errors[field] = [FormMessages.NotAfterToday(label)]; return null; }
        return d;
    }
}
