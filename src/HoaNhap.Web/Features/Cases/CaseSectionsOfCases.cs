using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Cases;

public sealed record IntakeSectionModel(Case Case, CaseFileView View, CurrentUser Me);
public sealed record CompletionSectionModel(Case Case, Guid? NextCase, CurrentUser Me);
public sealed record FilesSectionModel(Case Case, IReadOnlyList<CaseFileItem> Files);

/// <summary>"Tiếp nhận và thời hạn pháp lý": the enforcement decision, the term, the legal deadlines and the file checklist.</summary>
public sealed class IntakeSection(HoaNhapDbContext db, RuleBook rules) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Case c) =>
        View("/Features/Cases/_IntakeSection.cshtml",
            new IntakeSectionModel(c, await CaseFileQueries.ViewAsync(db, rules, c, HttpContext.RequestAborted), CurrentUser.From(HttpContext.User)!));
}

/// <summary>"Chấp hành xong": the completion, or how to confirm it, and the reintegration case it opened.</summary>
public sealed class CompletionSection(HoaNhapDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Case c)
    {
        var next = await db.Cases.Where(x => x.PreviousCaseId == c.Id).Select(x => (Guid?)x.Id).FirstOrDefaultAsync(HttpContext.RequestAborted);
        return View("/Features/Cases/_CompletionSection.cshtml", new CompletionSectionModel(c, next, CurrentUser.From(HttpContext.User)!));
    }
}

/// <summary>"Tài liệu trong hồ sơ": every document of the case file, the generated ones downloadable.</summary>
public sealed class FilesSection(HoaNhapDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Case c) =>
        View("/Features/Cases/_FilesSection.cshtml", new FilesSectionModel(c, await CaseDocuments.ListAsync(db, c.Id, HttpContext.RequestAborted)));
}
