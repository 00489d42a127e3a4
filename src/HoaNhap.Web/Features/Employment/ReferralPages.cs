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
public sealed class ReferModel(HoaNhapDbContext db) : CaseFormPage<ReferralInput, JobReferral>(db)
{
    /// <summary>Employers still willing to hire, of the caller's register and the case's province.</summary>
    public List<Employer> Employers { get; private set; } = [];
    /// <summary>Courses not yet finished.</summary>
    public List<VocationalCourse> Courses { get; private set; } = [];

    protected override string Section => "jobs";
    protected override bool ConfirmInSection => false;
    protected override bool MayAct(CurrentUser me) => me.EditsRegistry;

    protected override async Task<bool> LoadMoreAsync(Case c, CancellationToken ct)
    {
        var province = c.ProvinceCode;
        Employers = (await JobRegisterCommands.Employers(Db, Me).AsNoTracking().Where(e => e.Active && e.ProvinceCode == province).ToListAsync(ct))
            .OrderBy(e => e.Name, StringComparer.Create(Display.Vi, true)).ToList();
        var today = Today;
        Courses = await JobRegisterCommands.Courses(Db, Me).AsNoTracking().Where(x => x.EndsOn >= today && x.ProvinceCode == province)
            .OrderBy(x => x.StartsOn).ToListAsync(ct);
        return true;
    }

    protected override void Prefill() => Input.ReferredOn = Display.Date(Today);
    protected override Task<Outcome<JobReferral>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        ReferralCommands.ReferAsync(Db, me, caseId, Input, ct);
    protected override string Done(JobReferral r) => $"Đã ghi nhận {JobText.Kind(r.Kind).ToLowerInvariant()} đến {r.TargetName}.";
}

/// <summary>Recording what came of a referral (hired or admitted, declined, did not come), or correcting it with a reason.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class OutcomeModel(HoaNhapDbContext db) : CaseFormPage<ReferralOutcomeInput, JobReferral>(db)
{
    [BindProperty(SupportsGet = true)] public Guid ReferralId { get; set; }
    public JobReferral Referral { get; private set; } = null!;
    public bool Correcting => Referral.Outcome != ReferralOutcome.Pending;

    protected override string Section => "jobs";
    protected override bool ConfirmInSection => false;
    protected override bool MayAct(CurrentUser me) => me.EditsRegistry;

    protected override async Task<bool> LoadMoreAsync(Case c, CancellationToken ct)
    {
        if (await Db.Set<JobReferral>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == ReferralId && x.CaseId == c.Id, ct) is not { } r) return false;
        Referral = r;
        return true;
    }

    protected override void Prefill()
    {
        Input.OutcomeOn = Display.Date(Referral.OutcomeOn ?? Today);
        if (Correcting)
        {
            Input.Outcome = Referral.Outcome.ToString();
            Input.DeclinedBy = Referral.DeclinedBy?.ToString();
            Input.DeclineReason = Referral.DeclineReason;
            Input.Note = Referral.OutcomeNote;
        }
    }
    protected override Task<Outcome<JobReferral>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        ReferralCommands.RecordOutcomeAsync(Db, me, caseId, ReferralId, Input, ct);
    protected override string Done(JobReferral r) => $"Đã ghi nhận kết quả giới thiệu đến {r.TargetName}: {JobText.Describe(r).ToLowerInvariant()}.";
}

public sealed record JobsSectionModel(Guid CaseId, bool Reintegration, bool CanRefer, bool CanRecord, IReadOnlyList<JobReferral> Referrals);

/// <summary>
/// The "Việc làm và học nghề" section of a case: on a reintegration case the person's referrals and their outcome; on a community-sentence
/// case only the links (the case page's budget of queries is spent elsewhere), the referrals on a page of their own.
/// </summary>
public sealed class JobsSection(HoaNhapDbContext db) : ViewComponent
{
    /// <param name="c">The case, already found through the user's scope by the case page.</param>
    public async Task<IViewComponentResult> InvokeAsync(Case c)
    {
        var me = CurrentUser.From(HttpContext.User)!;
        var reintegration = c.Kind == CaseKind.Reintegration;
        var list = reintegration ? await ReferralCommands.ListAsync(db, c, HttpContext.RequestAborted, audit: false) : [];
        var open = c.Status is CaseStatus.Intake or CaseStatus.Active;
        return View("/Features/Employment/_JobsSection.cshtml", new JobsSectionModel(c.Id, reintegration, me.EditsRegistry && open, me.EditsRegistry, list));
    }
}

/// <summary>Every referral of a case with its outcome and, for a hire, the follow-up of the job at each checkpoint.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class ReferralsModel(HoaNhapDbContext db, RuleBook book) : PageModel
{
    public CaseHeader Header { get; private set; } = null!;
    public CurrentUser Me { get; private set; } = null!;
    public List<JobReferral> Referrals { get; private set; } = [];
    public Dictionary<Guid, RetentionView> Retention { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        if (await CaseHeader.LoadAsync(db, Me, id, ct) is not { } header) return NotFound();
        Header = header;
        Referrals = await ReferralCommands.ListAsync(db, header.Case, ct);
        Retention = await RetentionCommands.ForCaseAsync(db, await book.ParametersAsync(ct), header.Case, ct);
        return Page();
    }
}
