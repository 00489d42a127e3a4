using HoaNhap.Data;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Dashboard;

/// <summary>One indicator: how it is computed, its figure per commune (or province), the twelve-month trend, and the way to the people behind it.</summary>
[Shared.Audit.NoPersonalData]
[Shared.ReadReplica.ReadOnlyWork]
public sealed class IndicatorModel(HoaNhapDbContext db, RuleBook rules, IndicatorRollups rollups) : PageModel
{
    [FromRoute(Name = "key")] public string Key { get; set; } = "";
    [FromQuery(Name = "province")] public string? Province { get; set; }
    [FromQuery(Name = "commune")] public string? Commune { get; set; }
    [FromQuery(Name = "month")] public string? Month { get; set; }
    /// <summary>The page of the units table (those missing this target first, the widest gap first).</summary>
    [FromQuery(Name = "page")] public int UnitPage { get; set; } = 1;
    public Indicator Indicator { get; private set; } = null!;
    public DashboardView View { get; private set; } = null!;
    public List<TrendPoint> Trend { get; private set; } = [];

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var area = await IndicatorQueries.AreaAsync(db, me, Province, Commune, ct);
        if (this.Refusal(area) is { } refused) return refused;
        if (Indicators.Find(Key) is not { } indicator) return NotFound();
        Indicator = indicator;
        var today = db.Today;
        var startDay = await IndicatorQueries.StartDayAsync(rules, today, ct);
        var month = IndicatorQueries.MonthOf(Month, today, startDay);
        var figures = await rollups.ReadAsync(db, me, area.Value!, month, today, startDay, [indicator], ct);
        View = figures.View;
        // The figures carry the target in force (a rule parameter for some indicators).
        Indicator = View.Total[indicator.Key].Indicator;
        Trend = figures.Trends[indicator.Key];
        return null;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct) =>
        await LoadAsync(ct) ?? File(DashboardExport.Indicator(Indicator, View, Trend), DashboardExport.ContentType, DashboardExport.FileName(Indicator.Key, View.Area, View.Month));

    public string Query(string? province, string? commune)
    {
        var parts = new List<string>();
        if (province is not null) parts.Add($"province={province}");
        if (commune is not null) parts.Add($"commune={commune}");
        if (!string.IsNullOrEmpty(Month)) parts.Add($"month={Uri.EscapeDataString(Month)}");
        return string.Join("&", parts);
    }

    public string Here => Query(View.Area.ProvinceCode, View.Area.CommuneCode);

    /// <summary>The units ordered by this indicator: missing the target first, the widest gap first, then by name.</summary>
    public IReadOnlyList<UnitFigures> UnitsByGap => _byGap ??= View.Units
        .OrderBy(u => u.Figures[Indicator.Key].Meets == false ? 0 : 1)
        .ThenByDescending(u => u.Figures[Indicator.Key] is { Meets: false, Value: { } v } ? Indicator.RelativeGap(v) : 0)
        .ThenBy(u => u.Name, StringComparer.Create(Display.Vi, false)).ToList();
    IReadOnlyList<UnitFigures>? _byGap;
    public int UnitPageCount => Math.Max(1, (View.Units.Count + IndexModel.UnitsPerPage - 1) / IndexModel.UnitsPerPage);
    public int CurrentUnitPage => Math.Clamp(UnitPage, 1, UnitPageCount);
    public IEnumerable<UnitFigures> UnitsOnPage => UnitsByGap.Skip((CurrentUnitPage - 1) * IndexModel.UnitsPerPage).Take(IndexModel.UnitsPerPage);
    public string PageLink(int page) => $"/Dashboard/Indicator/{Indicator.Key}?{Here}{(page > 1 ? $"&page={page}" : "")}#don-vi";
}
