using static HoaNhap.Domain.Text.VietnameseDate;

namespace HoaNhap.Domain.Rules;

/// <summary>A court decision that shortened the probation of a suspended sentence.</summary>
public sealed record PriorShortening(DateOnly DecidedOn, int Months);

/// <summary>
/// A suspended sentence's probation as it stands on <see cref="AsOf"/> (the day the court would
/// decide). <see cref="ProbationStartedOn"/> is the date of the first-instance judgment.
/// </summary>
public sealed record ShorteningInput(
    DateOnly AsOf,
    DateOnly ProbationStartedOn,
    int ProbationMonths,
    IReadOnlyList<PriorShortening> PreviousShortenings,
    bool MeritoriousActOrGraveIllness);

/// <summary>
/// <see cref="EligibleNow"/> is true when every criterion is met on the date examined.
/// <see cref="EligibleFrom"/> is, when eligible now, the day the time conditions (1/2 served, a year
/// since the last decision) were met; otherwise the first later day on which every criterion will
/// be met, or, when that cannot happen before the probation ends, the day the time conditions are met.
/// <see cref="MaxMonthsNow"/> is the longest ordinary shortening allowed on that date (0 when
/// none); <see cref="WholeRemainderAllowed"/> says whether the whole remaining probation may be cut.
/// </summary>
public sealed record ShorteningResult(
    bool EligibleNow,
    DateOnly EligibleFrom,
    DateOnly CurrentEndsOn,
    int MaxMonthsNow,
    bool WholeRemainderAllowed,
    IReadOnlyList<Criterion> Criteria,
    IReadOnlyList<string> Steps);

/// <summary>
/// Shortening the probation of a suspended sentence (rút ngắn thời gian thử thách của án treo).
/// BLHS 2015 Điều 65 khoản 4; LTHAHS 2019 Điều 89; read as in legal-rules.md "How to use it in
/// code" item 7:
/// <list type="bullet">
/// <item>the person must have served 1/2 of the probation as imposed;</item>
/// <item>"once a year": the decision must fall after the 1-year period that follows the previous
/// shortening decision has ended. Counted as the Civil Code counts (BLDS 2015 Điều 147–148), that
/// period starts the day after the decision and ends on its anniversary, so the first day a new
/// decision is allowed is the day after the anniversary (decided 01/09/2025 → from 02/09/2026);</item>
/// <item>an ordinary shortening is 1–12 whole months and leaves the new end date after the
/// decision date and on or after the 3/4 point of the probation as imposed;</item>
/// <item>the whole remainder may be cut when at most 1 month remains, or for a meritorious act or
/// a grave illness (a separate case, not bound by the 3/4 point).</item>
/// </list>
/// Progress and the proposal of the commune People's Committee are assessed by the commune and the
/// court; they are not computed here. The date examined stands for the court's decision date.
/// </summary>
public static class ProbationShortening
{
    /// <summary>Each problem as (camelCase field name, Vietnamese message); nothing when the input can be evaluated.</summary>
    public static IEnumerable<(string Field, string Message)> Validate(ShorteningInput input)
    {
        var problems = new List<(string Field, string Message)>();
        var start = input.ProbationStartedOn;

        PeriodInputChecks.CheckDate(problems, "asOf", "Ngày xét", input.AsOf);
        PeriodInputChecks.CheckDate(problems, "probationStartedOn", "Ngày bắt đầu thời gian thử thách", start);

        // BLHS 2015 Điều 65 khoản 1: thời gian thử thách không quá 05 năm.
        if (input.ProbationMonths < 1 || input.ProbationMonths > PenaltyLimits.ProbationMaxMonths)
            problems.Add(("probationMonths", "Thời gian thử thách phải từ 1 đến 60 tháng, "
                + "vì thời gian thử thách của án treo không quá 05 năm (Bộ luật Hình sự 2015, Điều 65 khoản 1)."));

        if (input.AsOf < start)
            problems.Add(("asOf", $"Ngày xét không được trước ngày bắt đầu thời gian thử thách ({Format(start)})."));

        var previous = input.PreviousShortenings ?? [];
        var total = 0L;
        for (var i = 0; i < previous.Count; i++)
        {
            var item = previous[i];
            var field = $"previousShortenings[{i}]";
            var n = i + 1;
            if (item is null)
            {
                problems.Add((field, $"Lần rút ngắn thứ {n} chưa có thông tin."));
                continue;
            }
            if (item.DecidedOn < start)
                problems.Add(($"{field}.decidedOn", $"Ngày quyết định rút ngắn lần thứ {n} không được trước ngày bắt đầu thời gian thử thách ({Format(start)})."));
            else if (item.DecidedOn > input.AsOf)
                problems.Add(($"{field}.decidedOn", $"Ngày quyết định rút ngắn lần thứ {n} không được sau ngày xét ({Format(input.AsOf)})."));
            else if (i > 0 && previous[i - 1] is { } before && item.DecidedOn < before.DecidedOn)
                problems.Add(($"{field}.decidedOn", $"Các lần rút ngắn phải được nhập theo thứ tự thời gian: ngày quyết định lần thứ {n} "
                    + $"không được trước ngày quyết định lần thứ {n - 1} ({Format(before.DecidedOn)})."));

            if (item.Months < 1)
                problems.Add(($"{field}.months", $"Số tháng được rút ngắn ở lần thứ {n} phải từ 1 tháng trở lên."));
            else
                total += item.Months;
        }

        if (input.ProbationMonths >= 1 && total >= input.ProbationMonths)
            problems.Add(("previousShortenings", $"Tổng số tháng đã được rút ngắn ({total} tháng) phải ít hơn thời gian thử thách "
                + $"({input.ProbationMonths} tháng); nếu đã được rút ngắn hết thì thời gian thử thách đã kết thúc."));

        return problems;
    }

