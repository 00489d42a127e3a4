using Microsoft.AspNetCore.Mvc.Rendering;

namespace HoaNhap.Web.Shared.Forms;

/// <summary>A choice among radios or checkboxes (or in a drop-down list) that may name its own test id.</summary>
public sealed class Choice(string value, string text, string? testId = null, bool selected = false) : SelectListItem(text, value, selected)
{
    public string? TestId { get; } = testId;
}

/// <summary>The choices of a drop-down list, radios or checkboxes (<c>&lt;field items="…"&gt;</c>).</summary>
public static class Choices
{
    /// <summary>The values of an enumeration for a drop-down list, after an empty choice unless told otherwise.</summary>
    public static List<SelectListItem> Of<T>(Func<T, string> title, bool withEmpty = true, string empty = "— Chọn —") where T : struct, Enum
    {
        var list = Enum.GetValues<T>().Select(v => new SelectListItem(title(v), v.ToString())).ToList();
        if (withEmpty) list.Insert(0, new SelectListItem(empty, ""));
        return list;
    }

    /// <summary>The values given, each with its text and, if wanted, its own test id.</summary>
    public static SelectListItem[] Of<T>(IEnumerable<T> values, Func<T, string> text, Func<T, string>? testId = null) where T : notnull =>
        [.. values.Select(v => new Choice(v.ToString()!, text(v), testId?.Invoke(v)))];

    /// <summary>Written value first: <c>Choices.Of(("Male", "Nam"), ("Female", "Nữ"))</c>.</summary>
    public static SelectListItem[] Of(params (string Value, string Text)[] choices) => [.. choices.Select(c => new Choice(c.Value, c.Text))];

    /// <summary>Each with its own test id: <c>Choices.Of(("true", "Tiếp nhận", "report-accept"), …)</c>.</summary>
    public static SelectListItem[] Of(params (string Value, string Text, string TestId)[] choices) =>
        [.. choices.Select(c => new Choice(c.Value, c.Text, c.TestId))];

    /// <summary>true and false, in that order.</summary>
    public static SelectListItem[] YesNo(string yes = "Có", string no = "Không") => Of(("true", yes), ("false", no));

    /// <summary>The same choices after an empty one ("— Chọn —", "Tất cả").</summary>
    public static IEnumerable<SelectListItem> WithBlank(this IEnumerable<SelectListItem> choices, string text) => choices.Prepend(new SelectListItem(text, ""));
}
