using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Home;

/// <summary>The start page: what is in the user's scope at a glance.</summary>
public sealed class IndexModel(HoaNhapDbContext db) : PageModel
{
    public CurrentUser Me { get; private set; } = null!;
    public string UnitName { get; private set; } = "";
    public int People { get; private set; }
    public int ActiveCommunity { get; private set; }
    public int ActiveReintegration { get; private set; }
    public int Intake { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        UnitName = Me.CommuneCode is { } c
            ? (await db.Communes.FindAsync([c], ct))?.FullName ?? c
            : (await db.Provinces.FindAsync([Me.ProvinceCode], ct))?.FullName ?? Me.ProvinceCode;
        if (!Me.ReadsRegistry) return;
        var people = db.People.AsNoTracking().People(Me);
        People = await people.CountAsync(ct);
        var cases = db.Cases.AsNoTracking().Where(k => people.Any(p => p.Id == k.PersonId));
        ActiveCommunity = await cases.CountAsync(k => k.Kind == CaseKind.CommunitySentence && k.Status == CaseStatus.Active, ct);
        ActiveReintegration = await cases.CountAsync(k => k.Kind == CaseKind.Reintegration && k.Status == CaseStatus.Active, ct);
        Intake = await cases.CountAsync(k => k.Status == CaseStatus.Intake, ct);
    }
}
