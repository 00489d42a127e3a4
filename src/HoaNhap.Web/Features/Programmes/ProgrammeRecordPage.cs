using HoaNhap.Domain.Access;
using HoaNhap.Data;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Programmes;

/// <summary>
/// The form that records one programme activity (a training session, an awareness activity, a commendation proposal):
/// a province user chooses the commune, a commune user records for their own; the command decides scope and validity.
/// </summary>
[Shared.Audit.NoPersonalData]
public abstract class ProgrammeRecordPage<TInput, TRecord>(HoaNhapDbContext db) : PageModel where TInput : new()
{
    [BindProperty] public TInput Input { get; set; } = new();
    public List<(string Code, string Name)> Communes { get; private set; } = [];
    public CurrentUser Me { get; private set; } = null!;

    /// <summary>Today's date put into the new form's date field.</summary>
    protected abstract void StartOn(TInput input, string today);
    protected abstract Task<Outcome<TRecord>> RecordAsync(HoaNhapDbContext db, CurrentUser me, TInput input, CancellationToken ct);
    protected abstract string Recorded { get; }
    protected abstract string ListPage { get; }

    async Task LoadAsync(CancellationToken ct)
    {
        if (Me.CommuneCode is null)
            Communes = (await db.Communes.AsNoTracking().Where(c => c.ProvinceCode == Me.ProvinceCode).ToListAsync(ct))
                .OrderBy(c => c.Name, StringComparer.Create(Display.Vi, false)).Select(c => (c.Code, c.FullName)).ToList();
    }

    /// <summary>The commune named in the link that opened the form (e.g. from the list of communes not yet trained), put into the new form.</summary>
    protected virtual void ForCommune(TInput input, string commune) { }

    public async Task<IActionResult> OnGetAsync(string? commune, CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        if (!Me.May(Act.UseTraining)) return Forbid();
        StartOn(Input, Display.Date(db.Today));
        if (!string.IsNullOrWhiteSpace(commune) && Me.CommuneCode is null) ForCommune(Input, commune.Trim());
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        var outcome = await RecordAsync(db, Me, Input, ct);
        if (this.Refusal(outcome) is { } refused) return refused;
        if (outcome.Succeeded)
        {
            TempData["Message"] = Recorded;
            return Redirect(ListPage);
        }
        await LoadAsync(ct);
        return Page();
    }
}
