using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Shared;

/// <summary>
/// The one base of a form about one case: the case found through the user's scope (404), the role checked (403), the
/// command's errors at the top and beside each field (<see cref="PageResults.Refusal{T}"/>), someone else's save shown in
/// the conflict panel, and on success back to the case page's section with the confirmation there.
/// </summary>
public abstract class CaseFormPage<TInput, TResult>(HoaNhapDbContext db) : PageModel where TInput : class, new()
{
    [BindProperty] public TInput Input { get; set; } = new();
    public CaseHeader Header { get; private set; } = null!;
    public Case Case => Header.Case;
    public string PersonName => Header.PersonName;
    public Conflict? Conflict { get; private set; }

    protected HoaNhapDbContext Db => db;
    protected CurrentUser Me => CurrentUser.From(User)!;
    /// <summary>The day by the application's clock.</summary>
    protected DateOnly Today => db.Today;

    /// <summary>The case page's section the user goes back to (its id on the page).</summary>
    protected abstract string Section { get; }
    /// <summary>Whether the case page shows the confirmation inside the section (a section it wraps, <see cref="CaseSection.Anchor"/>) or at the top.</summary>
    protected virtual bool ConfirmInSection => true;
    protected abstract bool MayAct(CurrentUser me);
    protected abstract Task<Outcome<TResult>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct);
    /// <summary>The confirmation the user reads after saving.</summary>
    protected abstract string Done(TResult result);
    /// <summary>Fills the form's first values (today's date, the plan in force…).</summary>
    protected virtual Task PrefillAsync(CancellationToken ct) => Task.CompletedTask;
    /// <summary>What the page shows besides the case, loaded for the form and again when it is shown with errors.</summary>
    protected virtual Task LoadMoreAsync(Case c, CancellationToken ct) => Task.CompletedTask;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!MayAct(Me)) return Forbid();
        await PrefillAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var outcome = await SaveAsync(Me, id, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            if (ConfirmInSection) return Redirect(CasePage.Done(TempData, id, Section, Done(outcome.Value!)));
            TempData["Message"] = Done(outcome.Value!);
            return Redirect($"/Cases/Details/{id}#{Section}");
        }
        Conflict = outcome.Conflict;
        db.ChangeTracker.Clear();
        if (!await LoadAsync(id, ct)) return NotFound();
        return Page();
    }

    async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await CaseHeader.LoadAsync(db, Me, id, ct) is not { } header) return false;
        Header = header;
        await LoadMoreAsync(header.Case, ct);
        return true;
    }
}
