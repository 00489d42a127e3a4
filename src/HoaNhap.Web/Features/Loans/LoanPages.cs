using HoaNhap.Domain.Access;
using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Loans;

/// <summary>The loan list of the caller's area (the bank: its province; the commune: its own), with the .xlsx.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Reintegration.ReintegrationLoan), null)]
public sealed class IndexModel(HoaNhapDbContext db) : PageModel
{
    public List<ReintegrationLoan> Loans { get; private set; } = [];
    public CounsellingCoverage? Coverage { get; private set; }
    /// <summary>Returnees in special hardship, not yet counselled first: the commune counsels them before the others.</summary>
    public List<HardshipCounselling> Hardship { get; private set; } = [];
    public CurrentUser Me { get; private set; } = null!;
    [BindProperty(SupportsGet = true)] public string? Commune { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        if (!Me.May(Act.ReadLoans)) return Forbid();
        Loans = await LoanCommands.ListAsync(db, Me, Commune, ct);
        Coverage = Me.ReadsRegistry ? await LoanCommands.CoverageAsync(db, Me, ct) : null;
        if (Me.ReadsRegistry) Hardship = await LoanCommands.HardshipFirstAsync(db, Me, ct);
        return Page();
    }

    /// <summary>The province-wide list is produced in the background: start the job and show its progress page.</summary>
    public async Task<IActionResult> OnPostExportAsync([FromServices] IEnumerable<Shared.Exports.IExportKind> kinds, [FromServices] Shared.Exports.ExportSignal signal, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var parameters = System.Text.Json.JsonSerializer.SerializeToElement(new { communeCode = Commune });
        var job = await Shared.Exports.ExportJobs.StartAsync(db, kinds, me, "loans", parameters, ct);
        if (this.Refusal(job) is { } refused) return refused;
        if (!job.Succeeded) return BadRequest();
        signal.Notify();
        return Redirect($"/Exports/Details/{job.Value!.Id}");
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (!me.May(Act.ReadLoans)) return Forbid();
        var list = await LoanCommands.ListAsync(db, me, Commune, ct, file: ".xlsx");
        return File(LoanCommands.Xlsx(list, HttpContext.RequestServices.GetRequiredService<UnitNames>()), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"danh-sach-vay-von-{db.Today:yyyy-MM-dd}.xlsx");
    }
}

[Shared.Audit.PersonalData(typeof(Domain.Reintegration.ReintegrationLoan), "loanId")]
public sealed class DetailsModel(HoaNhapDbContext db) : PageModel
{
    public ReintegrationLoan Loan { get; private set; } = null!;
    public List<LoanEvent> Events { get; private set; } = [];
    public CurrentUser Me { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid loanId, CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        if (!Me.May(Act.ReadLoans)) return Forbid();
        if (await LoanQueries.DetailsAsync(db, Me, loanId, ct) is not { } d) return NotFound();
        (Loan, Events) = d;
        return Page();
    }
}

/// <summary>The bank records approval, disbursement, a repayment, overdue debt, full repayment or misuse.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Reintegration.ReintegrationLoan), "loanId")]
public sealed class EventModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public LoanEventInput Input { get; set; } = new();
    public ReintegrationLoan Loan { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid loanId, string? kind, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (me.Role != Domain.Access.Roles.BankOfficer) return Forbid();
        if (!await LoadAsync(me, loanId, ct)) return NotFound();
        Input.Kind = kind;
        Input.On = Display.Date(db.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid loanId, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await LoanCommands.RecordAsync(db, me, loanId, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            TempData["Message"] = $"Đã ghi nhận. Tình trạng khoản vay: {LoanText.State(outcome.Value!.Status).ToLowerInvariant()}.";
            return Redirect($"/Loans/Details/{loanId}");
        }
        db.ChangeTracker.Clear();
        if (!await LoadAsync(me, loanId, ct)) return NotFound();
        return Page();
    }

    async Task<bool> LoadAsync(CurrentUser me, Guid loanId, CancellationToken ct)
    {
        var l = await LoanCommands.Visible(db, me).AsNoTracking().FirstOrDefaultAsync(x => x.Id == loanId, ct);
        if (l is null) return false;
        Loan = l;
        return true;
    }
}

