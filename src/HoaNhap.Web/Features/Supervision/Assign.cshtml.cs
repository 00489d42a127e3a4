using HoaNhap.Data;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HoaNhap.Web.Features.Supervision;

[Shared.Audit.PersonalData(typeof(Domain.People.Person))]
public sealed class AssignModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public AssignmentInput Input { get; set; } = new();
    public string PersonName { get; private set; } = "";
    public Guid PersonId { get; private set; }
    public List<SelectListItem> Supervisors { get; private set; } = [];
    public string? CurrentSupervisor { get; private set; }

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
            TempData["Message"] = $"Đã phân công {outcome.Value!.SupervisorName} giám sát, giáo dục.";
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
        Supervisors = [new SelectListItem("— Chọn —", ""), .. candidates.Select(c => new SelectListItem(c.Name, c.Id))];
        return true;
    }
}
