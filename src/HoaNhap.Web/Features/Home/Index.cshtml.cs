using HoaNhap.Domain.Access;
using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Features.Worklist;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Home;

/// <summary>The start page: for officers, leaders and supervisors first what needs doing today, then the scope at a glance.</summary>
// A supervisor's home lists the people assigned to them: a read of personal data.
[Shared.Audit.PersonalData(typeof(HoaNhap.Domain.People.Person), null)]
public sealed class IndexModel(HoaNhapDbContext db, HoaNhap.Web.Features.Rules.RuleBook book) : PageModel
{
    public CurrentUser Me { get; private set; } = null!;
    public string UnitName { get; private set; } = "";
    public int People { get; private set; }
    public int ActiveCommunity { get; private set; }
    public int ActiveReintegration { get; private set; }
    public int Intake { get; private set; }
    public bool HasWorklist { get; private set; }
    public List<(WorklistKind Kind, int Count, int Overdue)> Work { get; private set; } = [];
    public int Communes { get; private set; }
    public DateOnly? ComputedOn { get; private set; }
    /// <summary>A supervisor's own people, with what they record for each (their home shows only what they can act on).</summary>
    public List<HoaNhap.Web.Features.Supervision.MyPeople.Row>? MyPeople { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        UnitName = Me.CommuneCode is { } c
            ? (await db.Communes.FindAsync([c], ct))?.FullName ?? c
            : (await db.Provinces.FindAsync([Me.ProvinceCode], ct))?.FullName ?? Me.ProvinceCode;
        HasWorklist = Me.May(Act.UseWorklist);
        if (HasWorklist)
        {
            ComputedOn = await WorklistQueries.ComputedOnAsync(db, ct);
            var today = db.Today;
            var items = (await WorklistQueries.ItemsAsync(db, Me, null, ct)).Value ?? [];
            Work = items.GroupBy(i => i.Kind).OrderBy(g => g.Key).Select(g => (g.Key, g.Count(), g.Count(i => i.Overdue(today)))).ToList();
            Communes = items.Count == 0 ? 0 : await db.Set<WorklistItem>().AsNoTracking()
                .Where(i => i.ProvinceCode == Me.ProvinceCode && (Me.CommuneCode == null || i.CommuneCode == Me.CommuneCode))
                .Select(i => i.CommuneCode).Distinct().CountAsync(ct);
        }
        if (Me.Role == HoaNhap.Domain.Access.Roles.Supervisor)
        {
            MyPeople = await HoaNhap.Web.Features.Supervision.MyPeople.LoadAsync(db, book, Me, ct);
            return;
        }
        if (!Me.ReadsRegistry) return;
        var people = db.People.AsNoTracking().People(Me);
        People = await people.CountAsync(ct);
        var cases = db.Cases.AsNoTracking().Where(k => people.Any(p => p.Id == k.PersonId));
        ActiveCommunity = await cases.CountAsync(k => k.Kind == CaseKind.CommunitySentence && k.Status == CaseStatus.Active, ct);
        ActiveReintegration = await cases.CountAsync(k => k.Kind == CaseKind.Reintegration && k.Status == CaseStatus.Active, ct);
        Intake = await cases.CountAsync(k => k.Status == CaseStatus.Intake, ct);
    }
}
