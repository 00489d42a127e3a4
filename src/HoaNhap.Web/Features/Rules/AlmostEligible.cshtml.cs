using HoaNhap.Data;
using HoaNhap.Data.Rules;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Units;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Rules;

public sealed record AlmostEligibleItem(Guid PersonId, string FullName, string CommuneCode, string CommuneName,
    ForecastKind Kind, DateOnly On, int DaysLeft, string Summary);

/// <summary>
/// One page of the list as of a computation; <see cref="ComputedOn"/> is null when it was never computed.
/// <see cref="Total"/> counts every row of the window, on every page.
/// </summary>
public sealed record AlmostEligibleList(DateOnly? ComputedOn, string? ParametersVersion, IReadOnlyList<AlmostEligibleItem> Items,
    int Total, int Page, int PageCount);

/// <summary>
/// Who, among the people the user may see, becomes eligible within the window (the date is after
/// today and at most <c>days</c> away), or whose loan window closes within it (today included,
/// its last day). Read from the rows the daily computation stored.
/// </summary>
public static class AlmostEligibleQuery
{
    public static readonly int[] Windows = [30, 60, 90];
    public const int DefaultDays = 90;

    /// <summary>Rows per page: a province's 90 days can hold thousands of dates.</summary>
    public const int PageSize = 100;

    public static async Task<Outcome<AlmostEligibleList>> ListAsync(HoaNhapDbContext db, CurrentUser user, int days, ForecastKind? kind,
        DateOnly today, CancellationToken ct, int page = 1)
    {
        if (!user.ReadsRegistry) return Outcome<AlmostEligibleList>.Denied();
        if (!Windows.Contains(days))
            return Outcome<AlmostEligibleList>.Invalid("Days", "Khoảng thời gian phải là 30, 60 hoặc 90 ngày.");
        var until = today.AddDays(days);
        // The rows carry their place: scoped by it first (the place index), then joined to the people the user may see.
        var rows = db.EligibilityForecasts.AsNoTracking().Where(f => f.ProvinceCode == user.ProvinceCode)
            .Where(f => f.On <= until && (f.On > today || (f.Kind == ForecastKind.LoanWindowCloses && f.On == today)));
        if (user.CommuneCode is { } commune) rows = rows.Where(f => f.CommuneCode == commune);
        if (kind is { } k) rows = rows.Where(f => f.Kind == k);
        var scoped = rows.Join(db.People.AsNoTracking().People(user), f => f.PersonId, x => x.Id, (f, x) => new { f, x.FullName, x.ProvinceCode });
        var total = await scoped.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var found = await scoped
            .OrderBy(r => r.f.On).ThenBy(r => r.FullName).ThenBy(r => r.f.Kind).ThenBy(r => r.f.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Join(db.Communes.AsNoTracking(), r => r.f.CommuneCode, c => c.Code, (r, c) => new { r.f, r.FullName, r.ProvinceCode, c.Name, c.Kind })
            .ToListAsync(ct);
        var items = found.Select(r => new AlmostEligibleItem(r.f.PersonId, r.FullName, r.f.CommuneCode,
            new Commune { Code = r.f.CommuneCode, Name = r.Name, Kind = r.Kind, ProvinceCode = r.ProvinceCode }.FullName,
            r.f.Kind, r.f.On, r.f.On.DayNumber - today.DayNumber, r.f.Summary)).ToList();

        // A province recomputed on its own may be a day ahead of the rest of the country. A computation replaces all of a
        // province's rows at once, so any row of the province tells when (no sort of the province's rows).
        var last = await db.EligibilityForecasts.AsNoTracking().Where(f => f.ProvinceCode == user.ProvinceCode)
                       .OrderBy(f => f.ProvinceCode).Select(f => new { f.ComputedOn, f.ParametersVersion }).FirstOrDefaultAsync(ct)
                   ?? await db.EligibilityForecasts.AsNoTracking()
                       .OrderByDescending(f => f.ComputedOn).Select(f => new { f.ComputedOn, f.ParametersVersion }).FirstOrDefaultAsync(ct);
        return Outcome<AlmostEligibleList>.Ok(new AlmostEligibleList(last?.ComputedOn, last?.ParametersVersion, items, total, page, pageCount));
    }

}

[Shared.Audit.PersonalData(typeof(Domain.Rules.EligibilityForecast), null)]
[Shared.ReadReplica.ReadOnlyWork]
public sealed class AlmostEligibleModel(HoaNhapDbContext db, RuleBook book) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Days { get; set; } = AlmostEligibleQuery.DefaultDays;
    [BindProperty(SupportsGet = true)] public ForecastKind? Kind { get; set; }
    [FromQuery(Name = "page")] public int ListPage { get; set; } = 1;

    public AlmostEligibleList? Result { get; private set; }
    public bool CanRecompute { get; private set; }
    public List<SelectListItem> WindowChoices => AlmostEligibleQuery.Windows
        .Select(d => new SelectListItem($"{d} ngày tới", d.ToString(), d == Days)).ToList();
    public List<SelectListItem> KindChoices =>
        [new("Tất cả", "", Kind is null), .. Enum.GetValues<ForecastKind>().Select(k => new SelectListItem(ForecastText.Kind(k), k.ToString(), k == Kind))];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (!me.ReadsRegistry) return Forbid();
        CanRecompute = me.May(Act.RecomputeForecast);
        if (!ModelState.IsValid) return Page();
        var outcome = await AlmostEligibleQuery.ListAsync(db, me, Days, Kind, db.Today, ct, ListPage);
        // The filters are the page's own properties: an error goes beside the one of the same name.
        if (this.Refusal(outcome, field: k => k) is { } refused) return refused;
        Result = outcome.Value;
        return Page();
    }

    /// <summary>The address of another page of the list, keeping the window and the kind.</summary>
    public string PageLink(int page) => $"?days={Days}{(Kind is { } k ? $"&kind={k}" : "")}&page={page}";

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (!me.May(Act.RecomputeForecast)) return Forbid();
        var run = await ForecastCommands.ComputeAsync(db, await book.ParametersAsync(ct), db.Today, me.ProvinceCode, ct);
        TempData["Message"] = $"Đã tính lại danh sách của tỉnh ngày {Display.Date(run.ComputedOn)}: {run.Cases} hồ sơ đang chấp hành, quản lý; {run.Rows} mốc thời gian.";
        return RedirectToPage(new { days = AlmostEligibleQuery.Windows.Contains(Days) ? Days : AlmostEligibleQuery.DefaultDays, kind = Kind });
    }
}
