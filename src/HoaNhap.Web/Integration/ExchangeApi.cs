using System.Security.Cryptography;
using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Data.Audit;
using HoaNhap.Domain.Exchange;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using HoaNhap.Web.Features.Exchange;
using HoaNhap.Web.Features.Judgments;
using HoaNhap.Web.Features.Loans;
using HoaNhap.Web.Features.People;

namespace HoaNhap.Web.Integration;

/// <summary>The person a judgment is about, as the court's system knows them (located by personal ID number).</summary>
public sealed class ExchangePerson
{
    public string? FullName { get; set; }
    public string? DateOfBirth { get; set; }
    public string? Gender { get; set; }
    public string? PersonalIdNumber { get; set; }
    public string? CommuneCode { get; set; }
    public string? Address { get; set; }
}

public sealed class JudgmentPush
{
    /// <summary>The sender's own reference: the same reference again answers the same (idempotent).</summary>
    public string? Reference { get; set; }
    public ExchangePerson? Person { get; set; }
    public JudgmentInput? Judgment { get; set; }
}

public sealed class DecisionPush
{
    public string? Reference { get; set; }
    public string? PersonalIdNumber { get; set; }
    public string? JudgmentNumber { get; set; }
    public DecisionInput? Decision { get; set; }
}

public sealed class ReleaseNoticePush
{
    public string? Reference { get; set; }
    public string? FullName { get; set; }
    public string? DateOfBirth { get; set; }
    public string? Gender { get; set; }
    public string? PersonalIdNumber { get; set; }
    /// <summary>Commune of residence the person returns to (5 digits).</summary>
    public string? CommuneCode { get; set; }
    public string? Address { get; set; }
    public string? ReleasedOn { get; set; }
    /// <summary>SentenceCompleted or Amnesty.</summary>
    public string? ReleaseKind { get; set; }
    public string? Prison { get; set; }
    public string? JudgmentNumber { get; set; }
    public string? Court { get; set; }
}

public sealed class LoanPush
{
    public string? Reference { get; set; }
    public string? PersonalIdNumber { get; set; }
    /// <summary>Applied, Approved, Rejected, Disbursed, Repaying, Repaid, Overdue.</summary>
    public string? Status { get; set; }
    public long? Amount { get; set; }
    public string? On { get; set; }
    public string? Note { get; set; }
}

public sealed record JudgmentPushed(Guid PersonId, Guid JudgmentId, bool PersonCreated);
public sealed record DecisionPushed(Guid JudgmentId, Guid DecisionId);
public sealed record ReleaseNoticePushed(Guid Id, string CommuneCode, Guid? PersonId);
public sealed record LoanPushed(Guid Id, Guid PersonId);

