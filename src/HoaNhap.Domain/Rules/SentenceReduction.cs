using static HoaNhap.Domain.Text.VietnameseDate;

namespace HoaNhap.Domain.Rules;

/// <summary>A court decision that reduced the term of non-custodial reform.</summary>
public sealed record PriorReduction(DateOnly DecidedOn, int Months);

/// <summary>
/// A term of non-custodial reform as it stands on <see cref="AsOf"/> (the day the court would
/// decide): started on <see cref="StartedOn"/>, imposed for <see cref="TermMonths"/> months, with
/// <see cref="CustodyDays"/> days of custody to credit.
/// </summary>
public sealed record ReductionInput(
    DateOnly AsOf,
    DateOnly StartedOn,
    int TermMonths,
    int CustodyDays,
    IReadOnlyList<PriorReduction> PreviousReductions);

/// <summary>
/// <see cref="EligibleNow"/> is true when every criterion is met on the date examined;
/// <see cref="MaxMonthsNow"/> is the most whole months the term can still be reduced by then (0 when none).
/// </summary>
public sealed record ReductionResult(
    bool EligibleNow,
    DateOnly EligibleFrom,
    DateOnly CurrentEndsOn,
    int MaxMonthsNow,
    IReadOnlyList<Criterion> Criteria,
    IReadOnlyList<string> Steps);

/// <summary>
/// Reducing the term of non-custodial reform (giảm thời hạn chấp hành án phạt cải tạo không giam
/// giữ), BLHS 2015 Điều 63 khoản 1–2 (values recalled, so both fractions are rule parameters):
/// the first reduction needs 1/3 of the term served; after any number of reductions the person
/// must actually serve 1/2 of the term imposed. Time served includes the custody credited under
/// BLHS 2015 Điều 36 khoản 2 (1 day of custody = 3 days), because the judgment counts that
/// credit as part of the term. No per-time cap or interval between reductions is known for this
/// penalty; the court decides the amount. Progress, partial payment of civil obligations and the
/// enforcement agency's proposal are assessed by that agency and the court, not computed here.
/// </summary>
public static class SentenceReduction
{
    /// <summary>Each problem as (camelCase field name, Vietnamese message); nothing when the input can be evaluated.</summary>
    public static IEnumerable<(string Field, string Message)> Validate(ReductionInput input)
    {
        var problems = new List<(string Field, string Message)>();
        var start = input.StartedOn;

        PeriodInputChecks.CheckDate(problems, "asOf", "Ngày xét", input.AsOf);
        var startOk = PeriodInputChecks.CheckDate(problems, "startedOn", "Ngày bắt đầu chấp hành", start);

        // BLHS 2015 Điều 36 khoản 1: cải tạo không giam giữ từ 06 tháng đến 03 năm.
        var termOk = input.TermMonths is >= PenaltyLimits.NonCustodialMinMonths and <= PenaltyLimits.NonCustodialMaxMonths;
        if (!termOk)
            problems.Add(("termMonths", "Thời hạn cải tạo không giam giữ phải từ 6 đến 36 tháng, tức từ 06 tháng đến 03 năm "
                + "(Bộ luật Hình sự 2015, Điều 36 khoản 1)."));

        PeriodInputChecks.CheckCustody(problems, input.CustodyDays, start, input.TermMonths, startOk && termOk);

        if (input.AsOf < start)
            problems.Add(("asOf", $"Ngày xét không được trước ngày bắt đầu chấp hành ({Format(start)})."));

        var previous = input.PreviousReductions ?? [];
        var total = 0L;
        for (var i = 0; i < previous.Count; i++)
        {
            var item = previous[i];
            var field = $"previousReductions[{i}]";
            var n = i + 1;
            if (item is null)
            {
                problems.Add((field, $"Lần giảm thứ {n} chưa có thông tin."));
                continue;
            }
            if (item.DecidedOn < start)
                problems.Add(($"{field}.decidedOn", $"Ngày quyết định giảm lần thứ {n} không được trước ngày bắt đầu chấp hành ({Format(start)})."));
            else if (item.DecidedOn > input.AsOf)
                problems.Add(($"{field}.decidedOn", $"Ngày quyết định giảm lần thứ {n} không được sau ngày xét ({Format(input.AsOf)})."));
            else if (i > 0 && previous[i - 1] is { } before && item.DecidedOn < before.DecidedOn)
                problems.Add(($"{field}.decidedOn", $"Các lần giảm phải được nhập theo thứ tự thời gian: ngày quyết định lần thứ {n} "
                    + $"không được trước ngày quyết định lần thứ {n - 1} ({Format(before.DecidedOn)})."));

            if (item.Months < 1)
                problems.Add(($"{field}.months", $"Số tháng được giảm ở lần thứ {n} phải từ 1 tháng trở lên."));
            else
                total += item.Months;
        }

        if (termOk && total >= input.TermMonths)
            problems.Add(("previousReductions", $"Tổng số tháng đã được giảm ({total} tháng) phải ít hơn thời hạn cải tạo không giam giữ "
                + $"({input.TermMonths} tháng)."));

        return problems;
    }

