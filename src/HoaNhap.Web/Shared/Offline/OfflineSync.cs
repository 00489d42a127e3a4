using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.OfflineSync;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HoaNhap.Web.Shared;

/// <summary>A record made on a phone without signal, as the phone sends it when it is back online.</summary>
public sealed class SyncInput<TInput> where TInput : class
{
    /// <summary>The id the phone generated when the record was made: the same record sent again is stored once.</summary>
    public Guid? ClientId { get; set; }
    /// <summary>The case's version the phone had (from <c>GET /api/v1/sync/people</c>) when the record was made.</summary>
    public long? CaseVersion { get; set; }
    /// <summary>When the record was made on the phone (its clock; kept for the record, never used as "today").</summary>
    public DateTimeOffset? MadeAt { get; set; }
    /// <summary>The same fields as the online form (and its API).</summary>
    public TInput? Record { get; set; }
}

/// <summary>The answer to a record synced from a phone: the same answer again for a repeat of the same <see cref="ClientId"/>.</summary>
public sealed record SyncAnswer<T>(Guid ClientId, string Kind, Guid CaseId, Guid RecordId, long CaseVersion, DateTimeOffset SyncedAt, T Record);

/// <summary>One line of what a phone keeps about a case, and of what a conflict shows beside it: the field, its label and its value.</summary>
public sealed record CaseFact(string Field, string Label, string? Value);

/// <summary>
/// Exactly-once sync of records made offline (issue 18, part 3). A feature's sync endpoint names who may act and calls its own
/// command — the same as its online form — through <see cref="RecordOnceAsync{TInput,TResult}"/>, which adds what is the same for
/// every kind: the repeat answered from its receipt, the case found through the caller's scope (404), the role (403), the envelope
/// (400), the case's version (409 with the case as it is now, nothing stored), and the record and its receipt in one transaction
/// (a unique index on the phone's id: two sendings at once store one record).
/// </summary>
public static class OfflineSync
{
    /// <summary>The case as the phone keeps it and as a conflict shows it, field by field, in the user's words.</summary>
    public static IReadOnlyList<CaseFact> Facts(Case c) =>
    [
        new("status", "Trạng thái hồ sơ", CaseText.Status(c.Status)),
        new("sentence", "Loại án", c.SentenceType is { } t ? CaseText.Sentence(t) : CaseText.Kind(c.Kind)),
        new("startOn", "Ngày bắt đầu", Display.Date(c.StartOn)),
        new("expectedEndOn", "Ngày kết thúc dự kiến", Display.Date(c.ExpectedEndOn)),
        new("restrictions", "Điều bị cấm theo bản án", c.Restrictions),
        new("notes", "Ghi chú của hồ sơ", c.Notes),
    ];

    public static async Task<IResult> RecordOnceAsync<TInput, TResult>(HttpContext http, HoaNhapDbContext db, Guid caseId, string kind,
        SyncInput<TInput>? input, Func<CurrentUser, bool> mayAct,
        Func<TInput, CancellationToken, Task<Outcome<TResult>>> save, Func<TResult, (Guid Id, object Dto)> describe, CancellationToken ct)
        where TInput : class
    {
        var me = http.Me();
        if (input?.ClientId is { } sent && sent != Guid.Empty
            && await db.Set<SyncReceipt>().AsNoTracking().FirstOrDefaultAsync(r => r.ClientId == sent, ct) is { } earlier)
            return Repeat(earlier, me, caseId, kind);

        var c = await CaseLookup.FindAsync(db, me, caseId, ct);
        if (c is null) return ApiResults.NotFound();
        if (!mayAct(me)) return ApiResults.Forbidden();
        var errors = new Dictionary<string, string[]>();
        if (input?.ClientId is null || input.ClientId == Guid.Empty)
            errors[nameof(SyncInput<TInput>.ClientId)] = ["Thiếu mã bản ghi do điện thoại tạo (clientId)."];
        if (input?.CaseVersion is null)
            errors[nameof(SyncInput<TInput>.CaseVersion)] = ["Thiếu phiên bản hồ sơ mà bản ghi dựa vào (caseVersion)."];
        if (input?.Record is null)
            errors[nameof(SyncInput<TInput>.Record)] = ["Thiếu nội dung bản ghi (record)."];
        if (errors.Count > 0) return ApiResults.Invalid(errors);

        if (c.Version != input!.CaseVersion) return Conflict(c, input.ClientId!.Value, input.CaseVersion!.Value);

        var clientId = input.ClientId!.Value;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var outcome = await save(input.Record!, ct);
        if (!outcome.Succeeded)
        {
            await tx.RollbackAsync(ct);
            return ApiResults.From(outcome, _ => Results.Ok());
        }
        var (recordId, dto) = describe(outcome.Value!);
        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var answer = JsonSerializer.Serialize(new SyncAnswer<object>(clientId, kind, c.Id, recordId, c.Version, db.Clock.GetUtcNow(), dto), options);
        // The phone's time is kept in UTC (whatever offset it was sent with).
        var madeAt = input.MadeAt is { } m ? new DateTimeOffset(m.UtcDateTime) : (DateTimeOffset?)null;
        db.Add(new SyncReceipt(clientId, me.UserId, c.Id, c.PersonId, c.ProvinceCode, c.CommuneCode, kind, recordId, c.Version,
            madeAt, StatusCodes.Status201Created, answer));
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same record arrived twice at once: the other sending stored it; this one stores nothing and gets its answer.
            await tx.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            var winner = await db.Set<SyncReceipt>().AsNoTracking().FirstOrDefaultAsync(r => r.ClientId == clientId, ct);
            if (winner is null) throw;
            return Repeat(winner, me, caseId, kind);
        }
        return Results.Text(answer, "application/json", System.Text.Encoding.UTF8, StatusCodes.Status201Created);
    }

    /// <summary>A record already synced: its first answer again, to the user who sent it; the phone's id reused for anything else is refused.</summary>
    static IResult Repeat(SyncReceipt earlier, CurrentUser me, Guid caseId, string kind)
    {
        if (earlier.UserId != me.UserId || earlier.CaseId != caseId || earlier.Kind != kind)
            return ApiResults.Invalid(new Dictionary<string, string[]>
            {
                [nameof(SyncInput<object>.ClientId)] = ["Mã bản ghi này (clientId) đã được dùng cho một bản ghi khác; điện thoại phải tạo mã mới cho mỗi bản ghi."],
            });
        return ApiResults.Replayed(earlier.Answer, earlier.StatusCode);
    }

    /// <summary>The case changed after the phone read it: nothing is stored; the phone shows the case as it is now beside what it had.</summary>
    static IResult Conflict(Case c, Guid clientId, long basedOn) =>
        Results.Problem(title: "Hồ sơ đã thay đổi", statusCode: StatusCodes.Status409Conflict,
            detail: $"Hồ sơ này đã được {Display.Actor(c.UpdatedBy)} sửa lúc {Display.Time(c.UpdatedAt)}, sau khi điện thoại lấy hồ sơ về. "
                + "Bản ghi trên điện thoại chưa được lưu. Hãy xem hồ sơ hiện nay bên cạnh bản trên điện thoại, rồi gửi lại hoặc bỏ bản ghi.",
            extensions: new Dictionary<string, object?>
            {
                ["clientId"] = clientId,
                ["caseVersion"] = basedOn,
                ["currentVersion"] = c.Version,
                ["updatedBy"] = c.UpdatedBy,
                ["updatedAt"] = c.UpdatedAt,
                ["current"] = Facts(c),
            });
}