/// <summary>
/// The agencies' inbound API, outside the features because one message acts through several of them (as the
/// composition root does): a judgment may add a person (People) and the judgment (Judgments), a loan status moves
/// a loan (Loans). What other agencies' systems push: judgments and enforcement decisions (court), release notices
/// (prison), loan status (bank). Each call is idempotent by the sender's <c>reference</c>: a replay
/// answers what the first call answered; the same reference with another body answers 409.
/// Errors are problem details naming each field. Every call is audited.
/// </summary>
public static class ExchangeApi
{
    public static void MapExchangeApi(this RouteGroupBuilder exchange)
    {
        exchange.MapPost("/judgments", (HttpContext http, HoaNhapDbContext db, IOptions<JsonOptions> json, CancellationToken ct) =>
                Push<JudgmentPush>(http, db, json, ExchangeScopes.Judgments, "judgments", PushJudgmentAsync, ct))
            .Accepts<JudgmentPush>("application/json")
            .WithSummary("Tòa án gửi một bản án (scope judgments:write). Người được tìm theo số định danh cá nhân trong tỉnh, chưa có thì được thêm vào sổ. "
                + "Bản án án treo, cải tạo không giam giữ tạo ngay việc tiếp nhận (JudgmentIntakeDue) trong danh sách việc cần làm của xã nơi cư trú; quá hạn mở hồ sơ: JudgmentNotEnforced. "
                + "reference: số tham chiếu của bên gửi; gửi lại cùng reference và cùng nội dung trả lại kết quả cũ, khác nội dung: 409.")
            .Produces<JudgmentPushed>(201).ProducesValidationProblem().ProducesProblem(401).ProducesProblem(403).ProducesProblem(409);
        exchange.MapPost("/decisions", (HttpContext http, HoaNhapDbContext db, IOptions<JsonOptions> json, CancellationToken ct) =>
                Push<DecisionPush>(http, db, json, ExchangeScopes.Decisions, "decisions", PushDecisionAsync, ct))
            .Accepts<DecisionPush>("application/json")
            .WithSummary("Tòa án gửi quyết định thi hành án của một bản án đã có (scope decisions:write), tìm theo số định danh và số bản án.")
            .Produces<DecisionPushed>(201).ProducesValidationProblem().ProducesProblem(401).ProducesProblem(403).ProducesProblem(409);
        exchange.MapPost("/release-notices", (HttpContext http, HoaNhapDbContext db, IOptions<JsonOptions> json, CancellationToken ct) =>
                Push<ReleaseNoticePush>(http, db, json, ExchangeScopes.ReleaseNotices, "release-notices", PushReleaseNoticeAsync, ct))
            .Accepts<ReleaseNoticePush>("application/json")
            .WithSummary("Trại giam báo người chấp hành xong án phạt tù (hoặc được đặc xá) về xã, phường cư trú (scope release-notices:write); "
                + "thông báo hiện ở trang Thông báo của trại giam của xã và tỉnh. releaseKind: SentenceCompleted, Amnesty.")
            .Produces<ReleaseNoticePushed>(201).ProducesValidationProblem().ProducesProblem(401).ProducesProblem(403).ProducesProblem(409);
        exchange.MapPost("/loans", (HttpContext http, HoaNhapDbContext db, IOptions<JsonOptions> json, CancellationToken ct) =>
                Push<LoanPush>(http, db, json, ExchangeScopes.Loans, "loans", PushLoanAsync, ct))
            .Accepts<LoanPush>("application/json")
            .WithSummary("Ngân hàng Chính sách xã hội báo tình hình khoản vay theo QĐ 22/2023/QĐ-TTg (scope loans:write). "
                + "status: Applied, Approved, Rejected, Disbursed, Repaying, Repaid, Overdue.")
            .Produces<LoanPushed>(201).ProducesValidationProblem().ProducesProblem(401).ProducesProblem(403).ProducesProblem(409);
    }

    delegate Task<Outcome<object>> Handler<T>(HoaNhapDbContext db, AgencyClient client, T input, CancellationToken ct);

