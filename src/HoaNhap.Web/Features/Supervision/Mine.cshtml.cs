using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Supervision;

/// <summary>"Người tôi giám sát": a supervisor's own people (only those assigned to them now) and what is due for each.</summary>
[Shared.Audit.PersonalData(typeof(Domain.People.Person), null)]
[Shared.ReadReplica.ReadOnlyWork]
public sealed class MineModel(HoaNhapDbContext db, RuleBook book) : PageModel
{
    public List<MyPeople.Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (me.Role != Roles.Supervisor) return Forbid();
        Rows = await MyPeople.LoadAsync(db, book, me, ct);
        return Page();
    }
}

/// <summary>The people assigned to a supervisor now, each with the open case and what is due: their list and their home page.</summary>
public static class MyPeople
{
    public sealed record Row(Guid PersonId, string FullName, string Address, string? Phone, DateOnly AssignedOn, CaseSupervision? Case);

    public static async Task<List<Row>> LoadAsync(HoaNhapDbContext db, RuleBook book, CurrentUser me, CancellationToken ct)
    {
        var people = await db.People.AsNoTracking().People(me)
            .Select(p => new
            {
                p.Id, p.FullName, p.Address, p.Phone,
                AssignedOn = p.SupervisorAssignments.Where(a => a.SupervisorUserId == me.UserId && a.EndedOn == null).OrderByDescending(a => a.AssignedOn).Select(a => a.AssignedOn).FirstOrDefault(),
            })
            .OrderBy(p => p.FullName).ToListAsync(ct);
        var ids = people.Select(p => p.Id).ToList();
        var cases = await db.Cases.AsNoTracking()
            .Where(c => ids.Contains(c.PersonId) && c.Kind == CaseKind.CommunitySentence
                && (c.Status == CaseStatus.Intake || c.Status == CaseStatus.Active || c.Status == CaseStatus.Absconded))
            .ToListAsync(ct);
        var rules = await book.ParametersAsync(ct);
        var rows = new List<Row>();
        foreach (var p in people)
        {
            var c = cases.Where(x => x.PersonId == p.Id).OrderByDescending(x => x.StartOn).FirstOrDefault();
            rows.Add(new Row(p.Id, p.FullName, p.Address, p.Phone, p.AssignedOn,
                c is null ? null : await SupervisionQueries.ForCaseAsync(db, rules, c, db.Today, ct)));
        }
        return rows;
    }
}

/// <summary>A supervisor's start page lists the people assigned to them, with what they record for each.</summary>
public sealed class MyPeopleHomeSection(HoaNhapDbContext db, RuleBook book) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("/Features/Supervision/_MyPeopleHome.cshtml",
            await MyPeople.LoadAsync(db, book, CurrentUser.From(HttpContext.User)!, HttpContext.RequestAborted));
}
