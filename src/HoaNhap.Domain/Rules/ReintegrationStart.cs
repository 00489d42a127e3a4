using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Judgments;
using static HoaNhap.Domain.Text.VietnameseDate;

namespace HoaNhap.Domain.Rules;

/// <summary>When reintegration management begins after a community sentence ends, and why (or why not).</summary>
public sealed record ReintegrationStartResult(DateOnly? StartsOn, string Reason);

/// <summary>
/// TT 10/2024/TT-BCA Điều 7 (confirmed): the commune police manage, from release until a ground
/// to end management arises, people who completed a prison term — including people released
/// early on conditions once their probation is over — who are not yet clear of the record.
/// So: the end of a conditional early release's probation starts reintegration management the
/// next day (BLDS 2015 Điều 148). An additional penalty served after a prison term (residence
/// ban, controlled residence, deprivation of civic rights, occupation ban following imprisonment)
/// runs while the person is already a returnee: management continues, and a reintegration case is
/// opened from the next day only if none is open. Other community sentences (suspended sentence,
/// non-custodial reform, deferred or suspended imprisonment) do not follow a completed prison
/// term, so no reintegration period starts.
/// </summary>
public static class ReintegrationStart
{
    public static ReintegrationStartResult After(SentenceType type, MainPenalty? judgmentMainPenalty, DateOnly endsOn)
    {
        var next = endsOn.AddDays(1);
        return type switch
        {
            SentenceType.ConditionalEarlyRelease => new(next,
                $"Người được tha tù trước thời hạn có điều kiện đã hết thời gian thử thách, được coi là đã chấp hành xong án phạt tù; "
                + $"Công an cấp xã quản lý, giúp đỡ tái hòa nhập cộng đồng từ ngày {Format(next)} (Thông tư 10/2024/TT-BCA, Điều 7)."),
            SentenceType.ResidenceBan or SentenceType.ControlledResidence or SentenceType.CivicRightsDeprivation or SentenceType.OccupationBan
                when judgmentMainPenalty is MainPenalty.Imprisonment or MainPenalty.LifeImprisonment or MainPenalty.DeathCommuted => new(next,
                $"Hình phạt bổ sung này được chấp hành sau khi đã chấp hành xong án phạt tù; người này thuộc diện quản lý tái hòa nhập "
                + $"cộng đồng cho đến khi được xóa án tích (Thông tư 10/2024/TT-BCA, Điều 7), tiếp tục từ ngày {Format(next)} nếu chưa có hồ sơ."),
            _ => new(null, "Người này không chấp hành án phạt tù trước đó, nên không thuộc diện quản lý tái hòa nhập cộng đồng "
                + "theo Thông tư 10/2024/TT-BCA, Điều 7."),
        };
    }
}
