namespace HoaNhap.Domain.Rules;

/// <summary>
/// The advisable number of people one supervisor or one officer works with at a time. No text fixes it: LTHAHS 2019 Điều 84
/// khoản 1 and Điều 86 let the commune People's Committee assign a supervisor to each person without a limit, and TT 10/2024/TT-BCA
/// Điều 9 lets the head of the commune police assign an officer to help each returnee, again without a limit. The values are
/// proposals of the system (<see cref="SourceStatus.Proposed"/>) until the province confirms them. Appended to
/// <see cref="RuleParameterDefaults.All"/>.
/// </summary>
public static class CaseloadDefaults
{
    public const string MaxPerSupervisor = "Caseload.MaxPerSupervisor";
    public const string MaxPerOfficer = "Caseload.MaxPerOfficer";

    // At most 300 characters (the column of the rule-parameter table).
    const string Basis = "Pháp luật không quy định số người tối đa một người giám sát, giúp đỡ; hệ thống đề xuất, chờ Công an tỉnh xác nhận. "
        + "Căn cứ gần nhất: LTHAHS 2019 Điều 84 khoản 1, Điều 86 (phân công người giám sát, giáo dục); TT 10/2024/TT-BCA Điều 9 (phân công cán bộ giúp đỡ)";
    static readonly DateOnly From = new(2020, 1, 1);

    static RuleParameter P(string key, string title, string value) => new(key, title, value, RuleUnits.People, Basis, SourceStatus.Proposed, From);

    public static IReadOnlyList<RuleParameter> All { get; } =
    [
        P(MaxPerSupervisor, "Số người khuyến nghị tối đa một người giám sát, giáo dục đang giám sát cùng lúc", "3"),
        P(MaxPerOfficer, "Số người chấp hành xong án phạt tù khuyến nghị tối đa một cán bộ được phân công giúp đỡ cùng lúc", "20"),
    ];
}

/// <summary>Who carries a caseload: an assigned supervisor (community sentences) or an officer assigned to help returnees.</summary>
public enum CaseloadHolder { Supervisor, Officer }

/// <summary>Within the advisable maximum, exactly at it, or beyond it.</summary>
public enum CaseloadLevel { Within, AtMaximum, Over }

/// <summary>A caseload judged against the advisable maximum in force.</summary>
public sealed record CaseloadCheck(int Count, int Maximum, CaseloadLevel Level)
{
    public bool Over => Level == CaseloadLevel.Over;
}

/// <summary>
/// The caseload rule (<see cref="CaseloadDefaults"/>): a holder's number of open cases against the advisable maximum; one more
/// assignment that would take a holder beyond it earns a warning (never a refusal: the commune decides, the system says so).
/// </summary>
public static class Caseload
{
    public static string Key(CaseloadHolder holder) =>
        holder == CaseloadHolder.Supervisor ? CaseloadDefaults.MaxPerSupervisor : CaseloadDefaults.MaxPerOfficer;

    public static int Maximum(CaseloadHolder holder, RuleParameters rules, DateOnly asOf) => rules.Int(Key(holder), asOf);

    /// <summary>A caseload of <paramref name="count"/> open cases against the maximum in force on <paramref name="asOf"/>.</summary>
    public static CaseloadCheck Assess(int count, CaseloadHolder holder, RuleParameters rules, DateOnly asOf) =>
        Judge(count, Maximum(holder, rules, asOf));

    /// <summary>The caseload after one more assignment: <see cref="CaseloadCheck.Over"/> is the warning to give before assigning.</summary>
    public static CaseloadCheck AfterAssigning(int current, CaseloadHolder holder, RuleParameters rules, DateOnly asOf) =>
        Assess(current + 1, holder, rules, asOf);

    public static CaseloadCheck Judge(int count, int maximum) =>
        new(count, maximum, count > maximum ? CaseloadLevel.Over : count == maximum ? CaseloadLevel.AtMaximum : CaseloadLevel.Within);

    public static string Text(CaseloadLevel level) => level switch
    {
        CaseloadLevel.Over => "Vượt mức khuyến nghị",
        CaseloadLevel.AtMaximum => "Đủ mức khuyến nghị",
        _ => "Trong mức khuyến nghị",
    };

    /// <summary>The warning shown before or after assigning one more person to a holder beyond the maximum.</summary>
    public static string Warning(string holderName, CaseloadCheck after) =>
        $"Lưu ý: {holderName} sẽ giám sát, giúp đỡ {after.Count} người, vượt mức khuyến nghị tối đa {after.Maximum} người (mức do hệ thống đề xuất, chờ Công an tỉnh xác nhận).";
}
