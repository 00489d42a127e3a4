using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Import;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Audit;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Imports;

namespace HoaNhap.Web.Features.Import;

public sealed record ImportCreated(Guid Id);

/// <summary>
/// GET /api/v1/imports/{id}. <c>mapping</c>: each column's header → the field it is mapped to ("" when left out).
/// <c>duplicates</c>: likely duplicates of rows, before the commit: a person on the registry (<c>personId</c>) or another row.
/// </summary>
public sealed record ImportDto(Guid Id, string Kind, string UnitCode, string FileName, string Sheet, string Encoding, string Status, int Rows, int Valid,
    Dictionary<string, string> Mapping, IReadOnlyList<ProblemDto> Problems, IReadOnlyList<RowDuplicate> Duplicates, int Progress, int Created, int Skipped,
    string? Error);

public sealed record CommitDto(string Status, int Created, int Skipped);

public sealed class CommitInput
{
    public bool SkipBadRows { get; set; }
}

public static class ImportApi
{
    public static void MapImportApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/imports").WithTags("Nhập sổ cũ");

        g.MapPost("", async (HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
            {
                var me = http.Me();
                if (!me.May(Act.ImportRegister)) return ApiResults.Forbidden();
                if (!http.Request.HasFormContentType)
                    return ApiResults.Invalid(new Dictionary<string, string[]> { ["File"] = ["Hãy gửi multipart/form-data với các trường file, kind, unitCode."] });
                var form = await http.Request.ReadFormAsync(ct);
                var file = form.Files.GetFile("file");
                byte[]? content = null;
                if (file is { Length: > 0 and <= RegisterFile.MaxBytes })
                {
                    using var ms = new MemoryStream();
                    await file.CopyToAsync(ms, ct);
                    content = ms.ToArray();
                }
                else if (file is { Length: > RegisterFile.MaxBytes }) content = new byte[RegisterFile.MaxBytes + 1];
                var outcome = await ImportCommands.UploadAsync(db, me, new ImportInput
                {
                    Kind = form["kind"], UnitCode = form["unitCode"], FileName = file?.FileName, Content = content, Mapping = form["mapping"],
                    Encoding = form["encoding"], ConfirmReimport = bool.TryParse(form["confirmReimport"], out var again) && again,
                }, ct);
                return ApiResults.From(outcome, i => Results.Accepted($"/api/v1/imports/{i.Id}", new ImportCreated(i.Id)));
            })
            .WithSummary("Tải lên sổ của xã hoặc tỉnh (multipart: file .xlsx/.xls/.csv, kind = CommunitySentences|Returnees, unitCode; "
                + "tùy chọn mapping JSON {\"tiêu đề\":\"FullName\"}, encoding Utf8|Windows1258|Tcvn3, confirmReimport). Chưa ghi gì vào hệ thống; "
                + "xem bản xem trước ở GET /api/v1/imports/{id}. Cùng một tệp đã nhập: 400 trừ khi confirmReimport=true.")
            .Produces<ImportCreated>(202).ProducesValidationProblem().ProducesProblem(403);

        g.MapGet("/{id:guid}", async (Guid id, HttpContext http, HoaNhapDbContext db, ImportQueue queue, CancellationToken ct) =>
            {
                var me = http.Me();
                if (!me.May(Act.ImportRegister)) return ApiResults.Forbidden();
                var preview = await ImportCommands.PreviewAsync(db, me, id, ct);
                return preview is null ? ApiResults.NotFound() : Results.Ok(Dto(preview, queue));
            })
            .WithSummary("Bản xem trước và kết quả: status (Ready, Committing, Done, Failed), rows, valid, mapping, problems [{row, field, message}] "
                + "(row là số thứ tự dòng dữ liệu, không tính dòng tiêu đề), duplicates [{row, personId, fullName, otherRow, score, reason}] "
                + "(trước khi ghi: người có thể đã có trong sổ hoặc dòng khác của tệp có thể cùng một người), progress (số dòng đã ghi khi đang ghi), "
                + "created, skipped.")
            .Produces<ImportDto>().ProducesProblem(403).ProducesProblem(404)
            .ReadsPersonalData<RegisterImport>();

        g.MapPost("/{id:guid}/commit", async (Guid id, CommitInput? input, HttpContext http, HoaNhapDbContext db, ImportQueue queue, CancellationToken ct) =>
            {
                var me = http.Me();
                if (!me.May(Act.ImportRegister)) return ApiResults.Forbidden();
                return ApiResults.From(await ImportCommands.CommitAsync(db, me, id, input?.SkipBadRows ?? false, queue, ct),
                    i => Results.Accepted($"/api/v1/imports/{i.Id}", new CommitDto(i.Status.ToString(), i.CreatedCount, i.SkippedCount)));
            })
            .WithSummary("Ghi sổ vào hệ thống trong một giao dịch (tất cả hoặc không gì cả), chạy nền: {\"skipBadRows\": true} để bỏ qua các dòng lỗi đã liệt kê. "
                + "Trả về {status, created, skipped}; theo dõi ở GET /api/v1/imports/{id}.")
            .Produces<CommitDto>(202).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
    }

    static ImportDto Dto(ImportPreview p, ImportQueue queue)
    {
        var i = p.Import;
        var mapping = new Dictionary<string, string>();
        var headers = p.Table?.Headers ?? [];
        for (var c = 0; c < headers.Count; c++)
        {
            var key = headers[c].Length > 0 && !mapping.ContainsKey(headers[c]) ? headers[c] : (c + 1).ToString();
            mapping[key] = c < p.Mapping.Count && p.Mapping[c] is { } f ? f.ToString() : "";
        }
        return new ImportDto(i.Id, i.Kind.ToString(), i.CommuneCode.Length > 0 ? i.CommuneCode : i.ProvinceCode, i.FileName, i.Sheet, i.Encoding,
            i.Status.ToString(), i.TotalRows, i.ValidRows, mapping, ImportCommands.Problems(i), p.Duplicates,
            i.Status == ImportStatus.Committing ? queue.Progress(i.Id) : i.CreatedCount, i.CreatedCount, i.SkippedCount, i.Error);
    }
}
