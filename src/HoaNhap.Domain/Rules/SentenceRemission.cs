using static HoaNhap.Domain.Text.VietnameseDate;

namespace HoaNhap.Domain.Rules;

/// <summary>The additional penalties whose remainder the court may waive under BLHS 2015 Điều 62 khoản 6.</summary>
public enum WaivablePenalty { ResidenceBan, ControlledResidence }

/// <summary>
/// A residence ban or controlled residence of <see cref="TermMonths"/> months that started on
/// <see cref="StartedOn"/> (the day the prison term was completed), examined on <see cref="AsOf"/>.
/// </summary>
public sealed record RemissionInput(DateOnly AsOf, WaivablePenalty Penalty, DateOnly StartedOn, int TermMonths);

/// <summary><see cref="EligibleNow"/> is true when every criterion is met on the date examined.</summary>
public sealed record RemissionResult(
    bool EligibleNow,
    DateOnly EligibleFrom,
    DateOnly EndsOn,
    IReadOnlyList<Criterion> Criteria,
    IReadOnlyList<string> Steps);

/// <summary>
/// Remission of the rest of a residence ban (cấm cư trú) or controlled residence (quản chế):
/// BLHS 2015 Điều 62 khoản 6 — after 1/2 of the term, with good reform, on the proposal of the
/// competent enforcement agency, the court may waive the remainder. The term runs from the
/// completion of the prison term (BLHS 2015 Điều 42, Điều 43). Good reform and the proposal are
/// assessed by the agency and the court, not computed here.
/// </summary>
public static class SentenceRemission
{
    // BLHS 2015 Điều 42 khoản 1, Điều 43 khoản 1: cấm cư trú, quản chế từ 01 năm đến 05 năm
    // [recalled]. Used only as an input bound (1..60) so that a typing mistake is caught.
    const int MaxTermMonths = 60;

    /// <summary>Each problem as (camelCase field name, Vietnamese message); nothing when the input can be evaluated.</summary>
    public static IEnumerable<(string Field, string Message)> Validate(RemissionInput input)
    {
        var problems = new List<(string Field, string Message)>();

        if (!Enum.IsDefined(input.Penalty))
            problems.Add(("penalty", "Cần chọn hình phạt được xét miễn: cấm cư trú hoặc quản chế."));

        PeriodInputChecks.CheckDate(problems, "asOf", "Ngày xét", input.AsOf);
        PeriodInputChecks.CheckDate(problems, "startedOn", "Ngày bắt đầu chấp hành", input.StartedOn);

        if (input.TermMonths < 1 || input.TermMonths > MaxTermMonths)
            problems.Add(("termMonths", "Thời hạn phải từ 1 đến 60 tháng, vì cấm cư trú và quản chế không quá 05 năm "
                + "(Bộ luật Hình sự 2015, Điều 42 và Điều 43)."));

        if (input.AsOf < input.StartedOn)
            problems.Add(("asOf", $"Ngày xét không được trước ngày bắt đầu chấp hành ({Format(input.StartedOn)})."));

        return problems;
    }

    /// <summary>Whether the rest of the penalty may be waived on <see cref="RemissionInput.AsOf"/>, and from when.</summary>
    public static RemissionResult Evaluate(RemissionInput input, RuleParameters p)
    {
        var asOf = input.AsOf;
        var minServed = p.Fraction(RuleKeys.RemissionMinServed, asOf); // BLHS 2015 Điều 62 khoản 6: đã chấp hành 1/2 thời hạn

        var (name, article) = input.Penalty == WaivablePenalty.ResidenceBan
            ? ("cấm cư trú", "Điều 42")
            : ("quản chế", "Điều 43");
        var start = input.StartedOn;
        var endsOn = Periods.EndAfterMonths(start, input.TermMonths);
        var halfOn = Periods.FractionReachedOn(start, endsOn, minServed);
        var totalDays = Periods.Days(start, endsOn);
        var served = Math.Max(0, Periods.Days(start, asOf));

        var halfMet = asOf >= halfOn;
        var running = asOf < endsOn;
        var eligibleNow = halfMet && running;

        var criteria = new List<Criterion>
        {
            new($"Đã chấp hành ít nhất {minServed} thời hạn {name}", halfMet, halfMet
                ? $"Đến ngày {Format(asOf)} đã chấp hành {served} ngày trên tổng số {totalDays} ngày; mốc {minServed} thời hạn là ngày {Format(halfOn)}."
                : $"Đến ngày {Format(asOf)} mới chấp hành {served} ngày trên tổng số {totalDays} ngày; phải đến ngày {Format(halfOn)} "
                  + $"mới chấp hành đủ {minServed} thời hạn.",
                halfOn),
            new($"Thời hạn {name} chưa kết thúc", running, running
                ? $"Thời hạn {name} kết thúc vào ngày {Format(endsOn)}; vẫn còn phần thời hạn để xét miễn."
                : $"Thời hạn {name} đã kết thúc vào ngày {Format(endsOn)}; không còn phần thời hạn để xét miễn."),
        };

        var steps = new List<string>
        {
            $"Thời hạn {name} {input.TermMonths} tháng tính từ ngày chấp hành xong hình phạt tù {Format(start)} và kết thúc vào ngày "
                + $"{Format(endsOn)} (Bộ luật Hình sự 2015, {article}; cách tính thời hạn theo Bộ luật Dân sự 2015, Điều 147 và Điều 148).",
            $"Mốc chấp hành {minServed} thời hạn là ngày {Format(halfOn)}, tức sau {Periods.Days(start, halfOn)} ngày trên tổng số {totalDays} ngày "
                + "(Bộ luật Hình sự 2015, Điều 62 khoản 6).",
            eligibleNow
                ? $"Tại ngày {Format(asOf)}, có thể đề nghị Tòa án miễn chấp hành phần thời hạn {name} còn lại."
                : running
                    ? $"Tại ngày {Format(asOf)}, chưa đủ điều kiện để xét miễn; sớm nhất từ ngày {Format(halfOn)}."
                    : $"Tại ngày {Format(asOf)}, thời hạn {name} đã kết thúc nên không còn xét miễn.",
            "Điều kiện cải tạo tốt và văn bản đề nghị của cơ quan thi hành án hình sự có thẩm quyền do cơ quan thi hành án hình sự và Tòa án "
                + "đánh giá; hệ thống không tính toán điều kiện này (Bộ luật Hình sự 2015, Điều 62 khoản 6).",
        };

        return new RemissionResult(eligibleNow, halfOn, endsOn, criteria, steps);
    }
}
