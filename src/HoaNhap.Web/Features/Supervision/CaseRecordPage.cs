using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Supervision;

/// <summary>
/// One form that adds to a case's supervision record: the case is found through the user's
/// scope (404), the role checked (403), and the command's errors shown at the top and beside each
/// field. On success the user goes back to the supervision section of the case page.
/// </summary>
public abstract class CaseRecordPage<TInput, TResult>(HoaNhapDbContext db, RuleBook book) : PageModel where TInput : class, new()
{
    /// <summary>The day by the application\'s clock.</summary>
    protected DateOnly Today => db.Today;
    [BindProperty] public TInput Input { get; set; } = new();
    public Case Case { get; private set; } = null!;
    public string PersonName { get; private set; } = "";
    public CaseSupervision Supervision { get; private set; } = null!;
    public Conflict? Conflict { get; private set; }
    protected HoaNhapDbContext Db => db;
    protected CurrentUser Me => CurrentUser.From(User)!;
    protected Task<RuleParameters> RulesAsync(CancellationToken ct) => book.ParametersAsync(ct);

    protected abstract bool MayAct(CurrentUser me);
    protected abstract Task<Outcome<TResult>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct);
    protected abstract string Done(TResult result);
    /// <summary>Fills the form's first values (today's date, the plan in force…).</summary>
    protected virtual void Prefill() { }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!MayAct(Me)) return Forbid();
        Prefill();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var outcome = await SaveAsync(Me, id, ct);
        if (outcome.NotFound) return NotFound();
        if (outcome.Forbidden) return Forbid();
        if (outcome.Succeeded)
        {
            return Redirect(CasePage.Done(TempData, id, CasePage.Supervision, Done(outcome.Value!)));
        }
        Conflict = outcome.Conflict;
        ModelState.AddErrors(outcome.Errors);
        db.ChangeTracker.Clear();
        await LoadAsync(id, ct);
        return Page();
    }

    async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, Me, id, ct);
        if (c is null) return false;
        Case = c;
        PersonName = await db.People.AsNoTracking().Where(p => p.Id == c.PersonId).Select(p => p.FullName).FirstAsync(ct);
        Supervision = await SupervisionQueries.ForCaseAsync(db, await book.ParametersAsync(ct), c, db.Today, ct);
        return true;
    }
}
