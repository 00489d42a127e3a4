using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Audit;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.AtLarge;

/// <summary>A status as the page and the API send it: <c>{"status":"NotYetServing|Deferred|Suspended|Absconded|Serving","since","note"}</c>.</summary>
public sealed class AtLargeInput
{
    public string? Status { get; set; }
    public string? Since { get; set; }
    public string? Note { get; set; }
}

public sealed record AtLargeRow(AtLargeRecord Record, string FullName, string JudgmentNumber, string Court, MainPenalty Penalty, int? TermMonths,
    string CommuneName);

public sealed record AtLargeDto(Guid Id, Guid PersonId, string FullName, Guid JudgmentId, string JudgmentNumber, string CommuneCode, string CommuneName,
    string Status, string StatusTitle, DateOnly Since, string Note)
{
    public static AtLargeDto Of(AtLargeRow r) => new(r.Record.Id, r.Record.PersonId, r.FullName, r.Record.JudgmentId, r.JudgmentNumber,
        r.Record.CommuneCode, r.CommuneName, r.Record.Status.ToString(), AtLargeText.Status(r.Record.Status), r.Record.Since, r.Record.Note);
}

/// <summary>
/// Who sees the register of people sentenced to prison still at large: the commune police and committee their commune's, the province
/// police the province's (one commune with <c>commune=</c>); another unit's record is 404; other roles 403.
/// </summary>
public static class AtLargeQueries
{
    public static IQueryable<AtLargeRecord> Visible(HoaNhapDbContext db, CurrentUser me) =>
        me.CommuneCode is { } mine
            ? db.Set<AtLargeRecord>().Where(a => a.ProvinceCode == me.ProvinceCode && a.CommuneCode == mine)
            : db.Set<AtLargeRecord>().Where(a => a.ProvinceCode == me.ProvinceCode);

    static IQueryable<AtLargeRow> Rows(HoaNhapDbContext db, IQueryable<AtLargeRecord> q) =>
        from a in q
        join p in db.People.AsNoTracking() on a.PersonId equals p.Id
        join j in db.Judgments.AsNoTracking() on a.JudgmentId equals j.Id
        join c in db.Communes.AsNoTracking() on a.CommuneCode equals c.Code
        select new AtLargeRow(a, p.FullName, j.Number, j.Court, j.MainPenalty, j.TermMonths, c.FullName);

    /// <summary>The list: by default everyone not yet serving (any status but Serving); <c>status=All</c> or one status; <c>commune=</c> for a province officer.</summary>
    public static async Task<Outcome<List<AtLargeRow>>> ListAsync(HoaNhapDbContext db, CurrentUser me, string? status, string? commune, CancellationToken ct)
    {
        if (!me.May(Act.SeeAtLarge)) return Outcome<List<AtLargeRow>>.Denied();
        var q = Visible(db, me).AsNoTracking();
        switch (status)
        {
            case null or "" or "Active": q = q.Where(a => a.Status != AtLargeStatus.Serving); break;
            case "All": break;
            default:
                if (FormChecks.Choice<AtLargeStatus>(status) is not { } s)
                    return Outcome<List<AtLargeRow>>.Invalid("Status", "Tình trạng phải là Active, All, NotYetServing, Deferred, Suspended, Absconded hoặc Serving.");
                q = q.Where(a => a.Status == s);
                break;
        }
        if (!string.IsNullOrEmpty(commune))
        {
            if (!await db.Communes.AnyAsync(c => c.Code == commune && c.ProvinceCode == me.ProvinceCode, ct))
                return Outcome<List<AtLargeRow>>.Invalid("Commune", "Xã, phường được chọn không thuộc tỉnh, thành phố của bạn.");
            q = q.Where(a => a.CommuneCode == commune);
        }
        var rows = await Rows(db, q).ToListAsync(ct);
        return Outcome<List<AtLargeRow>>.Ok(rows.OrderBy(r => r.CommuneName, StringComparer.Create(Display.Vi, false))
            .ThenBy(r => r.Record.Since).ThenBy(r => r.FullName, StringComparer.Create(Display.Vi, false)).ToList());
    }

