using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Alerts;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HoaNhap.Web.Features.Alerts;

/// <summary>One alert: what raised it, the ledger of its steps, and the form of the next step (commune officer of its commune).</summary>
[Shared.Audit.PersonalData(typeof(Alert))]
public sealed class DetailsModel(HoaNhapDbContext db, RuleBook rules) : PageModel
{
    [BindProperty] public AlertStepInput Input { get; set; } = new();
    public CurrentUser Me { get; private set; } = null!;
    public DateOnly Today { get; } = db.Today;
    public AlertRow Row { get; private set; } = null!;
    public List<AlertStep> Steps { get; private set; } = [];
    public bool MayAct => Me.May(Act.HandleAlerts) && Row.Alert.NextStep is not null;
    public List<SelectListItem> Actions { get; } = Choices.Of<AlertAction>(AlertText.Action, withEmpty: false);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        if (!Me.May(Act.SeeAlerts)) return Forbid();
        if (!await LoadAsync(id, ct)) return NotFound();
        Input.On = Display.Date(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        if (!Me.May(Act.SeeAlerts)) return Forbid();
        if (!await LoadAsync(id, ct)) return NotFound();
        Input.Step = Row.Alert.NextStep?.ToString();
        var outcome = await AlertCommands.RecordStepAsync(db, Me, await rules.ParametersAsync(ct), id, Input, ct);
        if (this.Refusal(outcome) is { } refused) return refused;
        if (!outcome.Succeeded) return Page();
        TempData["Message"] = $"Đã ghi bước “{AlertText.Step(Enum.Parse<AlertStepKind>(Input.Step!))}” ngày {Input.On}.";
        return RedirectToPage(new { id });
    }

    async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await AlertQueries.FindAsync(db, Me, id, ct) is not { } found) return false;
        (Row, Steps) = found;
        return true;
    }
}
