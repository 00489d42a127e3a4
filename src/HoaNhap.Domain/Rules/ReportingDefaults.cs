namespace HoaNhap.Domain.Rules;

/// <summary>
/// Rule parameters of the reporting family (<see cref="ReportingPeriod"/>), kept apart so that they
/// merge cleanly; they are appended to <see cref="RuleParameterDefaults.All"/>.
/// </summary>
public static class ReportingDefaults
{
    /// <summary>The day of the month on which a reporting month starts: 15 = the 15th of the previous month to the 14th; 1 = calendar months.</summary>
    public const string PeriodStartDay = "Reporting.PeriodStartDay";

    public static IReadOnlyList<RuleParameter> All { get; } =
    [
        new(PeriodStartDay, "Kỳ báo cáo thống kê: ngày bắt đầu kỳ báo cáo tháng (15 = từ ngày 15 tháng trước đến ngày 14 tháng báo cáo; 1 = theo tháng dương lịch)",
            "15", RuleUnits.Days, "Nghị định 09/2019/NĐ-CP Điều 12 (thời gian chốt số liệu; chưa xem văn bản)", SourceStatus.ToVerify, new DateOnly(2019, 3, 1)),
    ];
}
