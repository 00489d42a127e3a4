using HoaNhap.Domain.Text;

namespace HoaNhap.Web.Shared.Forms;

/// <summary>Checks of typed input shared by the commands: dates in the past, free text with a limit.</summary>
public static class FormChecks
{
    public static DateOnly? Past(DateOnly today, Dictionary<string, string[]> errors, string field, string label, string? text)
    {
        if (!VietnameseDate.TryParse(text, out var d)) { errors[field] = [$"{label} phải có dạng ngày/tháng/năm, ví dụ 15/03/2026."]; return null; }
        if (d > today) { errors[field] = [$"{label} không được sau ngày hôm nay."]; return null; }
        return d;
    }

    public static DateOnly? Any(Dictionary<string, string[]> errors, string field, string label, string? text)
    {
        if (VietnameseDate.TryParse(text, out var d)) return d;
        errors[field] = [$"{label} phải có dạng ngày/tháng/năm, ví dụ 15/03/2026."];
        return null;
    }

    public static void Text(Dictionary<string, string[]> errors, string field, string label, string? text, int max, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(text)) errors[field] = [$"{label} không được để trống."];
        else if (text is not null && text.Trim().Length > max) errors[field] = [$"{label} không được dài quá {max} ký tự."];
    }
}
