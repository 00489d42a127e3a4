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

namespace HoaNhap.Web.Features.ReintegrationModels;

/// <summary>The register of the unit's reintegration models, with the .xlsx.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Reintegration.ReintegrationModel), null)]
public sealed class IndexModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Commune { get; set; }
    public List<ModelRow> Rows { get; private set; } = [];
    public CurrentUser Me { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        var list = await ModelCommands.ListAsync(db, Me, Commune, ct);
        if (this.Refusal(list) is { } refused) return refused;
        Rows = list.Value!;
        return Page();
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var list = await ModelCommands.ListAsync(db, CurrentUser.From(User)!, Commune, ct);
        if (this.Refusal(list) is { } refused) return refused;
        return File(ModelCommands.Xlsx(list.Value!), XlsxExport.ContentType, $"mo-hinh-tai-hoa-nhap-{db.Today:yyyy-MM-dd}.xlsx");
    }
}

/// <summary>One model: what it is, its members and its activity log.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Reintegration.ReintegrationModel))]
public sealed class DetailsModel(HoaNhapDbContext db) : PageModel
{
    public ModelView View { get; private set; } = null!;
    public CurrentUser Me { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        var v = await ModelCommands.GetAsync(db, Me, id, ct);
        if (this.Refusal(v) is { } refused) return refused;
        View = v.Value!;
        return Page();
    }
}

/// <summary>Registering a model (no id) or changing it, including that it stopped working.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Reintegration.ReintegrationModel))]
public sealed class EditModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public ModelInput Input { get; set; } = new();
    public List<(string Code, string Name)> Communes { get; private set; } = [];
    public CurrentUser Me { get; private set; } = null!;
    public Guid? Id { get; private set; }

    async Task LoadAsync(CancellationToken ct)
    {
        if (Me.CommuneCode is null && Id is null)
            Communes = (await db.Communes.AsNoTracking().Where(c => c.ProvinceCode == Me.ProvinceCode).ToListAsync(ct))
                .OrderBy(c => c.Name, StringComparer.Create(Display.Vi, false)).Select(c => (c.Code, c.FullName)).ToList();
    }

    public async Task<IActionResult> OnGetAsync(Guid? id, string? commune, CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        Id = id;
        if (!Me.May(Act.UseReintegrationModels)) return Forbid();
        if (id is { } modelId)
        {
            var m = await ModelCommands.Scoped(db, Me).AsNoTracking().FirstOrDefaultAsync(x => x.Id == modelId, ct);
            if (m is null) return NotFound();
            if (!Me.EditsRegistry) return Forbid();
            Input = new ModelInput
            {
                CommuneCode = m.CommuneCode, Name = m.Name, EstablishedOn = Display.Date(m.EstablishedOn), DecisionNumber = m.DecisionNumber,
                DecisionDate = Display.Date(m.DecisionDate), Lead = m.Lead.ToString(), Goal = m.Goal, StoppedOn = Display.Date(m.StoppedOn), StopReason = m.StopReason,
            };
        }
        else
        {
            if (!Me.EditsRegistry) return Forbid();
            Input = new ModelInput { CommuneCode = commune, Name = ModelText.SuggestedName, EstablishedOn = Display.Date(db.Today) };
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        Id = id;
        var outcome = id is { } modelId ? await ModelCommands.UpdateAsync(db, Me, modelId, Input, ct) : await ModelCommands.CreateAsync(db, Me, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            TempData["Message"] = id is null ? $"Đã đăng ký mô hình “{outcome.Value!.Name}”." : $"Đã lưu thông tin mô hình “{outcome.Value!.Name}”.";
            return Redirect($"/ReintegrationModels/Details/{outcome.Value.Id}");
        }
        db.ChangeTracker.Clear();
        await LoadAsync(ct);
        return Page();
    }
}

/// <summary>Base of the pages that act on one model: loads it within the caller's scope (and refuses who may not write).</summary>
public abstract class ModelFormPage(HoaNhapDbContext db) : PageModel
{
    /// <summary>The day by the application\'s clock.</summary>
    protected DateOnly Today => db.Today;
    protected HoaNhapDbContext Db => db;
    public ReintegrationModel Current { get; private set; } = null!;
    public string CommuneName { get; private set; } = "";

