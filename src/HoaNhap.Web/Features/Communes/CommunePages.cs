using HoaNhap.Domain.Access;
using HoaNhap.Data;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Communes;

/// <summary>Every commune of the province with its verdict on models and exemplary individuals (a commune user goes to their own commune).</summary>
[Shared.Audit.NoPersonalData]
public sealed class IndexModel(HoaNhapDbContext db, RuleBook rules) : PageModel
{
    public List<CommuneCoverageRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (!me.May(Act.UseReintegrationModels)) return Forbid();
        if (me.CommuneCode is { } mine) return Redirect($"/Communes/{mine}");
        var list = await ModelCoverageQueries.ForScopeAsync(db, rules, me, ct);
        if (this.Refusal(list) is { } refused) return refused;
        Rows = list.Value!;
        return Page();
    }
}

/// <summary>One commune: returnees under management, working models, exemplary individuals and the verdict with what is missing.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Units.Commune), "code")]
public sealed class CommuneModel(HoaNhapDbContext db, RuleBook rules) : PageModel
{
    public CommuneCoverage Coverage { get; private set; } = null!;
    public CurrentUser Me { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        var c = await ModelCoverageQueries.ForCommuneAsync(db, rules, Me, code, ct);
        if (this.Refusal(c) is { } refused) return refused;
        Coverage = c.Value!;
        return Page();
    }
}
