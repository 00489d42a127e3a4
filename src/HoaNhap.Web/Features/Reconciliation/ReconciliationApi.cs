using HoaNhap.Domain.Access;
using HoaNhap.Web.Shared.ReadReplica;
using HoaNhap.Web.Shared.Audit;
using HoaNhap.Data;
using HoaNhap.Domain.Reconciliation;
using HoaNhap.Web.Shared;

namespace HoaNhap.Web.Features.Reconciliation;

public sealed record ReconciliationCreated(Guid Id);
public sealed record MatchedRowDto(int? Row, Guid? PersonId, double? Confidence, Guid? JudgmentId, string Reason, Guid RowId);
public sealed record MissingInRegistryDto(int? Row, Guid? PersonId, string Reason, Resolution? Resolution, Guid RowId);
public sealed record MissingInListDto(Guid? PersonId, Guid? JudgmentId, string JudgmentNumber, string EffectiveOn, Resolution? Resolution, Guid RowId);
public sealed record ConflictFieldDto(string Field, string InList, string InRegistry);
public sealed record ConflictDto(int? Row, Guid? PersonId, IReadOnlyList<string> Fields, IReadOnlyList<ConflictFieldDto> Details, double? Confidence,
    Resolution? Resolution, Guid RowId);
public sealed record ProblemDto(int? Row, string Reason);

/// <summary>GET /api/v1/reconciliations/{id}: <c>row</c> is the 1-based data row of the file (header excluded).</summary>
public sealed record ReconciliationResultDto(Guid Id, string ProvinceCode, string Month, string Source, string Status, int Rows, int ProcessedRows,
    IReadOnlyList<MatchedRowDto> Matched, IReadOnlyList<MissingInRegistryDto> MissingInRegistry, IReadOnlyList<MissingInListDto> MissingInList,
    IReadOnlyList<ConflictDto> Conflicts, IReadOnlyList<ProblemDto> Problems, int Unresolved,
    DateTimeOffset? SignedOffAt, DateTimeOffset? CourtAgreedAt, DateTimeOffset? ProcuracyAgreedAt, string? Error);

public sealed record ReconciliationSummaryDto(Guid Id, string Month, string Source, string Status, int Rows, int ProcessedRows, int Matched,
    int MissingInRegistry, int MissingInList, int Conflicts, int Problems, int Unresolved, bool Settled)
{
    public static ReconciliationSummaryDto From(MonthlyReconciliation r) => new(r.Id, r.Month, r.Source.ToString(), r.Status.ToString(), r.TotalRows,
        r.ProcessedRows, r.MatchedCount, r.MissingInRegistryCount, r.MissingInListCount, r.ConflictCount, r.ProblemRows, r.UnresolvedCount, r.IsSettled);
}

/// <summary>The multipart form of POST /api/v1/reconciliations (read by hand, after the role is checked).</summary>
public sealed class ReconciliationUploadForm
{
    /// <summary>The list: .csv (UTF-8, comma or semicolon) or .xlsx, columns as in the template.</summary>
    public IFormFile? File { get; set; }
    /// <summary>Two digits, the caller's province.</summary>
    public string? ProvinceCode { get; set; }
    /// <summary>yyyy-MM.</summary>
    public string? Month { get; set; }
    /// <summary>Court (default) or Procuracy.</summary>
    public string? Source { get; set; }
    /// <summary>true: leave out the bad rows (listed in the answer of an earlier try) and go on.</summary>
    public bool AcceptProblems { get; set; }
}

public static class ReconciliationApi
{
    public static void MapReconciliationApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/reconciliations").WithTags("Đối soát hằng tháng");

        g.MapPost("", async (HttpContext http, HoaNhapDbContext db, ReconciliationQueue queue, CancellationToken ct) =>
            {
                var me = http.Me();
                if (!me.May(Act.RunReconciliation)) return ApiResults.Forbidden();
                if (!http.Request.HasFormContentType)
                    return ApiResults.Invalid(new Dictionary<string, string[]> { ["File"] = ["Hãy gửi multipart/form-data với các trường file, provinceCode, month."] });
                var form = await http.Request.ReadFormAsync(ct);
                var file = form.Files.GetFile("file");
                byte[]? content = null;
                if (file is { Length: > 0 } && file.Length <= ListFile.MaxBytes)
                {
                    using var ms = new MemoryStream();
                    await file.CopyToAsync(ms, ct);
                    content = ms.ToArray();
                }
                else if (file is { Length: > ListFile.MaxBytes }) content = new byte[ListFile.MaxBytes + 1];
                var outcome = await ReconciliationCommands.UploadAsync(db, me, new UploadInput
                {
                    ProvinceCode = form["provinceCode"], Month = form["month"], Source = form["source"], FileName = file?.FileName,
                    Content = content, AcceptProblems = bool.TryParse(form["acceptProblems"], out var accept) && accept,
                }, queue, ct);
                return ApiResults.From(outcome, result => result.Started is { } started
                    ? Results.Accepted($"/api/v1/reconciliations/{started.Id}", new ReconciliationCreated(started.Id))
                    : ApiResults.Invalid(new Dictionary<string, string[]>
                    {
                        ["File"] = [$"Có {result.Problems.Count} trong {result.TotalRows} dòng không đọc được; chưa lưu gì. Sửa tệp, hoặc gửi lại với acceptProblems=true để bỏ qua các dòng này."],
                    }.Concat(result.Problems.Take(500).Select(p => new KeyValuePair<string, string[]>($"File.Rows[{p.RowNumber}]", [p.Reason])))
                        .ToDictionary()));
            })
            .WithSummary("Nhập danh sách bản án của Tòa án hoặc Viện kiểm sát (multipart: file, provinceCode, month yyyy-MM; source; acceptProblems) để đối soát với sổ quản lý. "
                + "Trả về {\"id\"}; việc đối soát chạy nền, xem kết quả ở GET /api/v1/reconciliations/{id}. Dòng lỗi: 400, errors[\"file.rows[N]\"], chưa lưu gì.")
            .Produces<ReconciliationCreated>(202).ProducesValidationProblem().ProducesProblem(403);

