using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Cases;

/// <summary>
/// Opening a case. For a community sentence, <see cref="Kind"/> is the sentence type
/// (SuspendedSentence, NonCustodialReform, …) and the enforcement decision and the term are
/// recorded; "Reintegration" opens a reintegration period.
/// </summary>
public sealed class CaseInput
{
    public string? Kind { get; set; }
    public string? ReleaseKind { get; set; }
    public Guid? JudgmentId { get; set; }
    public string? DecisionNumber { get; set; }
    public string? DecisionDate { get; set; }
    public string? DecisionReceivedOn { get; set; }
    public string? StartsOn { get; set; }
    /// <summary>Months of the term; for a suspended sentence, the probation. Taken from the judgment when left empty.</summary>
    public int? TermMonths { get; set; }
    public int? CustodyDaysServed { get; set; }
    public int? IncomeDeductionPercent { get; set; }
    public bool CommunityLabour { get; set; }
    public string? Restrictions { get; set; }
    public string? ExpectedEndOn { get; set; }
    public string? Notes { get; set; }

    /// <summary>The sentence type named by <see cref="Kind"/>; null for a reintegration period.</summary>
    public SentenceType? Type => Parse<SentenceType>(Kind);

    /// <summary>True for a community sentence: <see cref="Kind"/> names the sentence type, and the decision and the term are required.</summary>
    public bool KindIsSentenceType => Type is not null;

    public bool IsReintegration => Kind == nameof(CaseKind.Reintegration);

    static T? Parse<T>(string? text) where T : struct, Enum =>
        !string.IsNullOrWhiteSpace(text) && !int.TryParse(text, out _) && Enum.TryParse<T>(text, out var v) ? v : null;
}

public sealed class StatusInput
{
    public string? Status { get; set; }
    public string? On { get; set; }
    public long? Version { get; set; }
}

/// <summary>The checks of the form that opens a case.</summary>
public static class CaseChecks
{
    /// <summary>Every problem of <paramref name="x"/> by field; <paramref name="today"/> is the day by the application's clock.</summary>
    public static Dictionary<string, string[]> Check(CaseInput x, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (!(x.IsReintegration || x.Kind == "Warning" || x.KindIsSentenceType))
            FormChecks.Add(errors, nameof(x.Kind), "Loại hồ sơ phải là một loại án chấp hành tại cộng đồng (ví dụ SuspendedSentence, NonCustodialReform) hoặc Reintegration.");
        if (x.IsReintegration && FormChecks.Choice<ReleaseKind>(x.ReleaseKind) is null)
            FormChecks.Add(errors, nameof(x.ReleaseKind), "Hãy chọn trường hợp: chấp hành xong án phạt tù hoặc được đặc xá.");
        var start = FormChecks.Date(errors, nameof(x.StartsOn), "Ngày bắt đầu", x.StartsOn);
        if (start > today.AddDays(31)) FormChecks.Add(errors, nameof(x.StartsOn), "Ngày bắt đầu không được quá 1 tháng sau ngày hôm nay.");
        if (FormChecks.OptionalDate(errors, nameof(x.ExpectedEndOn), "Ngày kết thúc dự kiến", x.ExpectedEndOn) < start)
            FormChecks.Add(errors, nameof(x.ExpectedEndOn), FormMessages.NotBefore("Ngày kết thúc dự kiến", "ngày bắt đầu"));
        // The enforcement decision: number, date and the day it was received go together.
        var sentence = x.KindIsSentenceType;
        if (sentence && string.IsNullOrWhiteSpace(x.DecisionNumber))
            FormChecks.Add(errors, nameof(x.DecisionNumber), "Hãy nhập số, ký hiệu của quyết định thi hành án, ví dụ 25/2026/QĐ-CA.");
        FormChecks.Optional(x.DecisionNumber, nameof(x.DecisionNumber), "Số quyết định", 100, errors);
        DateOnly? decided = null;
        if (!string.IsNullOrWhiteSpace(x.DecisionDate)) decided = FormChecks.Past(today, errors, nameof(x.DecisionDate), "Ngày ra quyết định", x.DecisionDate);
        else if (sentence) FormChecks.Add(errors, nameof(x.DecisionDate), "Hãy nhập ngày ra quyết định thi hành án (ngày/tháng/năm).");
        if (!string.IsNullOrWhiteSpace(x.DecisionReceivedOn))
        {
            if (FormChecks.Past(today, errors, nameof(x.DecisionReceivedOn), "Ngày nhận quyết định", x.DecisionReceivedOn) < decided)
                FormChecks.Add(errors, nameof(x.DecisionReceivedOn), FormMessages.NotBefore("Ngày nhận quyết định", "ngày ra quyết định"));
        }
        else if (sentence) FormChecks.Add(errors, nameof(x.DecisionReceivedOn), "Hãy nhập ngày nhận được quyết định thi hành án (ngày/tháng/năm).");
        if (sentence && x.JudgmentId is null && x.TermMonths is null)
            FormChecks.Add(errors, nameof(x.TermMonths), "Hãy nhập thời hạn chấp hành (số tháng); với án treo là thời gian thử thách.");
        if (x.CustodyDaysServed < 0) FormChecks.Add(errors, nameof(x.CustodyDaysServed), "Số ngày đã bị tạm giữ, tạm giam không được là số âm.");
        FormChecks.Optional(x.Restrictions, nameof(x.Restrictions), "Nội dung cấm, hạn chế", 2000, errors);
        FormChecks.Optional(x.Notes, nameof(x.Notes), "Ghi chú", 2000, errors);
        return errors;
    }
}

