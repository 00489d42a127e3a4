using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Cases;

public sealed class OpenInput
{
    /// <summary>The day the commune opened the file and supervision began.</summary>
    public string? On { get; set; }
    public long? Version { get; set; }
}

/// <summary>
/// Opening a case at the end of intake (Đang tiếp nhận → Đang chấp hành): the day, then "check your
/// answers" with the intake tasks not yet done, then the save through <see cref="Case.MoveTo"/>.
/// The officer lands back on the intake section of the case page.
/// </summary>
[Shared.Audit.PersonalData(typeof(HoaNhap.Domain.Cases.Case))]
public sealed class OpenModel(HoaNhapDbContext db, RuleBook rules) : PageModel
{
    [BindProperty] public OpenInput Input { get; set; } = new();
    public Case Case { get; private set; } = null!;
    public string PersonName { get; private set; } = "";
    public IReadOnlyList<IntakeTask> Tasks { get; private set; } = [];
    public CheckAnswers? Review { get; private set; }
    public Conflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (!await LoadAsync(me, id, ct)) return NotFound();
        if (!me.EditsRegistry) return Forbid();
        Input = new OpenInput { On = Display.Date(db.Today), Version = Case.Version };
        // "Thay đổi" from the check page comes back with the answers in the query.
        await TryUpdateModelAsync(Input, "Input");
        ModelState.Clear();
        return Page();
    }

    /// <summary>The form's answers checked as if saved (nothing is): errors go back to the form, else the check page.</summary>
    public async Task<IActionResult> OnPostCheckAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await DryRun.CheckAsync(db, () => Save(me, id, ct), ct);
        if (this.Refusal(outcome, field: Field) is { } refused) return refused;
        await LoadAsync(me, id, ct);
        if (!outcome.Succeeded) return Invalid(outcome);
        var open = Tasks.Where(t => t.State != TaskState.Done && t.Key != IntakeTasks.Open).Select(t => t.Title).ToList();
        Review = new CheckAnswers("Kiểm tra trước khi mở hồ sơ",
            [
                new Answer("Ngày mở hồ sơ, bắt đầu giám sát", Input.On ?? "", nameof(OpenInput.On)),
            ],
            $"/Cases/Open/{id}",
            new Dictionary<string, string?> { [nameof(OpenInput.On)] = Input.On, [nameof(OpenInput.Version)] = Input.Version?.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            "Mở hồ sơ",
            $"Hồ sơ chuyển từ “{CaseText.Status(CaseStatus.Intake)}” sang “{CaseText.Status(CaseStatus.Active)}”: từ ngày này người chấp hành án chịu giám sát, giáo dục, được ghi điểm danh, vi phạm và xin phép vắng mặt.",
            open.Count == 0 ? null : $"Các việc tiếp nhận chưa xong: {string.Join("; ", open)}. Bạn vẫn có thể mở hồ sơ và làm tiếp sau.");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await Save(me, id, ct);
        if (this.Refusal(outcome, field: Field) is { } refused) return refused;
        if (outcome.Succeeded)
            return Redirect(CasePage.Done(TempData, id, CasePage.Intake,
                $"Đã mở hồ sơ ngày {Input.On}: hồ sơ chuyển sang trạng thái “{CaseText.Status(outcome.Value!.Status)}”."));
        db.ChangeTracker.Clear();
        await LoadAsync(me, id, ct);
        return Invalid(outcome);
    }

    Task<Outcome<Case>> Save(CurrentUser me, Guid id, CancellationToken ct) =>
        CaseCommands.ChangeStatusAsync(db, me, id, new StatusInput { Status = nameof(CaseStatus.Active), On = Input.On, Version = Input.Version }, ct);

    // The status is fixed on this page: a refusal of the move is the page's, not a field's.
    static string Field(string key) => key == nameof(StatusInput.Status) || key.Length == 0 ? "" : $"Input.{key}";

    IActionResult Invalid(Outcome<Case> outcome)
    {
        if (outcome.Conflict is { } conflict)
        {
            Conflict = conflict;
            Input.Version = conflict.CurrentVersion;
        }
        return Page();
    }

    async Task<bool> LoadAsync(CurrentUser me, Guid id, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, me, id, ct);
        if (c is null) return false;
        Case = c;
        PersonName = await db.People.AsNoTracking().Where(p => p.Id == c.PersonId).Select(p => p.FullName).FirstAsync(ct);
        Tasks = (await CaseFileQueries.ViewAsync(db, rules, c, ct)).Tasks;
        return true;
    }
}
