using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Shared;

/// <summary>
/// The page-side twin of <see cref="ApiResults.From{T}"/>: what a page answers for a handler's outcome that did not succeed.
/// Not found (or outside the caller's scope) is 404 and a role that may not act is 403, as the API answers them; typed
/// input the handler refused is put beside its fields (prefix "Input"), and the page is drawn again by its caller.
/// </summary>
public static class PageResults
{
    /// <summary>404 or 403 to answer now; null when the page goes on (it succeeded, or its errors are now in the model state).</summary>
    /// <param name="field">Where an error of the handler goes when it is not the input's field of the same name (prefix.key);
    /// "" puts it in the summary above the form.</param>
    public static IActionResult? Refusal<T>(this PageModel page, Outcome<T> outcome, string prefix = "Input", Func<string, string>? field = null)
    {
        if (outcome.NotFound) return page.NotFound();
        if (outcome.Forbidden) return page.Forbid();
        if (outcome.Succeeded) return null;
        if (field is null) page.ModelState.AddErrors(outcome.Errors, prefix);
        else
            foreach (var (key, messages) in outcome.Errors)
                foreach (var message in messages) page.ModelState.AddModelError(field(key), message);
        return null;
    }
}
