using HoaNhap.Data;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Transfers;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Transfers;

/// <summary>A transfer as the pages show it: the codes with their names.</summary>
public sealed record TransferView(CaseTransfer Transfer, string PersonName, string FromCommune, string FromProvince, string ToCommune, string ToProvince)
{
    public string From => $"{FromCommune}, {FromProvince}";
    public string To => $"{ToCommune}, {ToProvince}";
    public string Authority => ResidenceChangeRules.Title(Transfer.ConsentAuthority);
}

public static class TransferViews
{
    public static async Task<List<TransferView>> NamesAsync(HoaNhapDbContext db, IReadOnlyList<CaseTransfer> list, CancellationToken ct)
    {
        if (list.Count == 0) return [];   // most cases have never moved: three reads saved on every case page
        var communeCodes = list.SelectMany(t => new[] { t.CommuneCode, t.ToCommuneCode }).Distinct().ToList();
        var provinceCodes = list.SelectMany(t => new[] { t.ProvinceCode, t.ToProvinceCode }).Distinct().ToList();
        var personIds = list.Select(t => t.PersonId).Distinct().ToList();
        var communes = await db.Communes.AsNoTracking().Where(c => communeCodes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, ct);
        var provinces = await db.Provinces.AsNoTracking().Where(p => provinceCodes.Contains(p.Code)).ToDictionaryAsync(p => p.Code, ct);
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        return list.Select(t => new TransferView(t, people.GetValueOrDefault(t.PersonId, ""),
            communes.TryGetValue(t.CommuneCode, out var fc) ? fc.FullName : t.CommuneCode,
            provinces.TryGetValue(t.ProvinceCode, out var fp) ? fp.FullName : t.ProvinceCode,
            communes.TryGetValue(t.ToCommuneCode, out var tc) ? tc.FullName : t.ToCommuneCode,
            provinces.TryGetValue(t.ToProvinceCode, out var tp) ? tp.FullName : t.ToProvinceCode)).ToList();
    }

    /// <summary>Finds a transfer the user may see, with names, and records the view in the audit log.</summary>
    public static async Task<TransferView?> OpenAsync(HoaNhapDbContext db, CurrentUser me, Guid id, CancellationToken ct)
    {
        var t = await TransferCommands.FindAsync(db, me, id, ct);
        if (t is null) return null;
        return (await NamesAsync(db, [t], ct))[0];
    }

    public static string Sentence(Case c) => c.SentenceType is { } st ? CaseText.Sentence(st) : CaseText.Kind(c.Kind);
}

/// <summary>
/// One step of a transfer taken on its own page (consent, acknowledgement, refusal): the transfer shown with its names,
/// a form dated today, and the step's command, which decides again whether this user may take it.
/// </summary>
[Shared.Audit.PersonalData(typeof(CaseTransfer))]
public abstract class TransferStepPage<TInput>(HoaNhapDbContext db) : Microsoft.AspNetCore.Mvc.RazorPages.PageModel where TInput : new()
{
    [Microsoft.AspNetCore.Mvc.BindProperty] public TInput Input { get; set; } = new();
    public TransferView View { get; private set; } = null!;

    protected abstract bool May(CurrentUser me, CaseTransfer transfer);
    protected abstract TInput Start(string today);
    protected abstract Task<Outcome<CaseTransfer>> TakeAsync(HoaNhapDbContext db, CurrentUser me, Guid id, TInput input, CancellationToken ct);
    /// <summary>The message and the page that follow the step.</summary>
    protected abstract (string Message, string Next) Done(CaseTransfer transfer);

    public async Task<Microsoft.AspNetCore.Mvc.IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var t = await TransferCommands.FindAsync(db, me, id, ct);
        if (t is null) return NotFound();
        if (!May(me, t)) return Forbid();
        View = (await TransferViews.NamesAsync(db, [t], ct))[0];
        Input = Start(Display.Date(db.Today));
        return Page();
    }

    public async Task<Microsoft.AspNetCore.Mvc.IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await TakeAsync(db, me, id, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            var (message, next) = Done(outcome.Value!);
            TempData["Message"] = message;
            return Redirect(next);
        }
        db.ChangeTracker.Clear();
        View = (await TransferViews.NamesAsync(db, [(await TransferCommands.FindAsync(db, me, id, ct))!], ct))[0];
        return Page();
    }
}