    public static async Task<AtLargeRow?> FindAsync(HoaNhapDbContext db, CurrentUser me, Guid id, CancellationToken ct) =>
        await Rows(db, Visible(db, me).AsNoTracking().Where(a => a.Id == id)).FirstOrDefaultAsync(ct);
}

public static class AtLargeCommands
{
    /// <summary>The judgment, if its person is within the user's scope.</summary>
    public static async Task<Judgment?> FindJudgmentAsync(HoaNhapDbContext db, CurrentUser me, Guid judgmentId, CancellationToken ct)
    {
        var visible = db.People.People(me).Select(p => p.Id);
        return await db.Judgments.FirstOrDefaultAsync(j => j.Id == judgmentId && visible.Contains(j.PersonId), ct);
    }

    static (AtLargeStatus? Status, DateOnly? Since, string? Note) Check(HoaNhapDbContext db, AtLargeInput input, Dictionary<string, string[]> errors)
    {
        var status = FormChecks.Choice<AtLargeStatus>(input.Status);
        if (status is null) errors[nameof(AtLargeInput.Status)] = ["Hãy chọn tình trạng (NotYetServing, Deferred, Suspended, Absconded hoặc Serving)."];
        var since = FormChecks.Past(db.Today, errors, nameof(AtLargeInput.Since), "Từ ngày", input.Since);
        FormChecks.Text(errors, nameof(AtLargeInput.Note), "Ghi chú", input.Note, 2000, required: false);
        return (status, since, VietnameseText.Nfc(input.Note?.Trim() ?? ""));
    }

    /// <summary>Records where a person sentenced to prison stands (registry editors of the judgment's unit); one record per judgment.</summary>
    public static async Task<Outcome<AtLargeRecord>> RecordAsync(HoaNhapDbContext db, CurrentUser me, Guid judgmentId, AtLargeInput input, CancellationToken ct)
    {
        var judgment = await FindJudgmentAsync(db, me, judgmentId, ct);
        if (judgment is null) return Outcome<AtLargeRecord>.Missing();
        if (!me.EditsRegistry) return Outcome<AtLargeRecord>.Denied();
        var errors = new Dictionary<string, string[]>();
        var (status, since, note) = Check(db, input, errors);
        if (errors.Count > 0) return Outcome<AtLargeRecord>.Invalid(errors);
        if (await db.Set<AtLargeRecord>().AnyAsync(a => a.JudgmentId == judgment.Id, ct))
            return Outcome<AtLargeRecord>.Refused("", "Bản án này đã có trong danh sách người bị kết án phạt tù chưa chấp hành án; hãy cập nhật tình trạng ở đó.");
        var (record, refusal) = AtLargeRecord.Open(judgment, status!.Value, since!.Value, note!);
        if (refusal is not null) return Outcome<AtLargeRecord>.Refused(refusal.StartsWith("Ngày", StringComparison.Ordinal) ? nameof(AtLargeInput.Since) : nameof(AtLargeInput.Status), refusal);
        // The commune where the person lives now (the judgment keeps the one of the day it was recorded).
        var person = await db.People.AsNoTracking().Where(p => p.Id == judgment.PersonId).Select(p => new { p.ProvinceCode, p.CommuneCode }).FirstAsync(ct);
        (record!.ProvinceCode, record.CommuneCode) = (person.ProvinceCode, person.CommuneCode);
        db.Add(record);
        await db.SaveChangesAsync(ct);
        return Outcome<AtLargeRecord>.Ok(record);
    }

