using HoaNhap.Data;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Cases;

/// <summary>Confirming completion: the end date and what follows are shown before the officer confirms.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class CompleteModel(HoaNhapDbContext db, RuleBook rules) : PageModel
{
    [BindProperty] public CompletionInput Input { get; set; } = new();
    public CompletionPreview Preview { get; private set; } = null!;
    public CheckAnswers? Review { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var preview = await CompletionCommands.PreviewAsync(db, rules, me, id, ct);
        if (preview is null) return NotFound();
        if (!me.EditsRegistry) return Forbid();
        Preview = preview;
        Input = new CompletionInput { CompletedOn = Display.Date(preview.EndsOn), Generate = true };
        // "Thay đổi" from the check page comes back with the answers in the query.
        await TryUpdateModelAsync(Input, "Input");
        ModelState.Clear();
        return Page();
    }

    /// <summary>Checks the answers as if saved (nothing is), then shows them with "Thay đổi" links before the officer confirms.</summary>
    public async Task<IActionResult> OnPostCheckAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await DryRun.CheckAsync(db, () => CompletionCommands.CompleteAsync(db, rules, me, id, Input, ct), ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        Preview = (await CompletionCommands.PreviewAsync(db, rules, me, id, ct))!;
        if (!outcome.Succeeded)
        {
            return Page();
        }
        Review = new CheckAnswers("Kiểm tra trước khi xác nhận chấp hành xong",
            [
                new Answer("Ngày chấp hành xong", Input.CompletedOn ?? "", nameof(CompletionInput.CompletedOn)),
                new Answer("Giấy chứng nhận", Input.Generate ? "Hệ thống lập giấy chứng nhận (.docx)" : "Đã cấp bản giấy", nameof(CompletionInput.Generate)),
                new Answer("Số giấy chứng nhận", Input.CertificateNumber ?? "", nameof(CompletionInput.CertificateNumber)),
            ],
            $"/Cases/Complete/{id}",
            new Dictionary<string, string?>
            {
                [nameof(CompletionInput.CompletedOn)] = Input.CompletedOn,
                [nameof(CompletionInput.Generate)] = Input.Generate ? "true" : "false",
                [nameof(CompletionInput.CertificateNumber)] = Input.CertificateNumber,
            },
            "Xác nhận chấp hành xong, đóng hồ sơ",
            Preview.Reintegration.StartsOn is { } starts && !Preview.ReintegrationAlreadyOpen
                ? $"Hồ sơ sẽ đóng ở trạng thái “Đã kết thúc” và hồ sơ quản lý tái hòa nhập cộng đồng mở từ ngày {Display.Date(starts)}. Việc này không hoàn tác được."
                : "Hồ sơ sẽ đóng ở trạng thái “Đã kết thúc”. Việc này không hoàn tác được.");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await CompletionCommands.CompleteAsync(db, rules, me, id, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            return Redirect(CasePage.Done(TempData, id, CasePage.Completion, outcome.Value!.Reintegration is null
                ? "Đã xác nhận chấp hành xong và đóng hồ sơ."
                : "Đã xác nhận chấp hành xong và đóng hồ sơ; hồ sơ quản lý tái hòa nhập cộng đồng đã được mở tự động."));
        }
        db.ChangeTracker.Clear();
        Preview = (await CompletionCommands.PreviewAsync(db, rules, me, id, ct))!;
        return Page();
    }
}
