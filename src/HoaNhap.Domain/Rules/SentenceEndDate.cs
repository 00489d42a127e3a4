using HoaNhap.Domain.Cases;
using static HoaNhap.Domain.Text.VietnameseDate;

namespace HoaNhap.Domain.Rules;

/// <summary>
/// A community sentence: its type, start (for a suspended sentence, the date of the first-instance
/// judgment), term in months (for a suspended sentence, the probation), days of custody to credit
/// (non-custodial reform only) and months already shortened or reduced by the court.
/// </summary>
public sealed record EndDateInput(SentenceType Type, DateOnly StartedOn, int TermMonths, int CustodyDays, int ShortenedOrReducedMonths);

/// <summary>The last day of the term, and the first day on which the sentence counts as completed.</summary>
public sealed record EndDateResult(DateOnly EndsOn, DateOnly CompletedFrom, IReadOnlyList<string> Steps);

/// <summary>
/// The end date of a community sentence (legal-rules.md §7), counted as the Civil Code counts
/// (BLDS 2015 Điều 147–148): a term of N months from the start ends on the corresponding day N
/// months later. A suspended sentence's probation runs from the first-instance judgment, less the
/// months shortened (LTHAHS 2019 Điều 89); non-custodial reform is reduced by the custody credit
/// (BLHS 2015 Điều 36 khoản 2) and by the months reduced (BLHS 2015 Điều 63); other sentences by
/// the months shortened or reduced. The sentence is completed from the day after the end date;
/// the completion certificate is issued on the end date itself.
/// </summary>
public static class SentenceEndDate
{
    // Input bounds only, so that a typing mistake is caught; the legal limits are in PenaltyLimits.
    const int AdditionalPenaltyMaxMonths = 60;  // BLHS 2015 Điều 41–44: các hình phạt bổ sung này không quá 05 năm [recalled]
    const int OtherMaxMonths = 360;             // BLHS 2015 Điều 55 khoản 1 điểm b: tổng hợp hình phạt tù có thời hạn không quá 30 năm

    /// <summary>Each problem as (camelCase field name, Vietnamese message); nothing when the input can be computed.</summary>
    public static IEnumerable<(string Field, string Message)> Validate(EndDateInput input)
    {
        var problems = new List<(string Field, string Message)>();
        if (!Enum.IsDefined(input.Type))
        {
            problems.Add(("sentenceType", "Cần chọn loại hình phạt."));
            return problems;
        }
        var startOk = PeriodInputChecks.CheckDate(problems, "startedOn", "Ngày bắt đầu", input.StartedOn);

        var (min, max, message) = input.Type switch
        {
            SentenceType.SuspendedSentence => (1, PenaltyLimits.ProbationMaxMonths,
                "Thời gian thử thách phải từ 1 đến 60 tháng, vì thời gian thử thách của án treo không quá 05 năm "
                + "(Bộ luật Hình sự 2015, Điều 65 khoản 1)."),
            SentenceType.NonCustodialReform => (PenaltyLimits.NonCustodialMinMonths, PenaltyLimits.NonCustodialMaxMonths,
                "Thời hạn cải tạo không giam giữ phải từ 6 đến 36 tháng, tức từ 06 tháng đến 03 năm (Bộ luật Hình sự 2015, Điều 36 khoản 1)."),
            SentenceType.ResidenceBan or SentenceType.ControlledResidence or SentenceType.CivicRightsDeprivation or SentenceType.OccupationBan =>
                (1, AdditionalPenaltyMaxMonths, $"Thời hạn {Name(input.Type)} phải từ 1 đến 60 tháng, vì hình phạt này không quá 05 năm "
                    + $"(Bộ luật Hình sự 2015, {Article(input.Type)})."),
            _ => (1, OtherMaxMonths, $"Thời hạn {Name(input.Type)} phải từ 1 đến 360 tháng (không quá 30 năm)."),
        };
        var termOk = input.TermMonths >= min && input.TermMonths <= max;
        if (!termOk) problems.Add(("termMonths", message));

        if (input.Type == SentenceType.NonCustodialReform)
            PeriodInputChecks.CheckCustody(problems, input.CustodyDays, input.StartedOn, input.TermMonths, startOk && termOk);
        else if (input.CustodyDays != 0)
            // BLHS 2015 Điều 36 khoản 2: việc trừ thời gian tạm giữ, tạm giam ở đây chỉ áp dụng cho cải tạo không giam giữ.
            problems.Add(("custodyDays", "Chỉ khấu trừ thời gian tạm giữ, tạm giam vào thời hạn cải tạo không giam giữ; "
                + "với loại hình phạt này, vui lòng để số ngày tạm giữ, tạm giam là 0."));

        if (input.ShortenedOrReducedMonths < 0)
            problems.Add(("shortenedOrReducedMonths", "Số tháng đã được rút ngắn hoặc giảm không được là số âm."));
        else if (termOk && input.ShortenedOrReducedMonths >= input.TermMonths)
            problems.Add(("shortenedOrReducedMonths", $"Số tháng đã được rút ngắn hoặc giảm ({input.ShortenedOrReducedMonths} tháng) "
                + $"phải ít hơn thời hạn ({input.TermMonths} tháng)."));

        return problems;
    }

