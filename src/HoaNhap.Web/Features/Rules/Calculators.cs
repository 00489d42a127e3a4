using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared;

namespace HoaNhap.Web.Features.Rules;

// Requests as an agency's system or a form sends them (dates as text), and the answers. The law
// itself is in HoaNhap.Domain.Rules; this file only reads input and names the fields.

public sealed class ConvictionRequest
{
    public string? Penalty { get; set; }
    public int? TermMonths { get; set; }
    public int? PenalCodeChapter { get; set; }
    public bool Intentional { get; set; } = true;
    public string? CrimeCategory { get; set; }
    public string? MainPenaltyCompletedOn { get; set; }
    public string? AdditionalPenaltiesCompletedOn { get; set; }
    public string? OtherDecisionsCompletedOn { get; set; }
    public string? JudgmentDate { get; set; }
}

public sealed class RecordExpungementRequest
{
    public string? AsOf { get; set; }
    public List<ConvictionRequest>? Convictions { get; set; }
}

/// <param name="ClearAsOf">The waiting period is over on the day asked about (in the court mode the record is not cleared by it).</param>
/// <param name="Verdict">NoRecord, Undated, Waiting, Cleared (by law) or MayApplyToCourt: a court-mode record is never "Cleared".</param>
public sealed record RecordExpungementResponse(bool HasRecord, string Mode, int? WaitingYears, DateOnly? PeriodEndsOn, DateOnly? ClearFrom,
    bool ClearAsOf, IReadOnlyList<string> Steps, string Verdict);

public sealed class ShorteningRequestItem
{
    public string? DecidedOn { get; set; }
    public int? Months { get; set; }
}

public sealed class ProbationShorteningRequest
{
    public string? AsOf { get; set; }
    public string? ProbationStartedOn { get; set; }
    public int? ProbationMonths { get; set; }
    public List<ShorteningRequestItem>? PreviousShortenings { get; set; }
    public bool MeritoriousActOrGraveIllness { get; set; }
}

public sealed record CriterionDto(string Name, bool Met, string Reason, DateOnly? MetOn)
{
    public static List<CriterionDto> From(IEnumerable<Criterion> c) => c.Select(x => new CriterionDto(x.Name, x.Met, x.Reason, x.MetOn)).ToList();
}

public sealed record ProbationShorteningResponse(bool EligibleNow, DateOnly EligibleFrom, DateOnly CurrentEndsOn, int MaxMonthsNow,
    bool WholeRemainderAllowed, IReadOnlyList<CriterionDto> Criteria, IReadOnlyList<string> Steps);

public sealed class SentenceReductionRequest
{
    public string? AsOf { get; set; }
    public string? StartedOn { get; set; }
    public int? TermMonths { get; set; }
    public int? CustodyDays { get; set; }
    public List<ShorteningRequestItem>? PreviousReductions { get; set; }
}

public sealed record SentenceReductionResponse(bool EligibleNow, DateOnly EligibleFrom, DateOnly CurrentEndsOn, int MaxMonthsNow,
    IReadOnlyList<CriterionDto> Criteria, IReadOnlyList<string> Steps);

public sealed class SentenceRemissionRequest
{
    public string? AsOf { get; set; }
    public string? Penalty { get; set; }
    public string? StartedOn { get; set; }
    public int? TermMonths { get; set; }
}

public sealed record SentenceRemissionResponse(bool EligibleNow, DateOnly EligibleFrom, DateOnly EndsOn, IReadOnlyList<CriterionDto> Criteria, IReadOnlyList<string> Steps);

public sealed class SentenceEndRequest
{
    public string? SentenceType { get; set; }
    public string? StartedOn { get; set; }
    public int? TermMonths { get; set; }
    public int? CustodyDays { get; set; }
    public int? ShortenedOrReducedMonths { get; set; }
}

public sealed record SentenceEndResponse(DateOnly EndsOn, DateOnly CompletedFrom, IReadOnlyList<string> Steps);