    /// <summary>Changes the status of a record (registry editors of its unit).</summary>
    public static async Task<Outcome<AtLargeRecord>> ChangeAsync(HoaNhapDbContext db, CurrentUser me, Guid id, AtLargeInput input, CancellationToken ct)
    {
        if (!me.May(Act.SeeAtLarge) && !me.EditsRegistry) return Outcome<AtLargeRecord>.Denied();
        var record = await AtLargeQueries.Visible(db, me).FirstOrDefaultAsync(a => a.Id == id, ct);
        if (record is null) return Outcome<AtLargeRecord>.Missing();
        if (!me.EditsRegistry) return Outcome<AtLargeRecord>.Denied();
        var errors = new Dictionary<string, string[]>();
        var (status, since, note) = Check(db, input, errors);
        if (errors.Count > 0) return Outcome<AtLargeRecord>.Invalid(errors);
        if (record.Change(status!.Value, since!.Value, note!) is { } refusal)
            return Outcome<AtLargeRecord>.Refused(refusal.StartsWith("Ngày", StringComparison.Ordinal) ? nameof(AtLargeInput.Since) : nameof(AtLargeInput.Status), refusal);
        await db.SaveChangesAsync(ct);
        return Outcome<AtLargeRecord>.Ok(record);
    }
}

public static class AtLargeApi
{
    public static void MapAtLargeApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("").WithTags("Người bị kết án phạt tù chưa chấp hành án");
        g.MapGet("/at-large", async (string? status, string? commune, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await AtLargeQueries.ListAsync(db, http.Me(), status, commune, ct), l => Results.Ok(l.Select(AtLargeDto.Of).ToList())))
            .WithSummary("Người bị kết án phạt tù chưa chấp hành án trong phạm vi người gọi: status=Active (mặc định: chưa đi chấp hành), All, NotYetServing, "
                + "Deferred (hoãn), Suspended (tạm đình chỉ), Absconded (bỏ trốn), Serving (đã đi chấp hành); commune=mã xã (cán bộ tỉnh).")
            .Produces<List<AtLargeDto>>().ProducesValidationProblem().ProducesProblem(403)
            .ReadsPersonalDataList<AtLargeRecord>();
        g.MapGet("/at-large/{id:guid}", async (Guid id, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
            {
                if (!http.Me().May(Act.SeeAtLarge)) return Results.Problem(statusCode: 403, title: "Bạn không có quyền xem danh sách này.");
                return await AtLargeQueries.FindAsync(db, http.Me(), id, ct) is { } row ? Results.Ok(AtLargeDto.Of(row)) : ApiResults.NotFound();
            })
            .WithSummary("Một người bị kết án phạt tù chưa chấp hành án: bản án, tình trạng, từ ngày, ghi chú.")
            .Produces<AtLargeDto>().ProducesProblem(403).ProducesProblem(404)
            .ReadsPersonalData<AtLargeRecord>();
        g.MapPost("/judgments/{id:guid}/at-large", async (Guid id, AtLargeInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
            {
                var outcome = await AtLargeCommands.RecordAsync(db, http.Me(), id, input, ct);
                if (!outcome.Succeeded) return ApiResults.From(outcome, _ => Results.Ok());
                var row = await AtLargeQueries.FindAsync(db, http.Me(), outcome.Value!.Id, ct);
                return Results.Created($"/api/v1/at-large/{outcome.Value.Id}", AtLargeDto.Of(row!));
            })
            .WithSummary("Ghi nhận người bị kết án phạt tù (bản án tù có thời hạn, chung thân) chưa chấp hành án {\"status\":\"NotYetServing|Deferred|Suspended|Absconded\",\"since\",\"note\"}; "
                + "mỗi bản án một lần (lần sau: 422).")
            .Produces<AtLargeDto>(201).ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
        g.MapPost("/at-large/{id:guid}/status", async (Guid id, AtLargeInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
            {
                var outcome = await AtLargeCommands.ChangeAsync(db, http.Me(), id, input, ct);
                if (!outcome.Succeeded) return ApiResults.From(outcome, _ => Results.Ok());
                return Results.Ok(AtLargeDto.Of((await AtLargeQueries.FindAsync(db, http.Me(), id, ct))!));
            })
            .WithSummary("Cập nhật tình trạng {\"status\",\"since\",\"note\"}; Serving (đã đi chấp hành án) kết thúc việc theo dõi. Cùng tình trạng, ngày trước ngày hiện tại → 422.")
            .Produces<AtLargeDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
    }
}
