using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Plans;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HoaNhap.Web.Features.Plans;

/// <summary>
/// One plan: its tasks (a body sees only its own), each with its due day, status, the body's latest report and the figure it
/// needs; the owner's police and committee give a new task here.
/// </summary>
[Shared.Audit.NoPersonalData]
public sealed class DetailsModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public PlanTaskInput Input { get; set; } = new();
    public CurrentUser Me { get; private set; } = null!;
    public DateOnly Today { get; } = db.Today;
    public PlanRow Row { get; private set; } = null!;
    public List<PlanTask> Tasks { get; private set; } = [];
    public Dictionary<Guid, TaskFigure> Figures { get; private set; } = [];
    public List<SelectListItem> Bodies { get; } = Choices.Of<Body>(PlanText.Body);
    public List<SelectListItem> IndicatorChoices { get; } =
        [new SelectListItem("— Không cần —", ""), .. PlanQueries.Figures.Select(i => new SelectListItem(i.Name, i.Key))];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostTaskAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        var outcome = await PlanCommands.AddTaskAsync(db, Me, id, Input, ct);
        if (this.Refusal(outcome) is { } no) return no;
        if (!outcome.Succeeded) return Page();
        TempData["Message"] = $"Đã giao nhiệm vụ cho {PlanText.Body(outcome.Value!.Body)}, hạn {Display.Date(outcome.Value.DueOn)}.";
        return Redirect($"/Plans/{id}");
    }

    async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        var found = await PlanQueries.FindAsync(db, Me, id, ct);
        if (this.Refusal(found) is { } refused) return refused;
        (Row, Tasks) = found.Value;
        Figures = await PlanQueries.FiguresAsync(db, Row.Plan, Tasks, ct);
        return null;
    }
}
