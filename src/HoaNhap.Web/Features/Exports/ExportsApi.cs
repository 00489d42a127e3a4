using HoaNhap.Web.Shared.Audit;
using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Domain.Exports;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Exports;

namespace HoaNhap.Web.Features.Exports;

public sealed class ExportRequest
{
    /// <summary>"loans" (the loan list, .xlsx; parameters {"communeCode"}) or "report-docx" (a periodic report; parameters {"reportId"}).</summary>
    public string? Kind { get; set; }
    public JsonElement? Parameters { get; set; }
}

public sealed record ExportJobDto(Guid Id, string Kind, string Title, string Status, int Progress, string? Error, DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt, string? FileName, string? DownloadUrl, string StatusUrl)
{
    public static ExportJobDto Of(ExportJob j) => new(j.Id, j.Kind, j.Title, j.Status.ToString(), j.Progress, j.Error, j.CreatedAt, j.CompletedAt,
        j.FileName, j.Status == ExportJobStatus.Done ? $"/api/v1/exports/{j.Id}/file" : null, $"/api/v1/exports/{j.Id}");
}

public static class ExportsApi
{
    public static void MapExportsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/exports").WithTags("Tệp xuất chạy nền");
        g.MapPost("/", async (ExportRequest input, HttpContext http, HoaNhapDbContext db, IEnumerable<IExportKind> kinds, ExportSignal signal, CancellationToken ct) =>
                ApiResults.From(await ExportJobs.StartAsync(db, kinds, http.Me(), input.Kind, input.Parameters, ct), j =>
                {
                    signal.Notify();
                    return Results.Accepted($"/api/v1/exports/{j.Id}", ExportJobDto.Of(j));
                }))
            .WithSummary("Bắt đầu lập một tệp lớn trong nền: {\"kind\":\"loans\"|\"report-docx\",\"parameters\":{…}} → 202 với mã việc; "
                + "theo dõi tại GET /api/v1/exports/{id}, tải tệp khi xong tại …/file.")
            .Produces<ExportJobDto>(202).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        g.MapGet("/{id:guid}", async (Guid id, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                await ExportJobs.FindAsync(db, http.Me(), id, ct) is { } j ? Results.Ok(ExportJobDto.Of(j)) : ApiResults.NotFound())
            .WithSummary("Tình trạng một tệp xuất của chính người hỏi: status Queued, Running, Done, Failed; progress 0–100; downloadUrl khi xong.")
            .Produces<ExportJobDto>().ProducesProblem(404)
            .NoPersonalData();
        g.MapGet("/{id:guid}/file", async (Guid id, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                await ExportJobs.DownloadAsync(db, http.Me(), id, ct) is { } f ? Results.File(f.Content, f.ContentType, f.FileName) : ApiResults.NotFound())
            .WithSummary("Tải tệp đã lập xong (404 khi chưa xong hoặc không phải của người hỏi).")
            .Produces(200).ProducesProblem(404)
            .ReadsPersonalData<HoaNhap.Domain.Exports.ExportJob>();
    }
}