    static async Task<IResult> Push<T>(HttpContext http, HoaNhapDbContext db, IOptions<JsonOptions> json, string scope, string endpoint,
        Handler<T> handle, CancellationToken ct) where T : class
    {
        var (client, refusal) = await ExchangeAuth.ClientAsync(http, db, scope, ct);
        if (refusal is not null) return refusal;
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync(ct);
        T? input;
        try { input = JsonSerializer.Deserialize<T>(body, json.Value.SerializerOptions); }
        catch (JsonException e)
        {
            var field = e.Path is { Length: > 2 } p ? p.TrimStart('$', '.') : "";
            return ApiResults.Invalid(new Dictionary<string, string[]>
            {
                [field] = [field.Length > 0 ? $"Giá trị của trường “{field}” không đúng kiểu dữ liệu." : "Nội dung gửi lên không phải JSON hợp lệ."],
            });
        }
        var referenceErrors = new Dictionary<string, string[]>();
        var reference = FormChecks.Required(typeof(T).GetProperty("Reference")?.GetValue(input) as string, "Reference",
            "Số tham chiếu của bên gửi (reference)", 100, referenceErrors);
        if (input is null || reference is null)
            return ApiResults.Invalid(referenceErrors);

        var hash = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(body)));
        var previous = await db.Set<ExchangeRequest>().AsNoTracking()
            .FirstOrDefaultAsync(r => r.AgencyClientId == client!.Id && r.Reference == reference, ct);
        if (previous is not null) return Replay(previous, endpoint, hash);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var outcome = await handle(db, client!, input, ct);
        if (!outcome.Succeeded)
        {
            await tx.RollbackAsync(ct);
            return ApiResults.From(outcome, _ => Results.Ok());
        }
        var response = JsonSerializer.Serialize(outcome.Value, outcome.Value!.GetType(), json.Value.SerializerOptions);
        db.Add(new ExchangeRequest
        {
            AgencyClientId = client!.Id, Reference = reference, Endpoint = endpoint, BodyHash = hash, StatusCode = 201,
            Response = response, CreatedAt = db.Clock.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same reference arrived twice at once: the other call won; answer as a replay.
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            var winner = await db.Set<ExchangeRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.AgencyClientId == client.Id && r.Reference == reference, ct);
            if (winner is null) throw;
            return Replay(winner, endpoint, hash);
        }
        return Results.Text(response, "application/json", System.Text.Encoding.UTF8, 201);
    }

    static IResult Replay(ExchangeRequest previous, string endpoint, string hash)
    {
        if (previous.Endpoint != endpoint || previous.BodyHash != hash)
            return Results.Problem(title: "Trùng số tham chiếu", statusCode: 409,
                detail: $"Số tham chiếu này đã được dùng lúc {Display.Time(previous.CreatedAt)} cho một yêu cầu có nội dung khác. Hãy dùng số tham chiếu mới.");
        return ApiResults.Replayed(previous.Response, previous.StatusCode);
    }

    /// <summary>
    /// An answer to another agency's system tells it that the person is on the registry and under which id: a disclosure
    /// outside the unit, recorded with the agency, the purpose and the legal basis (saved with the request, in its transaction).
    /// </summary>
    static void Disclose(HoaNhapDbContext db, AgencyClient client, Guid personId, string province, string commune, string purpose, string what) =>
        HoaNhap.Web.Shared.Privacy.DisclosureLog.Add(db, new HoaNhap.Web.Shared.Privacy.DisclosedPerson(personId, province, commune),
            new HoaNhap.Web.Shared.Privacy.DisclosureNote($"{client.Name} (hệ thống {client.ClientId})", purpose,
                client.Kind == AgencyKind.Bank ? "Quyết định 22/2023/QĐ-TTg; quy chế phối hợp trao đổi dữ liệu" : "Luật Thi hành án hình sự; quy chế phối hợp trao đổi dữ liệu liên ngành",
                what), "agency:" + client.ClientId);

    /// <summary>The agency acts in the registry as the province police would, within its own province.</summary>
    static CurrentUser Actor(AgencyClient c) => new("agency:" + c.Id, "agency:" + c.ClientId, c.Name, Roles.ProvinceOfficer, c.ProvinceCode, null);

    static Dictionary<string, string[]> Prefixed(string prefix, IReadOnlyDictionary<string, string[]> errors) =>
        errors.ToDictionary(kv => kv.Key.Length == 0 ? prefix : $"{prefix}.{kv.Key}", kv => kv.Value);

    static async Task<Outcome<object>> PushJudgmentAsync(HoaNhapDbContext db, AgencyClient client, JudgmentPush input, CancellationToken ct)
    {
        if (input.Person is null || input.Judgment is null)
        {
            var missing = new Dictionary<string, string[]>();
            if (input.Person is null) missing["Person"] = ["Thiếu thông tin người bị kết án (person)."];
            if (input.Judgment is null) missing["Judgment"] = ["Thiếu thông tin bản án (judgment)."];
            return Outcome<object>.Invalid(missing);
        }
        var id = input.Person.PersonalIdNumber?.Trim();
        if (string.IsNullOrEmpty(id))
            return Outcome<object>.Invalid("Person.PersonalIdNumber", FormMessages.Required("Số định danh cá nhân") + " Hệ thống tìm người theo số này.");
        var actor = Actor(client);
        var person = await db.People.FirstOrDefaultAsync(p => p.PersonalIdNumber == id && p.ProvinceCode == client.ProvinceCode, ct);
        var created = false;
        if (person is null)
        {
            var made = await PersonCommands.CreateAsync(db, actor, new PersonInput
            {
                FullName = input.Person.FullName, DateOfBirth = input.Person.DateOfBirth, Gender = input.Person.Gender, PersonalIdNumber = id,
                CommuneCode = input.Person.CommuneCode, Address = input.Person.Address,
            }, null, ct);
            if (!made.Succeeded) return Outcome<object>.Invalid(Prefixed("Person", made.Errors));
            (person, created) = (made.Value!, true);
        }
        var judgment = await JudgmentCommands.CreateAsync(db, actor, person.Id, input.Judgment, ct);
        if (!judgment.Succeeded) return Outcome<object>.Invalid(Prefixed("Judgment", judgment.Errors));
        Disclose(db, client, person.Id, person.ProvinceCode, person.CommuneCode, "Tiếp nhận bản án để tổ chức thi hành án",
            "Mã hồ sơ người và mã bản án trong sổ quản lý (trả lời yêu cầu gửi bản án)");
        return Outcome<object>.Ok(new JudgmentPushed(person.Id, judgment.Value!.Id, created));
    }

    static async Task<Outcome<object>> PushDecisionAsync(HoaNhapDbContext db, AgencyClient client, DecisionPush input, CancellationToken ct)
    {
        var id = input.PersonalIdNumber?.Trim();
        var key = VietnameseText.Fold(input.JudgmentNumber);
        var judgment = string.IsNullOrEmpty(id) || key.Length == 0 ? null
            : await db.Judgments.Where(j => j.ProvinceCode == client.ProvinceCode && j.NumberKey == key)
                .Join(db.People.Where(p => p.PersonalIdNumber == id), j => j.PersonId, p => p.Id, (j, _) => j).FirstOrDefaultAsync(ct);
        if (judgment is null)
            return Outcome<object>.Invalid(new Dictionary<string, string[]>
            {
                [nameof(DecisionPush.JudgmentNumber)] = ["Không tìm thấy bản án số này của người có số định danh này trong tỉnh; hãy gửi bản án trước."],
            });
        var decision = await DecisionCommands.CreateAsync(db, Actor(client), judgment.Id, input.Decision ?? new DecisionInput(), ct);
        if (!decision.Succeeded) return Outcome<object>.Invalid(Prefixed("Decision", decision.Errors));
        Disclose(db, client, judgment.PersonId, judgment.ProvinceCode, judgment.CommuneCode, "Tiếp nhận quyết định thi hành án",
            "Xác nhận người có bản án trong sổ quản lý, mã bản án (trả lời yêu cầu gửi quyết định thi hành án)");
        return Outcome<object>.Ok(new DecisionPushed(judgment.Id, decision.Value!.Id));
    }

    static async Task<Outcome<object>> PushReleaseNoticeAsync(HoaNhapDbContext db, AgencyClient client, ReleaseNoticePush input, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var name = FormChecks.Required(input.FullName, nameof(input.FullName), "Họ và tên", 200, errors) ?? "";
        if (!VietnameseDate.TryParseBirthDate(input.DateOfBirth, out var dob, out var year) || year < 1900)
            errors[nameof(input.DateOfBirth)] = [FormMessages.BirthDate("Ngày sinh")];
        Gender? gender = input.Gender switch { null or "" => null, "Male" => Gender.Male, "Female" => Gender.Female, _ => null };
        if (input.Gender is { Length: > 0 } && gender is null) errors[nameof(input.Gender)] = ["Giới tính phải là Male hoặc Female."];
        var pid = input.PersonalIdNumber?.Trim();
        if (!string.IsNullOrEmpty(pid) && (pid.Length != 12 || !pid.All(char.IsAsciiDigit)))
            errors[nameof(input.PersonalIdNumber)] = ["Số định danh cá nhân phải gồm đúng 12 chữ số."];
        var commune = input.CommuneCode is null ? null : await db.Communes.AsNoTracking().FirstOrDefaultAsync(c => c.Code == input.CommuneCode, ct);
        if (commune is null) errors[nameof(input.CommuneCode)] = ["Mã xã, phường nơi cư trú không có trong danh mục."];
        FormChecks.Date(errors, nameof(input.ReleasedOn), "Ngày ra trại", input.ReleasedOn, out var released);
        if (!Enum.TryParse<ReleaseKind>(input.ReleaseKind, out var kind) || int.TryParse(input.ReleaseKind, out _))
            errors[nameof(input.ReleaseKind)] = ["Hình thức ra trại phải là SentenceCompleted (chấp hành xong) hoặc Amnesty (đặc xá)."];
        var prison = FormChecks.Required(input.Prison, nameof(input.Prison), "Tên trại giam", 200, errors) ?? "";
        var address = FormChecks.Optional(input.Address, nameof(input.Address), "Địa chỉ", 500, errors) ?? "";
        if (errors.Count > 0) return Outcome<object>.Invalid(errors);
        var person = string.IsNullOrEmpty(pid) ? null : await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.PersonalIdNumber == pid, ct);
        var notice = new ReleaseNotice
        {
            AgencyClientId = client.Id, Reference = input.Reference!.Trim(), ProvinceCode = commune!.ProvinceCode, CommuneCode = commune.Code,
            FullName = name, DateOfBirth = dob, BirthYear = year, Gender = gender, PersonalIdNumber = string.IsNullOrEmpty(pid) ? null : pid,
            Address = address, ReleasedOn = released, ReleaseKind = kind, Prison = prison,
            JudgmentNumber = VietnameseText.Nfc(input.JudgmentNumber) is { Length: > 0 and <= 100 } n ? n : null,
            Court = VietnameseText.Nfc(input.Court) is { Length: > 0 and <= 200 } c ? c : null,
            PersonId = person?.Id, CreatedAt = db.Clock.GetUtcNow(), CreatedBy = "agency:" + client.ClientId,
        };
        db.Add(notice);
        if (person is not null)
            Disclose(db, client, person.Id, person.ProvinceCode, person.CommuneCode, "Tiếp nhận thông báo người sắp chấp hành xong án phạt tù",
                "Xác nhận người có trong sổ quản lý, mã hồ sơ người (trả lời thông báo của trại giam)");
        db.Record(AuditActions.Create, nameof(ReleaseNotice), notice.Id.ToString(), person?.Id, notice.ProvinceCode, notice.CommuneCode,
            JsonSerializer.Serialize(new { notice.Reference, notice.FullName, notice.ReleasedOn, notice.Prison, client = client.ClientId }, AuditTrail.Json));
        await db.SaveChangesAsync(ct);
        return Outcome<object>.Ok(new ReleaseNoticePushed(notice.Id, notice.CommuneCode, notice.PersonId));
    }

    static async Task<Outcome<object>> PushLoanAsync(HoaNhapDbContext db, AgencyClient client, LoanPush input, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var pid = input.PersonalIdNumber?.Trim();
        var person = string.IsNullOrEmpty(pid) ? null
            : await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.PersonalIdNumber == pid && p.ProvinceCode == client.ProvinceCode, ct);
        if (person is null) errors[nameof(input.PersonalIdNumber)] = ["Không có người nào có số định danh cá nhân này trong sổ quản lý của tỉnh."];
        if (!Enum.TryParse<LoanStatus>(input.Status, out var status) || int.TryParse(input.Status, out _))
            errors[nameof(input.Status)] = ["Tình trạng khoản vay phải là Applied, Approved, Rejected, Disbursed, Repaying, Repaid hoặc Overdue."];
        if (input.Amount is <= 0) errors[nameof(input.Amount)] = ["Số tiền phải lớn hơn 0 (đồng)."];
        FormChecks.Past(db.Today, errors, nameof(input.On), "Ngày", input.On, out var on);
        var note = FormChecks.Optional(input.Note, nameof(input.Note), "Ghi chú", 1000, errors) ?? "";
        if (errors.Count > 0) return Outcome<object>.Invalid(errors);
        var update = new LoanStatusUpdate(status)
        {
            AgencyClientId = client.Id, Reference = input.Reference!.Trim(), ProvinceCode = person!.ProvinceCode, CommuneCode = person.CommuneCode,
            PersonalIdNumber = pid!, PersonId = person.Id, Amount = input.Amount, On = on, Note = note.Length == 0 ? null : note,
            CreatedAt = db.Clock.GetUtcNow(), CreatedBy = "agency:" + client.ClientId,
        };
        db.Add(update);
        db.Record(AuditActions.Create, nameof(LoanStatusUpdate), update.Id.ToString(), person.Id, update.ProvinceCode, update.CommuneCode,
            JsonSerializer.Serialize(new { update.Reference, update.Status, update.Amount, update.On, client = client.ClientId }, AuditTrail.Json));
        await LoanCommands.ApplyBankUpdateAsync(db, update, ct);
        Disclose(db, client, person.Id, person.ProvinceCode, person.CommuneCode, "Theo dõi khoản vay theo QĐ 22/2023/QĐ-TTg",
            "Xác nhận người có trong sổ quản lý của tỉnh, mã hồ sơ người (trả lời báo cáo tình trạng khoản vay)");
        await db.SaveChangesAsync(ct);
        return Outcome<object>.Ok(new LoanPushed(update.Id, person.Id));
    }
}
