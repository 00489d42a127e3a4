namespace HoaNhap.Domain.Rules;

/// <summary>
/// The amounts and the business condition of credit under QĐ 22/2023/QĐ-TTg (legal-rules §10):
/// an individual borrows at most <see cref="RuleKeys.LoanMaxIndividual"/> (recalled: 100 million VND);
/// a business must employ, under labour contracts, at least <see cref="RuleKeys.LoanBusinessMinSharePercent"/>
/// (confirmed: 10 %) of its workforce among eligible released people, and borrows at most
/// <see cref="RuleKeys.LoanMaxBusiness"/> per plan (recalled: 2 billion) and <see cref="RuleKeys.LoanMaxPerWorker"/>
/// per eligible worker (recalled: 100 million). Each condition is a <see cref="Criterion"/>.
/// </summary>
public static class LoanLimits
{
    const string Basis = "Quyết định 22/2023/QĐ-TTg";

    public static Criterion Individual(long amount, DateOnly asOf, RuleParameters p)
    {
        var max = p.Money(RuleKeys.LoanMaxIndividual, asOf);
        return amount <= max
            ? new("Mức vay của cá nhân", true, $"Số tiền đề nghị vay {Vnd(amount)} không vượt mức cho vay tối đa {Vnd(max)} ({Basis}).")
            : new("Mức vay của cá nhân", false, $"Số tiền đề nghị vay {Vnd(amount)} vượt mức cho vay tối đa đối với cá nhân là {Vnd(max)} ({Basis}).");
    }

    public static IReadOnlyList<Criterion> Business(int workers, int eligibleWorkers, long amount, DateOnly asOf, RuleParameters p)
    {
        var minPercent = p.Int(RuleKeys.LoanBusinessMinSharePercent, asOf);
        var maxPlan = p.Money(RuleKeys.LoanMaxBusiness, asOf);
        var perWorker = p.Money(RuleKeys.LoanMaxPerWorker, asOf);
        // eligible / workers ≥ minPercent / 100, compared in whole numbers (no rounding).
        var shareMet = workers > 0 && eligibleWorkers * 100L >= minPercent * (long)workers;
        var share = workers > 0 ? $"{eligibleWorkers}/{workers} lao động ({eligibleWorkers * 100m / workers:0.#}%)" : "không có lao động";
        var capByWorkers = perWorker * eligibleWorkers;
        var cap = Math.Min(maxPlan, capByWorkers);
        return
        [
            shareMet
                ? new($"Tối thiểu {minPercent}% lao động là người chấp hành xong án phạt tù", true,
                    $"Cơ sở sử dụng {share} là người chấp hành xong án phạt tù có hợp đồng lao động, đạt tỷ lệ tối thiểu {minPercent}% ({Basis}).")
                : new($"Tối thiểu {minPercent}% lao động là người chấp hành xong án phạt tù", false,
                    $"Cơ sở chỉ sử dụng {share} là người chấp hành xong án phạt tù, chưa đạt tỷ lệ tối thiểu {minPercent}% tổng số lao động ({Basis})."),
            amount <= cap
                ? new("Mức vay của cơ sở", true, $"Số tiền đề nghị vay {Vnd(amount)} không vượt {Vnd(cap)} (tối đa {Vnd(maxPlan)} mỗi phương án và {Vnd(perWorker)} cho mỗi lao động là người chấp hành xong án) ({Basis}).")
                : new("Mức vay của cơ sở", false, $"Số tiền đề nghị vay {Vnd(amount)} vượt mức tối đa {Vnd(cap)} (tối đa {Vnd(maxPlan)} mỗi phương án và {Vnd(perWorker)} cho mỗi lao động là người chấp hành xong án) ({Basis})."),
        ];
    }

    public static string Vnd(long amount) => amount.ToString("#,0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + " đồng";
}
