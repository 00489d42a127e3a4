using HoaNhap.Domain.Rules;

namespace HoaNhap.Domain.Reports;

/// <summary>
/// A periodic report (báo cáo định kỳ) of a commune to the provincial police, or of the provincial police
/// aggregating its communes. The figures come from the live data (the indicator catalogue) while the
/// report is a draft and are frozen when it is submitted; the narrative sections are written by the unit.
/// Draft → Submitted → Accepted, or Returned (with the reason) → Submitted again.
/// </summary>
public sealed class PeriodicReport : IPlaced, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string ProvinceCode { get; set; } = "";
    /// <summary>The commune; empty for the province report.</summary>
    public string CommuneCode { get; set; } = "";
    public PeriodKind PeriodKind { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public string PeriodName { get; set; } = "";
    /// <summary>The day the report is due (<see cref="ReportingPeriod.DueOn"/>).</summary>
    public DateOnly DueOn { get; set; }
    public ReportStatus Status { get; set; } = ReportStatus.Draft;
    /// <summary>Kết quả thực hiện.</summary>
    public string Results { get; set; } = "";
    /// <summary>Tồn tại, hạn chế.</summary>
    public string Shortcomings { get; set; } = "";
    /// <summary>Đề xuất, kiến nghị.</summary>
    public string Proposals { get; set; } = "";
    /// <summary>The figures frozen at submission (JSON), null while a draft.</summary>
    public string? FiguresJson { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public string? SubmittedBy { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public string? ReviewedBy { get; set; }
    public string? ReturnReason { get; set; }

    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    public bool IsProvinceReport => CommuneCode.Length == 0;
    public bool Editable => Status is ReportStatus.Draft or ReportStatus.Returned;
}

public enum ReportStatus { Draft, Submitted, Returned, Accepted }

public static class ReportText
{
    public static string Status(ReportStatus s) => s switch
    {
        ReportStatus.Draft => "Đang soạn",
        ReportStatus.Submitted => "Đã gửi",
        ReportStatus.Returned => "Bị trả lại",
        ReportStatus.Accepted => "Đã tiếp nhận",
        _ => s.ToString(),
    };

    public static string Kind(PeriodKind k) => k switch
    {
        PeriodKind.Month => "Báo cáo tháng",
        PeriodKind.Quarter => "Báo cáo quý",
        PeriodKind.HalfYear => "Báo cáo 6 tháng",
        PeriodKind.Year => "Báo cáo năm",
        _ => "Báo cáo theo kỳ tùy chọn",
    };
}
