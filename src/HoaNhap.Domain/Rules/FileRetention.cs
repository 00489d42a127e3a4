using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Privacy;

namespace HoaNhap.Domain.Rules;

/// <summary>
/// Rule parameter of <see cref="FileRetention"/>, appended to <see cref="RuleParameterDefaults.All"/>. No text the team
/// has seen sets how long a commune or province keeps the file of a person once management has ended; the personal-data
/// law (Luật 91/2025/QH15, before it NĐ 13/2023/NĐ-CP) requires data to be kept only as long as the purpose needs, and
/// the archives law governs what is then archived. The value is a placeholder to verify.
/// </summary>
public static class RetentionDefaults
{
    public const string YearsAfterManagementEnds = "Privacy.RetentionYearsAfterManagementEnds";

    public static IReadOnlyList<RuleParameter> All { get; } =
    [
        new(YearsAfterManagementEnds,
            "Dữ liệu cá nhân: thời hạn lưu giữ hồ sơ sau khi kết thúc quản lý (chấp hành xong án, hết thời hạn quản lý tái hòa nhập) trước khi xem xét lưu trữ",
            "5", RuleUnits.Years,
            "Chưa xác định được văn bản quy định thời hạn (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15; Nghị định 13/2023/NĐ-CP; Luật Lưu trữ): tạm đặt 5 năm",
            SourceStatus.ToVerify, new DateOnly(2023, 7, 1)),
    ];
}

/// <summary>How one case of the person stands: its status and the day it ended (null while open).</summary>
public sealed record CaseEnd(CaseStatus Status, DateOnly? EndedOn);

public enum RetentionStage
{
    /// <summary>No case on file: nothing has ended, nothing to review.</summary>
    NoCase,
    /// <summary>A case is still open (in intake, under management, absconded).</summary>
    UnderManagement,
    /// <summary>Management ended; the file is kept until the review date.</summary>
    Kept,
    /// <summary>The review date has come: a province officer decides to keep or archive.</summary>
    DueForReview,
}

/// <summary>The review date (null when management has not ended), the values it used and the reason in words.</summary>
public sealed record RetentionResult(RetentionStage Stage, DateOnly? ManagementEndedOn, DateOnly? ReviewOn, int Years, string Because)
{
    public bool IsDue => Stage == RetentionStage.DueForReview;
}

/// <summary>
/// When the file of a person whose management has ended comes up for archival review: the retention period
/// (<see cref="RetentionDefaults.YearsAfterManagementEnds"/>, read on the day management ended) after the last case
/// ended; a "keep" decision starts a new period from the day it was made. Nothing is deleted by this rule: it only
/// says when a province officer must decide.
/// </summary>
public static class FileRetention
{
    public static RetentionResult Assess(IReadOnlyCollection<CaseEnd> cases, DateOnly? lastKeptOn, RuleParameters p, DateOnly today)
    {
        if (cases.Count == 0)
            return new(RetentionStage.NoCase, null, null, 0, "Người này chưa có hồ sơ chấp hành án hoặc quản lý: chưa có gì kết thúc để xem xét lưu trữ.");
        if (cases.Any(c => c.Status is CaseStatus.Intake or CaseStatus.Active or CaseStatus.Absconded || c.EndedOn is null))
            return new(RetentionStage.UnderManagement, null, null, 0, "Còn hồ sơ đang tiếp nhận, đang chấp hành hoặc đang quản lý: chưa tính thời hạn lưu giữ.");

        var ended = cases.Max(c => c.EndedOn!.Value);
        var years = p.Int(RetentionDefaults.YearsAfterManagementEnds, ended);
        var review = ended.AddYears(years);
        var because = $"Kết thúc quản lý ngày {Format(ended)}; lưu giữ {years} năm: xem xét lưu trữ từ ngày {Format(review)}.";
        if (lastKeptOn is { } kept && kept >= ended)
        {
            var keptYears = p.Int(RetentionDefaults.YearsAfterManagementEnds, kept);
            var again = kept.AddYears(keptYears);
            if (again > review)
            {
                review = again;
                years = keptYears;
                because = $"Kết thúc quản lý ngày {Format(ended)}; ngày {Format(kept)} đã quyết định tiếp tục lưu giữ {keptYears} năm: xem xét lại từ ngày {Format(review)}.";
            }
        }
        return new(today >= review ? RetentionStage.DueForReview : RetentionStage.Kept, ended, review, years, because);
    }

    static string Format(DateOnly d) => d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
