using HoaNhap.Data;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Dashboard;

/// <summary>
/// Chỉ tiêu và số liệu: the figures of an area (national for the administrator, the province for a province
/// officer, the commune for a commune officer or leader), every commune or province side by side, red or green
/// against the target; drill down province → commune → indicator → people. <c>?handler=Export</c> gives the .xlsx.
/// </summary>
[Shared.ReadReplica.ReadOnlyWork]
[Shared.Audit.NoPersonalData]
public sealed class IndexModel(HoaNhapDbContext db, RuleBook rules, IndicatorRollups rollups) : PageModel
{
    [FromQuery(Name = "province")] public string? Province { get; set; }
    [FromQuery(Name = "commune")] public string? Commune { get; set; }
    [FromQuery(Name = "month")] public string? Month { get; set; }
    /// <summary>The page of the units table (communes or provinces, worst gap first).</summary>
    [FromQuery(Name = "page")] public int UnitPage { get; set; } = 1;
    public const int UnitsPerPage = 20;
    public DashboardView View { get; private set; } = null!;
    public CurrentUser Me { get; private set; } = null!;
    public IReadOnlyList<ReportingWindow> Months { get; private set; } = [];
    public Dictionary<string, List<TrendPoint>> Trends { get; private set; } = [];
    public int UnitPageCount => Math.Max(1, (View.Units.Count + UnitsPerPage - 1) / UnitsPerPage);
    public IEnumerable<UnitFigures> UnitsOnPage => View.Units.Skip((Math.Clamp(UnitPage, 1, UnitPageCount) - 1) * UnitsPerPage).Take(UnitsPerPage);

    async Task<IActionResult?> LoadAsync(bool withTrends, CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        var area = await IndicatorQueries.AreaAsync(db, Me, Province, Commune, ct);
        if (this.Refusal(area) is { } refused) return refused;
        var today = db.Today;
        var startDay = await IndicatorQueries.StartDayAsync(rules, today, ct);
        Months = ReportingPeriod.LastMonths(today, 12, startDay).Reverse().ToList();
        var figures = await rollups.ReadAsync(db, Me, area.Value!, IndicatorQueries.MonthOf(Month, today, startDay), today, startDay,
            withTrends ? Indicators.All : [], ct);
        View = figures.View;
        Trends = figures.Trends;
        return null;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(true, ct) ?? Page();

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct) =>
        await LoadAsync(false, ct) ?? File(DashboardExport.Dashboard(View), DashboardExport.ContentType, DashboardExport.FileName("chi-tieu", View.Area, View.Month));

    /// <summary>The query string that keeps the area and the month.</summary>
    public string Query(string? province = null, string? commune = null, bool keepArea = true) => BuildQuery(province, commune, keepArea, null);

    /// <summary>The query string of another page of the units table.</summary>
    public string PageQuery(int page) => BuildQuery(null, null, true, page);

    string BuildQuery(string? province, string? commune, bool keepArea, int? page)
    {
        var parts = new List<string>();
        var p = province ?? (keepArea ? View.Area.ProvinceCode : null);
        var c = commune ?? (keepArea ? View.Area.CommuneCode : null);
        if (p is not null) parts.Add($"province={p}");
        if (c is not null) parts.Add($"commune={c}");
        if (!string.IsNullOrEmpty(Month)) parts.Add($"month={Uri.EscapeDataString(Month)}");
        if (page is > 1) parts.Add($"page={page}");
        return string.Join("&", parts);
    }
}
