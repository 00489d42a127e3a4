using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Judgments;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.AtLarge;

/// <summary>
/// Người bị kết án phạt tù chưa chấp hành án: the province police see the province's list (filter by status and commune), the commune
/// police and committee their commune's. Works without JavaScript (a GET form).
/// </summary>
[Shared.Audit.PersonalData(typeof(AtLargeRecord), null)]
public sealed class IndexModel(HoaNhapDbContext db) : PageModel
{
    [FromQuery(Name = "status")] public string? Status { get; set; }
    [FromQuery(Name = "commune")] public string? Commune { get; set; }
    public CurrentUser Me { get; private set; } = null!;
    public List<AtLargeRow> Rows { get; private set; } = [];
    public List<SelectListItem> Statuses { get; } =
    [
        new("Chưa đi chấp hành án (tất cả tình trạng)", ""),
        .. Enum.GetValues<AtLargeStatus>().Select(s => new SelectListItem(AtLargeText.Status(s), s.ToString())),
        new("Tất cả, kể cả đã đi chấp hành án", "All"),
    ];
    public List<SelectListItem> Communes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        if (!Me.May(Act.SeeAtLarge)) return Forbid();
        if (Me.CommuneCode is null)
            Communes = [new SelectListItem("Tất cả xã, phường", ""), .. (await db.Communes.AsNoTracking().Where(c => c.ProvinceCode == Me.ProvinceCode)
                .OrderBy(c => c.Code).Select(c => new { c.Code, c.FullName }).ToListAsync(ct)).Select(c => new SelectListItem(c.FullName, c.Code))];
        var outcome = await AtLargeQueries.ListAsync(db, Me, Status, Commune, ct);
        if (this.Refusal(outcome, field: k => k) is { } refused) return refused;
        if (outcome.Succeeded) Rows = outcome.Value!;
        return Page();
    }
}
