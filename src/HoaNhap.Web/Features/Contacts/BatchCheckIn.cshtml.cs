using HoaNhap.Domain.Access;
using HoaNhap.Data;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Contacts;

/// <summary>Điểm danh cuối tháng: everyone due this month in the commune, attendance for all in one submit.</summary>
[Shared.Audit.PersonalData(typeof(HoaNhap.Domain.Cases.Case), null)]
public sealed class BatchCheckInModel(HoaNhapDbContext db, RuleBook book) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "month")] public string? Month { get; set; }
    [BindProperty] public BatchCheckInInput Input { get; set; } = new();
    public DateOnly MonthStart { get; private set; }
    public IReadOnlyList<DueCheckIn> Due { get; private set; } = [];

    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (!me.May(Act.RecordBatchCheckIn)) return Forbid();
        if (!BatchCheckIn.TryMonth(Month, db.Today, out var month)) { ModelState.AddModelError("Month", "Tháng phải có dạng năm-tháng, ví dụ 2026-11; đang hiện tháng này."); BatchCheckIn.TryMonth(null, db.Today, out month); }
        MonthStart = month;
        Due = await BatchCheckIn.DueAsync(db, await book.ParametersAsync(ct), me, month, ct);
        return null;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        var today = db.Today;
        var defaultDay = MonthStart.Year == today.Year && MonthStart.Month == today.Month ? today : MonthStart.AddMonths(1).AddDays(-1);
        Input = new BatchCheckInInput
        {
            Month = BatchCheckIn.MonthKey(MonthStart),
            Rows = Due.Select(d => new BatchCheckInRow { CaseId = d.CaseId, On = Display.Date(defaultDay) }).ToList(),
        };
        var me = CurrentUser.From(User)!;
        db.Record(Domain.Audit.AuditActions.View, nameof(Domain.Supervision.CheckIn), null, null, me.ProvinceCode, me.CommuneCode,
            $"Danh sách điểm danh tháng {BatchCheckIn.MonthKey(MonthStart)}");
        await db.SaveChangesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        Month = Input.Month;
        var outcome = await BatchCheckIn.RecordAsync(db, await book.ParametersAsync(ct), me, Input, skipUnanswered: true, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            TempData["Message"] = $"Đã ghi điểm danh của {outcome.Value!.Count} người.";
            return Redirect($"/Contacts/BatchCheckIn?month={Input.Month}");
        }
        db.ChangeTracker.Clear();
        if (await LoadAsync(ct) is { } refused) return refused;
        return Page();
    }

    /// <summary>The row of the posted (or prefilled) input for a case, so that what was typed comes back after an error.</summary>
    public (int Index, BatchCheckInRow Row) RowFor(DueCheckIn d)
    {
        var i = Input.Rows.FindIndex(r => r.CaseId == d.CaseId);
        return i >= 0 ? (i, Input.Rows[i]) : (-1, new BatchCheckInRow { CaseId = d.CaseId });
    }
}
