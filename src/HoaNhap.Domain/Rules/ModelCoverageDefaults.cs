namespace HoaNhap.Domain.Rules;

/// <summary>
/// Rule parameters of <see cref="ModelCoverage"/>: the plan target "every commune with 10 or more people who completed
/// prison sentences has at least one reintegration model and one exemplary individual" (overview.md, "Targets").
/// Appended to <see cref="RuleParameterDefaults.All"/>.
/// </summary>
public static class ModelCoverageDefaults
{
    /// <summary>Returnees under management from which a commune falls under the target.</summary>
    public const string ReturneeThreshold = "ModelCoverage.ReturneeThreshold";
    /// <summary>Working reintegration models a commune under the target must have.</summary>
    public const string MinModels = "ModelCoverage.MinModels";
    /// <summary>Exemplary individuals a commune under the target must have.</summary>
    public const string MinExemplary = "ModelCoverage.MinExemplary";

    // The plans of the province (2026–2030) and of the commune (2026) as summarised in overview.md, "Targets"; the
    // documents were read by the team but their numbers are not recorded, so the source says so and stays "to verify",
    // as for the other values whose text was not seen in full.
    const string Source = "Kế hoạch của tỉnh giai đoạn 2026–2030 và kế hoạch năm 2026 của xã (chỉ tiêu: xã có từ 10 người chấp hành xong án phạt tù trở lên có ít nhất một mô hình, một điển hình; chưa ghi số hiệu văn bản)";
    static readonly DateOnly Plan2026 = new(2026, 1, 1);

    public static IReadOnlyList<RuleParameter> All { get; } =
    [
        new(ReturneeThreshold, "Mô hình, điển hình: số người chấp hành xong án phạt tù đang quản lý từ đó xã thuộc diện phải có mô hình và điển hình", "10", "người",
            Source, SourceStatus.ToVerify, Plan2026),
        new(MinModels, "Mô hình, điển hình: số mô hình tái hòa nhập đang hoạt động tối thiểu của xã thuộc diện", "1", "mô hình",
            Source, SourceStatus.ToVerify, Plan2026),
        new(MinExemplary, "Mô hình, điển hình: số cá nhân điển hình tối thiểu của xã thuộc diện", "1", "người",
            Source, SourceStatus.ToVerify, Plan2026),
    ];
}
