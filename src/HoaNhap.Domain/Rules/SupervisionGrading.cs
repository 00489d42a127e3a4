using HoaNhap.Domain.Prevention;
using static HoaNhap.Domain.Text.VietnameseDate;

namespace HoaNhap.Domain.Rules;

/// <summary>
/// The rule parameters of <see cref="SupervisionGrading"/>. The law fixes no grades: LTHAHS 2019 Điều 86 makes the commune
/// People's Committee supervise and educate the person (giám sát, giáo dục) without saying how closely, and NĐ 49/2020/NĐ-CP
/// (for returnees) likewise names the duties, not their intensity. Every name, threshold and cadence here is therefore a
/// proposal of the system (<see cref="SourceStatus.Proposed"/>) until the province confirms or replaces it on the
/// rule-parameter page. Appended to <see cref="RuleParameterDefaults.All"/>.
/// </summary>
public static class GradingDefaults
{
    public const string NameStrict = "Grading.Name.Strict";
    public const string NameNormal = "Grading.Name.Normal";
    public const string NameRelaxed = "Grading.Name.Relaxed";
    /// <summary>How far back breaches, poor assessments and signs count toward the grade.</summary>
    public const string LookbackMonths = "Grading.LookbackMonths";
    public const string StrictBreaches = "Grading.Strict.Breaches";
    public const string StrictPoorAssessments = "Grading.Strict.PoorAssessments";
    public const string StrictSigns = "Grading.Strict.Signs";
    /// <summary>The part of the term served from which the officer may choose the relaxed grade.</summary>
    public const string RelaxedMinServed = "Grading.Relaxed.MinServed";
    /// <summary>How long a grade is held before an officer may loosen it.</summary>
    public const string MinMonthsBeforeLoosening = "Grading.MinMonthsBeforeLoosening";
    public const string ContactDaysStrict = "Grading.ContactDays.Strict";
    public const string ContactDaysNormal = "Grading.ContactDays.Normal";
    public const string ContactDaysRelaxed = "Grading.ContactDays.Relaxed";
    /// <summary>Days the commune officer has to review the supervision plan after an automatic tightening (worklist).</summary>
    public const string ReviewDays = "Grading.ReviewAfterTightening";
    /// <summary>Days the commune leader has to decide on a contact cadence less frequent than the grade's (worklist).</summary>
    public const string CadenceApprovalDays = "Grading.CadenceApprovalDays";

    const string Basis = "Pháp luật không quy định mức quản lý; hệ thống đề xuất, chờ Công an tỉnh xác nhận. Căn cứ gần nhất: LTHAHS 2019 Điều 86 (UBND xã giám sát, giáo dục người chấp hành án); NĐ 49/2020/NĐ-CP (quản lý, giúp đỡ người chấp hành xong án phạt tù)";
    static readonly DateOnly From = new(2020, 1, 1);   // LTHAHS 2019 in force: every case open today is graded by the same values

    static RuleParameter P(string key, string title, string value, string unit) => new(key, title, value, unit, Basis, SourceStatus.Proposed, From);

    public static IReadOnlyList<RuleParameter> All { get; } =
    [
        P(NameStrict, "Mức quản lý: tên mức chặt nhất", "Quản lý chặt chẽ", RuleUnits.Name),
        P(NameNormal, "Mức quản lý: tên mức thông thường", "Quản lý thông thường", RuleUnits.Name),
        P(NameRelaxed, "Mức quản lý: tên mức giảm nhẹ", "Quản lý giảm nhẹ", RuleUnits.Name),
        P(LookbackMonths, "Mức quản lý: khoảng thời gian gần nhất tính vi phạm, nhận xét kém, dấu hiệu vi phạm", "6", RuleUnits.Months),
        P(StrictBreaches, "Mức quản lý: số vi phạm trong khoảng thời gian đó thì chuyển sang mức chặt nhất", "1", RuleUnits.Times),
        P(StrictPoorAssessments, "Mức quản lý: số lần người giám sát nhận xét “Kém” thì chuyển sang mức chặt nhất", "1", RuleUnits.Times),
        P(StrictSigns, "Mức quản lý: số dấu hiệu vi phạm thì chuyển sang mức chặt nhất", "2", RuleUnits.Times),
        P(RelaxedMinServed, "Mức quản lý: phần thời hạn đã chấp hành để được xét mức giảm nhẹ", "1/2", RuleUnits.Fraction),
        P(MinMonthsBeforeLoosening, "Mức quản lý: thời gian tối thiểu giữ một mức trước khi xét giảm mức", "3", RuleUnits.Months),
        P(ContactDaysStrict, "Mức quản lý chặt nhất: tiếp xúc với người chấp hành án ít nhất mỗi", "7", RuleUnits.Days),
        P(ContactDaysNormal, "Mức quản lý thông thường: tiếp xúc với người chấp hành án ít nhất mỗi", "30", RuleUnits.Days),
        P(ContactDaysRelaxed, "Mức quản lý giảm nhẹ: tiếp xúc với người chấp hành án ít nhất mỗi", "60", RuleUnits.Days),
        P(ReviewDays, "Mức quản lý: rà soát kế hoạch giám sát sau khi hệ thống tự chuyển sang mức chặt nhất", "3", RuleUnits.Days),
        P(CadenceApprovalDays, "Mức quản lý: lãnh đạo UBND xã cho ý kiến về đề nghị tiếp xúc thưa hơn mức tối thiểu", "3", RuleUnits.Days),
    ];
}

