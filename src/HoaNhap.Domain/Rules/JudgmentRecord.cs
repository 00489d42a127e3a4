using HoaNhap.Domain.Judgments;

namespace HoaNhap.Domain.Rules;

/// <summary>The conviction the record rule needs, read from a registry judgment, or why it cannot be read.</summary>
public sealed record JudgmentConviction(Conviction? Conviction, string? Problem, string? Assumption);

/// <summary>
/// A registry judgment as a <see cref="Conviction"/> for <see cref="RecordExpungement"/> (BLHS 2015 Điều 70–73): the main penalty
/// completed on <c>completedOn</c>; the additional penalties that delay expungement (cấm cư trú, quản chế, cấm đảm nhiệm chức vụ,
/// tước một số quyền công dân, Điều 70 khoản 3) run from then; the other decisions are done when the last civil obligation was
/// settled (an unsettled one leaves the date open). Fault and category come from the judgment; when the officer has not recorded
/// them, the crime is taken as intentional (so that a record is never dropped by guess, Điều 69 khoản 2) and the answer says so.
/// </summary>
public static class JudgmentRecord
{
    public static JudgmentConviction From(Judgment j, DateOnly completedOn)
    {
        if (j.CivilObligations.Any(o => o.SettledOn is null))
            return new(null, "Còn nghĩa vụ dân sự (án phí, bồi thường) chưa thi hành xong: thời hạn xóa án tích chưa bắt đầu (BLHS 2015 Điều 70 khoản 2).", null);
        if (PenalCodeChapters.ForRecord(j.Offences) is not { } chapter)
            return new(null, "Bản án chưa ghi điều luật đã phạm: chưa tính được ngày xóa án tích.", null);
        var other = j.CivilObligations.Count == 0 ? (DateOnly?)null : j.CivilObligations.Max(o => o.SettledOn!.Value);
        var additional = j.AdditionalPenalties
            .Where(a => a.TermMonths is > 0 && a.Kind is AdditionalPenaltyKind.ResidenceBan or AdditionalPenaltyKind.ControlledResidence
                or AdditionalPenaltyKind.OccupationBan or AdditionalPenaltyKind.CivicRightsDeprivation)
            .Select(a => (DateOnly?)Periods.EndAfterMonths(completedOn, a.TermMonths!.Value)).Max();
        // Taken as intentional, the category does not change the waiting period (Điều 70 khoản 2 depends on the penalty imposed).
        var (intentional, category, assumption) = (j.Intentional, j.Category) switch
        {
            (true, var c) => (true, c ?? CrimeCategory.VerySerious, null),
            (false, { } c) => (false, c, null),
            (false, null) => (true, CrimeCategory.VerySerious, "Bản án trong sổ ghi lỗi vô ý nhưng chưa ghi loại tội phạm: tạm tính như có án tích."),
            (null, _) => (true, j.Category ?? CrimeCategory.VerySerious, "Bản án trong sổ chưa ghi lỗi cố ý hay vô ý: tạm tính là lỗi cố ý."),
        };
        return new(new Conviction(j.MainPenalty, j.TermMonths, chapter, intentional, category, completedOn, additional, other, j.JudgmentDate), null, assumption);
    }
}
