namespace HoaNhap.Domain.Rules;

/// <summary>The two deadlines of receiving a returnee, and where each stands on a given day.</summary>
public sealed record ReintegrationIntakeDeadlinesResult(DateOnly VerifyResidenceDueOn, bool VerifyResidenceOverdue,
    DateOnly PersonReportDueOn, bool PersonReportOverdue, int VerifyDays, int ReportDays);

/// <summary>
/// Receiving a person released from prison (legal-rules §8.2–8.3):
/// <list type="bullet">
/// <item>TT 10/2024/TT-BCA Điều 8 khoản 1 (confirmed): within 03 working days of receiving the release
/// or pardon notice, the commune police check the residence and, when the person does not live there,
/// the commune notifies the sender (Mẫu HCD-03) — key <see cref="RuleKeys.ReintegrationVerifyResidence"/>.</item>
/// <item>LTHAHS 2019 Điều 46; Luật Đặc xá 2018 Điều 18 (recalled, not seen): the person reports to the
/// commune within 05 working days of returning — key <see cref="RuleKeys.ReintegrationPersonReport"/>,
/// counted from the day of release.</item>
/// </list>
/// Working days start the day after the event (BLDS 2015 Điều 147) and skip weekends and holidays.
/// </summary>
public static class ReintegrationIntakeDeadlines
{
    public static ReintegrationIntakeDeadlinesResult Compute(DateOnly noticeReceivedOn, DateOnly releasedOn, DateOnly? residenceCheckedOn,
        DateOnly? reportedOn, DateOnly today, RuleParameters p, IReadOnlySet<DateOnly> holidays)
    {
        var verifyDays = p.Int(RuleKeys.ReintegrationVerifyResidence, noticeReceivedOn);
        var reportDays = p.Int(RuleKeys.ReintegrationPersonReport, releasedOn);
        var verifyDue = WorkingDays.Add(noticeReceivedOn, verifyDays, holidays);
        var reportDue = WorkingDays.Add(releasedOn, reportDays, holidays);
        return new ReintegrationIntakeDeadlinesResult(verifyDue, Late(verifyDue, residenceCheckedOn, today),
            reportDue, Late(reportDue, reportedOn, today), verifyDays, reportDays);
    }

    /// <summary>Done after the last day, or not done and the last day has passed.</summary>
    static bool Late(DateOnly due, DateOnly? doneOn, DateOnly today) => doneOn is { } d ? d > due : today > due;
}
