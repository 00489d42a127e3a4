using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Exports;

namespace HoaNhap.Web.Features.Reports;

/// <summary>A periodic report as .docx in the background (kind "report-docx", parameters {"reportId"}): a province report reads every commune's figures.</summary>
public sealed class ReportDocumentExport : IExportKind
{
    public string Kind => "report-docx";
    public bool ReadsOnly => true;

    public async Task<Outcome<string>> CheckAsync(HoaNhapDbContext db, CurrentUser me, JsonElement parameters, CancellationToken ct)
    {
        if (Id(parameters) is not { } id) return Outcome<string>.Invalid("Parameters.ReportId", "Thiếu mã báo cáo (reportId).");
        var found = await ReportCommands.FindAsync(db, me, id, ct);
        if (found.NotFound) return Outcome<string>.Missing();
        if (found.Forbidden) return Outcome<string>.Denied();
        return Outcome<string>.Ok($"Báo cáo {found.Value!.PeriodName} (.docx)");
    }

    public async Task<ExportFile> RunAsync(HoaNhapDbContext db, CurrentUser me, JsonElement parameters, Func<int, Task> progress, CancellationToken ct)
    {
        var found = await ReportCommands.FindAsync(db, me, Id(parameters)!.Value, ct);
        if (!found.Succeeded) throw new InvalidOperationException("Báo cáo không còn trong phạm vi của người yêu cầu.");
        var r = found.Value!;
        await progress(10);
        var figures = await ReportCommands.FiguresAsync(db, r, ct);
        await progress(50);
        var submissions = r.IsProvinceReport ? await ReportCommands.SubmissionsAsync(db, r, ct) : [];
        await progress(80);
        return new ExportFile(ReportDocument.FileName(r, "docx"), AdministrativeDocument.ContentType, await ReportDocument.DocxAsync(db, r, figures, submissions, ct));
    }

    static Guid? Id(JsonElement p) =>
        p.ValueKind == JsonValueKind.Object && p.TryGetProperty("reportId", out var v) && v.ValueKind == JsonValueKind.String && Guid.TryParse(v.GetString(), out var g) ? g : null;
}