public sealed class WorkingDaysRequest
{
    public string? From { get; set; }
    public int? WorkingDays { get; set; }
}

public sealed record WorkingDaysResponse(DateOnly Date, IReadOnlyList<string> Steps);

public sealed class LoanEligibilityRequest
{
    public string? AsOf { get; set; }
    public string? SentenceCompletedOn { get; set; }
    public bool HasCompletionCertificate { get; set; }
    public bool OnCommuneList { get; set; }
    public bool HasOutstandingSamePurposeDebt { get; set; }
}

public sealed record LoanEligibilityResponse(bool Eligible, DateOnly WindowEndsOn, IReadOnlyList<CriterionDto> Criteria);

public static class Calculators
{
    public static Outcome<RecordExpungementResponse> RecordExpungement(RecordExpungementRequest r, RuleParameters p)
    {
        var inputs = new RuleInputs();
        var asOf = inputs.Date(r.AsOf, "asOf", "Ngày tính");
        if (r.Convictions is not { Count: > 0 })
        {
            inputs.Add("convictions", "Phải có ít nhất một bản án (lần bị kết án).");
            return inputs.Invalid<RecordExpungementResponse>();
        }
        var convictions = new List<Conviction>();
        for (var i = 0; i < r.Convictions.Count; i++)
        {
            var c = r.Convictions[i];
            var f = $"convictions[{i}].";
            if (c is null) { inputs.Add($"convictions[{i}]", FormMessages.Required($"bản án thứ {i + 1}")); continue; }
            convictions.Add(new Conviction(
                inputs.Enum<MainPenalty>(c.Penalty, f + "penalty", "Hình phạt chính"),
                c.TermMonths,
                inputs.Int(c.PenalCodeChapter, f + "penalCodeChapter", "Chương của Bộ luật Hình sự", 1, 26),
                c.Intentional,
                inputs.Enum<CrimeCategory>(c.CrimeCategory, f + "crimeCategory", "Loại tội phạm"),
                inputs.OptionalDate(c.MainPenaltyCompletedOn, f + "mainPenaltyCompletedOn", "Ngày chấp hành xong hình phạt chính"),
                inputs.OptionalDate(c.AdditionalPenaltiesCompletedOn, f + "additionalPenaltiesCompletedOn", "Ngày chấp hành xong hình phạt bổ sung"),
                inputs.OptionalDate(c.OtherDecisionsCompletedOn, f + "otherDecisionsCompletedOn", "Ngày chấp hành xong các quyết định khác của bản án"),
                inputs.Date(c.JudgmentDate, f + "judgmentDate", "Ngày tuyên án")));
        }
        if (inputs.Valid) inputs.AddAll(Domain.Rules.RecordExpungement.Validate(convictions, asOf));
        if (!inputs.Valid) return inputs.Invalid<RecordExpungementResponse>();
        var x = Domain.Rules.RecordExpungement.Compute(convictions, asOf, p);
        return Outcome<RecordExpungementResponse>.Ok(new(x.HasRecord, x.Mode.ToString(), x.WaitingYears, x.PeriodEndsOn, x.ClearFrom, x.ClearAsOf, x.Steps, x.Verdict.ToString()));
    }

