using HoaNhap.Data;
using HoaNhap.Domain.Exchange;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Units;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Exchange;

/// <summary>The prison's release notices for the user's commune (commune police and committee) or province (province police).</summary>
[Shared.Audit.PersonalData(typeof(Domain.Exchange.ReleaseNotice), null)]
public sealed class ReleaseNoticesModel(HoaNhapDbContext db) : PageModel
{
    public sealed record Row(ReleaseNotice Notice, string Commune);

    public List<Row> Notices { get; private set; } = [];
    /// <summary>Notices already received: the reintegration case opened from each.</summary>
    public Dictionary<Guid, Guid> Received { get; private set; } = [];
    public bool Edits { get; private set; }


    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (!me.May(Act.ReadReleaseNotices)) return Forbid();
        var notices = db.Set<ReleaseNotice>().AsNoTracking();
        notices = me.CommuneCode is { } commune ? notices.Where(n => n.CommuneCode == commune) : notices.Where(n => n.ProvinceCode == me.ProvinceCode);
        var list = await notices.OrderByDescending(n => n.ReleasedOn).ThenBy(n => n.FullName).Take(500)
            .Join(db.Communes.AsNoTracking(), n => n.CommuneCode, c => c.Code, (n, c) => new { n, c.Name, c.Kind, c.ProvinceCode }).ToListAsync(ct);
        Notices = list.Select(x => new Row(x.n, new Commune { Code = x.n.CommuneCode, Name = x.Name, Kind = x.Kind, ProvinceCode = x.ProvinceCode }.FullName)).ToList();
        var ids = Notices.Select(n => n.Notice.Id).ToList();
        Received = (await db.Set<HoaNhap.Domain.Reintegration.ReintegrationIntake>().AsNoTracking()
            .Where(r => r.ReleaseNoticeId != null && ids.Contains(r.ReleaseNoticeId.Value)).Select(r => new { r.ReleaseNoticeId, r.CaseId }).ToListAsync(ct))
            .ToDictionary(r => r.ReleaseNoticeId!.Value, r => r.CaseId);
        Edits = me.EditsRegistry;
        return Page();
    }
}
