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
/// <remarks>
/// A page about an item of the case (a breach, an absence request…) binds the item's id from the route itself
/// (<c>[BindProperty(SupportsGet = true)] public Guid BreachId</c>) and loads it in <see cref="LoadMoreAsync"/>: not found is 404.
/// A form with a "check your answers" step derives from <see cref="CaseCheckPage{TInput,TResult}"/>.
/// </remarks>
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
    /// <summary>Where the user goes after saving when the confirmation shows at the top of the next page (<see cref="ConfirmInSection"/> false):
    /// by default the case page's section.</summary>
    protected virtual string AfterSave(Guid caseId, TResult result) => $"/Cases/Details/{caseId}#{Section}";
    protected abstract bool MayAct(CurrentUser me);
    /// <summary>Whether an item the page does not find (<see cref="LoadMoreAsync"/>) is "not found" even to a user whose role may not act, as the
    /// page's command answers; by default the role is checked first.</summary>
    protected virtual bool FindsBeforeRole => false;
    /// <summary>Where an error of the command goes when it is not the input's field of the same name (see <see cref="PageResults.Refusal{T}"/>).</summary>
    protected virtual Func<string, string>? ErrorField => null;
    protected abstract Task<Outcome<TResult>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct);
    /// <summary>The confirmation the user reads after saving.</summary>
    protected abstract string Done(TResult result);
    /// <summary>Fills the form's first values (today's date, the plan in force…).</summary>
    protected virtual void Prefill() { }
    /// <summary>Fills the form's first values when that needs the database: by default <see cref="Prefill"/>.</summary>
    protected virtual Task PrefillAsync(CancellationToken ct)
    {
        Prefill();
        return Task.CompletedTask;
    }
    /// <summary>What the page shows besides the case (the item of the case it is about, lists, the rules in force), loaded for the form and again
    /// when it is shown with errors; false when the item is not found (404).</summary>
    protected virtual Task<bool> LoadMoreAsync(Case c, CancellationToken ct) => Task.FromResult(true);
    /// <summary>Someone else saved first: a page whose form carries the record's version takes theirs here, so that saving again replaces it.</summary>
    protected virtual void Conflicted(Conflict conflict) { }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await CaseHeader.LoadAsync(db, Me, id, ct) is not { } header) return NotFound();
        Header = header;
        if (FindsBeforeRole && !await LoadMoreAsync(header.Case, ct)) return NotFound();
        if (!MayAct(Me)) return Forbid();
        if (!FindsBeforeRole && !await LoadMoreAsync(header.Case, ct)) return NotFound();
        await PrefillAsync(ct);
        await PrefilledAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var outcome = await SaveAsync(Me, id, ct);
        if (this.Refusal(outcome, field: ErrorField) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            if (ConfirmInSection) return Redirect(CasePage.Done(TempData, id, Section, Done(outcome.Value!)));
            TempData["Message"] = Done(outcome.Value!);
            return Redirect(AfterSave(id, outcome.Value!));
        }
        return await ShowAgainAsync(id, outcome, ct);
    }

    /// <summary>After the first values: <see cref="CaseCheckPage{TInput,TResult}"/> takes back the answers "Thay đổi" brings in the query.</summary>
    private protected virtual Task PrefilledAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>The form again with what the command answered: its errors beside the fields, or someone else's save.</summary>
    private protected async Task<IActionResult> ShowAgainAsync(Guid id, Outcome<TResult> outcome, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (!await LoadAsync(id, ct)) return NotFound();
        if (outcome.Conflict is { } conflict)
        {
            Conflict = conflict;
            Conflicted(conflict);
        }
        return Page();
    }

    private protected async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await CaseHeader.LoadAsync(db, Me, id, ct) is not { } header) return false;
        Header = header;
        return await LoadMoreAsync(header.Case, ct);
    }
}
