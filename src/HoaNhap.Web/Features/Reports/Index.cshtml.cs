using HoaNhap.Data;
using HoaNhap.Domain.Reports;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Reports;

/// <summary>Báo cáo định kỳ: the reports of the user's unit (a province officer also sees the communes' reports of the province).</summary>
[Shared.Audit.NoPersonalData]
[Shared.ReadReplica.ReadOnlyWork]
public sealed class IndexModel(HoaNhapDbContext db) : PageModel
{
    public List<PeriodicReport> Reports { get; private set; } = [];
    public CurrentUser Me { get; private set; } = null!;
    public Dictionary<string, string> CommuneNames { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        var list = await ReportCommands.ListAsync(db, Me, ct);
        if (this.Refusal(list) is { } refused) return refused;
        Reports = list.Value!;
        var codes = Reports.Select(r => r.CommuneCode).Where(c => c.Length > 0).Distinct().ToList();
        CommuneNames = (await db.Communes.Where(c => codes.Contains(c.Code)).ToListAsync(ct)).ToDictionary(c => c.Code, c => c.FullName);
        return Page();
    }

    public string Unit(PeriodicReport r) => r.IsProvinceReport ? "Công an tỉnh (báo cáo tổng hợp)" : CommuneNames.GetValueOrDefault(r.CommuneCode, r.CommuneCode);
}
