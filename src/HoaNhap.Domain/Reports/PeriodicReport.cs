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
    public ReportStatus Status { get; private set; } = ReportStatus.Draft;
    /// <summary>Kết quả thực hiện.</summary>
    public string Results { get; set; } = "";
    /// <summary>Tồn tại, hạn chế.</summary>
    public string Shortcomings { get; set; } = "";
    /// <summary>Đề xuất, kiến nghị.</summary>
    public string Proposals { get; set; } = "";
    /// <summary>The figures frozen at submission (JSON), null while a draft.</summary>
    public string? FiguresJson { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public string? SubmittedBy { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public string? ReviewedBy { get; private set; }
    public string? ReturnReason { get; private set; }

    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    public bool IsProvinceReport => CommuneCode.Length == 0;
    public bool Editable => Status is ReportStatus.Draft or ReportStatus.Returned;

    /// <summary>Why the report cannot be edited or sent now, or null.</summary>
    public string? WhyNotEditable() => Editable ? null
        : $"Báo cáo đang ở trạng thái “{ReportText.Status(Status)}”: chỉ sửa hoặc gửi được báo cáo đang soạn hoặc bị trả lại.";

    /// <summary>Draft or Returned → Submitted, with the figures frozen; or why not.</summary>
    public string? Submit(string figuresJson, DateTimeOffset at, string by)
    {
        if (WhyNotEditable() is { } refusal) return refusal;
        Status = ReportStatus.Submitted;
        FiguresJson = figuresJson;
        SubmittedAt = at;
        SubmittedBy = by;
        ReturnReason = null;
        return null;
    }

    /// <summary>Submitted → Accepted, or Returned with the reason; or why not.</summary>
    public string? Review(bool accepted, string? reason, DateTimeOffset at, string by)
    {
        if (Status != ReportStatus.Submitted)
            return $"Báo cáo đang ở trạng thái “{ReportText.Status(Status)}”: chỉ tiếp nhận hoặc trả lại được báo cáo đã gửi.";
        if (!accepted && string.IsNullOrWhiteSpace(reason)) return "Hãy ghi lý do trả lại báo cáo để xã bổ sung.";
        Status = accepted ? ReportStatus.Accepted : ReportStatus.Returned;
        ReturnReason = accepted ? null : reason;
        ReviewedAt = at;
        ReviewedBy = by;
        return null;
    }
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