    public static Outcome<ProbationShorteningResponse> ProbationShortening(ProbationShorteningRequest r, RuleParameters p)
    {
        var inputs = new RuleInputs();
        var asOf = inputs.Date(r.AsOf, "asOf", "Ngày tính");
        var start = inputs.Date(r.ProbationStartedOn, "probationStartedOn", "Ngày bắt đầu thời gian thử thách");
        var months = inputs.Int(r.ProbationMonths, "probationMonths", "Thời gian thử thách (tháng)", 1, 60);
        var previous = Items(r.PreviousShortenings, "previousShortenings", "lần rút ngắn", inputs).Select(x => new PriorShortening(x.On, x.Months)).ToList();
        if (!inputs.Valid) return inputs.Invalid<ProbationShorteningResponse>();
        var input = new ShorteningInput(asOf, start, months, previous, r.MeritoriousActOrGraveIllness);
        inputs.AddAll(Domain.Rules.ProbationShortening.Validate(input));
        if (!inputs.Valid) return inputs.Invalid<ProbationShorteningResponse>();
        var x = Domain.Rules.ProbationShortening.Evaluate(input, p);
        return Outcome<ProbationShorteningResponse>.Ok(new(x.EligibleNow, x.EligibleFrom, x.CurrentEndsOn, x.MaxMonthsNow,
            x.WholeRemainderAllowed, CriterionDto.From(x.Criteria), x.Steps));
    }

    public static Outcome<SentenceReductionResponse> SentenceReduction(SentenceReductionRequest r, RuleParameters p)
    {
        var inputs = new RuleInputs();
        var asOf = inputs.Date(r.AsOf, "asOf", "Ngày tính");
        var start = inputs.Date(r.StartedOn, "startedOn", "Ngày bắt đầu chấp hành");
        var term = inputs.Int(r.TermMonths, "termMonths", "Thời hạn cải tạo không giam giữ (tháng)", 6, 36);
        var custody = inputs.Int(r.CustodyDays ?? 0, "custodyDays", "Số ngày bị tạm giữ, tạm giam", 0, 3650);
        var previous = Items(r.PreviousReductions, "previousReductions", "lần giảm", inputs).Select(x => new PriorReduction(x.On, x.Months)).ToList();
        if (!inputs.Valid) return inputs.Invalid<SentenceReductionResponse>();
        var input = new ReductionInput(asOf, start, term, custody, previous);
        inputs.AddAll(Domain.Rules.SentenceReduction.Validate(input));
        if (!inputs.Valid) return inputs.Invalid<SentenceReductionResponse>();
        var x = Domain.Rules.SentenceReduction.Evaluate(input, p);
        return Outcome<SentenceReductionResponse>.Ok(new(x.EligibleNow, x.EligibleFrom, x.CurrentEndsOn, x.MaxMonthsNow, CriterionDto.From(x.Criteria), x.Steps));
    }

    public static Outcome<SentenceRemissionResponse> SentenceRemission(SentenceRemissionRequest r, RuleParameters p)
    {
        var inputs = new RuleInputs();
        var asOf = inputs.Date(r.AsOf, "asOf", "Ngày tính");
        var penalty = inputs.Enum<WaivablePenalty>(r.Penalty, "penalty", "Hình phạt");
        var start = inputs.Date(r.StartedOn, "startedOn", "Ngày bắt đầu chấp hành");
        var term = inputs.Int(r.TermMonths, "termMonths", "Thời hạn (tháng)", 1, 60);
        if (!inputs.Valid) return inputs.Invalid<SentenceRemissionResponse>();
        var input = new RemissionInput(asOf, penalty, start, term);
        inputs.AddAll(Domain.Rules.SentenceRemission.Validate(input));
        if (!inputs.Valid) return inputs.Invalid<SentenceRemissionResponse>();
        var x = Domain.Rules.SentenceRemission.Evaluate(input, p);
        return Outcome<SentenceRemissionResponse>.Ok(new(x.EligibleNow, x.EligibleFrom, x.EndsOn, CriterionDto.From(x.Criteria), x.Steps));
    }