/// <summary>A cadence approved for a case (or set more frequent by the officer), under the grade in force then.</summary>
public sealed record CadenceFact(int IntervalDays, SupervisionGrade Grade, DateOnly GradeSince, DateOnly On);

/// <summary>What counts toward the grade: a breach, a supervisor's assessment rated poor, or a sign of violation.</summary>
public enum GradeEventKind { Breach, PoorAssessment, ViolationSign }

public sealed record GradeEvent(GradeEventKind Kind, DateOnly On, string What);

/// <summary>An officer's decision as the rule sees it.</summary>
public sealed record GradeDecisionFact(SupervisionGrade Grade, DateOnly On, string Reason);

/// <summary>A case's facts: its term, the events that count and the officers' decisions, judged as of <see cref="AsOf"/>.</summary>
public sealed record GradingFacts(DateOnly Start, DateOnly? ExpectedEnd, DateOnly AsOf, IReadOnlyList<GradeEvent> Events,
    IReadOnlyList<GradeDecisionFact> Decisions);

/// <summary>One change of grade: by the rule at once when an event met a tightening criterion, or by an officer's decision.</summary>
public sealed record GradeChange(SupervisionGrade From, SupervisionGrade To, DateOnly On, bool Automatic, string Because);

/// <summary>
/// The grade in force (<see cref="Grade"/>, since <see cref="Since"/>) with its reasons; <see cref="Allowed"/> the loosest grade the
/// criteria allow today; <see cref="LoosenFrom"/> the first day an officer may choose a looser grade (null: not within the term, or
/// already the loosest); <see cref="AwaitingReview"/> the automatic tightening no officer has reviewed yet.
/// </summary>
public sealed record GradeAssessment(SupervisionGrade Grade, string Name, DateOnly Since, IReadOnlyList<string> Reasons,
    int ContactIntervalDays, SupervisionGrade Allowed, DateOnly? LoosenFrom, IReadOnlyList<GradeChange> History, GradeChange? AwaitingReview);

/// <summary>
/// Supervision grading (issue 19, part 1). Pure: the grade follows from the events and the officers' decisions, replayed in order.
/// <list type="bullet">
/// <item>A case starts at the normal grade.</item>
/// <item>At the day of an event, when within <c>Grading.LookbackMonths</c> the breaches reach <c>Grading.Strict.Breaches</c>, or the poor
/// assessments <c>Grading.Strict.PoorAssessments</c>, or the signs of violation <c>Grading.Strict.Signs</c>, the grade becomes strict
/// at once (automatic tightening).</item>
/// <item>An officer may tighten at any time, or keep the grade after review, with a reason. Loosening is an officer's decision too,
/// only after the grade was held <c>Grading.MinMonthsBeforeLoosening</c>, only as far as the criteria allow on that day (strict while
/// they are met; relaxed only once <c>Grading.Relaxed.MinServed</c> of the term is served with nothing in the look-back window).</item>
/// <item>The contact cadence of the supervision plan follows the grade: <c>Grading.ContactDays.*</c>.</item>
/// </list>
/// Every value is a proposal of the system (see <see cref="GradingDefaults"/>): LTHAHS 2019 Điều 86 gives the duty, not the grades.
/// </summary>
public static class SupervisionGrading
{
    public static string Name(SupervisionGrade g, RuleParameters p, DateOnly on) => p.Text(g switch
    {
        SupervisionGrade.Strict => GradingDefaults.NameStrict,
        SupervisionGrade.Relaxed => GradingDefaults.NameRelaxed,
        _ => GradingDefaults.NameNormal,
    }, on);

    public static int ContactIntervalDays(SupervisionGrade g, RuleParameters p, DateOnly on) => p.Int(g switch
    {
        SupervisionGrade.Strict => GradingDefaults.ContactDaysStrict,
        SupervisionGrade.Relaxed => GradingDefaults.ContactDaysRelaxed,
        _ => GradingDefaults.ContactDaysNormal,
    }, on);

