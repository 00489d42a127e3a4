using HoaNhap.Data;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Web.Features.People;
using HoaNhap.Web.Features.Programmes;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using MiniExcelLibs;

namespace HoaNhap.Web.Features.Jobs;

/// <summary>Sổ doanh nghiệp: employers willing to hire returnees, filtered by commune for a province officer, with the .xlsx.</summary>
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
        if (list.Forbidden) return Forbid();
        Items = list.Value!;
        Names = await JobRegisterCommands.CommuneNamesAsync(db, Items.Select(x => x.CommuneCode), ct);
        if (Me.CommuneCode is null) Communes = await UnitChoices.CommunesAsync(db, Me, ct);
        return Page();
    }

    public Task<IActionResult> OnGetXlsxAsync(CancellationToken ct) =>
        this.ExportAsync(() => OnGetAsync(ct), $"so-doanh-nghiep-{Display.Today:yyyy-MM-dd}.xlsx", () => JobsExport.Employers(Items, Names));
}

/// <summary>Sổ khóa học nghề: vocational courses, filtered by commune for a province officer, with the .xlsx.</summary>
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
        if (list.Forbidden) return Forbid();
        Items = list.Value!;
        Names = await JobRegisterCommands.CommuneNamesAsync(db, Items.Select(x => x.CommuneCode), ct);
        if (Me.CommuneCode is null) Communes = await UnitChoices.CommunesAsync(db, Me, ct);
        return Page();
    }

    public Task<IActionResult> OnGetXlsxAsync(CancellationToken ct) =>
        this.ExportAsync(() => OnGetAsync(ct), $"so-khoa-hoc-nghe-{Display.Today:yyyy-MM-dd}.xlsx", () => JobsExport.Courses(Items, Names, Display.Today));
}

/// <summary>Adding an employer to the register, or editing one (with the version read, so nothing is overwritten silently).</summary>
public sealed class EmployerEditModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public EmployerInput Input { get; set; } = new();
    public List<SelectListItem> Communes { get; private set; } = [];
    public CurrentUser Me { get; private set; } = null!;
    public Guid? EmployerId { get; private set; }
    public Conflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? employerId, CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        if (!JobRegisterCommands.Reads(Me)) return Forbid();
        if (employerId is { } id)
        {
            if (await JobRegisterCommands.FindEmployerAsync(db, Me, id, ct) is not { } e) return NotFound();
            Input = EmployerInput.From(e);
        }
        else Input.WillingSince = Display.Date(Display.Today);
        if (!Me.EditsRegistry) return Forbid();
        EmployerId = employerId;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? employerId, CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        EmployerId = employerId;
        var outcome = employerId is { } id
            ? await JobRegisterCommands.UpdateEmployerAsync(db, Me, id, Input, ct)
            : await JobRegisterCommands.CreateEmployerAsync(db, Me, Input, ct);
        if (outcome.NotFound) return NotFound();
        if (outcome.Forbidden) return Forbid();
        if (outcome.Succeeded)
        {
            TempData["Message"] = employerId is null ? $"Đã thêm {outcome.Value!.Name} vào sổ doanh nghiệp." : $"Đã lưu thông tin {outcome.Value!.Name}.";
            return Redirect("/Jobs/Employers");
        }
        ModelState.AddErrors(outcome.Errors);
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
        if (Me.CommuneCode is null) Communes = await UnitChoices.CommunesAsync(db, Me, ct);
    }
}

/// <summary>Adding a vocational course, or editing one.</summary>
public sealed class CourseEditModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty] public CourseInput Input { get; set; } = new();
    public List<SelectListItem> Communes { get; private set; } = [];
    public CurrentUser Me { get; private set; } = null!;
    public Guid? CourseId { get; private set; }
    public Conflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? courseId, CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        if (!JobRegisterCommands.Reads(Me)) return Forbid();
        if (courseId is { } id)
        {
            if (await JobRegisterCommands.FindCourseAsync(db, Me, id, ct) is not { } c) return NotFound();
            Input = CourseInput.From(c);
        }
        if (!Me.EditsRegistry) return Forbid();
        CourseId = courseId;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? courseId, CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        CourseId = courseId;
        var outcome = courseId is { } id
            ? await JobRegisterCommands.UpdateCourseAsync(db, Me, id, Input, ct)
            : await JobRegisterCommands.CreateCourseAsync(db, Me, Input, ct);
        if (outcome.NotFound) return NotFound();
        if (outcome.Forbidden) return Forbid();
        if (outcome.Succeeded)
        {
            TempData["Message"] = courseId is null ? $"Đã thêm khóa học nghề {outcome.Value!.Trade}." : $"Đã lưu khóa học nghề {outcome.Value!.Trade}.";
            return Redirect("/Jobs/Courses");
        }
        ModelState.AddErrors(outcome.Errors);
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
        if (Me.CommuneCode is null) Communes = await UnitChoices.CommunesAsync(db, Me, ct);
    }
}

/// <summary>Jobs and training per commune for a period (default: this year), with the .xlsx.</summary>
public sealed class CountsModel(HoaNhapDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    public JobCountsView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var outcome = await JobCounts.ForAsync(db, CurrentUser.From(User)!, From, To, ct);
        if (outcome.Forbidden) return Forbid();
        foreach (var (field, messages) in outcome.Errors)
            foreach (var m in messages) ModelState.AddModelError(field, m);
        View = outcome.Value;
        if (View is not null) (From, To) = (Display.Date(View.From), Display.Date(View.To));
        return Page();
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var result = await OnGetAsync(ct);
        if (result is not PageResult) return result;
        if (View is null) return result;
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(JobCounts.Rows(View).ToList(), cancellationToken: ct);
        return File(stream.ToArray(), ProgrammeExport.ContentType, $"viec-lam-hoc-nghe-{View.From:yyyyMMdd}-{View.To:yyyyMMdd}.xlsx");
    }
}
