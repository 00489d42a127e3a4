using HoaNhap.Data;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;

namespace HoaNhap.Web.Features.Breaches;

public sealed record BreachesSectionModel(Guid CaseId, string CaseStatus, bool Serving, bool Absconded, BreachesView View, CurrentUser Me)
{
    /// <summary>Why a breach cannot be recorded now (null: it can).</summary>
    public Domain.Cases.ActionBlock? Block { get; init; }
}

/// <summary>The "Vi phạm" section of the case page: status and intentional count first, then the law's advice, proposals and breaches.</summary>
public sealed class BreachesSection(HoaNhapDbContext db, RuleBook rules) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid caseId)
    {
        var me = CurrentUser.From(HttpContext.User)!;
        var c = await CaseLookup.FindAsync(db, me, caseId, HttpContext.RequestAborted);
        if (c is null) return Content("");
        var view = await BreachQueries.LoadAsync(db, c, await rules.ParametersAsync(HttpContext.RequestAborted), HttpContext.RequestAborted, audit: false);
        var block = Domain.Cases.CaseActions.RecordBreach(c);
        return View("/Features/Breaches/_BreachesSection.cshtml",
            new BreachesSectionModel(c.Id, view.CaseStatusTitle, block is null, c.Status == Domain.Cases.CaseStatus.Absconded, view, me) { Block = block });
    }

    public static string StepTitle(string step) => Enum.TryParse<EscalationStep>(step, out var s) ? s switch
    {
        EscalationStep.None => "Không cần xử lý",
        EscalationStep.Reminder => "Nhắc nhở",
        EscalationStep.Reprimand => "Họp kiểm điểm",
        EscalationStep.ProposeSuspensionRevocation => "Đề nghị buộc chấp hành hình phạt tù (hủy án treo)",
        EscalationStep.ProposeEarlyReleaseRevocation => "Đề nghị hủy quyết định tha tù trước thời hạn có điều kiện",
        EscalationStep.ProposeWantedNotice => "Đề nghị truy nã",
        EscalationStep.ReportNewOffence => "Báo cáo việc phạm tội mới",
        _ => step,
    } : step;
}
