using FluentValidation;
using FluentValidation.Results;

namespace HoaNhap.Web.Shared.Forms;

public static class Validation
{
    /// <summary>Groups FluentValidation failures by property name, as problem details and pages expect.</summary>
    public static Dictionary<string, string[]> ToErrors(this ValidationResult result) =>
        result.Errors.GroupBy(e => e.PropertyName)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());

    /// <summary>Free text a person typed: at most <paramref name="max"/> characters.</summary>
    public static IRuleBuilderOptions<T, string?> Text<T>(this IRuleBuilder<T, string?> rule, string label, int max) =>
        rule.Must(v => v is null || v.Trim().Length <= max)
            .WithMessage(FormMessages.TooLong(label, max));

    /// <summary>A personal name: letters, spaces, apostrophes, hyphens and dots only.</summary>
    public static IRuleBuilderOptions<T, string?> PersonName<T>(this IRuleBuilder<T, string?> rule, string label) =>
        rule.Must(v => v is null || v.All(c => char.IsLetter(c) || char.IsWhiteSpace(c) || c is '\'' or '-' or '.' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark))
            .WithMessage($"{label} chỉ được gồm chữ cái, dấu cách, dấu gạch nối hoặc dấu nháy đơn.");
}
