using HoaNhap.Data;
using HoaNhap.Domain.Reports;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Reports;

/// <summary>A report: period, status, figures (live while a draft, frozen once sent), narrative; the province report lists the communes' reports. Downloads as .docx and .xlsx.</summary>
[Shared.Audit.NoPersonalData]
[Shared.ReadReplica.ReadOnlyWork]
public sealed class DetailsModel(HoaNhapDbContext db) : PageModel
{
    public PeriodicReport Report { get; private set; } = null!;
    public List<ReportFigure> Figures { get; private set; } = [];
    public List<CommuneSubmission> Submissions { get; private set; } = [];
    public CurrentUser Me { get; private set; } = null!;
    public string UnitName { get; private set; } = "";
    public List<TaskResultLine> TaskResults { get; private set; } = [];
    public List<InspectionLine> Inspections { get; private set; } = [];

    async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        Me = CurrentUser.From(User)!;
        var found = await ReportCommands.FindAsync(db, Me, id, ct);
        if (this.Refusal(found) is { } refused) return refused;
        Report = found.Value!;
        Figures = await ReportCommands.FiguresAsync(db, Report, ct);
        if (Report.IsProvinceReport) Submissions = await ReportCommands.SubmissionsAsync(db, Report, ct);
        TaskResults = await ReportOversight.TasksAsync(db, Report, ct);
        Inspections = await ReportOversight.InspectionsAsync(db, Report, ct);
        UnitName = Report.IsProvinceReport
            ? "Công an " + (await db.Provinces.AsNoTracking().FirstAsync(p => p.Code == Report.ProvinceCode, ct)).FullName
            : (await db.Communes.AsNoTracking().FirstAsync(c => c.Code == Report.CommuneCode, ct)).FullName;
        return null;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnGetDocxAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ?? File(await ReportDocument.DocxAsync(db, Report, Figures, Submissions, ct), AdministrativeDocument.ContentType, ReportDocument.FileName(Report, "docx"));

    /// <summary>A province report reads every commune: its .docx is produced in the background (progress page, then the download).</summary>
    public async Task<IActionResult> OnPostDocxJobAsync(Guid id, [FromServices] IEnumerable<Shared.Exports.IExportKind> kinds, [FromServices] Shared.Exports.ExportSignal signal, CancellationToken ct)
    {
        var parameters = System.Text.Json.JsonSerializer.SerializeToElement(new { reportId = id.ToString() });
        var job = await Shared.Exports.ExportJobs.StartAsync(db, kinds, CurrentUser.From(User)!, "report-docx", parameters, ct);
        if (this.Refusal(job) is { } refused) return refused;
        if (!job.Succeeded) return BadRequest();
        signal.Notify();
        return Redirect($"/Exports/Details/{job.Value!.Id}");
    }

    public async Task<IActionResult> OnGetXlsxAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ?? File(ReportDocument.Xlsx(Report, Figures, Submissions), DashboardExport.ContentType, ReportDocument.FileName(Report, "xlsx"));

    public bool OwnUnit => Report.CommuneCode == (Me.CommuneCode ?? "");
}
