using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HoaNhap.Web.Shared.Forms;

public static class ModelStateExtensions
{
    /// <summary>Puts a handler's errors beside the fields of the form (prefix "Input").</summary>
    public static void AddErrors(this ModelStateDictionary state, IReadOnlyDictionary<string, string[]> errors, string prefix = "Input")
    {
        foreach (var (field, messages) in errors)
            foreach (var message in messages)
                state.AddModelError(field.Length == 0 ? "" : $"{prefix}.{field}", message);
    }
}

public static class Choices
{
    public static List<SelectListItem> Of<T>(Func<T, string> title, bool withEmpty = true, string empty = "— Chọn —") where T : struct, Enum
    {
        var list = Enum.GetValues<T>().Select(v => new SelectListItem(title(v), v.ToString())).ToList();
        if (withEmpty) list.Insert(0, new SelectListItem(empty, ""));
        return list;
    }
}