    /// <summary>Null when the model may be acted on; otherwise the answer (403 or 404).</summary>
    protected async Task<IActionResult?> LoadAsync(CurrentUser me, Guid id, CancellationToken ct)
    {
        if (!me.May(Act.UseReintegrationModels)) return Forbid();
        var m = await ModelCommands.Scoped(db, me).AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (m is null) return NotFound();
        if (!me.EditsRegistry) return Forbid();
        Current = m;
        CommuneName = (await ModelCommands.NamesAsync(db, [m.CommuneCode], ct)).GetValueOrDefault(m.CommuneCode, m.CommuneCode);
        return null;
    }

    protected IActionResult Answer<T>(Outcome<T> outcome, Guid id, string message)
    {
        if (this.Refusal(outcome) is { } refused) return refused;
        TempData["Message"] = message;
        return Redirect($"/ReintegrationModels/Details/{id}");
    }
}

/// <summary>A returnee of the commune or another person joins the model.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Reintegration.ReintegrationModel))]
public sealed class MemberModel(HoaNhapDbContext db) : ModelFormPage(db)
{
    [BindProperty] public MemberInput Input { get; set; } = new();
    /// <summary>The returnees under management in the model's commune, visible to the caller.</summary>
    public List<(Guid CaseId, string Name)> Returnees { get; private set; } = [];

    async Task ReturneesAsync(CurrentUser me, CancellationToken ct)
    {
        var visible = Db.People.People(me);
        Returnees = (await Db.Cases.AsNoTracking()
                .Where(c => c.Kind == CaseKind.Reintegration && c.CommuneCode == Current.CommuneCode && (c.Status == CaseStatus.Intake || c.Status == CaseStatus.Active))
                .Join(visible, c => c.PersonId, p => p.Id, (c, p) => new { c.Id, p.FullName }).ToListAsync(ct))
            .OrderBy(x => x.FullName, StringComparer.Create(Display.Vi, false)).Select(x => (x.Id, x.FullName)).ToList();
    }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? caseId, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (await LoadAsync(me, id, ct) is { } refused) return refused;
        await ReturneesAsync(me, ct);
        Input = new MemberInput { Role = caseId is null ? null : nameof(MemberRole.Returnee), CaseId = caseId, JoinedOn = Display.Date(Today) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await ModelCommands.AddMemberAsync(Db, me, id, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (!outcome.Succeeded)
        {
            Db.ChangeTracker.Clear();
            if (await LoadAsync(me, id, ct) is { } refused) return refused;
            await ReturneesAsync(me, ct);
            return Page();
        }
        return Answer(outcome, id, outcome.Value is { } m ? $"{m.Name} đã tham gia mô hình từ ngày {Display.Date(m.JoinedOn)}." : "");
    }
}

/// <summary>A member leaves the model.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Reintegration.ReintegrationModel))]
public sealed class MemberEndModel(HoaNhapDbContext db) : ModelFormPage(db)
{
    [BindProperty] public MemberEndInput Input { get; set; } = new();
    public ReintegrationModelMember Member { get; private set; } = null!;

