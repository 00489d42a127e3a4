namespace HoaNhap.Domain.Rules;

/// <summary>
/// Rule parameters of the reporting family (<see cref="ReportingPeriod"/>), kept apart so that they
/// merge cleanly; they are appended to <see cref="RuleParameterDefaults.All"/>.
/// </summary>
public static class ReportingDefaults
{
    /// <summary>The day of the month on which a reporting month starts: 15 = the 15th of the previous month to the 14th; 1 = calendar months.</summary>
    public const string PeriodStartDay = "Reporting.PeriodStartDay";

    /// <summary>Days after the last day of the period by which a commune sends its report to the provincial police.</summary>
    public const string CommuneDueDays = "Reporting.CommuneDueDays";
    /// <summary>Days after the last day of the period by which the provincial police send the province report.</summary>
    public const string ProvinceDueDays = "Reporting.ProvinceDueDays";
    /// <summary>How many days before the due date the worklist reminds the unit.</summary>
    public const string ReminderDays = "Reporting.ReminderDays";

    public static IReadOnlyList<RuleParameter> All { get; } =
    [
        new(CommuneDueDays, "Báo cáo định kỳ: xã gửi báo cáo cho Công an tỉnh sau ngày chốt số liệu", "2", RuleUnits.Days,
            "Chưa xác định được văn bản (do cơ quan ban hành chế độ báo cáo quy định)", SourceStatus.ToVerify, new DateOnly(2019, 3, 1)),
        new(ProvinceDueDays, "Báo cáo định kỳ: Công an tỉnh gửi báo cáo tổng hợp sau ngày chốt số liệu", "5", RuleUnits.Days,
            "Chưa xác định được văn bản (do cơ quan ban hành chế độ báo cáo quy định)", SourceStatus.ToVerify, new DateOnly(2019, 3, 1)),
        new(ReminderDays, "Báo cáo định kỳ: nhắc việc trước hạn gửi báo cáo", "3", RuleUnits.Days,
            "Quy định nội bộ của hệ thống", SourceStatus.ToVerify, new DateOnly(2019, 3, 1)),
        new(PeriodStartDay, "Kỳ báo cáo thống kê: ngày bắt đầu kỳ báo cáo tháng (15 = từ ngày 15 tháng trước đến ngày 14 tháng báo cáo; 1 = theo tháng dương lịch)",
            "15", RuleUnits.Days, "Nghị định 09/2019/NĐ-CP Điều 12 (thời gian chốt số liệu; chưa xem văn bản)", SourceStatus.ToVerify, new DateOnly(2019, 3, 1)),
    ];
}
