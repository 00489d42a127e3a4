using HoaNhap.Domain.Access;
using HoaNhap.Data;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using MiniExcelLibs;

namespace HoaNhap.Web.Features.Employment;

/// <summary>Sổ doanh nghiệp: employers willing to hire returnees, filtered by commune for a province officer, with the .xlsx.</summary>
[Shared.Audit.NoPersonalData]
public sealed class EmployersModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Commune { get; set; }
    public List<Employer> Items { get; private set; } = [];
    public Dictionary<string, string> Names { get; private set; } = [];
    public List<SelectListItem> Communes { get; private set; } = [];
    public CurrentUser Me { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        var list = await JobRegisterCommands.ListEmployersAsync(db, Me, Commune, ct);
        if (this.Refusal(list) is { } refused) return refused;
        Items = list.Value!;
        Names = await JobRegisterCommands.CommuneNamesAsync(db, Items.Select(x => x.CommuneCode), ct);
        if (Me.CommuneCode is null) Communes = await UnitChoices.CommunesAsync(db, Me, ct);
        return Page();
    }

    public Task<IActionResult> OnGetXlsxAsync(CancellationToken ct) =>
        this.ExportAsync(() => OnGetAsync(ct), $"so-doanh-nghiep-{db.Today:yyyy-MM-dd}.xlsx", () => JobsExport.Employers(Items, Names));
}

/// <summary>Sổ khóa học nghề: vocational courses, filtered by commune for a province officer, with the .xlsx.</summary>
[Shared.Audit.NoPersonalData]
public sealed class CoursesModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Commune { get; set; }
    public List<VocationalCourse> Items { get; private set; } = [];
    public Dictionary<string, string> Names { get; private set; } = [];
    public List<SelectListItem> Communes { get; private set; } = [];
    public CurrentUser Me { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        var list = await JobRegisterCommands.ListCoursesAsync(db, Me, Commune, ct);
        if (this.Refusal(list) is { } refused) return refused;
        Items = list.Value!;
        Names = await JobRegisterCommands.CommuneNamesAsync(db, Items.Select(x => x.CommuneCode), ct);
        if (Me.CommuneCode is null) Communes = await UnitChoices.CommunesAsync(db, Me, ct);
        return Page();
    }

    public Task<IActionResult> OnGetXlsxAsync(CancellationToken ct) =>
        this.ExportAsync(() => OnGetAsync(ct), $"so-khoa-hoc-nghe-{db.Today:yyyy-MM-dd}.xlsx", () => JobsExport.Courses(Items, Names, db.Today));
}

/// <summary>
/// What the add-or-edit pages of the two registers share: the commune list for a province officer, the version read (so nothing
/// is overwritten silently: a conflict shows the panel and the next save knowingly replaces the other version), 404 and 403.
/// </summary>
public abstract class RegisterEditModel<TInput, TRow>(HoaNhapDbContext db) : PageModel
    where TInput : class, IRegisterInput, new() where TRow : class
{
    /// <summary>The day by the application\'s clock.</summary>
    protected DateOnly Today => db.Today;
    protected HoaNhapDbContext Db => db;
    [BindProperty] public TInput Input { get; set; } = new();
    public List<SelectListItem> Communes { get; private set; } = [];
    public CurrentUser Me { get; private set; } = null!;
    /// <summary>The row edited; null when adding.</summary>
    public Guid? RowId { get; private set; }
    public Conflict? Conflict { get; private set; }

    protected abstract string ListUrl { get; }
    protected abstract Task<TRow?> FindAsync(Guid id, CancellationToken ct);
    protected abstract TInput From(TRow row);
    protected virtual void Defaults(TInput input) { }
    protected abstract Task<Outcome<TRow>> SaveAsync(Guid? id, CancellationToken ct);
    protected abstract string Saved(TRow row, bool added);

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        if (!Me.May(Act.UseEmployment)) return Forbid();
        if (id is { } existing)
        {
            if (await FindAsync(existing, ct) is not { } row) return NotFound();
            Input = From(row);
        }
        else Defaults(Input);
        if (!Me.EditsRegistry) return Forbid();
        RowId = id;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        RowId = id;
        var outcome = await SaveAsync(id, ct);
        if (this.Refusal(outcome) is { } refusal) return refusal;
        if (outcome.Succeeded)
        {
            TempData["Message"] = Saved(outcome.Value!, id is null);
            return Redirect(ListUrl);
        }
        if (outcome.Conflict is { } c)
        {
            Conflict = c;
            ModelState.Remove("Input.Version");
            Input.Version = c.CurrentVersion;
        }
        await LoadAsync(ct);
        return Page();
    }

    async Task LoadAsync(CancellationToken ct)
    {
        if (Me.CommuneCode is null) Communes = await UnitChoices.CommunesAsync(Db, Me, ct);
    }
}

