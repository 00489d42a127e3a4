namespace HoaNhap.Domain.Rules;

/// <summary>What a commune has: returnees under management, working reintegration models, exemplary individuals.</summary>
public sealed record ModelCoverageInput(int Returnees, int ActiveModels, int ExemplaryIndividuals);

public enum CoverageVerdict
{
    /// <summary>Fewer returnees than the threshold: the target does not apply.</summary>
    NotApplicable,
    Met,
    NotMet,
}

/// <summary>The verdict, the values it used and what is missing (0 when nothing is).</summary>
public sealed record ModelCoverageResult(CoverageVerdict Verdict, int Threshold, int MinModels, int MinExemplary,
    int MissingModels, int MissingExemplary, IReadOnlyList<string> Missing, string Because)
{
    public bool Applies => Verdict != CoverageVerdict.NotApplicable;
    public bool Met => Verdict == CoverageVerdict.Met;

    /// <summary>"Đạt", "Chưa đạt" or "Không thuộc diện (dưới 10 người)".</summary>
    public string Text => Verdict switch
    {
        CoverageVerdict.Met => "Đạt",
        CoverageVerdict.NotMet => "Chưa đạt",
        _ => $"Không thuộc diện (dưới {Threshold} người)",
    };
}

/// <summary>
/// The plan target on reintegration models: a commune with at least <see cref="ModelCoverageDefaults.ReturneeThreshold"/>
/// people who completed a prison sentence under management must have at least <see cref="ModelCoverageDefaults.MinModels"/>
/// working reintegration model(s) and <see cref="ModelCoverageDefaults.MinExemplary"/> exemplary individual(s).
/// Source: the provincial 2026–2030 plan and the commune 2026 plan (overview.md, "Targets"); values in <see cref="ModelCoverageDefaults"/>.
/// </summary>
public static class ModelCoverage
{
    public static ModelCoverageResult Assess(ModelCoverageInput input, RuleParameters p, DateOnly asOf)
    {
        var threshold = p.Int(ModelCoverageDefaults.ReturneeThreshold, asOf);
        var minModels = p.Int(ModelCoverageDefaults.MinModels, asOf);
        var minExemplary = p.Int(ModelCoverageDefaults.MinExemplary, asOf);
        if (input.Returnees < threshold)
            return new(CoverageVerdict.NotApplicable, threshold, minModels, minExemplary, 0, 0, [],
                $"Xã đang quản lý {input.Returnees} người chấp hành xong án phạt tù, dưới {threshold} người: không thuộc diện phải có mô hình và cá nhân điển hình.");

        var missingModels = Math.Max(0, minModels - input.ActiveModels);
        var missingExemplary = Math.Max(0, minExemplary - input.ExemplaryIndividuals);
        var missing = new List<string>();
        if (missingModels > 0)
            missing.Add($"Còn thiếu {missingModels} mô hình tái hòa nhập cộng đồng đang hoạt động (có {input.ActiveModels}, cần ít nhất {minModels}).");
        if (missingExemplary > 0)
            missing.Add($"Còn thiếu {missingExemplary} cá nhân điển hình (có {input.ExemplaryIndividuals}, cần ít nhất {minExemplary}).");
        var head = $"Xã đang quản lý {input.Returnees} người chấp hành xong án phạt tù (từ {threshold} người trở lên): phải có ít nhất {minModels} mô hình và {minExemplary} cá nhân điển hình";
        return missing.Count == 0
            ? new(CoverageVerdict.Met, threshold, minModels, minExemplary, 0, 0, missing,
                $"{head}; xã có {input.ActiveModels} mô hình đang hoạt động và {input.ExemplaryIndividuals} cá nhân điển hình.")
            : new(CoverageVerdict.NotMet, threshold, minModels, minExemplary, missingModels, missingExemplary, missing, $"{head}. {string.Join(" ", missing)}");
    }
}
