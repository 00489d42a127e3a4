using HoaNhap.Data;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HoaNhap.Web.Features.Supervision;

[Shared.Audit.PersonalData(typeof(Domain.People.Person))]
public sealed class AssignModel(HoaNhapDbContext db, RuleBook book) : PageModel
{
    [BindProperty] public AssignmentInput Input { get; set; } = new();
    public string PersonName { get; private set; } = "";
    public Guid PersonId { get; private set; }
    public List<SelectListItem> Supervisors { get; private set; } = [];
    public string? CurrentSupervisor { get; private set; }
    /// <summary>The advisable maximum of people per supervisor in force today (<see cref="Domain.Rules.Caseload"/>).</summary>
    public int MaxPerSupervisor { get; private set; }
    /// <summary>The candidates whom one more person would take beyond the maximum, with their caseload now.</summary>
    public List<(string Name, int Count)> AtOrOverMaximum { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (!await LoadAsync(me, id, ct)) return NotFound();
        if (!me.AssignsSupervisors) return Forbid();
        Input.AssignedOn = Display.Date(db.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await SupervisorCommands.AssignAsync(db, me, id, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            var a = outcome.Value!;
            var counts = await CaseloadQueries.CountsAsync(db, a.ProvinceCode, ct);
            var after = Domain.Rules.Caseload.Assess(counts.GetValueOrDefault(a.SupervisorUserId), Domain.Rules.CaseloadHolder.Supervisor,
                await book.ParametersAsync(ct), db.Today);
            TempData["Message"] = $"Đã phân công {a.SupervisorName} giám sát, giáo dục."
                + (after.Over ? " " + Domain.Rules.Caseload.Warning(a.SupervisorName, after) : "");
            return Redirect($"/People/Details/{id}");
        }
        db.ChangeTracker.Clear();
        await LoadAsync(me, id, ct);
        return Page();
    }

    async Task<bool> LoadAsync(CurrentUser me, Guid id, CancellationToken ct)
    {
        var person = await PersonLookup.FindAsync(db, me, id, ct);
        if (person is null) return false;
        (PersonId, PersonName) = (person.Id, person.FullName);
        CurrentSupervisor = (await SupervisorCommands.HistoryAsync(db, id, ct)).FirstOrDefault(a => a.EndedOn is null)?.SupervisorName;
        var candidates = await SupervisorCommands.CandidatesAsync(db, person.CommuneCode, ct);
        var counts = await CaseloadQueries.CountsAsync(db, person.ProvinceCode, ct);
        MaxPerSupervisor = Domain.Rules.Caseload.Maximum(Domain.Rules.CaseloadHolder.Supervisor, await book.ParametersAsync(ct), db.Today);
        AtOrOverMaximum = candidates.Select(c => (c.Name, Count: counts.GetValueOrDefault(c.Id))).Where(c => c.Count >= MaxPerSupervisor).ToList();
        Supervisors = [new SelectListItem("— Chọn —", ""),
            .. candidates.Select(c => new SelectListItem($"{c.Name} (đang giám sát {counts.GetValueOrDefault(c.Id)} người)", c.Id))];
        return true;
    }
}