[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class CounsellingModel(HoaNhapDbContext db) : CaseFormPage<CounsellingInput, PolicyCounselling>(db)
{
    /// <summary>The person's special hardship, if flagged: the counselling covers social assistance and the loan first.</summary>
    public HardshipNote? Hardship { get; private set; }

    protected override string Section => "credit";
    protected override bool ConfirmInSection => false;
    protected override bool MayAct(CurrentUser me) => me.EditsRegistry;
    protected override async Task<bool> LoadMoreAsync(Case c, CancellationToken ct)
    {
        Hardship = await PersonHardship.ForPersonAsync(Db, c.PersonId, ct);
        return true;
    }
    protected override void Prefill()
    {
        Input.CounselledOn = Display.Date(Today);
        Input.Topics = Hardship is null
            ? "Chính sách vay vốn theo Quyết định 22/2023/QĐ-TTg; việc làm, học nghề."
            : "Chính sách vay vốn theo Quyết định 22/2023/QĐ-TTg (ưu tiên do hoàn cảnh đặc biệt khó khăn); chính sách trợ giúp xã hội; việc làm, học nghề.";
    }
    protected override Task<Outcome<PolicyCounselling>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        LoanCommands.CounselAsync(Db, me, caseId, Input, ct);
    protected override string Done(PolicyCounselling c) => $"Đã ghi nhận tư vấn chính sách ngày {Display.Date(c.CounselledOn)}.";
}

/// <summary>Putting the returnee on the commune's list: the eligibility is shown before the officer confirms.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class ProposeModel(HoaNhapDbContext db, RuleBook rules) : CaseFormPage<LoanProposalInput, ReintegrationLoan>(db)
{
    public DateOnly CompletedOn { get; private set; }
    public DateOnly WindowEndsOn { get; private set; }

    protected override string Section => "credit";
    protected override bool ConfirmInSection => false;
    protected override bool MayAct(CurrentUser me) => me.EditsRegistry;

    protected override async Task<bool> LoadMoreAsync(Case c, CancellationToken ct)
    {
        CompletedOn = await LoanCommands.CompletedOnAsync(Db, c, ct);
        var p = await rules.ParametersAsync(ct);
        WindowEndsOn = Domain.Rules.Periods.EndAfterYears(CompletedOn, p.Int(Domain.Rules.RuleKeys.LoanWindowYears, Today));
        return true;
    }

    protected override Task<Outcome<ReintegrationLoan>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        LoanCommands.ProposeAsync(Db, rules, me, caseId, Input, ct);
    protected override string Done(ReintegrationLoan l) => "Đã đưa người này vào danh sách đề nghị vay vốn gửi Ngân hàng Chính sách xã hội.";
}

[Shared.Audit.NoPersonalData]
public sealed class BusinessModel(HoaNhapDbContext db, RuleBook rules) : PageModel
{
    [BindProperty] public BusinessLoanInput Input { get; set; } = new();
    public CurrentUser Me { get; private set; } = null!;
    public List<(string Code, string Name)> Communes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        if (!Me.EditsRegistry) return Forbid();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        var outcome = await LoanCommands.ProposeBusinessAsync(db, rules, Me, Input, ct);
        if (this.Refusal(outcome) is { } refused) return refused;
        if (outcome.Succeeded)
        {
            TempData["Message"] = $"Đã đưa {outcome.Value!.BorrowerName} vào danh sách đề nghị vay vốn.";
            return Redirect($"/Loans/Details/{outcome.Value.Id}");
        }
        await LoadAsync(ct);
        return Page();
    }

    async Task LoadAsync(CancellationToken ct)
    {
        if (Me.CommuneCode is null)
            Communes = (await db.Communes.AsNoTracking().Where(c => c.ProvinceCode == Me.ProvinceCode).OrderBy(c => c.Name)
                .Select(c => new { c.Code, c.Name }).ToListAsync(ct)).Select(c => (c.Code, c.Name)).ToList();
    }
}
