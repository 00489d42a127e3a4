using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HoaNhap.Web.Features.Reintegration;

/// <summary>Who reaches the record-expungement date within 30, 60 or 90 days, and who is already past it.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case), null)]
public sealed class ExpungementsModel(HoaNhapDbContext db, RuleBook rules) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Within { get; set; }
    public List<ExpungementView> Rows { get; private set; } = [];
    public int? Days { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (!me.ReadsRegistry) return Forbid();
        Days = Within switch { "past" => null, "30" => 30, "60" => 60, _ => 90 };
        Within = Days?.ToString() ?? "past";
        Rows = await EndOfManagement.ListAsync(db, rules, me, Days, ct);
        return Page();
    }
}

/// <summary>The record-expungement guidance: automatic (the certificate request) or by the court (the request with the commune's assessment).</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class ExpungementModel(HoaNhapDbContext db, RuleBook rules) : CaseFormPage<ExpungementRequestInput, CaseFileItem>(db)
{
    public ExpungementView Expungement { get; private set; } = null!;

    protected override string Section => "end";
    protected override bool ConfirmInSection => false;
    protected override bool MayAct(CurrentUser me) => me.EditsRegistry;

    protected override async Task<bool> LoadMoreAsync(Case c, CancellationToken ct)
    {
        Expungement = (await EndOfManagement.ForCaseAsync(Db, rules, Me, c.Id, ct))!;
        return true;
    }

    protected override Task<Outcome<CaseFileItem>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        EndOfManagement.RequestAsync(Db, rules, me, caseId, Input, ct);
    protected override string Done(CaseFileItem item) =>
        "Đã lập dự thảo đơn đề nghị xóa án tích kèm nhận xét của UBND xã; tải về ở mục Tài liệu trong hồ sơ.";
}

/// <summary>
/// Recording the certificate or the court decision: management ends and the file is closed (after a confirmation step).
/// Not a <see cref="CaseFormPage{TInput,TResult}"/>: its confirmation step is the same post with <see cref="Confirmed"/>,
/// checked here before the command runs (allowed in <c>CaseFormBaseTests</c>).
/// </summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class EndModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public ClearanceInput Input { get; set; } = new();
    [BindProperty] public bool Confirmed { get; set; }
    public CaseHeader Header { get; private set; } = null!;
    public bool Confirming { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (await CaseHeader.LoadAsync(db, me, id, ct) is not { } h) return NotFound();
        if (!me.EditsRegistry) return Forbid();
        Header = h;
        Input.DocumentDate = Display.Date(db.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (await CaseHeader.LoadAsync(db, me, id, ct) is not { } h) return NotFound();
        if (!me.EditsRegistry) return Forbid();
        Header = h;
        if (!Confirmed)
        {
            // Check the answers first: the same checks, nothing stored, then ask to confirm.
            var problems = Check(Input);
            if (problems.Count > 0) { ModelState.AddErrors(problems); return Page(); }
            Confirming = true;
            return Page();
        }
        var outcome = await EndOfManagement.CloseAsync(db, me, id, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            TempData["Message"] = "Đã ghi nhận xóa án tích: kết thúc quản lý, hồ sơ được đóng và lưu trữ.";
            return Redirect($"/Cases/Details/{id}");
        }
        db.ChangeTracker.Clear();
        return Page();
    }

    static Dictionary<string, string[]> Check(ClearanceInput input)
    {
        var e = new Dictionary<string, string[]>();
        if (input.Kind is not ("Certificate" or "CourtDecision")) e[nameof(ClearanceInput.Kind)] = ["Hãy chọn: Phiếu lý lịch tư pháp (không có án tích) hoặc quyết định xóa án tích của Tòa án."];
        if (string.IsNullOrWhiteSpace(input.DocumentNumber)) e[nameof(ClearanceInput.DocumentNumber)] = ["Hãy nhập số của phiếu hoặc quyết định."];
        FormChecks.Date(e, nameof(ClearanceInput.DocumentDate), "Ngày cấp, ngày quyết định", input.DocumentDate);
        if (string.IsNullOrWhiteSpace(input.Issuer)) e[nameof(ClearanceInput.Issuer)] = ["Hãy nhập cơ quan cấp phiếu hoặc Tòa án ra quyết định."];
        return e;
    }
}
