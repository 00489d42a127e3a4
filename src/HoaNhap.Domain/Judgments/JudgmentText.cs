namespace HoaNhap.Domain.Judgments;

/// <summary>The Vietnamese names users read, kept in one place.</summary>
public static class JudgmentText
{
    /// <summary>Phân loại tội phạm (BLHS 2015 Điều 9).</summary>
    public static string Category(Rules.CrimeCategory c) => c switch
    {
        Rules.CrimeCategory.LessSerious => "Ít nghiêm trọng",
        Rules.CrimeCategory.Serious => "Nghiêm trọng",
        Rules.CrimeCategory.VerySerious => "Rất nghiêm trọng",
        Rules.CrimeCategory.ParticularlySerious => "Đặc biệt nghiêm trọng",
        _ => c.ToString(),
    };

    public static string Penalty(MainPenalty p) => p switch
    {
        MainPenalty.Warning => "Cảnh cáo",
        MainPenalty.Fine => "Phạt tiền",
        MainPenalty.NonCustodialReform => "Cải tạo không giam giữ",
        MainPenalty.SuspendedSentence => "Tù cho hưởng án treo",
        MainPenalty.Imprisonment => "Tù có thời hạn",
        MainPenalty.LifeImprisonment => "Tù chung thân",
        MainPenalty.DeathCommuted => "Tử hình được chuyển thành tù chung thân",
        _ => p.ToString(),
    };

    public static string Additional(AdditionalPenaltyKind k) => k switch
    {
        AdditionalPenaltyKind.OccupationBan => "Cấm đảm nhiệm chức vụ, cấm hành nghề hoặc làm công việc nhất định",
        AdditionalPenaltyKind.ResidenceBan => "Cấm cư trú",
        AdditionalPenaltyKind.ControlledResidence => "Quản chế",
        AdditionalPenaltyKind.CivicRightsDeprivation => "Tước một số quyền công dân",
        AdditionalPenaltyKind.Fine => "Phạt tiền (bổ sung)",
        AdditionalPenaltyKind.Confiscation => "Tịch thu tài sản",
        _ => k.ToString(),
    };

    public static string Obligation(CivilObligationKind k) => k switch
    {
        CivilObligationKind.CourtFee => "Án phí",
        CivilObligationKind.Compensation => "Bồi thường",
        _ => "Nghĩa vụ dân sự khác",
    };
}