    async Task<IActionResult?> LoadMemberAsync(CurrentUser me, Guid id, Guid memberId, CancellationToken ct)
    {
        if (await LoadAsync(me, id, ct) is { } refused) return refused;
        var m = await Db.Set<ReintegrationModelMember>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == memberId && x.ModelId == id, ct);
        if (m is null) return NotFound();
        Member = m;
        return null;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid memberId, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (await LoadMemberAsync(me, id, memberId, ct) is { } refused) return refused;
        Input.LeftOn = Display.Date(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid memberId, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await ModelCommands.EndMemberAsync(Db, me, id, memberId, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (!outcome.Succeeded)
        {
            Db.ChangeTracker.Clear();
            if (await LoadMemberAsync(me, id, memberId, ct) is { } refused) return refused;
            return Page();
        }
        return Answer(outcome, id, outcome.Value is { } m ? $"{m.Name} thôi tham gia mô hình từ ngày {Display.Date(m.LeftOn)}." : "");
    }
}

/// <summary>One entry of the activity log.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Reintegration.ReintegrationModel))]
public sealed class ActivityModel(HoaNhapDbContext db) : ModelFormPage(db)
{
    [BindProperty] public ActivityInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        if (await LoadAsync(me, id, ct) is { } refused) return refused;
        Input.HeldOn = Display.Date(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await ModelCommands.AddActivityAsync(Db, me, id, Input, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (!outcome.Succeeded)
        {
            Db.ChangeTracker.Clear();
            if (await LoadAsync(me, id, ct) is { } refused) return refused;
            return Page();
        }
        return Answer(outcome, id, outcome.Value is { } a ? $"Đã ghi nhật ký hoạt động ngày {Display.Date(a.HeldOn)}." : "");
    }
}

/// <summary>From the returnee's page: choose a working model of the commune to join.</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class JoinModel(HoaNhapDbContext db) : CaseFormPage<MemberInput, ReintegrationModelMember>(db)
{
    [BindProperty] public Guid? ModelId { get; set; }
    public List<ReintegrationModel> Models { get; private set; } = [];

    protected override string Section => "models";
    protected override bool ConfirmInSection => false;
    protected override bool MayAct(CurrentUser me) => me.EditsRegistry;
    // The case is this page's; a problem with it or the model is shown beside the choice of model.
    protected override Func<string, string>? ErrorField => f => f == nameof(MemberInput.CaseId) || f.Length == 0 ? nameof(ModelId) : $"Input.{f}";

    /// <summary>The working models of the case's commune.</summary>
    IQueryable<ReintegrationModel> Working(Case c) => Db.Set<ReintegrationModel>().AsNoTracking()
        .Where(m => m.ProvinceCode == c.ProvinceCode && m.CommuneCode == c.CommuneCode && m.StoppedOn == null);

    protected override async Task<bool> LoadMoreAsync(Case c, CancellationToken ct)
    {
        Models = await Working(c).OrderBy(m => m.Name).ToListAsync(ct);
        return true;
    }

    protected override void Prefill()
    {
        if (Models.Count == 1) ModelId = Models[0].Id;
        Input.JoinedOn = Display.Date(Today);
    }

    protected override async Task<Outcome<ReintegrationModelMember>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct)
    {
        if (await CaseLookup.FindAsync(Db, me, caseId, ct) is not { } c) return Outcome<ReintegrationModelMember>.Missing();
        if (!MayAct(me)) return Outcome<ReintegrationModelMember>.Denied();
        if (ModelId is not { } modelId || !await Working(c).AnyAsync(m => m.Id == modelId, ct))
            return Outcome<ReintegrationModelMember>.Invalid("", "Hãy chọn mô hình đang hoạt động của xã.");
        return await ModelCommands.AddMemberAsync(Db, me, modelId, new MemberInput
            { Role = nameof(MemberRole.Returnee), CaseId = caseId, Note = Input.Note, JoinedOn = Input.JoinedOn }, ct);
    }

    protected override string Done(ReintegrationModelMember m) => $"{m.Name} đã tham gia mô hình từ ngày {Display.Date(m.JoinedOn)}.";
}

/// <summary>Recognising the returnee as an exemplary individual, with evidence (text and, optionally, a file kept in the case file).</summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class ExemplaryModel(HoaNhapDbContext db) : CaseFormPage<ExemplaryInput, ExemplaryIndividual>(db)
{
    [BindProperty] public IFormFile? EvidenceFile { get; set; }

    protected override string Section => "models";
    protected override bool ConfirmInSection => false;
    protected override bool MayAct(CurrentUser me) => me.EditsRegistry;
    protected override void Prefill() => Input.RecognisedOn = Display.Date(Today);

    protected override async Task<Outcome<ExemplaryIndividual>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct)
    {
        var (upload, uploadError) = await EvidenceUpload.ReadAsync(EvidenceFile, ct);
        Input.EvidenceFileBase64 = null;
        return await ExemplaryCommands.RecogniseAsync(Db, me, caseId, Input, upload, uploadError, ct);
    }

    protected override string Done(ExemplaryIndividual x) => $"Đã ghi nhận cá nhân điển hình, công nhận ngày {Display.Date(x.RecognisedOn)}.";
}