    /// <summary>Whether the probation may be shortened on <see cref="ShorteningInput.AsOf"/>, by how much, and from when.</summary>
    public static ShorteningResult Evaluate(ShorteningInput input, RuleParameters p)
    {
        var asOf = input.AsOf;
        var minServed = p.Fraction(RuleKeys.ShortenMinServed, asOf);           // BLHS 2015 Điều 65 khoản 4; LTHAHS 2019 Điều 89: đã chấp hành 1/2
        var floorServed = p.Fraction(RuleKeys.ShortenFloorServed, asOf);       // LTHAHS 2019 Điều 89: thực tế chấp hành ít nhất 3/4
        var minMonths = p.Int(RuleKeys.ShortenMinMonths, asOf);               // LTHAHS 2019 Điều 89: mỗi lần từ 01 tháng
        var maxMonths = p.Int(RuleKeys.ShortenMaxMonths, asOf);               // LTHAHS 2019 Điều 89: … đến 01 năm
        var intervalYears = p.Int(RuleKeys.ShortenIntervalYears, asOf);       // LTHAHS 2019 Điều 89: mỗi năm một lần
        var wholeMonths = p.Int(RuleKeys.ShortenWholeRemainderMonths, asOf);  // LTHAHS 2019 Điều 89: còn lại không quá 01 tháng

        var start = input.ProbationStartedOn;
        var previous = input.PreviousShortenings ?? [];
        var shortened = previous.Sum(s => s.Months);
        var originalEnd = Periods.EndAfterMonths(start, input.ProbationMonths);
        var currentEnd = EndsOn(start, input.ProbationMonths, shortened);
        var totalDays = Periods.Days(start, originalEnd);
        var halfOn = Periods.FractionReachedOn(start, originalEnd, minServed);
        var floorOn = Periods.FractionReachedOn(start, originalEnd, floorServed);
        var last = previous.Count > 0 ? previous.MaxBy(s => s.DecidedOn) : null;
        // BLDS 2015 Điều 147–148: the year after the decision ends on its anniversary; the next decision may come the day after.
        DateOnly? intervalEnd = last is null ? null : Periods.EndAfterYears(last.DecidedOn, intervalYears);
        DateOnly? intervalFrom = intervalEnd?.AddDays(1);
        var merit = input.MeritoriousActOrGraveIllness;

        // The end date after shortening m more months, counted as the current end is (see EndsOn).
        DateOnly NewEnd(int m) => EndsOn(start, input.ProbationMonths, shortened + m);

        // Longest ordinary shortening (within the per-time limits) decided on day d.
        int OrdinaryMax(DateOnly d)
        {
            for (var m = maxMonths; m >= minMonths && m >= 1; m--)
                if (NewEnd(m) >= floorOn && NewEnd(m) > d) return m;
            return 0;
        }

        bool RemainderWithin(DateOnly d) => currentEnd <= Periods.EndAfterMonths(d, wholeMonths);
        bool WholeRemainder(DateOnly d) => d < currentEnd && (merit || RemainderWithin(d));
        bool Room(DateOnly d) => OrdinaryMax(d) > 0 || WholeRemainder(d);

        // First day from which at most `wholeMonths` months remain (AddMonths is monotonic, so a short walk finds it).
        var remainderFrom = currentEnd.AddMonths(-wholeMonths).AddDays(-4);
        while (!RemainderWithin(remainderFrom)) remainderFrom = remainderFrom.AddDays(1);

        DateOnly? RoomFrom(DateOnly d)
        {
            if (Room(d)) return d;
            var later = d > remainderFrom ? d : remainderFrom;
            return later < currentEnd ? later : null;
        }

        var halfMet = asOf >= halfOn;
        var intervalMet = intervalFrom is not { } iv || asOf >= iv;
        var ordinaryNow = OrdinaryMax(asOf);
        var wholeNow = WholeRemainder(asOf);
        var roomMet = ordinaryNow > 0 || wholeNow;
        var eligibleNow = halfMet && intervalMet && roomMet;

        // EligibleFrom: when eligible now, the day the time conditions (1/2 served, interval) were met; otherwise the first
        // day from max(that day, asOf) on which every criterion is met, or that day itself when none comes before the end.
        var timeFrom = intervalFrom is { } f && f > halfOn ? f : halfOn;
        var eligibleFrom = eligibleNow ? timeFrom : RoomFrom(timeFrom > asOf ? timeFrom : asOf) ?? timeFrom;

        var maxNow = eligibleNow ? ordinaryNow : 0;
        var wholeAllowed = eligibleNow && wholeNow;

        // ---- criteria
        var served = Math.Max(0, Periods.Days(start, asOf));
        var criteria = new List<Criterion>
        {
            new($"Đã chấp hành ít nhất {minServed} thời gian thử thách", halfMet, halfMet
                ? $"Đến ngày {Format(asOf)} đã chấp hành {served} ngày trên tổng số {totalDays} ngày thời gian thử thách; "
                  + $"mốc {minServed} thời gian thử thách là ngày {Format(halfOn)}."
                : $"Đến ngày {Format(asOf)} mới chấp hành {served} ngày trên tổng số {totalDays} ngày thời gian thử thách; "
                  + $"phải đến ngày {Format(halfOn)} mới chấp hành đủ {minServed} thời gian thử thách.",
                halfOn),
            IntervalCriterion(),
            RoomCriterion(),
        };

        Criterion IntervalCriterion()
        {
            var name = $"Đã qua {intervalYears} năm kể từ lần rút ngắn trước";
            if (last is null || intervalEnd is not { } end || intervalFrom is not { } from)
                return new(name, true, "Người được hưởng án treo chưa được rút ngắn thời gian thử thách lần nào.");
            return new(name, intervalMet, intervalMet
                ? $"Lần rút ngắn gần nhất theo quyết định ngày {Format(last.DecidedOn)}; thời hạn {intervalYears} năm kể từ ngày đó "
                  + $"kết thúc vào ngày {Format(end)}, nên từ ngày {Format(from)} đã có thể xét rút ngắn lần tiếp theo."
                : $"Lần rút ngắn gần nhất theo quyết định ngày {Format(last.DecidedOn)}; thời hạn {intervalYears} năm kể từ ngày đó "
                  + $"kết thúc vào ngày {Format(end)}, nên phải từ ngày {Format(from)} mới được xét rút ngắn lần tiếp theo.",
                from);
        }

        Criterion RoomCriterion()
        {
            var name = $"Còn có thể rút ngắn mà vẫn bảo đảm đã chấp hành {floorServed} thời gian thử thách";
            if (asOf >= currentEnd)
                return new(name, false, $"Thời gian thử thách đã kết thúc vào ngày {Format(currentEnd)}; không còn thời gian để rút ngắn.");
            if (ordinaryNow > 0)
                return new(name, true, $"Xét riêng điều kiện này, nếu Tòa án quyết định vào ngày {Format(asOf)} thì có thể rút ngắn tối đa {ordinaryNow} tháng: "
                    + $"ngày kết thúc mới là {Format(NewEnd(ordinaryNow))}, vẫn sau ngày quyết định và không trước mốc {floorServed} "
                    + $"thời gian thử thách là ngày {Format(floorOn)}.");

            var oneMonthEnd = NewEnd(Math.Max(1, minMonths));
            var blocked = oneMonthEnd < floorOn
                ? $"Nếu rút ngắn {Math.Max(1, minMonths)} tháng thì ngày kết thúc mới ({Format(oneMonthEnd)}) sẽ trước mốc {floorServed} "
                  + $"thời gian thử thách là ngày {Format(floorOn)}"
                : $"Nếu rút ngắn {Math.Max(1, minMonths)} tháng thì ngày kết thúc mới ({Format(oneMonthEnd)}) sẽ không sau ngày xét {Format(asOf)}";
            if (wholeNow)
                return new(name, true, merit
                    ? blocked + "; tuy nhiên người được hưởng án treo đã lập công hoặc mắc bệnh hiểm nghèo nên có thể được rút ngắn hết thời gian thử thách còn lại."
                    : blocked + $"; tuy nhiên thời gian thử thách còn lại không quá {wholeMonths} tháng nên có thể được rút ngắn hết thời gian thử thách còn lại.");
            var later = RoomFrom(asOf);
            return later is { } l
                ? new(name, false, blocked + $". Từ ngày {Format(l)}, khi thời gian thử thách còn lại không quá {wholeMonths} tháng, "
                    + "có thể xét rút ngắn hết thời gian thử thách còn lại.", l)
                : new(name, false, blocked + ".");
        }

        // ---- steps
        var steps = new List<string>
        {
            $"Thời gian thử thách {input.ProbationMonths} tháng tính từ ngày tuyên án sơ thẩm {Format(start)} và kết thúc vào ngày "
                + $"{Format(originalEnd)} (Bộ luật Hình sự 2015, Điều 65 khoản 1; cách tính thời hạn theo Bộ luật Dân sự 2015, Điều 147 và Điều 148).",
            previous.Count == 0
                ? $"Chưa có quyết định rút ngắn nào, nên thời gian thử thách hiện kết thúc vào ngày {Format(currentEnd)}."
                : $"Đã được rút ngắn {previous.Count} lần, tổng cộng {shortened} tháng. Tổng số tháng này được trừ một lần vào ngày kết thúc "
                  + $"theo bản án ({Format(originalEnd)}), nên thời gian thử thách hiện kết thúc vào ngày {Format(currentEnd)} "
                  + "(Luật Thi hành án hình sự 2019, Điều 89).",
            $"Mốc chấp hành {minServed} thời gian thử thách là ngày {Format(halfOn)}, tức sau {Periods.Days(start, halfOn)} ngày "
                + $"trên tổng số {totalDays} ngày (Bộ luật Hình sự 2015, Điều 65 khoản 4; Luật Thi hành án hình sự 2019, Điều 89).",
        };
        if (last is not null && intervalEnd is { } e && intervalFrom is { } fr)
            steps.Add($"Mỗi năm chỉ được rút ngắn một lần: thời hạn {intervalYears} năm kể từ quyết định rút ngắn gần nhất ngày "
                + $"{Format(last.DecidedOn)} kết thúc vào ngày {Format(e)}, nên sớm nhất từ ngày {Format(fr)} mới được xét rút ngắn lần tiếp theo "
                + "(Luật Thi hành án hình sự 2019, Điều 89; Bộ luật Dân sự 2015, Điều 147 và Điều 148).");
        steps.Add($"Mỗi lần rút ngắn từ {minMonths} đến {maxMonths} tháng, và dù được rút ngắn nhiều lần, thời gian thực tế chấp hành "
            + $"phải bảo đảm {floorServed} thời gian thử thách Tòa án đã tuyên, nên ngày kết thúc mới không được trước ngày {Format(floorOn)} "
            + "và phải sau ngày Tòa án quyết định (Luật Thi hành án hình sự 2019, Điều 89).");
        steps.Add($"Ngày xét {Format(asOf)} được coi là ngày Tòa án quyết định.");

        if (eligibleNow)
        {
            if (maxNow > 0)
                steps.Add($"Tại ngày {Format(asOf)}, Tòa án có thể rút ngắn từ {minMonths} đến {maxNow} tháng; nếu rút ngắn {maxNow} tháng "
                    + $"thì thời gian thử thách kết thúc vào ngày {Format(NewEnd(maxNow))}.");
            if (wholeAllowed)
                steps.Add(merit
                    ? "Người được hưởng án treo đã lập công hoặc mắc bệnh hiểm nghèo, nên Tòa án có thể rút ngắn hết thời gian thử thách còn lại "
                      + "(Luật Thi hành án hình sự 2019, Điều 89)."
                    : $"Tại ngày {Format(asOf)}, thời gian thử thách còn lại không quá {wholeMonths} tháng, nên Tòa án có thể rút ngắn hết "
                      + "thời gian thử thách còn lại (Luật Thi hành án hình sự 2019, Điều 89).");
        }
        else if (RoomFrom(eligibleFrom) is not null && eligibleFrom > asOf)
            steps.Add($"Tại ngày {Format(asOf)}, chưa đủ điều kiện để xét rút ngắn thời gian thử thách; sớm nhất từ ngày {Format(eligibleFrom)}.");
        else
            steps.Add($"Tại ngày {Format(asOf)}, không còn có thể xét rút ngắn thời gian thử thách trước khi thời gian thử thách kết thúc "
                + $"vào ngày {Format(currentEnd)}.");

        steps.Add("Điều kiện có nhiều tiến bộ (chấp hành nghiêm chỉnh pháp luật và các nghĩa vụ, tích cực học tập, lao động, sửa chữa lỗi lầm "
            + "hoặc lập thành tích) và văn bản đề nghị của Ủy ban nhân dân cấp xã hoặc cơ quan, tổ chức được giao giám sát, giáo dục "
            + "do Ủy ban nhân dân cấp xã, cơ quan thi hành án hình sự và Tòa án đánh giá; hệ thống không tính toán điều kiện này "
            + "(Bộ luật Hình sự 2015, Điều 65 khoản 4; Luật Thi hành án hình sự 2019, Điều 89 và Điều 90).");

        return new ShorteningResult(eligibleNow, eligibleFrom, currentEnd, maxNow, wholeAllowed, criteria, steps);
    }

    /// <summary>
    /// End of the probation after <paramref name="shortenedMonths"/> months in all have been cut:
    /// the total is taken off the end date of the probation as imposed, in one subtraction
    /// (AddMonths(-total)), because each decision cuts months off the end of the probation and
    /// subtracting the total at once keeps a month-end date from drifting earlier decision by
    /// decision (31/03 − 1 − 1 month would give 28/01, not 31/01).
    /// </summary>
    internal static DateOnly EndsOn(DateOnly start, int probationMonths, int shortenedMonths) =>
        Periods.EndAfterMonths(start, probationMonths).AddMonths(-shortenedMonths);
}
