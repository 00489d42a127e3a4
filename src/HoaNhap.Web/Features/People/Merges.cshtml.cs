using HoaNhap.Data;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.People;

/// <summary>/People/Merges: the merge history of the officer's unit, each merge undoable ("Hoàn tác").</summary>
[Shared.Audit.PersonalData(typeof(Domain.People.Person), null)]
public sealed class MergesModel(HoaNhapDbContext db) : PageModel
{
    public List<MergeView> Merges { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostUndoAsync(Guid mergeId, CancellationToken ct)
    {
        var outcome = await PersonMergeCommands.UndoAsync(db, CurrentUser.From(User)!, mergeId, ct);
        if (this.Refusal(outcome, "", _ => "") is { } refused) return refused;
        if (outcome.Succeeded)
        {
            TempData["Message"] = "Đã hoàn tác lần gộp hồ sơ: hai hồ sơ trở lại như trước khi gộp.";
            return RedirectToPage();
        }
        return await LoadAsync(ct) ?? Page();
    }

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var outcome = await PersonMergeCommands.HistoryAsync(db, CurrentUser.From(User)!, ct);
        if (this.Refusal(outcome) is { } refused) return refused;
        Merges = outcome.Value!;
        return null;
    }
}
