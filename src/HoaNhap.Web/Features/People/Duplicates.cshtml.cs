using HoaNhap.Data;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.People;

/// <summary>/People/Duplicates: the records of the officer's unit that probably describe one person, scored, with the reason.</summary>
[Shared.Audit.PersonalData(typeof(Domain.People.Person), null)]
[Shared.ReadReplica.ReadOnlyWork]
public sealed class DuplicatesModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Commune { get; set; }
    public List<DuplicateView> Pairs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var outcome = await DuplicateQueries.ListAsync(db, CurrentUser.From(User)!, Commune, ct);
        if (this.Refusal(outcome) is { } refused) return refused;
        Pairs = outcome.Value!;
        return Page();
    }
}