    /// <summary>The end date and the first day of completion, with the reasoning in Vietnamese.</summary>
    public static EndDateResult Compute(EndDateInput input, RuleParameters p)
    {
        var start = input.StartedOn;
        var months = input.ShortenedOrReducedMonths;
        var imposedEnd = Periods.EndAfterMonths(start, input.TermMonths);
        var steps = new List<string>();
        DateOnly endsOn;

        switch (input.Type)
        {
            case SentenceType.SuspendedSentence:
                endsOn = ProbationShortening.EndsOn(start, input.TermMonths, months);
                steps.Add($"Thời gian thử thách {input.TermMonths} tháng của án treo tính từ ngày tuyên án sơ thẩm {Format(start)} và kết thúc vào "
                    + $"ngày {Format(imposedEnd)} (Bộ luật Hình sự 2015, Điều 65 khoản 1; cách tính thời hạn theo Bộ luật Dân sự 2015, Điều 147 và Điều 148).");
                if (months > 0)
                    steps.Add($"Được Tòa án rút ngắn tổng cộng {months} tháng, trừ vào ngày kết thúc theo bản án, nên thời gian thử thách kết thúc vào "
                        + $"ngày {Format(endsOn)} (Bộ luật Hình sự 2015, Điều 65 khoản 4; Luật Thi hành án hình sự 2019, Điều 89).");
                break;

            case SentenceType.NonCustodialReform:
                var creditPerDay = p.Int(RuleKeys.CustodyCreditDays, start); // BLHS 2015 Điều 36 khoản 2: 1 ngày tạm giữ, tạm giam = 3 ngày
                var credit = input.CustodyDays * creditPerDay;
                var creditedEnd = SentenceReduction.EndsOn(start, input.TermMonths, credit, 0);
                endsOn = SentenceReduction.EndsOn(start, input.TermMonths, credit, months);
                steps.Add($"Thời hạn cải tạo không giam giữ {input.TermMonths} tháng tính từ ngày {Format(start)}, nếu không có khấu trừ, kết thúc "
                    + $"vào ngày {Format(imposedEnd)} (Bộ luật Hình sự 2015, Điều 36; cách tính thời hạn theo Bộ luật Dân sự 2015, Điều 147 và Điều 148).");
                steps.Add(SentenceReduction.CustodyStep(input.CustodyDays, creditPerDay, creditedEnd));
                if (months > 0)
                    steps.Add($"Được Tòa án giảm tổng cộng {months} tháng, trừ vào ngày {Format(creditedEnd)}, nên thời hạn kết thúc vào ngày "
                        + $"{Format(endsOn)} (Bộ luật Hình sự 2015, Điều 63).");
                if (credit >= Periods.Days(start, imposedEnd))
                    steps.Add("Thời gian tạm giữ, tạm giam được khấu trừ đã bằng hoặc vượt thời hạn cải tạo không giam giữ, nên người bị kết án "
                        + "không còn phải chấp hành thời hạn nào kể từ ngày bắt đầu.");
                break;

            default:
                endsOn = imposedEnd.AddMonths(-months);
                var term = input.Type == SentenceType.ConditionalEarlyRelease ? "Thời gian thử thách" : $"Thời hạn {Name(input.Type)}";
                steps.Add($"{term} {input.TermMonths} tháng tính từ ngày {Format(start)} và kết thúc vào ngày {Format(imposedEnd)} "
                    + $"(Bộ luật Hình sự 2015, {Article(input.Type)}; cách tính thời hạn theo Bộ luật Dân sự 2015, Điều 147 và Điều 148).");
                if (months > 0)
                    steps.Add(input.Type == SentenceType.ConditionalEarlyRelease
                        ? $"Được Tòa án rút ngắn tổng cộng {months} tháng thời gian thử thách, trừ vào ngày kết thúc, nên thời gian thử thách kết thúc "
                          + $"vào ngày {Format(endsOn)} (Bộ luật Hình sự 2015, Điều 66 khoản 4)."
                        : $"Được rút ngắn hoặc giảm tổng cộng {months} tháng theo quyết định của Tòa án, trừ vào ngày kết thúc, nên thời hạn kết thúc "
                          + $"vào ngày {Format(endsOn)}.");
                break;
        }

        var completedFrom = endsOn.AddDays(1);
        steps.Add(input.Type is SentenceType.DeferredImprisonment or SentenceType.SuspendedImprisonment
            // BLHS 2015 Điều 67, Điều 68: hết thời hạn hoãn, tạm đình chỉ thì người bị kết án phải chấp hành (tiếp) hình phạt tù.
            ? $"Ngày cuối cùng của thời hạn {Name(input.Type)} là {Format(endsOn)}; kể từ ngày {Format(completedFrom)}, người bị kết án "
              + $"phải chấp hành hoặc tiếp tục chấp hành hình phạt tù (Bộ luật Hình sự 2015, {Article(input.Type)}; Bộ luật Dân sự 2015, Điều 148)."
            : $"Ngày cuối cùng của thời hạn là {Format(endsOn)}, cũng là ngày cấp giấy chứng nhận chấp hành xong; người chấp hành án "
              + $"được coi là đã chấp hành xong kể từ ngày {Format(completedFrom)}, ngày tiếp theo sau khi thời hạn kết thúc "
              + "(Bộ luật Dân sự 2015, Điều 148).");

        return new EndDateResult(endsOn, completedFrom, steps);
    }