    /// <summary>Whether the term may be reduced on <see cref="ReductionInput.AsOf"/>, by how much at most, and from when.</summary>
    public static ReductionResult Evaluate(ReductionInput input, RuleParameters p)
    {
        var asOf = input.AsOf;
        var minServed = p.Fraction(RuleKeys.ReformReduceMinServed, asOf);      // BLHS 2015 Điều 63 khoản 1: xét giảm lần đầu khi đã chấp hành 1/3
        var floorServed = p.Fraction(RuleKeys.ReformReduceFloorServed, asOf);  // BLHS 2015 Điều 63 khoản 2: thực tế chấp hành ít nhất 1/2
        var creditPerDay = p.Int(RuleKeys.CustodyCreditDays, asOf);           // BLHS 2015 Điều 36 khoản 2: 1 ngày tạm giữ, tạm giam = 3 ngày

        var start = input.StartedOn;
        var previous = input.PreviousReductions ?? [];
        var reduced = previous.Sum(r => r.Months);
        var termEnd = Periods.EndAfterMonths(start, input.TermMonths);
        var totalDays = Periods.Days(start, termEnd);
        var credit = input.CustodyDays * creditPerDay;
        var creditedEnd = EndsOn(start, input.TermMonths, credit, 0);
        var currentEnd = EndsOn(start, input.TermMonths, credit, reduced);

        // Time served on day d = days since the start + days credited; so a fraction is reached `credit` days earlier.
        DateOnly Reached(Fraction f)
        {
            var on = Periods.FractionReachedOn(start, termEnd, f).AddDays(-credit);
            return on < start ? start : on;
        }
        var thirdOn = Reached(minServed);
        var floorOn = Reached(floorServed);
        DateOnly NewEnd(int m) => EndsOn(start, input.TermMonths, credit, reduced + m);

        // BLHS 2015 Điều 63: no per-time cap is known, so only the 1/2 floor and the decision date bound it.
        var room = 0;
        while (room < input.TermMonths && NewEnd(room + 1) >= floorOn && NewEnd(room + 1) > asOf) room++;

        var thirdMet = asOf >= thirdOn;
        var roomMet = room > 0;
        var eligibleNow = thirdMet && roomMet;
        var maxNow = eligibleNow ? room : 0;
        var served = Math.Max(0, Periods.Days(start, asOf)) + credit;

        var thirdName = $"Đã chấp hành ít nhất {minServed} thời hạn cải tạo không giam giữ";
        var roomName = $"Còn có thể giảm mà vẫn bảo đảm thực tế chấp hành {floorServed} thời hạn đã tuyên";
        var criteria = new List<Criterion>
        {
            new(thirdName, thirdMet, thirdMet
                ? $"Đến ngày {Format(asOf)} đã chấp hành {served} ngày (kể cả thời gian được khấu trừ) trên tổng số {totalDays} ngày; "
                  + $"mốc {minServed} thời hạn là ngày {Format(thirdOn)}."
                : $"Đến ngày {Format(asOf)} mới chấp hành {served} ngày (kể cả thời gian được khấu trừ) trên tổng số {totalDays} ngày; "
                  + $"phải đến ngày {Format(thirdOn)} mới chấp hành đủ {minServed} thời hạn.",
                thirdOn),
            asOf >= currentEnd
                ? new(roomName, false, $"Thời hạn cải tạo không giam giữ đã kết thúc vào ngày {Format(currentEnd)}; không còn thời gian để giảm.")
                : roomMet
                    ? new(roomName, true, $"Xét riêng điều kiện này, nếu Tòa án quyết định vào ngày {Format(asOf)} thì có thể giảm tối đa {room} tháng: ngày kết thúc mới là "
                        + $"{Format(NewEnd(room))}, vẫn sau ngày quyết định và không trước mốc {floorServed} thời hạn là ngày {Format(floorOn)}.")
                    : NewEnd(1) < floorOn
                        ? new(roomName, false, $"Nếu giảm 1 tháng thì ngày kết thúc mới ({Format(NewEnd(1))}) sẽ trước mốc {floorServed} "
                            + $"thời hạn đã tuyên là ngày {Format(floorOn)}.")
                        : new(roomName, false, $"Nếu giảm 1 tháng thì ngày kết thúc mới ({Format(NewEnd(1))}) sẽ không sau ngày xét {Format(asOf)}."),
        };

        var steps = new List<string>
        {
            $"Thời hạn cải tạo không giam giữ {input.TermMonths} tháng tính từ ngày {Format(start)}, nếu không có khấu trừ, kết thúc vào ngày "
                + $"{Format(termEnd)} (Bộ luật Hình sự 2015, Điều 36; cách tính thời hạn theo Bộ luật Dân sự 2015, Điều 147 và Điều 148).",
            CustodyStep(input.CustodyDays, creditPerDay, creditedEnd),
            previous.Count == 0
                ? $"Chưa có quyết định giảm thời hạn nào, nên thời hạn hiện kết thúc vào ngày {Format(currentEnd)}."
                : $"Đã được giảm {previous.Count} lần, tổng cộng {reduced} tháng, trừ vào ngày kết thúc {Format(creditedEnd)}, nên thời hạn hiện "
                  + $"kết thúc vào ngày {Format(currentEnd)} (Bộ luật Hình sự 2015, Điều 63).",
            $"Thời gian đã chấp hành gồm số ngày kể từ ngày bắt đầu và số ngày được khấu trừ; mốc chấp hành {minServed} thời hạn là ngày "
                + $"{Format(thirdOn)} (Bộ luật Hình sự 2015, Điều 63 khoản 1).",
            $"Dù được giảm nhiều lần, thời gian thực tế chấp hành phải bảo đảm {floorServed} thời hạn đã tuyên, nên ngày kết thúc mới không được "
                + $"trước ngày {Format(floorOn)} và phải sau ngày Tòa án quyết định (Bộ luật Hình sự 2015, Điều 63 khoản 2).",
            "Chưa xác định được quy định về mức giảm tối đa mỗi lần và khoảng cách giữa các lần giảm thời hạn cải tạo không giam giữ; "
                + $"số tháng tối đa nêu dưới đây chỉ bảo đảm mốc {floorServed} thời hạn, mức giảm cụ thể do Tòa án quyết định.",
            $"Ngày xét {Format(asOf)} được coi là ngày Tòa án quyết định.",
            eligibleNow
                ? $"Tại ngày {Format(asOf)}, Tòa án có thể giảm từ 1 đến {maxNow} tháng; nếu giảm {maxNow} tháng thì thời hạn kết thúc vào ngày "
                  + $"{Format(NewEnd(maxNow))}."
                : !thirdMet && NewEnd(1) >= floorOn && NewEnd(1) > thirdOn
                    ? $"Tại ngày {Format(asOf)}, chưa đủ điều kiện để xét giảm thời hạn; sớm nhất từ ngày {Format(thirdOn)}."
                    : $"Tại ngày {Format(asOf)}, không còn có thể xét giảm thời hạn mà vẫn bảo đảm mốc {floorServed} thời hạn đã tuyên.",
        };
        if (p.Get(RuleKeys.ReformReduceMinServed, asOf).Status == SourceStatus.ToVerify
            || p.Get(RuleKeys.ReformReduceFloorServed, asOf).Status == SourceStatus.ToVerify)
            steps.Add($"Các tỷ lệ {minServed} và {floorServed} được ghi nhận khi chưa đối chiếu được văn bản Bộ luật Hình sự 2015, Điều 63; "
                + "cần kiểm tra lại trên trang tham số quy tắc.");
        steps.Add("Điều kiện có nhiều tiến bộ, đã bồi thường được một phần nghĩa vụ dân sự và văn bản đề nghị của cơ quan thi hành án hình sự "
            + "có thẩm quyền do cơ quan thi hành án hình sự và Tòa án đánh giá; hệ thống không tính toán điều kiện này "
            + "(Bộ luật Hình sự 2015, Điều 63 khoản 1).");

        return new ReductionResult(eligibleNow, thirdOn, currentEnd, maxNow, criteria, steps);
    }

