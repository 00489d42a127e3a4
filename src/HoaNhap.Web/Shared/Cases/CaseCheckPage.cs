using HoaNhap.Data;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;

namespace HoaNhap.Web.Shared;

/// <summary>
/// A form about one case with a "check your answers" step: the form posts to <c>?handler=Check</c>, which runs the command
/// without saving (<see cref="DryRun"/>) and shows the answers (<see cref="Review"/>) with "Thay đổi" links; the check
/// page's button posts them to the form's own address, which saves. "Thay đổi" comes back to the form with the answers
/// in the query.
/// </summary>
public abstract class CaseCheckPage<TInput, TResult>(HoaNhapDbContext db) : CaseFormPage<TInput, TResult>(db) where TInput : class, new()
{
    public CheckAnswers? Review { get; private set; }

    /// <summary>The answers to check, once the command accepted them.</summary>
    protected abstract Task<CheckAnswers> ReviewAsync(Guid caseId, CancellationToken ct);
    /// <summary>The command the check runs without saving: by default the save itself.</summary>
    protected virtual Task<Outcome<TResult>> CheckAsync(CurrentUser me, Guid caseId, CancellationToken ct) => SaveAsync(me, caseId, ct);

    public async Task<IActionResult> OnPostCheckAsync(Guid id, CancellationToken ct)
    {
        var outcome = await DryRun.CheckAsync(Db, () => CheckAsync(Me, id, ct), ct);
        if (this.Refusal(outcome, field: ErrorField) is { } refusal) return refusal;
        if (!outcome.Succeeded) return await ShowAgainAsync(id, outcome, ct);
        if (!await LoadAsync(id, ct)) return NotFound();
        Review = await ReviewAsync(id, ct);
        return Page();
    }

    private protected override async Task PrefilledAsync(CancellationToken ct)
    {
        // "Thay đổi" from the check page comes back with the answers in the query.
        await TryUpdateModelAsync(Input, "Input");
        ModelState.Clear();
    }
}
