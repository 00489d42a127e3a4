using HoaNhap.Domain.Access;
using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Home;

/// <summary>The start page: for officers, leaders and supervisors first what needs doing today, then the scope at a glance.</summary>
// A supervisor's home lists the people assigned to them: a read of personal data.
[Shared.Audit.PersonalData(typeof(HoaNhap.Domain.People.Person), null)]
public sealed class IndexModel(HoaNhapDbContext db, IEnumerable<HomeSection> sections) : PageModel
{
    public CurrentUser Me { get; private set; } = null!;
    public string UnitName { get; private set; } = "";
    public int People { get; private set; }
    public int ActiveCommunity { get; private set; }
    public int ActiveReintegration { get; private set; }
    public int Intake { get; private set; }
    /// <summary>The parts features contribute for this user: what needs doing, a supervisor's own people.</summary>
    public IReadOnlyList<HomeSection> Sections { get; private set; } = [];
    public bool ShowsFigures { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        UnitName = Me.CommuneCode is { } c
            ? (await db.Communes.FindAsync([c], ct))?.FullName ?? c
            : (await db.Provinces.FindAsync([Me.ProvinceCode], ct))?.FullName ?? Me.ProvinceCode;
        Sections = sections.Where(s => s.Shows(Me)).OrderBy(s => s.Order).ToList();
        // A supervisor's home shows only what they act on (their people); others see the figures of their scope.
        ShowsFigures = Me.ReadsRegistry && Me.Role != Roles.Supervisor;
        if (!ShowsFigures) return;
        var people = db.People.AsNoTracking().People(Me);
        People = await people.CountAsync(ct);
        var cases = db.Cases.AsNoTracking().Where(k => people.Any(p => p.Id == k.PersonId));
        ActiveCommunity = await cases.CountAsync(k => k.Kind == CaseKind.CommunitySentence && k.Status == CaseStatus.Active, ct);
        ActiveReintegration = await cases.CountAsync(k => k.Kind == CaseKind.Reintegration && k.Status == CaseStatus.Active, ct);
        Intake = await cases.CountAsync(k => k.Status == CaseStatus.Intake, ct);
    }
}
