using HoaNhap.Data;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Dashboard;

/// <summary>
/// Beside the people counted by an indicator, those not yet meeting its target (<see cref="MissingLists"/>), each with the one
/// action that closes it; an indicator without such a list says why. Same readers and scope as the people behind a figure; audited.
/// </summary>
[Shared.Audit.PersonalData(typeof(Domain.People.Person), null)]
[Shared.ReadReplica.ReadOnlyWork]
public sealed class MissingModel(HoaNhapDbContext db, RuleBook rules, UnitNames names) : PageModel
{
    [FromRoute(Name = "key")] public string Key { get; set; } = "";
    [FromQuery(Name = "province")] public string? Province { get; set; }
    [FromQuery(Name = "commune")] public string? Commune { get; set; }
    [FromQuery(Name = "month")] public string? Month { get; set; }
    /// <summary>The page asked for, as typed (a page that is not a number is said so, not ignored).</summary>
    [FromQuery(Name = "page")] public string? PageText { get; set; }
    public MissingList? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var outcome = await MissingLists.ListAsync(db, rules, names, CurrentUser.From(User)!, Key, Province, Commune, Month, PageText, ct);
        if (this.Refusal(outcome, field: _ => "") is { } refused) return refused;
        Result = outcome.Value;
        return Page();
    }

    string Query(string? province, string? commune, int? page = null)
    {
        var parts = new List<string>();
        if (province is not null) parts.Add($"province={province}");
        if (commune is not null) parts.Add($"commune={commune}");
        if (!string.IsNullOrEmpty(Month) && Result is not null) parts.Add($"month={Result.Month.To:yyyy-MM}");
        if (page is > 1) parts.Add($"page={page}");
        return string.Join("&", parts);
    }

    /// <summary>The indicator's page for the same area and month.</summary>
    public string Back => Result is { } l ? $"/Dashboard/Indicator/{l.Indicator.Key}?{Query(l.Area.ProvinceCode, l.Area.CommuneCode)}" : $"/Dashboard/Indicator/{Uri.EscapeDataString(Key)}";
    public string People => $"/Dashboard/People/{Result!.Indicator.Key}?{Query(Result.Area.ProvinceCode, Result.Area.CommuneCode)}";
    public string PageLink(int page) => $"/Dashboard/Indicator/{Result!.Indicator.Key}/Missing?{Query(Result.Area.ProvinceCode, Result.Area.CommuneCode, page)}";
    /// <summary>The commune's list, from a row of the province's list.</summary>
    public string CommuneLink(string commune) => $"/Dashboard/Indicator/{Result!.Indicator.Key}/Missing?{Query(Result.Area.ProvinceCode, commune)}";
}
