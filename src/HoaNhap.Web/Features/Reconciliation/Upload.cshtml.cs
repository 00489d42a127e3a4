using HoaNhap.Domain.Access;
using HoaNhap.Data;
using HoaNhap.Domain.Reconciliation;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Reconciliation;

[Shared.Audit.NoPersonalData]
public sealed class UploadModel(HoaNhapDbContext db, ReconciliationQueue queue) : PageModel
{
    public sealed class Form
    {
        public string? ProvinceCode { get; set; }
        public string? Month { get; set; }
        public string? Source { get; set; }
        public bool AcceptProblems { get; set; }
    }

    [BindProperty] public Form Input { get; set; } = new();
    [BindProperty] public IFormFile? ListFile { get; set; }
    public IReadOnlyList<RowProblem> Problems { get; private set; } = [];
    public int TotalRows { get; private set; }
    public string ProvinceName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (!me.May(Act.RunReconciliation)) return Forbid();
        var previous = db.Today.AddMonths(-1);
        Input = new Form { ProvinceCode = me.ProvinceCode, Month = $"{previous.Year:0000}-{previous.Month:00}", Source = nameof(ListSource.Court) };
        await LoadAsync(me, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (!me.May(Act.RunReconciliation)) return Forbid();
        byte[]? content = null;
        if (ListFile is { Length: > 0 and <= Reconciliation.ListFile.MaxBytes })
        {
            using var ms = new MemoryStream();
            await ListFile.CopyToAsync(ms, ct);
            content = ms.ToArray();
        }
        else if (ListFile is { Length: > Reconciliation.ListFile.MaxBytes }) content = new byte[Reconciliation.ListFile.MaxBytes + 1];
        var outcome = await ReconciliationCommands.UploadAsync(db, me, new UploadInput
        {
            ProvinceCode = Input.ProvinceCode, Month = Input.Month, Source = Input.Source, FileName = ListFile?.FileName,
            Content = content, AcceptProblems = Input.AcceptProblems,
        }, queue, ct);
        if (this.Refusal(outcome, field: k => k == "File" ? nameof(ListFile) : k.Length == 0 ? "" : $"Input.{k}") is { } refused) return refused;
        if (outcome.Succeeded && outcome.Value!.Started is { } started)
        {
            TempData["Message"] = $"Đã nhận danh sách {started.TotalRows} dòng; đang đối soát.";
            return RedirectToPage("Details", new { id = started.Id });
        }
        if (outcome.Value is { } result)
        {
            Problems = result.Problems;
            TotalRows = result.TotalRows;
        }
        await LoadAsync(me, ct);
        return Page();
    }

    async Task LoadAsync(CurrentUser me, CancellationToken ct) =>
        ProvinceName = (await db.Provinces.AsNoTracking().FirstOrDefaultAsync(p => p.Code == me.ProvinceCode, ct))?.FullName ?? me.ProvinceCode;
}
