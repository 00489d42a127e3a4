using static HoaNhap.Domain.Text.VietnameseDate;

namespace HoaNhap.Domain.Rules;

/// <summary>An absence already approved (or another request still pending), as the rule sees it.</summary>
public sealed record AbsenceSpan(DateOnly From, DateOnly To, bool MedicalTreatment)
{
    /// <summary>Days away, counting the day of leaving and the day of coming back.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;
    public bool Overlaps(AbsenceSpan other) => From <= other.To && other.From <= To;
}

/// <summary>
/// A request checked against the limits: <see cref="Field"/> names the input the refusal concerns
/// ("From" or "To"), <see cref="Rule"/> the limit's name, <see cref="Message"/> says why in Vietnamese.
/// </summary>
public sealed record AbsenceRefusal(string Field, string Rule, string Message);

/// <summary>
/// <see cref="Refusal"/> is null when the law allows the absence. <see cref="TotalDays"/> is the
/// days counted towards the total limit once this absence is added (medical treatment not counted),
/// <see cref="MaxTotalDays"/> the most the term allows.
/// </summary>
public sealed record AbsenceCheck(int Days, int TotalDays, int MaxTotalDays, int MaxPerTrip, AbsenceRefusal? Refusal)
{
    public bool Allowed => Refusal is null;
}

/// <summary>
/// Absence from the place of residence (vắng mặt tại nơi cư trú), legal-rules §5.3:
/// <list type="bullet">
/// <item>a person away for 01 day or more applies, and the commune People's Committee decides,
/// giving its reasons when it refuses (TT 65/2019/TT-BCA Điều 9 khoản 2, confirmed);</item>
/// <item>each absence lasts at most <c>Absence.MaxPerTrip</c> days (60);</item>
/// <item>all absences together last at most <c>Absence.MaxTotalFraction</c> (1/3) of the term,
/// counted in days from its start to its expected end; absences for medical treatment on a doctor's
/// order are not counted (LTHAHS 2019 Điều 92, 100, recalled);</item>
/// <item>an absence may not overlap another approved or pending one;</item>
/// <item>the commune decides within <c>Absence.DecisionDeadline</c> working days of the application;
/// the person reports back within <c>Absence.ReturnReportDays</c> working days after the last day away
/// (sources not identified; to verify).</item>
/// </list>
/// Days away are counted inclusively: from 01/03 to 30/04 is 61 days.
/// </summary>
public static class AbsenceLimits
{
    /// <summary>TT 65/2019/TT-BCA Điều 9 khoản 2 (confirmed): an absence of 01 day or more needs an application and a decision.</summary>
    public const int ApplicationThresholdDays = 1;

    public static bool NeedsPermission(int daysAway) => daysAway >= ApplicationThresholdDays;

    /// <summary>Checks one absence against the limits in force on its first day.</summary>
    /// <param name="request">The absence asked for.</param>
    /// <param name="termStart">First day of the term (probation) served in the community.</param>
    /// <param name="termEnd">The expected end of the term.</param>
    /// <param name="approved">The absences already approved (counted towards the total, and checked for overlaps).</param>
    /// <param name="pending">Other requests still waiting for a decision (checked for overlaps only).</param>
    /// <param name="p">The rule parameters.</param>
    public static AbsenceCheck Check(AbsenceSpan request, DateOnly termStart, DateOnly termEnd,
        IReadOnlyList<AbsenceSpan> approved, IReadOnlyList<AbsenceSpan> pending, RuleParameters p)
    {
        var on = request.From;
        var maxPerTrip = p.Int(RuleKeys.AbsenceMaxPerTripDays, on);   // LTHAHS 2019 Điều 92, 100 (recalled): không quá 60 ngày mỗi lần
        var fraction = p.Fraction(RuleKeys.AbsenceMaxTotal, on);      // LTHAHS 2019 Điều 92, 100 (recalled): tổng không quá 1/3 thời hạn
        var termDays = Math.Max(0, Periods.Days(termStart, termEnd));
        // The most days the term allows, rounded down: the total may not exceed the fraction (exact comparison below).
        var maxTotal = (int)((long)termDays * fraction.Numerator / fraction.Denominator);
        var days = request.Days;
        var counted = approved.Where(a => !a.MedicalTreatment).Sum(a => a.Days);
        var total = counted + (request.MedicalTreatment ? 0 : days);

        AbsenceCheck Refuse(string field, string rule, string message) => new(days, total, maxTotal, maxPerTrip, new(field, rule, message));

        if (request.To < request.From)
            return Refuse("To", "Absence.Dates", $"Ngày về ({Format(request.To)}) không được trước ngày đi ({Format(request.From)}).");
        if (request.From < termStart || request.To > termEnd)
            return Refuse(request.From < termStart ? "From" : "To", "Absence.WithinTerm",
                $"Thời gian vắng mặt phải nằm trong thời hạn chấp hành án, từ ngày {Format(termStart)} đến ngày {Format(termEnd)}.");
        if (days > maxPerTrip)
            return Refuse("To", RuleKeys.AbsenceMaxPerTripDays,
                $"Không được phép: mỗi lần vắng mặt tại nơi cư trú không quá {maxPerTrip} ngày (LTHAHS 2019 Điều 92, 100), "
                + $"đơn này xin vắng mặt {days} ngày (từ {Format(request.From)} đến {Format(request.To)}), vượt {days - maxPerTrip} ngày.");
        if (approved.Concat(pending).FirstOrDefault(a => a.Overlaps(request)) is { } clash)
            return Refuse("From", "Absence.Overlap",
                $"Không được phép: thời gian xin vắng mặt trùng với lần vắng mặt từ {Format(clash.From)} đến {Format(clash.To)} "
                + "đã được đồng ý hoặc đang chờ quyết định.");
        if (!request.MedicalTreatment && (long)total * fraction.Denominator > (long)termDays * fraction.Numerator)
            return Refuse("To", RuleKeys.AbsenceMaxTotal,
                $"Không được phép: tổng thời gian vắng mặt không quá {fraction} thời hạn chấp hành ({maxTotal} ngày trên {termDays} ngày, "
                + $"LTHAHS 2019 Điều 92, 100), trừ trường hợp chữa bệnh theo chỉ định của bác sĩ; đã được đồng ý {counted} ngày, "
                + $"thêm {days} ngày của đơn này là {total} ngày, vượt {total - maxTotal} ngày.");
        return new(days, total, maxTotal, maxPerTrip, null);
    }

    /// <summary>The day by which the commune People's Committee should decide on an application received on <paramref name="requestedOn"/>.</summary>
    public static DateOnly DecisionDueOn(DateOnly requestedOn, RuleParameters p, IReadOnlySet<DateOnly> holidays) =>
        WorkingDays.Add(requestedOn, p.Int(RuleKeys.AbsenceDecisionDeadline, requestedOn), holidays);

    /// <summary>The day by which the person must report back after the last day away (<paramref name="to"/>).</summary>
    public static DateOnly ReturnDueOn(DateOnly to, RuleParameters p, IReadOnlySet<DateOnly> holidays) =>
        WorkingDays.Add(to, p.Int(RuleKeys.AbsenceReturnReportDays, to), holidays);
}
