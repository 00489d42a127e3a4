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

/// <summary>"Hồ sơ đang giám sát của xã": the commune police officer's list of the commune's open community-sentence cases, kept on the phone
/// to work without signal like the supervisor's list (issue 18, part 3).</summary>
[Shared.Audit.PersonalData(typeof(Domain.People.Person), null)]
[Shared.ReadReplica.ReadOnlyWork]
public sealed class CommuneModel(HoaNhapDbContext db, RuleBook book) : PageModel
{
    public List<MyPeople.Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (!MyPeople.KeepsOffline(me) || me.Role == Roles.Supervisor) return Forbid();
        Rows = await MyPeople.LoadAsync(db, book, me, ct);
        return Page();
    }
}

/// <summary>
/// The people a user works with in the field, each with the open case and what is due: for a supervisor, the people assigned to them
/// now (their list and their home page); for a commune police officer, the people of their commune with an open community-sentence case.
/// </summary>
public static class MyPeople
{
    /// <param name="AssignedOn">For a supervisor, the day of the assignment; for an officer, the day the case started.</param>
    public sealed record Row(Guid PersonId, string FullName, string Address, string? Phone, DateOnly AssignedOn, CaseSupervision? Case);

    /// <summary>The roles whose phone keeps a list and the field forms to work without signal.</summary>
    public static bool KeepsOffline(CurrentUser me) => me.Role is Roles.Supervisor or Roles.CommuneOfficer;

    /// <summary>The list page kept on the phone for the role.</summary>
    public static string ListPage(CurrentUser me) => me.Role == Roles.Supervisor ? "/Supervision/Mine" : "/Supervision/Commune";

    public static async Task<List<Row>> LoadAsync(HoaNhapDbContext db, RuleBook book, CurrentUser me, CancellationToken ct) =>
        me.Role == Roles.Supervisor ? await AssignedAsync(db, book, me, ct) : await CommuneAsync(db, book, me, ct);

    /// <summary>The open community-sentence cases in the officer's scope (their commune), one row per person.</summary>
    static async Task<List<Row>> CommuneAsync(HoaNhapDbContext db, RuleBook book, CurrentUser me, CancellationToken ct)
    {
        var visible = db.People.People(me).Select(p => p.Id);
        var cases = await db.Cases.AsNoTracking()
            .Where(c => visible.Contains(c.PersonId) && c.Kind == CaseKind.CommunitySentence
                && (c.Status == CaseStatus.Intake || c.Status == CaseStatus.Active || c.Status == CaseStatus.Absconded))
            .Join(db.People, c => c.PersonId, p => p.Id, (c, p) => new { Case = c, p.FullName, p.Address, p.Phone })
            .ToListAsync(ct);
        var rules = await book.ParametersAsync(ct);
        var rows = new List<Row>();
        foreach (var x in cases.GroupBy(x => x.Case.PersonId).Select(g => g.OrderByDescending(x => x.Case.StartOn).First()).OrderBy(x => x.FullName))
            rows.Add(new Row(x.Case.PersonId, x.FullName, x.Address, x.Phone, x.Case.StartOn, await SupervisionQueries.ForCaseAsync(db, rules, x.Case, db.Today, ct)));
        return rows;
    }

    static async Task<List<Row>> AssignedAsync(HoaNhapDbContext db, RuleBook book, CurrentUser me, CancellationToken ct)
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
