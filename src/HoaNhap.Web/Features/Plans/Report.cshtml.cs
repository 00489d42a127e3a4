using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Plans;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Plans;

/// <summary>Báo cáo kết quả nhiệm vụ: the body (or the owner's police, for a report on paper) reports progress or completion.</summary>
[Authorize(Policy = nameof(Act.ReportPlanTasks))]
[Shared.Audit.NoPersonalData]
public sealed class ReportModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public PlanTaskReportInput Input { get; set; } = new();
    public CurrentUser Me { get; private set; } = null!;
    public PlanRow Row { get; private set; } = null!;
    public PlanTask Item { get; private set; } = null!;
    public TaskFigure? Figure { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid taskId, CancellationToken ct)
    {
        if (await LoadAsync(id, taskId, ct) is { } refused) return refused;
        Input.On = Display.Date(db.Today);
        Input.Result = Item.Result;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid taskId, CancellationToken ct)
    {
        if (await LoadAsync(id, taskId, ct) is { } refused) return refused;
        var outcome = await PlanCommands.ReportAsync(db, Me, id, taskId, Input, ct);
        if (this.Refusal(outcome) is { } no) return no;
        if (!outcome.Succeeded) return Page();
        TempData["Message"] = outcome.Value!.Status == PlanTaskStatus.Done
            ? "Đã báo cáo hoàn thành nhiệm vụ." : "Đã báo cáo tiến độ thực hiện nhiệm vụ.";
        return Redirect($"/Plans/{id}#task-{taskId}");
    }

    async Task<IActionResult?> LoadAsync(Guid id, Guid taskId, CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        var found = await PlanQueries.FindAsync(db, Me, id, ct);
        if (this.Refusal(found) is { } refused) return refused;
        Row = found.Value.Row;
        if (found.Value.Tasks.FirstOrDefault(t => t.Id == taskId) is not { } task) return NotFound();
        if (!PlanQueries.MayReport(Me, Row.Plan)) return Forbid();
        Item = task;
        Figure = (await PlanQueries.FiguresAsync(db, Row.Plan, [task], ct)).GetValueOrDefault(task.Id);
        return null;
    }
}
