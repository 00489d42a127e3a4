using HoaNhap.Domain.Cases;
using static HoaNhap.Domain.Text.VietnameseDate;

namespace HoaNhap.Domain.Rules;

/// <summary>What has happened so far on a case, as far as the intake deadlines need to know.</summary>
public sealed record IntakeFacts(
    SentenceType Type,
    DateOnly? DecisionDate,
    DateOnly? DecisionReceivedOn,
    DateOnly? SummonedOn,
    DateOnly? UndertakingOn,
    DateOnly? FileOpenedOn,
    DateOnly? SupervisorAssignedOn,
    DateOnly? EndsOn,
    DateOnly? CertificateOn);

public enum DeadlineState { Open, Overdue, Met, MetLate }

/// <summary>
/// A duty with a legal time limit: what must be done, by whom, by which day, the source, whether
/// that source was seen (parameter status) and which law version counted it.
/// </summary>
public sealed record Deadline(
    string Key, string Name, string Who, DateOnly DueOn, string LegalBasis, SourceStatus SourceStatus,
    string LawVersion, DateOnly? DoneOn, DeadlineState State)
{
    public string StateText => State switch
    {
        DeadlineState.Open => "Chưa đến hạn",
        DeadlineState.Overdue => "Quá hạn",
        DeadlineState.Met => "Đã thực hiện đúng hạn",
        DeadlineState.MetLate => "Đã thực hiện nhưng quá hạn",
        _ => State.ToString(),
    };
}

/// <summary>
/// The legal deadlines that start from the events of a community-sentence intake
/// (legal-rules.md §3): the court sends the enforcement decision (LTHAHS 2019 Điều 84 khoản 2),
/// the enforcing police summon the person (Điều 85 khoản 1), the person appears and signs the
/// undertaking, the file goes to the commune (Điều 85 khoản 2, recalled), the commune assigns the
/// supervisor (Điều 86, recalled), and the completion certificate is issued on the last day of
/// the term (legal-rules.md §7). Each value comes from <see cref="RuleParameters"/> as of the
/// event that starts it, so an event on or after 01/07/2026 is counted under the 2025 law's rows.
/// </summary>
public static class IntakeDeadlines
{
    public static IReadOnlyList<Deadline> Compute(IntakeFacts f, RuleParameters p, IReadOnlySet<DateOnly> holidays, DateOnly today)
    {
        var list = new List<Deadline>();
        var courtSteps = f.Type is SentenceType.SuspendedSentence or SentenceType.NonCustodialReform;
        var article = f.Type == SentenceType.NonCustodialReform ? "Điều 96, 97 (cùng trình tự với án treo)" : null;

        Deadline Make(string key, string name, string who, DateOnly from, string paramKey, bool workingDays, string basis, DateOnly? done)
        {
            var param = p.Get(paramKey, from);
            var n = int.Parse(param.Value, System.Globalization.CultureInfo.InvariantCulture);
            // The period starts on the day after the event (BLDS 2015 Điều 147); working days skip weekends and holidays.
            var due = workingDays ? WorkingDays.Add(from, n, holidays) : Periods.EndAfterDays(from, n);
            var state = done is { } d ? (d <= due ? DeadlineState.Met : DeadlineState.MetLate)
                : today > due ? DeadlineState.Overdue : DeadlineState.Open;
            return new Deadline(key, name, who, due, $"{basis} — {param.Value} {param.Unit}", param.Status, LegalBasis.For(from), done, state);
        }

        if (courtSteps && f.DecisionDate is { } decided)
            list.Add(Make("court-sends-decision", "Tòa án gửi quyết định thi hành án", "Tòa án đã ra quyết định",
                decided, RuleKeys.CourtSendDecision, true, article is null ? "LTHAHS 2019 Điều 84 khoản 2" : $"LTHAHS 2019 {article}",
                f.DecisionReceivedOn));

        if (f.DecisionReceivedOn is { } received)
        {
            if (courtSteps)
                list.Add(Make("summon", "Triệu tập người chấp hành án đến cam kết", "Công an cấp xã (cơ quan thi hành án hình sự)",
                    received, RuleKeys.SummonAfterReceipt, true, article is null ? "LTHAHS 2019 Điều 85 khoản 1" : $"LTHAHS 2019 {article}",
                    f.SummonedOn));
            list.Add(Make("open-file", "Lập hồ sơ, giao Ủy ban nhân dân cấp xã tổ chức giám sát", "Công an cấp xã",
                received, RuleKeys.FileToCommune, true, "LTHAHS 2019 Điều 85 khoản 2", f.FileOpenedOn));
        }
        if (f.SummonedOn is { } summoned)
            list.Add(Make("report", "Người chấp hành án có mặt và lập bản cam kết", "Người chấp hành án",
                summoned, RuleKeys.ReportAfterSummons, true, "LTHAHS 2019 Điều 85 khoản 1", f.UndertakingOn));
        if ((f.FileOpenedOn ?? f.DecisionReceivedOn) is { } opened)
            list.Add(Make("assign-supervisor", "Phân công người trực tiếp giám sát, giáo dục", "Ủy ban nhân dân cấp xã",
                opened, RuleKeys.AssignSupervisor, true, "LTHAHS 2019 Điều 86", f.SupervisorAssignedOn));

        if (f.EndsOn is { } ends && f.Type is not (SentenceType.DeferredImprisonment or SentenceType.SuspendedImprisonment))
        {
            // Issued on the last day of the term (BCA answer on completion certificates; legal-rules.md §7, confirmed secondary).
            var state = f.CertificateOn is { } c ? (c <= ends ? DeadlineState.Met : DeadlineState.MetLate)
                : today > ends ? DeadlineState.Overdue : DeadlineState.Open;
            list.Add(new Deadline("certificate", "Cấp giấy chứng nhận chấp hành xong và gửi cho người chấp hành án, cơ quan liên quan",
                "Công an cấp xã", ends, "Ngày cuối cùng của thời hạn (LTHAHS 2019; trả lời của Bộ Công an về cấp giấy chứng nhận)",
                SourceStatus.ToVerify, LegalBasis.For(ends), f.CertificateOn, state));
        }
        return list.OrderBy(d => d.DueOn).ToList();
    }

    /// <summary>One line for a list: "Triệu tập …: hạn 18/11/2026 (quá hạn)".</summary>
    public static string Summary(Deadline d) => $"{d.Name}: hạn {Format(d.DueOn)} ({d.StateText.ToLowerInvariant()})";
}
