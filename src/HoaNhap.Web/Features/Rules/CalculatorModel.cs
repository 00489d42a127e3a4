using HoaNhap.Data;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Rules;

/// <summary>
/// A calculator page: the form posts the same request the API takes, the same handler answers,
/// and the result (criteria and steps) is shown under the form. Field errors come back with
/// camelCase paths ("convictions[0].judgmentDate") and are put beside "Input.Convictions[0].JudgmentDate".
/// </summary>
public abstract class CalculatorModel<TRequest, TResponse>(RuleBook book, TimeProvider clock) : PageModel where TRequest : new()
{
    /// <summary>The day by the application's clock: the default "as of" day.</summary>
    protected DateOnly Today => clock.Today();
    [BindProperty] public TRequest Input { get; set; } = new();
    public TResponse? Result { get; private set; }

    protected abstract Outcome<TResponse> Compute(TRequest request, RuleParameters parameters, IReadOnlySet<DateOnly> holidays);

    protected virtual void Prepare() { }

    public void OnGet() => Prepare();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = Compute(Input, await book.ParametersAsync(ct), await book.HolidaysAsync(ct));
        // The rules name their fields in camelCase (as the API does); the form's are the input's properties.
        if (this.Refusal(outcome, field: k => k.Length == 0 ? "" : $"Input.{Pascal(k)}") is { } refused) return refused;
        Result = outcome.Value;
        Prepare();
        return Page();
    }

    static string Pascal(string path) =>
        string.Join('.', path.Split('.').Select(s => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..]));
}
