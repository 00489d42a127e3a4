using Microsoft.AspNetCore.Mvc.ModelBinding;

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
