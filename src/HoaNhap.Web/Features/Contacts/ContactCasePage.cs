using HoaNhap.Domain.Access;
using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Contacts;

/// <summary>
/// A form that adds a contact or an appointment to a case: the case found through the user's scope (404), the role
/// checked (403), errors at the top and beside each field; on success back to the contacts section of the case page.
/// </summary>
public abstract class ContactCasePage<TInput, TResult>(HoaNhapDbContext db) : PageModel where TInput : class, new()
{
    /// <summary>The day by the application\'s clock.</summary>
    protected DateOnly Today => db.Today;
    [BindProperty] public TInput Input { get; set; } = new();
    public Case Case { get; private set; } = null!;
    public string PersonName { get; private set; } = "";
    protected HoaNhapDbContext Db => db;
    protected CurrentUser Me => CurrentUser.From(User)!;

    protected abstract Task<Outcome<TResult>> SaveAsync(Guid caseId, CancellationToken ct);
    protected abstract string Done(TResult result);
    protected virtual Task PrefillAsync(CancellationToken ct) => Task.CompletedTask;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!Me.May(Act.RecordContact)) return Forbid();
        await PrefillAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var outcome = await SaveAsync(id, ct);
        if (outcome.NotFound) return NotFound();
        if (outcome.Forbidden) return Forbid();
        if (outcome.Succeeded)
        {
            TempData["Message"] = Done(outcome.Value!);
            return Redirect($"/Cases/Details/{id}#contacts");
        }
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
        return true;
    }
}