    static string Name(SentenceType t) => CaseText.Sentence(t).ToLowerInvariant();

    static string Article(SentenceType t) => t switch
    {
        SentenceType.OccupationBan => "Điều 41",
        SentenceType.ResidenceBan => "Điều 42",
        SentenceType.ControlledResidence => "Điều 43",
        SentenceType.CivicRightsDeprivation => "Điều 44",
        SentenceType.ConditionalEarlyRelease => "Điều 66",
        SentenceType.DeferredImprisonment => "Điều 67",
        SentenceType.SuspendedImprisonment => "Điều 68",
        SentenceType.SuspendedSentence => "Điều 65",
        SentenceType.NonCustodialReform => "Điều 36",
        _ => t.ToString(),
    };
}

/// <summary>Input checks shared by the period rules (probation shortening, sentence reduction, remission, end date).</summary>
internal static class PeriodInputChecks
{
    static readonly DateOnly Earliest = new(1900, 1, 1);
    static readonly DateOnly Latest = new(2199, 12, 31);

    /// <summary>Adds a problem when the date lies outside the range the rules can count in; true when it is inside.</summary>
    public static bool CheckDate(List<(string Field, string Message)> problems, string field, string label, DateOnly date)
    {
        if (date >= Earliest && date <= Latest) return true;
        problems.Add((field, $"{label} phải trong khoảng từ {Format(Earliest)} đến {Format(Latest)}."));
        return false;
    }

    /// <summary>Days of custody: not negative and not more than the days of the term (checked only when the term is known).</summary>
    public static void CheckCustody(List<(string Field, string Message)> problems, int custodyDays, DateOnly start, int termMonths, bool termKnown)
    {
        if (custodyDays < 0)
        {
            problems.Add(("custodyDays", "Số ngày bị tạm giữ, tạm giam không được là số âm."));
            return;
        }
        if (!termKnown) return;
        var termDays = Periods.Days(start, Periods.EndAfterMonths(start, termMonths));
        if (custodyDays > termDays)
            problems.Add(("custodyDays", $"Số ngày bị tạm giữ, tạm giam ({custodyDays} ngày) không được vượt quá số ngày của thời hạn "
                + $"cải tạo không giam giữ ({termDays} ngày)."));
    }
}
