using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Worklist;

/// <summary>
/// Việc cần làm: the items of the user's commune (or their own, for a supervisor) grouped by kind;
/// a province officer sees the counts per commune and drills down to one commune's list.
/// </summary>
[Shared.Audit.PersonalData(typeof(Domain.Worklist.WorklistItem), null)]
[Shared.ReadReplica.ReadOnlyWork]
public sealed class IndexModel(HoaNhapDbContext db) : PageModel
{
    [FromQuery(Name = "commune")] public string? Commune { get; set; }
    public CurrentUser Me { get; private set; } = null!;
    public DateOnly Today { get; } = db.Today;
    public DateOnly? ComputedOn { get; private set; }
    public List<WorklistEntry> Items { get; private set; } = [];
    public List<WorklistCount> Counts { get; private set; } = [];
    public bool ShowsCounts { get; private set; }
    public string? CommuneName { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        if (!Me.May(Act.UseWorklist)) return Forbid();
        ComputedOn = await WorklistQueries.ComputedOnAsync(db, ct);
        ShowsCounts = Me.Role == Roles.ProvinceOfficer && string.IsNullOrEmpty(Commune);
        if (ShowsCounts)
        {
            Counts = (await WorklistQueries.CountsAsync(db, Me, ct)).Value!;
            Items = await WorklistQueries.ProvinceLevelAsync(db, Me, ct);
            return Page();
        }
        var outcome = await WorklistQueries.ItemsAsync(db, Me, Commune, ct);
        // The filter is the page's own property (Commune): its error goes beside it.
        if (this.Refusal(outcome, field: k => k) is { } refused) return refused;
        if (!outcome.Succeeded) return Page();
        Items = outcome.Value!;
        if (Me.Role == Roles.ProvinceOfficer)
            CommuneName = (await db.Communes.AsNoTracking().FirstOrDefaultAsync(c => c.Code == Commune, ct))?.FullName;
        return Page();
    }

    public IEnumerable<(WorklistKind Kind, List<WorklistEntry> Items)> Groups =>
        Enum.GetValues<WorklistKind>().Select(k => (k, Items.Where(i => i.Kind == k).ToList()));
}