    /// <summary>
    /// End of the term: the end as imposed, less the credited custody days (BLHS 2015 Điều 36
    /// khoản 2), less the months reduced in one subtraction (BLHS 2015 Điều 63); never before the start.
    /// </summary>
    internal static DateOnly EndsOn(DateOnly start, int termMonths, int creditedDays, int reducedMonths)
    {
        var end = Periods.EndAfterMonths(start, termMonths).AddDays(-creditedDays).AddMonths(-reducedMonths);
        return end < start ? start : end;
    }

    /// <summary>The step that explains the custody credit (BLHS 2015 Điều 36 khoản 2).</summary>
    internal static string CustodyStep(int custodyDays, int creditPerDay, DateOnly creditedEnd) => custodyDays == 0
        ? "Không có thời gian tạm giữ, tạm giam được khấu trừ (Bộ luật Hình sự 2015, Điều 36 khoản 2)."
        : $"Được khấu trừ {custodyDays} ngày tạm giữ, tạm giam; mỗi ngày tạm giữ, tạm giam bằng {creditPerDay} ngày cải tạo không giam giữ, "
          + $"tức {custodyDays * creditPerDay} ngày, nên ngày kết thúc lùi lại còn {Format(creditedEnd)} (Bộ luật Hình sự 2015, Điều 36 khoản 2).";
}
