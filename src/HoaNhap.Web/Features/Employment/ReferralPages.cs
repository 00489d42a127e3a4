using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Employment;

/// <summary>Referring a returnee to an employer of the register (a job) or to a vocational course (training).</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class ReferModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public ReferralInput Input { get; set; } = new();
    public CaseHeader Header { get; private set; } = null!;
    /// <summary>Employers still willing to hire, of the caller's register and the case's province.</summary>
    public List<Employer> Employers { get; private set; } = [];
    /// <summary>Courses not yet finished.</summary>
    public List<VocationalCourse> Courses { get; private set; } = [];
    public bool IsReintegration => Header.Case.Kind == CaseKind.Reintegration;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (await CaseHeader.LoadAsync(db, me, id, ct) is not { } header) return NotFound();
        if (!me.EditsRegistry) return Forbid();
        Input.ReferredOn = Display.Date(db.Today);
        await LoadAsync(me, header, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await ReferralCommands.ReferAsync(db, me, id, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            TempData["Message"] = $"Đã ghi nhận {JobText.Kind(outcome.Value!.Kind).ToLowerInvariant()} đến {outcome.Value.TargetName}.";
            return Redirect($"/Cases/Details/{id}#jobs");
        }
        db.ChangeTracker.Clear();
        if (await CaseHeader.LoadAsync(db, me, id, ct) is not { } header) return NotFound();
        await LoadAsync(me, header, ct);
        return Page();
    }

    async Task LoadAsync(CurrentUser me, CaseHeader header, CancellationToken ct)
    {
        Header = header;
        var province = header.Case.ProvinceCode;
        Employers = (await JobRegisterCommands.Employers(db, me).AsNoTracking().Where(e => e.Active && e.ProvinceCode == province).ToListAsync(ct))
            .OrderBy(e => e.Name, StringComparer.Create(Display.Vi, true)).ToList();
        var today = db.Today;
        Courses = await JobRegisterCommands.Courses(db, me).AsNoTracking().Where(c => c.EndsOn >= today && c.ProvinceCode == province)
            .OrderBy(c => c.StartsOn).ToListAsync(ct);
    }
}

/// <summary>Recording what came of a referral (hired or admitted, declined, did not come), or correcting it with a reason.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class OutcomeModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public ReferralOutcomeInput Input { get; set; } = new();
    public CaseHeader Header { get; private set; } = null!;
    public JobReferral Referral { get; private set; } = null!;
    public bool Correcting => Referral.Outcome != ReferralOutcome.Pending;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid referralId, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (await CaseHeader.LoadAsync(db, me, id, ct) is not { } header) return NotFound();
        if (!me.EditsRegistry) return Forbid();
        if (!await LoadAsync(header, referralId, ct)) return NotFound();
        Input.OutcomeOn = Display.Date(Referral.OutcomeOn ?? db.Today);
        if (Correcting)
        {
            Input.Outcome = Referral.Outcome.ToString();
            Input.DeclinedBy = Referral.DeclinedBy?.ToString();
            Input.DeclineReason = Referral.DeclineReason;
            Input.Note = Referral.OutcomeNote;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid referralId, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await ReferralCommands.RecordOutcomeAsync(db, me, id, referralId, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            TempData["Message"] = $"Đã ghi nhận kết quả giới thiệu đến {outcome.Value!.TargetName}: {JobText.Describe(outcome.Value).ToLowerInvariant()}.";
            return Redirect($"/Cases/Details/{id}#jobs");
        }
        db.ChangeTracker.Clear();
        if (await CaseHeader.LoadAsync(db, me, id, ct) is not { } header || !await LoadAsync(header, referralId, ct)) return NotFound();
        return Page();
    }

    async Task<bool> LoadAsync(CaseHeader header, Guid referralId, CancellationToken ct)
    {
        Header = header;
        var r = await db.Set<JobReferral>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == referralId && x.CaseId == header.CaseId, ct);
        if (r is null) return false;
        Referral = r;
        return true;
    }
}

public sealed record JobsSectionModel(Guid CaseId, bool CanRefer, bool CanRecord, IReadOnlyList<JobReferral> Referrals);

/// <summary>The "Việc làm và học nghề" section of a reintegration case: the person's referrals and their outcome.</summary>
public sealed class JobsSection(HoaNhapDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid caseId)
    {
        var me = CurrentUser.From(HttpContext.User)!;
        var c = await CaseLookup.FindAsync(db, me, caseId, HttpContext.RequestAborted);
        if (c is null || c.Kind != CaseKind.Reintegration) return Content("");
        var list = await ReferralCommands.ListAsync(db, c, HttpContext.RequestAborted, audit: false);
        var open = c.Status is CaseStatus.Intake or CaseStatus.Active;
        return View("/Features/Employment/_JobsSection.cshtml", new JobsSectionModel(c.Id, me.EditsRegistry && open, me.EditsRegistry, list));
    }
}