    public static Outcome<SentenceEndResponse> SentenceEnd(SentenceEndRequest r, RuleParameters p)
    {
        var inputs = new RuleInputs();
        var type = inputs.Enum<Domain.Cases.SentenceType>(r.SentenceType, "sentenceType", "Loại án");
        var start = inputs.Date(r.StartedOn, "startedOn", "Ngày bắt đầu");
        var term = inputs.Int(r.TermMonths, "termMonths", "Thời hạn (tháng)", 1, 240);
        var custody = inputs.Int(r.CustodyDays ?? 0, "custodyDays", "Số ngày bị tạm giữ, tạm giam", 0, 3650);
        var cut = inputs.Int(r.ShortenedOrReducedMonths ?? 0, "shortenedOrReducedMonths", "Số tháng đã được rút ngắn hoặc giảm", 0, 240);
        if (!inputs.Valid) return inputs.Invalid<SentenceEndResponse>();
        var input = new EndDateInput(type, start, term, custody, cut);
        inputs.AddAll(SentenceEndDate.Validate(input));
        if (!inputs.Valid) return inputs.Invalid<SentenceEndResponse>();
        var x = SentenceEndDate.Compute(input, p);
        return Outcome<SentenceEndResponse>.Ok(new(x.EndsOn, x.CompletedFrom, x.Steps));
    }

    public static Outcome<WorkingDaysResponse> WorkingDaysFrom(WorkingDaysRequest r, IReadOnlySet<DateOnly> holidays)
    {
        var inputs = new RuleInputs();
        var from = inputs.Date(r.From, "from", "Ngày bắt đầu tính");
        var n = inputs.Int(r.WorkingDays, "workingDays", "Số ngày làm việc", 0, 365);
        if (!inputs.Valid) return inputs.Invalid<WorkingDaysResponse>();
        var date = WorkingDays.Add(from, n, holidays);
        var skipped = Enumerable.Range(1, Math.Max(0, date.DayNumber - from.DayNumber)).Select(from.AddDays)
            .Where(d => !WorkingDays.IsWorkingDay(d, holidays)).ToList();
        var steps = new List<string>
        {
            $"Thời hạn tính từ ngày tiếp theo sau ngày {Display.Date(from)} (BLDS 2015 Điều 147).",
            skipped.Count == 0 ? "Không có ngày nghỉ nào trong khoảng này."
                : $"Không tính {skipped.Count} ngày nghỉ (thứ Bảy, Chủ nhật, ngày lễ, Tết): {string.Join(", ", skipped.Select(Display.Date))}.",
            $"Ngày làm việc thứ {n} là ngày {Display.Date(date)}.",
        };
        return Outcome<WorkingDaysResponse>.Ok(new(date, steps));
    }

    public static Outcome<LoanEligibilityResponse> LoanEligibility(LoanEligibilityRequest r, RuleParameters p)
    {
        var inputs = new RuleInputs();
        var asOf = inputs.Date(r.AsOf, "asOf", "Ngày tính");
        var completed = inputs.Date(r.SentenceCompletedOn, "sentenceCompletedOn", "Ngày chấp hành xong án phạt tù");
        if (!inputs.Valid) return inputs.Invalid<LoanEligibilityResponse>();
        var input = new LoanInput(asOf, completed, r.HasCompletionCertificate, r.OnCommuneList, r.HasOutstandingSamePurposeDebt);
        inputs.AddAll(Domain.Rules.LoanEligibility.Validate(input));
        if (!inputs.Valid) return inputs.Invalid<LoanEligibilityResponse>();
        var x = Domain.Rules.LoanEligibility.Evaluate(input, p);
        return Outcome<LoanEligibilityResponse>.Ok(new(x.Eligible, x.WindowEndsOn, CriterionDto.From(x.Criteria)));
    }

    static List<(DateOnly On, int Months)> Items(List<ShorteningRequestItem>? items, string field, string label, RuleInputs inputs)
    {
        var list = new List<(DateOnly, int)>();
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var it = items![i];
            if (it is null) { inputs.Add($"{field}[{i}]", FormMessages.Required($"{label} thứ {i + 1}")); continue; }
            list.Add((inputs.Date(it.DecidedOn, $"{field}[{i}].decidedOn", $"Ngày quyết định {label} thứ {i + 1}"),
                inputs.Int(it.Months, $"{field}[{i}].months", $"Số tháng của {label} thứ {i + 1}", 1, 60)));
        }
        return list;
    }
}
