using HoaNhap.Data;
using HoaNhap.Domain.People;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.People;

/// <summary>/People/Merge/{id}/{otherId}: both records side by side, a choice per differing field, then the merge (<see cref="PersonMergeCommands"/>).</summary>
[Shared.Audit.PersonalData(typeof(Person))]
public sealed class MergeModel(HoaNhapDbContext db) : PageModel
{
    public Person This { get; private set; } = null!;
    public Person Other { get; private set; } = null!;
    public PersonValues ThisValues { get; private set; } = null!;
    public PersonValues OtherValues { get; private set; } = null!;
    /// <summary>The fields whose values differ: one choice each.</summary>
    public List<string> Differing { get; private set; } = [];
    [BindProperty] public Dictionary<string, string> Keep { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid otherId, CancellationToken ct) =>
        await LoadAsync(id, otherId, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid otherId, CancellationToken ct)
    {
        var outcome = await PersonMergeCommands.MergeAsync(db, CurrentUser.From(User)!, id, new MergeInput { OtherId = otherId, Keep = Keep }, ct);
        if (this.Refusal(outcome, "", _ => "") is { } refused) return refused;
        if (outcome.Succeeded)
        {
            TempData["Message"] = "Đã gộp hai hồ sơ. Có thể hoàn tác trong trang Lịch sử gộp hồ sơ.";
            return RedirectToPage("Details", new { id });
        }
        return await LoadAsync(id, otherId, ct) ?? Page();
    }

    async Task<IActionResult?> LoadAsync(Guid id, Guid otherId, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var one = await PersonLookup.FindAsync(db, me, id, ct);
        var two = await PersonLookup.FindAsync(db, me, otherId, ct);
        if (one is null || two is null || id == otherId) return NotFound();
        if (!me.May(Domain.Access.Act.EditRegistry)) return Forbid();
        (This, Other) = (one, two);
        (ThisValues, OtherValues) = (PersonValues.Of(one), PersonValues.Of(two));
        Differing = PersonValues.Fields.Where(f => ThisValues.Text(f) != OtherValues.Text(f)).ToList();
        return null;
    }
}