public static class CaseCommands
{
    public static async Task<Outcome<Case>> OpenAsync(HoaNhapDbContext db, RuleBook rules, CurrentUser user, Guid personId, CaseInput input, CancellationToken ct)
    {
        var person = await PersonLookup.FindAsync(db, user, personId, ct);
        if (person is null) return Outcome<Case>.Missing();
        if (!user.EditsRegistry) return Outcome<Case>.Denied();
        if (input.Kind == "Warning") return Outcome<Case>.Refused(nameof(CaseInput.Kind), IntakeRules.WarningRefusal);
        var errors = CaseChecks.Check(input, db.Today);
        // The term's legal limits are checked with the other fields, so that every problem shows at once.
        if (input.Type is { } t0 && input.TermMonths is { } term0 && VietnameseDate.TryParse(input.StartsOn, out var start0))
            foreach (var problem in SentenceEndDate.Validate(new EndDateInput(t0, start0, term0, input.CustodyDaysServed ?? 0, 0)))
                FormChecks.Add(errors, Pascal(problem.Field), problem.Message);
        if (errors.Count > 0) return Outcome<Case>.Invalid(errors);
        Judgment? judgment = null;
        if (input.JudgmentId is { } jid)
        {
            judgment = await db.Judgments.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jid && j.PersonId == personId, ct);
            if (judgment is null) return Outcome<Case>.Invalid(nameof(CaseInput.JudgmentId), "Bản án được chọn không phải của người này.");
        }
        var c = New(person, input);
        var (kind, type, start) = (c.Kind, input.Type, c.StartOn);
        if (kind == CaseKind.CommunitySentence)
        {
            c.DecisionNumber = string.IsNullOrWhiteSpace(input.DecisionNumber) ? null : VietnameseText.Nfc(input.DecisionNumber.Trim());
            c.DecisionDate = VietnameseDate.TryParse(input.DecisionDate, out var dd) ? dd : null;
            c.DecisionReceivedOn = VietnameseDate.TryParse(input.DecisionReceivedOn, out var dr) ? dr : null;
            c.TermMonths = input.TermMonths ?? TermFromJudgment(type!.Value, judgment);
            c.CustodyDaysServed = input.CustodyDaysServed ?? 0;
            c.CommunityLabour = type == Domain.Cases.SentenceType.NonCustodialReform && input.CommunityLabour;
            c.Restrictions = string.IsNullOrWhiteSpace(input.Restrictions) ? null : VietnameseText.Nfc(input.Restrictions.Trim());
            var p = await rules.ParametersAsync(ct);
            if (type == Domain.Cases.SentenceType.NonCustodialReform && input.IncomeDeductionPercent is { } pct)
            {
                // BLHS 2015 Điều 36 khoản 3: khấu trừ từ 05% đến 20% thu nhập; Tòa án có thể miễn (để trống).
                int min = p.Int(RuleKeys.IncomeDeductionMinPercent, start), max = p.Int(RuleKeys.IncomeDeductionMaxPercent, start);
                if (pct < min || pct > max)
                    return Outcome<Case>.Invalid(nameof(CaseInput.IncomeDeductionPercent),
                        $"Mức khấu trừ thu nhập phải từ {min}% đến {max}% (Bộ luật Hình sự 2015, Điều 36 khoản 3); để trống nếu Tòa án miễn khấu trừ.");
                c.IncomeDeductionPercent = pct;
            }
            if (c.TermMonths is { } term)
            {
                var endInput = new EndDateInput(type!.Value, start, term, c.CustodyDaysServed, 0);
                var problems = SentenceEndDate.Validate(endInput).ToList();
                if (problems.Count > 0)
                    return Outcome<Case>.Invalid(problems.GroupBy(x => Pascal(x.Field))
                        .ToDictionary(g => g.Key, g => g.Select(x => x.Message).ToArray()));
                c.ExpectedEndOn = SentenceEndDate.Compute(endInput, p).EndsOn;
            }
        }
        // One open case per sentence type (or one reintegration period) at a time: duplicates are refused.
        if (await db.Cases.AnyAsync(x => x.PersonId == personId && x.Kind == c.Kind && x.SentenceType == c.SentenceType
                && (x.Status == CaseStatus.Intake || x.Status == CaseStatus.Active || x.Status == CaseStatus.Absconded), ct))
            return Outcome<Case>.Invalid(nameof(CaseInput.Kind), "Người này đang có một hồ sơ cùng loại chưa kết thúc.");
        db.Cases.Add(c);
        await db.SaveChangesAsync(ct);
        return Outcome<Case>.Ok(c);
    }

    /// <summary>
    /// The case of <paramref name="person"/> as a checked input (<see cref="CaseChecks.Check"/>) opens it: kind, start, legal basis.
    /// A reintegration period is complete with this; a community sentence's decision and term are added by <see cref="OpenAsync"/>.
    /// </summary>
    public static Case New(Domain.People.Person person, CaseInput input)
    {
        var kind = input.IsReintegration ? CaseKind.Reintegration : CaseKind.CommunitySentence;
        VietnameseDate.TryParse(input.StartsOn, out var start);
        return new Case
        {
            PersonId = person.Id, ProvinceCode = person.ProvinceCode, CommuneCode = person.CommuneCode, Kind = kind,
            SentenceType = kind == CaseKind.CommunitySentence ? input.Type : null,
            ReleaseKind = kind == CaseKind.Reintegration ? Enum.Parse<ReleaseKind>(input.ReleaseKind!) : null,
            JudgmentId = input.JudgmentId, StartOn = start,
            ExpectedEndOn = VietnameseDate.TryParse(input.ExpectedEndOn, out var end) ? end : null,
            LegalBasisVersion = LegalBasis.For(start),
            Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : VietnameseText.Nfc(input.Notes),
        };
    }

    // The rule's camelCase field names map to this input's properties.
    static string Pascal(string field) => field switch
    {
        "startedOn" => nameof(CaseInput.StartsOn),
        "custodyDays" => nameof(CaseInput.CustodyDaysServed),
        _ => char.ToUpperInvariant(field[0]) + field[1..],
    };

    /// <summary>The term written in the judgment: the probation of a suspended sentence, the term of non-custodial reform.</summary>
    static int? TermFromJudgment(SentenceType type, Judgment? j) => j is null ? null : type switch
    {
        Domain.Cases.SentenceType.SuspendedSentence => j.ProbationMonths,
        Domain.Cases.SentenceType.NonCustodialReform => j.TermMonths,
        _ => null,
    };

    public static async Task<Outcome<Case>> ChangeStatusAsync(HoaNhapDbContext db, CurrentUser user, Guid caseId, StatusInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<Case>.Missing();
        if (!user.EditsRegistry) return Outcome<Case>.Denied();
        var errors = new Dictionary<string, string[]>();
        if (!Enum.TryParse<CaseStatus>(input.Status, out var next) || int.TryParse(input.Status, out _))
            errors[nameof(StatusInput.Status)] = ["Trạng thái mới không hợp lệ."];
        FormChecks.Past(db.Today, errors, nameof(StatusInput.On), "Ngày chuyển trạng thái", input.On, out var on);
        if (input.Version is null) errors[nameof(StatusInput.Version)] = ["Thiếu phiên bản của hồ sơ (version)."];
        if (errors.Count > 0) return Outcome<Case>.Invalid(errors);
        if (c.Version != input.Version)
            return Outcome<Case>.Conflicted(new Conflict(c.UpdatedBy, c.UpdatedAt, c.Version,
                [new FieldDifference(nameof(Case.Status), "Trạng thái", CaseText.Status(c.Status), CaseText.Status(next))]));
        if (c.MoveTo(next, on) is { } refusal) return Outcome<Case>.Invalid(nameof(StatusInput.Status), refusal);
        db.Entry(c).Property(x => x.Version).OriginalValue = input.Version!.Value;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var now = await db.Cases.AsNoTracking().FirstAsync(x => x.Id == caseId, ct);
            return Outcome<Case>.Conflicted(new Conflict(now.UpdatedBy, now.UpdatedAt, now.Version,
                [new FieldDifference(nameof(Case.Status), "Trạng thái", CaseText.Status(now.Status), CaseText.Status(next))]));
        }
        return Outcome<Case>.Ok(c);
    }
}
