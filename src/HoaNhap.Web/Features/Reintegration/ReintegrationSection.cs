using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Reintegration;

public sealed record ReintegrationSectionModel(ReintegrationIntakeView View, CurrentUser Me, IReadOnlyList<Domain.Reintegration.SupportAction> Support,
    IReadOnlyList<AreaStanding> Areas, IReadOnlyList<Domain.Reintegration.PolicyCounselling> Counselling, IReadOnlyList<Domain.Reintegration.ReintegrationLoan> Loans,
    ExpungementView Expungement, Domain.Reintegration.RecordClearance? Clearance)
{
    public bool Open => View.Case.Status is CaseStatus.Intake or CaseStatus.Active;
}

/// <summary>The "Tái hòa nhập cộng đồng" section of a reintegration case: intake steps, deadlines, who helps.</summary>
public sealed class ReintegrationSection(HoaNhapDbContext db, RuleBook rules) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid caseId)
    {
        var me = CurrentUser.From(HttpContext.User)!;
        var v = await ReintegrationIntakeCommands.GetAsync(db, rules, me, caseId, HttpContext.RequestAborted, audit: false);
        if (v is null || v.Case.Kind != CaseKind.Reintegration) return Content("");
        var support = await SupportCommands.ListAsync(db, v.Case, HttpContext.RequestAborted, audit: false);
        var counselling = await db.Set<Domain.Reintegration.PolicyCounselling>().AsNoTracking().Where(x => x.CaseId == caseId)
            .OrderBy(x => x.CounselledOn).ToListAsync(HttpContext.RequestAborted);
        var loans = await db.Set<Domain.Reintegration.ReintegrationLoan>().AsNoTracking().Where(x => x.CaseId == caseId)
            .OrderBy(x => x.ListedOn).ToListAsync(HttpContext.RequestAborted);
        var expungement = (await EndOfManagement.ForCaseAsync(db, rules, me, caseId, HttpContext.RequestAborted))!;
        var clearance = await db.Set<Domain.Reintegration.RecordClearance>().AsNoTracking().FirstOrDefaultAsync(x => x.CaseId == caseId, HttpContext.RequestAborted);
        return View("/Features/Reintegration/_ReintegrationSection.cshtml",
            new ReintegrationSectionModel(v, me, support, SupportCommands.Standing(support, db.Today), counselling, loans, expungement, clearance));
    }
}