    /// <summary>How strict a grade is: a larger number is stricter.</summary>
    public static int Strictness(SupervisionGrade g) => g switch { SupervisionGrade.Strict => 2, SupervisionGrade.Normal => 1, _ => 0 };

    /// <summary>The criteria met on a day: the reason the grade must be strict (null: none met).</summary>
    public static string? StrictBecause(IReadOnlyList<GradeEvent> events, DateOnly on, RuleParameters p)
    {
        var months = p.Int(GradingDefaults.LookbackMonths, on);
        var after = on.AddMonths(-months);
        var window = events.Where(e => e.On > after && e.On <= on).ToList();
        int Count(GradeEventKind k) => window.Count(e => e.Kind == k);
        var reasons = new List<string>();
        if (Count(GradeEventKind.Breach) is var b && b > 0 && b >= p.Int(GradingDefaults.StrictBreaches, on))
            reasons.Add($"{b} vi phạm trong {months} tháng gần nhất (từ {p.Int(GradingDefaults.StrictBreaches, on)} vi phạm)");
        if (Count(GradeEventKind.PoorAssessment) is var a && a > 0 && a >= p.Int(GradingDefaults.StrictPoorAssessments, on))
            reasons.Add($"{a} lần người giám sát nhận xét “Kém” trong {months} tháng gần nhất (từ {p.Int(GradingDefaults.StrictPoorAssessments, on)} lần)");
        if (Count(GradeEventKind.ViolationSign) is var s && s > 0 && s >= p.Int(GradingDefaults.StrictSigns, on))
            reasons.Add($"{s} dấu hiệu vi phạm trong {months} tháng gần nhất (từ {p.Int(GradingDefaults.StrictSigns, on)} dấu hiệu)");
        return reasons.Count == 0 ? null : string.Join("; ", reasons);
    }

    /// <summary>The loosest grade the criteria allow on a day.</summary>
    public static SupervisionGrade AllowedOn(GradingFacts f, DateOnly on, RuleParameters p)
    {
        if (StrictBecause(f.Events, on, p) is not null) return SupervisionGrade.Strict;
        var months = p.Int(GradingDefaults.LookbackMonths, on);
        if (f.Events.Any(e => e.On > on.AddMonths(-months) && e.On <= on)) return SupervisionGrade.Normal;
        var min = p.Fraction(GradingDefaults.RelaxedMinServed, on);
        return Served(f, on) is { } served && (long)served.Numerator * min.Denominator >= (long)min.Numerator * served.Denominator
            ? SupervisionGrade.Relaxed : SupervisionGrade.Normal;
    }

    static Fraction? Served(GradingFacts f, DateOnly on)
    {
        if (f.ExpectedEnd is not { } end || end <= f.Start) return null;
        var term = end.DayNumber - f.Start.DayNumber;
        return new Fraction(Math.Clamp(on.DayNumber - f.Start.DayNumber, 0, term), term);
    }

    public static GradeAssessment Assess(GradingFacts f, RuleParameters p)
    {
        var grade = SupervisionGrade.Normal;
        var since = f.Start;
        var history = new List<GradeChange>();
        GradeChange? awaiting = null;
        var events = f.Events.Where(e => e.On <= f.AsOf).OrderBy(e => e.On).ToList();
        var decisions = f.Decisions.Where(d => d.On <= f.AsOf).OrderBy(d => d.On).ToList();
        // Events of a day come before the decisions of that day: a decision is made knowing them.
        var timeline = events.Select(e => (e.On, Order: 0, Event: (GradeEvent?)e, Decision: (GradeDecisionFact?)null))
            .Concat(decisions.Select(d => (d.On, Order: 1, Event: (GradeEvent?)null, Decision: (GradeDecisionFact?)d)))
            .OrderBy(x => x.On).ThenBy(x => x.Order).ToList();
        foreach (var x in timeline)
        {
            if (x.Event is { } e)
            {
                if (grade == SupervisionGrade.Strict || StrictBecause(events, e.On, p) is not { } because) continue;
                var change = new GradeChange(grade, SupervisionGrade.Strict, e.On, true, $"{e.What}: {because}");
                history.Add(change);
                awaiting = change;
                grade = SupervisionGrade.Strict;
                since = e.On;
            }
            else if (x.Decision is { } d)
            {
                history.Add(new GradeChange(grade, d.Grade, d.On, false, d.Reason));
                awaiting = null;
                if (d.Grade != grade) since = d.On;
                grade = d.Grade;
            }
        }

        var allowed = AllowedOn(f, f.AsOf, p);
        var reasons = new List<string>();
        var last = history.LastOrDefault();
        reasons.Add(last is null
            ? $"Mức ban đầu khi bắt đầu chấp hành án ({Format(f.Start)}); chưa có vi phạm, nhận xét “Kém” hay dấu hiệu vi phạm làm thay đổi mức."
            : last.Automatic
                ? $"Hệ thống tự chuyển sang mức này ngày {Format(last.On)}: {last.Because}."
                : $"Cán bộ quyết định ngày {Format(last.On)}: {last.Because}");
        if (StrictBecause(events, f.AsOf, p) is { } now) reasons.Add($"Đang có: {now}.");
        var lookback = p.Int(GradingDefaults.LookbackMonths, f.AsOf);
        foreach (var (kind, title) in new[] { (GradeEventKind.Breach, "vi phạm"), (GradeEventKind.PoorAssessment, "nhận xét “Kém”"), (GradeEventKind.ViolationSign, "dấu hiệu vi phạm") })
        {
            var n = events.Count(e => e.Kind == kind && e.On > f.AsOf.AddMonths(-lookback));
            if (n > 0 && StrictBecause(events, f.AsOf, p) is null) reasons.Add($"{n} {title} trong {lookback} tháng gần nhất, chưa đến ngưỡng chuyển mức.");
        }
        if (Served(f, f.AsOf) is { } served)
            reasons.Add($"Đã chấp hành {Math.Round(100m * served.Numerator / served.Denominator)}% thời hạn (từ {p.Get(GradingDefaults.RelaxedMinServed, f.AsOf).Value} thời hạn, không có vi phạm, có thể xét mức giảm nhẹ).");

        return new GradeAssessment(grade, Name(grade, p, f.AsOf), since, reasons, ContactIntervalDays(grade, p, f.AsOf), allowed,
            LoosenFrom(f, grade, since, p), history, awaiting);
    }

