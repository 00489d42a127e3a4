using HoaNhap.Domain.Access;
using HoaNhap.Data;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Dashboard;

/// <summary>The people behind a figure, for those who read the registry, within their scope (the reading is audited).</summary>
[Shared.Audit.PersonalData(typeof(Domain.People.Person), null)]
[Shared.ReadReplica.ReadOnlyWork]
public sealed class PeopleModel(HoaNhapDbContext db, RuleBook rules) : PageModel
{
    [FromRoute(Name = "key")] public string Key { get; set; } = "";
    [FromQuery(Name = "province")] public string? Province { get; set; }
    [FromQuery(Name = "commune")] public string? Commune { get; set; }
    [FromQuery(Name = "month")] public string? Month { get; set; }
    public Indicator Indicator { get; private set; } = null!;
    public Area Area { get; private set; } = null!;
    public Domain.Rules.ReportingWindow Window { get; private set; } = null!;
    public List<IndicatorPerson> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (!me.May(Act.ListDashboardPeople)) return Forbid();
        var area = await IndicatorQueries.AreaAsync(db, me, Province, Commune, ct);
        if (this.Refusal(area) is { } refused) return refused;
        if (Indicators.Find(Key) is not { } indicator) return NotFound();
        Indicator = indicator;
        Area = area.Value!;
        var today = db.Today;
        Window = IndicatorQueries.MonthOf(Month, today, await IndicatorQueries.StartDayAsync(rules, today, ct));
        var people = await IndicatorQueries.PeopleAsync(db, me, indicator, Area, Window, today, ct);
        if (this.Refusal(people) is { } refusal) return refusal;
        People = people.Value!;
        return Page();
    }

    public string Back
    {
        get
        {
            var parts = new List<string>();
            if (Area.ProvinceCode is { } p) parts.Add($"province={p}");
            if (Area.CommuneCode is { } c) parts.Add($"commune={c}");
            if (!string.IsNullOrEmpty(Month)) parts.Add($"month={Uri.EscapeDataString(Month)}");
            return $"/Dashboard/Indicator/{Indicator.Key}?{string.Join("&", parts)}";
        }
    }
}
