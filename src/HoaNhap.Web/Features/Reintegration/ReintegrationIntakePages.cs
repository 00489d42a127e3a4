using HoaNhap.Data;
using HoaNhap.Domain.Exchange;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Reintegration;

/// <summary>One step of the intake of a returnee: the intake record so far is shown beside the form.</summary>
public abstract class ReintegrationIntakePage<TInput>(HoaNhapDbContext db) : CaseFormPage<TInput, ReintegrationIntake>(db) where TInput : class, new()
{
    public ReintegrationIntake? Intake { get; private set; }
    protected override string Section => "reintegration";
    protected override bool ConfirmInSection => false;
    protected override bool MayAct(CurrentUser me) => May(me);
    protected virtual bool May(CurrentUser me) => me.EditsRegistry;
    protected sealed override Task<Outcome<ReintegrationIntake>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) => RunAsync(me, caseId, ct);
    protected abstract Task<Outcome<ReintegrationIntake>> RunAsync(CurrentUser me, Guid id, CancellationToken ct);
    protected virtual Task LoadMoreAsync(CancellationToken ct) => Task.CompletedTask;

    protected override async Task<bool> LoadMoreAsync(Case c, CancellationToken ct)
    {
        Intake = await Db.Set<ReintegrationIntake>().AsNoTracking().FirstOrDefaultAsync(r => r.CaseId == c.Id, ct);
        await LoadMoreAsync(ct);
        return true;
    }
}

[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class NoticeModel(HoaNhapDbContext db) : ReintegrationIntakePage<ReintegrationIntakeInput>(db)
{
    protected override void Prefill()
    {
        Input.NoticeReceivedOn = Display.Date(Today);
        Input.ReleasedOn = Display.Date(Header.Case.StartOn);
    }
    protected override Task<Outcome<ReintegrationIntake>> RunAsync(CurrentUser me, Guid id, CancellationToken ct) =>
        ReintegrationIntakeCommands.RecordNoticeAsync(Db, me, id, Input, ct);
    protected override string Done(ReintegrationIntake r) => $"Đã ghi nhận thông báo ra trại của {r.Sender}.";
}

[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class ResidenceModel(HoaNhapDbContext db) : ReintegrationIntakePage<ResidenceCheckInput>(db)
{
    protected override void Prefill() => Input.CheckedOn = Display.Date(Today);
    protected override Task<Outcome<ReintegrationIntake>> RunAsync(CurrentUser me, Guid id, CancellationToken ct) =>
        ReintegrationIntakeCommands.CheckResidenceAsync(Db, me, id, Input, ct);
    protected override string Done(ReintegrationIntake r) => r.LivesThere == true
        ? "Đã ghi nhận: người này cư trú tại địa phương."
        : "Đã ghi nhận: người này không cư trú tại địa phương; thông báo gửi lại nơi gửi (Mẫu HCD-03) đã được lập trong hồ sơ.";
}

[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class ReportModel(HoaNhapDbContext db) : ReintegrationIntakePage<ReportInput>(db)
{
    protected override void Prefill() => Input.ReportedOn = Display.Date(Today);
    protected override Task<Outcome<ReintegrationIntake>> RunAsync(CurrentUser me, Guid id, CancellationToken ct) =>
        ReintegrationIntakeCommands.RecordReportAsync(Db, me, id, Input, ct);
    protected override string Done(ReintegrationIntake r) =>
        $"Đã ghi nhận trình diện ngày {Display.Date(r.ReportedOn)}; biên bản, bản cam kết (HCD-05) và phiếu thông tin (HCD-02) đã được lập.";
}

[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class OfficerModel(HoaNhapDbContext db) : ReintegrationIntakePage<OfficerInput>(db)
{
    public List<(string Id, string Name)> Officers { get; private set; } = [];
    protected override bool May(CurrentUser me) => me.AssignsSupervisors;
    protected override void Prefill()
    {
        Input.AssignedOn = Display.Date(Today);
        Input.OfficerUserId = Intake?.OfficerUserId;
        Input.HelperName = Intake?.HelperName;
        Input.HelperKind = Intake?.HelperKind?.ToString();
        Input.HelperOrganisation = Intake?.HelperOrganisation;
    }
    protected override async Task LoadMoreAsync(CancellationToken ct) => Officers = await ReintegrationIntakeCommands.OfficersAsync(Db, Header.Case.CommuneCode, ct);
    protected override Task<Outcome<ReintegrationIntake>> RunAsync(CurrentUser me, Guid id, CancellationToken ct) =>
        ReintegrationIntakeCommands.AssignAsync(Db, me, id, Input, ct);
    protected override string Done(ReintegrationIntake r) => $"Đã phân công {r.OfficerName} giúp đỡ người này.";
}

/// <summary>Opening the reintegration file from the prison's release notice.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Exchange.ReleaseNotice), "noticeId")]
public sealed class FromNoticeModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public FromNoticeInput Input { get; set; } = new();
    public ReleaseNotice Notice { get; private set; } = null!;
    public bool AskGender => Notice.Gender is null && Notice.PersonId is null;

    public async Task<IActionResult> OnGetAsync(Guid noticeId, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (!me.ReadsRegistry) return NotFound();
        if (!me.EditsRegistry) return Forbid();
        if (!await LoadAsync(me, noticeId, ct)) return NotFound();
        Input.NoticeReceivedOn = Display.Date(db.Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid noticeId, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await ReintegrationIntakeCommands.OpenFromNoticeAsync(db, me, noticeId, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            TempData["Message"] = "Đã mở hồ sơ quản lý, giúp đỡ tái hòa nhập cộng đồng từ thông báo của trại giam.";
            return Redirect($"/Cases/Details/{outcome.Value!.CaseId}#reintegration");
        }
        db.ChangeTracker.Clear();
        if (!await LoadAsync(me, noticeId, ct)) return NotFound();
        return Page();
    }

    async Task<bool> LoadAsync(CurrentUser me, Guid noticeId, CancellationToken ct)
    {
        var n = await db.Set<ReleaseNotice>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == noticeId, ct);
        if (n is null || !me.Covers(n.ProvinceCode, n.CommuneCode)) return false;
        Notice = n;
        return true;
    }
}