        g.MapGet("", async (HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await ReconciliationQueries.ListAsync(db, http.Me(), ct),
                    list => Results.Ok(list.Select(ReconciliationSummaryDto.From).ToList())))
            .WithSummary("Các kỳ đối soát của tỉnh, mới nhất trước (kỳ chưa ký xác nhận hoặc chưa được Tòa án, Viện kiểm sát thống nhất: settled = false).")
            .Produces<List<ReconciliationSummaryDto>>().ProducesProblem(403)
            .ReadOnlyWork()
            .NoPersonalData();

        g.MapGet("/{id:guid}", async (Guid id, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await ReconciliationQueries.ResultAsync(db, http.Me(), id, ct), x => Results.Ok(Result(x.Reconciliation, x.Rows))))
            .WithSummary("Kết quả đối soát: status (Uploaded, Running, Done, SignedOff, Failed), rows, matched, missingInRegistry, missingInList, conflicts, problems. "
                + "row là số thứ tự dòng dữ liệu trong tệp (không tính dòng tiêu đề), bắt đầu từ 1.")
            .Produces<ReconciliationResultDto>().ProducesProblem(404)
            .ReadOnlyWork()
            .ReadsPersonalData<MonthlyReconciliation>();

        g.MapPost("/{id:guid}/rows/{rowId:guid}/resolution", async (Guid id, Guid rowId, ResolveInput input, HttpContext http, HoaNhapDbContext db,
                CancellationToken ct) =>
                ApiResults.From(await ReconciliationCommands.ResolveAsync(db, http.Me(), id, rowId, input, ct),
                    row => Results.Ok(new { row.Id, row = row.RowNumber, row.Resolution, row.ResolutionNote, row.ResolvedBy, row.ResolvedAt })))
            .WithSummary("Xử lý một chênh lệch: resolution = CaseOpened (đã mở hồ sơ), Explained (đã giải trình, cần note) hoặc Corrected (đã sửa số liệu, cần note).")
            .ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);

        g.MapPost("/{id:guid}/sign-off", async (Guid id, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await ReconciliationCommands.SignOffAsync(db, http.Me(), id, ct), r => Results.Ok(ReconciliationSummaryDto.From(r))))
            .WithSummary("Công an tỉnh ký xác nhận kỳ đối soát (khi mọi chênh lệch đã được xử lý).")
            .Produces<ReconciliationSummaryDto>().ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);

        g.MapPost("/{id:guid}/agreement", async (Guid id, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await ReconciliationCommands.AgreeAsync(db, http.Me(), id, ct), r => Results.Ok(ReconciliationSummaryDto.From(r))))
            .WithSummary("Tòa án hoặc Viện kiểm sát của tỉnh xác nhận thống nhất số liệu đã ký.")
            .Produces<ReconciliationSummaryDto>().ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
    }

    static ReconciliationResultDto Result(MonthlyReconciliation r, List<ReconciliationRow> rows) => new(
        r.Id, r.ProvinceCode, r.Month, r.Source.ToString(), r.Status.ToString(), r.TotalRows, r.ProcessedRows,
        rows.Where(x => x.Part == RowPart.Matched).Select(x => new MatchedRowDto(x.RowNumber, x.PersonId, x.Confidence, x.JudgmentId, x.Reason, x.Id)).ToList(),
        rows.Where(x => x.Part == RowPart.MissingInRegistry).Select(x => new MissingInRegistryDto(x.RowNumber, x.PersonId, x.Reason, x.Resolution, x.Id)).ToList(),
        rows.Where(x => x.Part == RowPart.MissingInList).Select(x => new MissingInListDto(x.PersonId, x.JudgmentId, x.JudgmentNumber, x.EffectiveOn, x.Resolution, x.Id)).ToList(),
        rows.Where(x => x.Part == RowPart.Conflict).Select(x => new ConflictDto(x.RowNumber, x.PersonId, x.ConflictFields.Select(f => f.Field).ToList(),
            x.ConflictFields.Select(f => new ConflictFieldDto(f.Field, f.InList, f.InRegistry)).ToList(), x.Confidence, x.Resolution, x.Id)).ToList(),
        rows.Where(x => x.Part == RowPart.Problem).Select(x => new ProblemDto(x.RowNumber, x.Reason)).ToList(),
        r.UnresolvedCount, r.SignedOffAt, r.CourtAgreedAt, r.ProcuracyAgreedAt, r.Error);
}