    /// <summary>The first day from <see cref="GradingFacts.AsOf"/> on which a looser grade may be decided, within the term and two years.</summary>
    static DateOnly? LoosenFrom(GradingFacts f, SupervisionGrade grade, DateOnly since, RuleParameters p)
    {
        if (grade == SupervisionGrade.Relaxed) return null;
        var held = since.AddMonths(p.Int(GradingDefaults.MinMonthsBeforeLoosening, f.AsOf));
        var last = f.ExpectedEnd ?? f.AsOf.AddYears(2);
        for (var d = held > f.AsOf ? held : f.AsOf; d <= last && d <= f.AsOf.AddYears(2); d = d.AddDays(1))
            if (Strictness(AllowedOn(f, d, p)) < Strictness(grade)) return d;
        return null;
    }

    /// <summary>A contact interval longer than the grade's minimum needs the commune leader's approval.</summary>
    public static bool NeedsApproval(int intervalDays, GradeAssessment a) => intervalDays > a.ContactIntervalDays;

    /// <summary>
    /// The contact interval in force: the latest cadence set under the grade in force (same grade, same start), else the grade's own.
    /// A tightening or any change of grade ends a cadence set before it.
    /// </summary>
    public static (int Days, CadenceFact? Own) Cadence(GradeAssessment a, IEnumerable<CadenceFact> set) =>
        set.Where(x => x.Grade == a.Grade && x.GradeSince == a.Since).OrderBy(x => x.On).LastOrDefault() is { } own
            ? (own.IntervalDays, own) : (a.ContactIntervalDays, null);

    /// <summary>Why the law of grading refuses an officer's decision on <paramref name="on"/> (null: allowed). Tightening and keeping the
    /// grade are always allowed; loosening needs the grade held long enough and the criteria to allow it.</summary>
    public static string? Refuse(GradingFacts f, SupervisionGrade requested, DateOnly on, RuleParameters p)
    {
        var current = Assess(f with { AsOf = on }, p);
        if (Strictness(requested) >= Strictness(current.Grade)) return null;
        var min = p.Int(GradingDefaults.MinMonthsBeforeLoosening, on);
        if (on < current.Since.AddMonths(min))
            return $"Chỉ được giảm mức quản lý sau khi giữ mức “{current.Name}” ít nhất {min} tháng (từ ngày {Format(current.Since.AddMonths(min))}).";
        var allowed = AllowedOn(f, on, p);
        if (Strictness(requested) < Strictness(allowed))
            return allowed == SupervisionGrade.Strict
                ? $"Chưa được giảm mức: {StrictBecause(f.Events, on, p)}."
                : $"Chưa đủ điều kiện cho mức “{Name(requested, p, on)}”: cần đã chấp hành ít nhất {p.Get(GradingDefaults.RelaxedMinServed, on).Value} thời hạn và không có vi phạm, nhận xét “Kém”, dấu hiệu vi phạm trong {p.Int(GradingDefaults.LookbackMonths, on)} tháng gần nhất.";
        return null;
    }
}
