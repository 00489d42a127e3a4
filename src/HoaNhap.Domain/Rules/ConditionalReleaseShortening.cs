using static HoaNhap.Domain.Text.VietnameseDate;

namespace HoaNhap.Domain.Rules;

/// <summary>
/// Shortening the probation of a conditional early release (rút ngắn thời gian thử thách của
/// người được tha tù trước thời hạn có điều kiện), legal-rules.md §6.2, read from a low-reliability
/// copy of an official summary, so every value is a "to verify" parameter: after 1/2 of the
/// probation (BLHS 2015 Điều 66 khoản 4), at most once a year, 3 months to 2 years each time; when
/// less than 3 months remain the whole remainder may be cut (Nghị quyết 01/2018/NQ-HĐTP, recalled).
/// The probation equals the remaining prison term and runs from the release. Progress is assessed
/// by the commune and the court, not computed here.
/// </summary>
public static class ConditionalReleaseShortening
{
    public static ShorteningResult Evaluate(ShorteningInput input, RuleParameters p)
    {
        var asOf = input.AsOf;
        var minServed = p.Fraction(RuleKeys.EarlyReleaseShortenMinServed, asOf);
        var minMonths = p.Int(RuleKeys.EarlyReleaseShortenMinMonths, asOf);
        var maxMonths = p.Int(RuleKeys.EarlyReleaseShortenMaxMonths, asOf);
        var intervalYears = p.Int(RuleKeys.EarlyReleaseShortenIntervalYears, asOf);

        var start = input.ProbationStartedOn;
        var shortened = input.PreviousShortenings.Sum(s => s.Months);
        var originalEnd = Periods.EndAfterMonths(start, input.ProbationMonths);
        var currentEnd = ProbationShortening.EndsOn(start, input.ProbationMonths, shortened);
        var halfOn = Periods.FractionReachedOn(start, originalEnd, minServed);
        var last = input.PreviousShortenings.Count > 0 ? input.PreviousShortenings.MaxBy(s => s.DecidedOn) : null;
        DateOnly? intervalFrom = last is null ? null : Periods.EndAfterYears(last.DecidedOn, intervalYears).AddDays(1);

        // Longest ordinary shortening decided on asOf: whole months that still leave the end after the decision.
        var ordinary = 0;
        for (var m = maxMonths; m >= minMonths && m >= 1; m--)
            if (ProbationShortening.EndsOn(start, input.ProbationMonths, shortened + m) > asOf) { ordinary = m; break; }
        // Less than `minMonths` months remain: the whole remainder may be cut.
        var whole = asOf < currentEnd && currentEnd < Periods.EndAfterMonths(asOf, minMonths);

        var halfMet = asOf >= halfOn;
        var intervalMet = intervalFrom is not { } iv || asOf >= iv;
        var roomMet = ordinary > 0 || whole;
        var eligible = halfMet && intervalMet && roomMet && asOf < currentEnd;
        var timeFrom = intervalFrom is { } f && f > halfOn ? f : halfOn;

        var criteria = new List<Criterion>
        {
            new($"Đã chấp hành {minServed} thời gian thử thách", halfMet,
                halfMet ? $"Đủ {minServed} thời gian thử thách từ ngày {Format(halfOn)}."
                    : $"Chưa đủ {minServed} thời gian thử thách: đến ngày {Format(halfOn)} mới đủ.", halfOn),
            new("Mỗi năm chỉ được rút ngắn một lần", intervalMet,
                last is null ? "Chưa được rút ngắn lần nào."
                    : intervalMet ? $"Lần rút ngắn gần nhất ngày {Format(last.DecidedOn)} đã quá một năm."
                    : $"Lần rút ngắn gần nhất ngày {Format(last.DecidedOn)}; từ ngày {Format(intervalFrom!.Value)} mới được xét lần tiếp theo.",
                intervalFrom),
            new("Còn thời gian thử thách để rút ngắn", roomMet,
                whole ? $"Thời gian thử thách còn lại dưới {minMonths} tháng nên có thể được rút ngắn hết phần còn lại."
                    : ordinary > 0 ? $"Có thể rút ngắn từ {minMonths} đến {ordinary} tháng."
                    : "Thời gian thử thách còn lại không đủ để rút ngắn."),
        };
        var steps = new List<string>
        {
            $"Thời gian thử thách {input.ProbationMonths} tháng tính từ ngày {Format(start)}, hiện kết thúc ngày {Format(currentEnd)}"
                + (shortened > 0 ? $" (đã được rút ngắn {shortened} tháng)." : "."),
            $"Mỗi lần rút ngắn từ {minMonths} tháng đến {maxMonths} tháng; còn dưới {minMonths} tháng thì có thể rút ngắn hết "
                + "(Bộ luật Hình sự 2015, Điều 66 khoản 4; Nghị quyết 01/2018/NQ-HĐTP — cần kiểm tra văn bản).",
        };
        return new ShorteningResult(eligible, eligible ? timeFrom : (timeFrom > asOf ? timeFrom : asOf), currentEnd,
            eligible ? ordinary : 0, eligible && whole, criteria, steps);
    }
}
