using HoaNhap.Data;
using HoaNhap.Domain.Absences;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Absences;

/// <summary>Recording an application to be absent; the limits are shown before the form and a request beyond them is refused.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class RequestModel(HoaNhapDbContext db, RuleBook rules) : PageModel
{
    [BindProperty] public AbsenceInput Input { get; set; } = new();
    public CaseHeader Header { get; private set; } = null!;
    public int MaxPerTrip { get; private set; }
    public string? TotalLine { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (await CaseHeader.LoadAsync(db, me, id, ct) is not { } header) return NotFound();
        if (!me.EditsRegistry) return Forbid();
        await ShowAsync(header, ct);
        Input.RequestedOn = Display.Date(db.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await AbsenceCommands.RequestAsync(db, me, rules, id, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            TempData["Message"] = $"Đã ghi nhận đơn xin vắng mặt; UBND xã quyết định chậm nhất ngày {Display.Date(outcome.Value!.DecisionDueOn)}.";
            TempData[CasePage.MessageSection] = CasePage.Absences;
            return Redirect($"/Cases/Details/{id}#{CasePage.Absences}");
        }
        if (await CaseHeader.LoadAsync(db, me, id, ct) is not { } header) return NotFound();
        await ShowAsync(header, ct);
        return Page();
    }

    async Task ShowAsync(CaseHeader header, CancellationToken ct)
    {
        Header = header;
        var p = await rules.ParametersAsync(ct);
        var today = db.Today;
        MaxPerTrip = p.Int(RuleKeys.AbsenceMaxPerTripDays, today);
        if (AbsenceCommands.Term(header.Case) is { } term)
        {
            var fraction = p.Fraction(RuleKeys.AbsenceMaxTotal, today);
            var termDays = Periods.Days(term.Start, term.End);
            var used = (await db.Set<AbsencePermission>().AsNoTracking()
                .Where(a => a.CaseId == header.CaseId && a.Status == AbsenceStatus.Approved && !a.MedicalTreatment).ToListAsync(ct)).Sum(a => a.Days);
            TotalLine = $"Tổng thời gian vắng mặt không quá {fraction} thời hạn chấp hành: tối đa {(long)termDays * fraction.Numerator / fraction.Denominator} ngày "
                + $"(thời hạn từ {Display.Date(term.Start)} đến {Display.Date(term.End)}); đã được đồng ý {used} ngày (không tính chữa bệnh).";
        }
    }
}