/// <summary>Adding an employer to the register, or editing one (e.g. setting it inactive).</summary>
[Shared.Audit.NoPersonalData]
public sealed class EmployerEditModel(HoaNhapDbContext db) : RegisterEditModel<EmployerInput, Employer>(db)
{
    protected override string ListUrl => "/Employment/Employers";
    protected override Task<Employer?> FindAsync(Guid id, CancellationToken ct) => JobRegisterCommands.FindEmployerAsync(Db, Me, id, ct);
    protected override EmployerInput From(Employer row) => EmployerInput.From(row);
    protected override void Defaults(EmployerInput input) => input.WillingSince = Display.Date(Today);
    protected override Task<Outcome<Employer>> SaveAsync(Guid? id, CancellationToken ct) => id is { } existing
        ? JobRegisterCommands.UpdateEmployerAsync(Db, Me, existing, Input, ct)
        : JobRegisterCommands.CreateEmployerAsync(Db, Me, Input, ct);
    protected override string Saved(Employer row, bool added) => added ? $"Đã thêm {row.Name} vào sổ doanh nghiệp." : $"Đã lưu thông tin {row.Name}.";
}

/// <summary>Adding a vocational course, or editing one.</summary>
[Shared.Audit.NoPersonalData]
public sealed class CourseEditModel(HoaNhapDbContext db) : RegisterEditModel<CourseInput, VocationalCourse>(db)
{
    protected override string ListUrl => "/Employment/Courses";
    protected override Task<VocationalCourse?> FindAsync(Guid id, CancellationToken ct) => JobRegisterCommands.FindCourseAsync(Db, Me, id, ct);
    protected override CourseInput From(VocationalCourse row) => CourseInput.From(row);
    protected override Task<Outcome<VocationalCourse>> SaveAsync(Guid? id, CancellationToken ct) => id is { } existing
        ? JobRegisterCommands.UpdateCourseAsync(Db, Me, existing, Input, ct)
        : JobRegisterCommands.CreateCourseAsync(Db, Me, Input, ct);
    protected override string Saved(VocationalCourse row, bool added) => added ? $"Đã thêm khóa học nghề {row.Trade}." : $"Đã lưu khóa học nghề {row.Trade}.";
}

/// <summary>Jobs and training per commune for a period (default: this year), with the .xlsx.</summary>
[Shared.Audit.NoPersonalData]
public sealed class CountsModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    public JobCountsView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var outcome = await JobCounts.ForAsync(db, CurrentUser.From(User)!, From, To, ct);
        // The filters are the page's own properties: an error goes beside the one of the same name.
        if (this.Refusal(outcome, field: k => k) is { } refused) return refused;
        View = outcome.Value;
        if (View is not null) (From, To) = (Display.Date(View.From), Display.Date(View.To));
        return Page();
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var result = await OnGetAsync(ct);
        if (result is not PageResult) return result;
        if (View is null) return result;
        return File(Shared.Exports.SpreadsheetFile.Write(JobCounts.Rows(View)), XlsxExport.ContentType, $"viec-lam-hoc-nghe-{View.From:yyyyMMdd}-{View.To:yyyyMMdd}.xlsx");
    }
}
