using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Import;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Imports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Import;

/// <summary>/Import/Details/{id}: the encoding's sample, the mapping, the preview with problems per row and field, the commit and its result.</summary>
[Shared.Audit.PersonalData(typeof(RegisterImport))]
public sealed class DetailsModel(HoaNhapDbContext db, ImportQueue queue) : PageModel
{
    public const int PreviewRows = 200;

    public ImportPreview? View { get; private set; }
    public int Progress { get; private set; }
    [BindProperty] public List<string?> Columns { get; set; } = [];
    [BindProperty] public string? Encoding { get; set; }
    [BindProperty] public bool SkipBadRows { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, ct);

    public async Task<IActionResult> OnPostMappingAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (!me.May(Act.ImportRegister)) return Forbid();
        var mapping = Columns.Select(c => Enum.TryParse<RegisterField>(c, out var f) ? f : (RegisterField?)null).ToList();
        var encoding = Enum.TryParse<RegisterEncoding>(Encoding, out var e) ? e : (RegisterEncoding?)null;
        var outcome = await ImportCommands.RemapAsync(db, me, id, mapping, encoding, ct);
        if (this.Refusal(outcome, field: _ => "") is { } refused) return refused;
        if (outcome.Succeeded)
        {
            TempData["Message"] = "Đã đọc lại tệp theo cách ghép cột mới.";
            return RedirectToPage(new { id });
        }
        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostCommitAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (!me.May(Act.ImportRegister)) return Forbid();
        var outcome = await ImportCommands.CommitAsync(db, me, id, SkipBadRows, queue, ct);
        if (this.Refusal(outcome, field: _ => "") is { } refused) return refused;
        if (outcome.Succeeded)
        {
            TempData["Message"] = "Đang ghi sổ vào hệ thống; trang tự cập nhật.";
            return RedirectToPage(new { id });
        }
        return await ShowAsync(id, ct);
    }

    async Task<IActionResult> ShowAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (!me.May(Act.ImportRegister)) return Forbid();
        View = await ImportCommands.PreviewAsync(db, me, id, ct);
        if (View is null) return NotFound();
        Progress = queue.Progress(id);
        Columns = View.Mapping.Select(m => m?.ToString()).ToList();
        Encoding = View.Import.Encoding;
        return Page();
    }
}
