using HoaNhap.Web.Shared.ReadReplica;
using HoaNhap.Web.Shared.Audit;
using HoaNhap.Data;
using HoaNhap.Domain.Reports;
using HoaNhap.Web.Shared;

namespace HoaNhap.Web.Features.Reports;

public sealed record ReportDto(Guid Id, string ProvinceCode, string? CommuneCode, string PeriodKind, DateOnly From, DateOnly To, string PeriodName,
    DateOnly DueOn, string Status, string Results, string Shortcomings, string Proposals, string? ReturnReason,
    DateTimeOffset? SubmittedAt, string? SubmittedBy, IReadOnlyList<ReportFigure>? Figures)
{
    /// <summary>The results the bodies reported on the unit's plan tasks of the period (one line each); only in <c>GET /reports/{id}</c>.</summary>
    public IReadOnlyList<string>? TaskResults { get; init; }
    /// <summary>The inspections, recommendations and supervisions followed during the period (one line each); only in <c>GET /reports/{id}</c>.</summary>
    public IReadOnlyList<string>? Inspections { get; init; }
}

public static class ReportsApi
{
    static ReportDto Dto(PeriodicReport r, IReadOnlyList<ReportFigure>? figures = null) => new(r.Id, r.ProvinceCode, r.IsProvinceReport ? null : r.CommuneCode,
        r.PeriodKind.ToString(), r.From, r.To, r.PeriodName, r.DueOn, r.Status.ToString(), r.Results, r.Shortcomings, r.Proposals, r.ReturnReason,
        r.SubmittedAt, r.SubmittedBy, figures);

    public static void MapReportsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/reports").WithTags("Báo cáo định kỳ");
        g.MapGet("", async (HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await ReportCommands.ListAsync(db, http.Me(), ct), l => Results.Ok(l.Select(r => Dto(r)).ToList())))
            .WithSummary("Báo cáo định kỳ trong phạm vi: cán bộ, lãnh đạo xã — của xã; cán bộ Công an tỉnh — của tỉnh và các xã.")
            .Produces<List<ReportDto>>().ProducesProblem(403)
            .ReadOnlyWork()
            .NoPersonalData();
        g.MapPost("", async (ReportInput input, HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
                ApiResults.From(await ReportCommands.CreateAsync(db, rules, http.Me(), input, ct), r => Results.Created($"/api/v1/reports/{r.Id}", Dto(r))))
            .WithSummary("Lập báo cáo của đơn vị mình cho một kỳ: {\"kind\":\"Month|Quarter|HalfYear|Year|Custom\",\"year\",\"number\",\"from\",\"to\"}. "
                + "Kỳ tháng mặc định từ ngày 15 tháng trước đến ngày 14 (tham số Reporting.PeriodStartDay). Đã có báo cáo của kỳ: 422.")
            .Produces<ReportDto>(201).ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403);
        g.MapGet("/{id:guid}", async (Guid id, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
            {
                var found = await ReportCommands.FindAsync(db, http.Me(), id, ct);
                if (!found.Succeeded) return ApiResults.From(found, _ => Results.Ok());
                return Results.Ok(Dto(found.Value!, await ReportCommands.FiguresAsync(db, found.Value!, ct)) with
                {
                    TaskResults = (await ReportOversight.TasksAsync(db, found.Value!, ct)).Select(t => t.Text).ToList(),
                    Inspections = (await ReportOversight.InspectionsAsync(db, found.Value!, ct)).Select(i => i.Text).ToList(),
                });
            })
            .WithSummary("Một báo cáo với số liệu (tính trực tiếp khi đang soạn, đã chốt khi gửi), kết quả nhiệm vụ kế hoạch của các cơ quan, tổ chức và các cuộc kiểm tra, kiến nghị, giám sát trong kỳ.")
            .Produces<ReportDto>().ProducesProblem(403).ProducesProblem(404)
            .ReadOnlyWork()
            .NoPersonalData();
        g.MapPut("/{id:guid}/narrative", async (Guid id, NarrativeInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await ReportCommands.SaveNarrativeAsync(db, http.Me(), id, input, ct), r => Results.Ok(Dto(r))))
            .WithSummary("Nội dung báo cáo: {\"results\",\"shortcomings\",\"proposals\"}. Báo cáo đã gửi hoặc đã tiếp nhận: 422.")
            .Produces<ReportDto>().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
        g.MapPost("/{id:guid}/submit", async (Guid id, SubmitInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await ReportCommands.SubmitAsync(db, http.Me(), id, input, ct), r => Results.Ok(Dto(r))))
            .WithSummary("Gửi báo cáo ({\"confirmed\":true}): số liệu được chốt. Chưa có phần kết quả thực hiện, hoặc đã gửi: 422.")
            .Produces<ReportDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
        g.MapPost("/{id:guid}/review", async (Guid id, ReviewInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await ReportCommands.ReviewAsync(db, http.Me(), id, input, ct), r => Results.Ok(Dto(r))))
            .WithSummary("Cán bộ Công an tỉnh tiếp nhận hoặc trả lại báo cáo của xã: {\"accepted\":true|false,\"reason\"}. Báo cáo chưa gửi: 422.")
            .Produces<ReportDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
        g.MapGet("/{id:guid}/document", async (Guid id, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
            {
                var found = await ReportCommands.FindAsync(db, http.Me(), id, ct);
                if (!found.Succeeded) return ApiResults.From(found, _ => Results.Ok());
                var r = found.Value!;
                var bytes = await ReportDocument.DocxAsync(db, r, await ReportCommands.FiguresAsync(db, r, ct),
                    r.IsProvinceReport ? await ReportCommands.SubmissionsAsync(db, r, ct) : [], ct);
                return Results.File(bytes, AdministrativeDocument.ContentType, ReportDocument.FileName(r, "docx"));
            })
            .WithSummary("Báo cáo dạng .docx theo thể thức Nghị định 30/2020/NĐ-CP.")
            .Produces(200, contentType: AdministrativeDocument.ContentType).ProducesProblem(403).ProducesProblem(404)
            .ReadOnlyWork()
            .NoPersonalData();
    }
}
