using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Transfers;

namespace HoaNhap.Domain.Tests.Rules;

/// <summary>
/// Change of residence (legal-rules §5.4): who consents — LTHAHS 2019 Điều 68 khoản 2 điểm b as amended by
/// Luật 86/2025/QH15 Điều 2 khoản 1 — and the hand-over and receiving deadlines (Transfer.HandOverFile
/// working days, Transfer.ReceiverActs days), read from the rule parameters in force on the day.
/// </summary>
public class ResidenceChangeRulesTests
{
    static readonly IReadOnlySet<DateOnly> Holidays = HolidayCalendar.Seed.Select(h => h.Date).ToHashSet();
    static readonly RuleParameters P = RuleParameters.Defaults;
    static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void A_move_within_the_province_needs_the_commune_police_Art68_2_b_as_amended_by_Luat_86_2025()
    {
        var c = ResidenceChangeRules.WhoConsents("25", "25", D(2026, 3, 10));
        Assert.Equal(ConsentAuthority.CommunePolice, c.Authority);
        Assert.True(c.WithinProvince);
        Assert.Equal(LegalBasis.Law2019, c.LegalBasisVersion);
        Assert.Contains("Điều 68 khoản 2 điểm b", c.Source);
        Assert.Contains("86/2025/QH15", c.Source);
    }

    [Fact]
    public void A_move_to_another_province_needs_the_provincial_police_enforcement_agency_Art68_2_b()
    {
        var c = ResidenceChangeRules.WhoConsents("25", "01", D(2026, 3, 10));
        Assert.Equal(ConsentAuthority.ProvincePolice, c.Authority);
        Assert.False(c.WithinProvince);
        Assert.Equal("Cơ quan thi hành án hình sự Công an cấp tỉnh", c.AuthorityTitle);
    }

    [Fact]
    public void The_legal_basis_follows_the_day_of_the_request_30_June_2026_is_the_2019_law_1_July_the_2025_law()
    {
        Assert.Equal(LegalBasis.Law2019, ResidenceChangeRules.WhoConsents("25", "01", D(2026, 6, 30)).LegalBasisVersion);
        var after = ResidenceChangeRules.WhoConsents("25", "01", D(2026, 7, 1));
        Assert.Equal(LegalBasis.Law2025, after.LegalBasisVersion);
        Assert.Contains("127/2025/QH15", after.Source);
        Assert.Equal(ConsentAuthority.ProvincePolice, after.Authority);
    }

    [Fact]
    public void The_file_is_handed_over_within_3_working_days_of_the_consent_skipping_the_weekend()
        // Consent on Thursday 19/11/2026: Friday 20, Monday 23, Tuesday 24.
        => Assert.Equal(D(2026, 11, 24), ResidenceChangeRules.HandOverFileBy(D(2026, 11, 19), P, Holidays));

    [Fact]
    public void The_hand_over_skips_the_30_April_and_1_May_holidays()
        // Consent on Wednesday 29/04/2026: 30/04 and 01/05 are holidays, 02–03/05 the weekend: 04, 05, 06/05.
        => Assert.Equal(D(2026, 5, 6), ResidenceChangeRules.HandOverFileBy(D(2026, 4, 29), P, Holidays));

    [Fact]
    public void The_receiving_side_acts_within_7_days_of_the_notice_counted_from_the_next_day_BLDS_Art147()
        => Assert.Equal(D(2026, 11, 29), ResidenceChangeRules.ReceiverActsBy(D(2026, 11, 22), P));

    [Fact]
    public void The_receiving_deadline_crosses_the_end_of_February_in_a_leap_year()
        => Assert.Equal(D(2028, 3, 2), ResidenceChangeRules.ReceiverActsBy(D(2028, 2, 24), P));

    [Fact]
    public void The_receiving_deadline_crosses_the_end_of_the_year()
        => Assert.Equal(D(2027, 1, 4), ResidenceChangeRules.ReceiverActsBy(D(2026, 12, 28), P));

    [Fact]
    public void A_changed_parameter_applies_from_its_effective_date_only()
    {
        var p = new RuleParameters(RuleParameterDefaults.All.Append(new RuleParameter(RuleKeys.TransferReceiverActs,
            "Thay đổi nơi cư trú: nơi cư trú mới tiếp nhận", "10", RuleUnits.Days, "thử", SourceStatus.ToVerify, D(2026, 7, 1))));
        Assert.Equal(D(2026, 7, 7), ResidenceChangeRules.ReceiverActsBy(D(2026, 6, 30), p));
        Assert.Equal(D(2026, 7, 11), ResidenceChangeRules.ReceiverActsBy(D(2026, 7, 1), p));
    }

    // ---- the transfer's steps (CaseTransfer) ----

    static CaseTransfer Requested() => new()
    {
        ProvinceCode = "25", CommuneCode = "04792", ToProvinceCode = "25", ToCommuneCode = "04795",
        RequestedOn = D(2026, 11, 16), ConsentAuthority = ConsentAuthority.CommunePolice,
    };

    [Fact]
    public void A_transfer_is_acknowledged_only_after_it_was_sent()
    {
        var t = Requested();
        Assert.NotNull(t.Acknowledge(D(2026, 11, 20), "x"));
        Assert.Equal(TransferStatus.Requested, t.Status);
        Assert.Null(t.Consent(D(2026, 11, 19), "ca", "1/CAX", D(2026, 11, 24), D(2026, 11, 26)));
        Assert.Equal(TransferStatus.Sent, t.Status);
        Assert.Equal(D(2026, 11, 19), t.SentOn);
        Assert.NotNull(t.Acknowledge(D(2026, 11, 18), "x"));   // before the notice
        Assert.Null(t.Acknowledge(D(2026, 11, 20), "x"));
        Assert.Equal(TransferStatus.Acknowledged, t.Status);
        Assert.NotNull(t.Refuse(D(2026, 11, 21), "x", "muộn"));  // closed
    }

    [Fact]
    public void A_refusal_before_consent_is_a_refused_consent_and_after_sending_a_refused_transfer()
    {
        var before = Requested();
        Assert.Null(before.Refuse(D(2026, 11, 17), "ca", "không đủ điều kiện"));
        Assert.Equal(TransferStatus.ConsentRefused, before.Status);
        Assert.NotNull(before.Consent(D(2026, 11, 18), "ca", null, D(2026, 11, 21), D(2026, 11, 25)));

        var after = Requested();
        after.Consent(D(2026, 11, 19), "ca", null, D(2026, 11, 24), D(2026, 11, 26));
        Assert.Null(after.Refuse(D(2026, 11, 20), "cb", "địa chỉ không có thật"));
        Assert.Equal(TransferStatus.Refused, after.Status);
        Assert.Equal("địa chỉ không có thật", after.RefusalReason);
    }

    [Fact]
    public void Consent_cannot_predate_the_request()
        => Assert.NotNull(Requested().Consent(D(2026, 11, 15), "ca", null, D(2026, 11, 20), D(2026, 11, 22)));
}
