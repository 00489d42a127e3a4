namespace HoaNhap.Domain.Rules;

/// <summary>Who gives the consent to a change of residence (thay đổi nơi cư trú).</summary>
public enum ConsentAuthority
{
    /// <summary>Công an cấp xã where the person lives now: a move within the province.</summary>
    CommunePolice,
    /// <summary>Cơ quan thi hành án hình sự Công an cấp tỉnh: a move to another province.</summary>
    ProvincePolice,
}

/// <summary>The answer of <see cref="ResidenceChangeRules.WhoConsents"/>: the competent body and the text it rests on.</summary>
public sealed record ResidenceChangeConsent(ConsentAuthority Authority, bool WithinProvince, string LegalBasisVersion, string Source)
{
    public string AuthorityTitle => ResidenceChangeRules.Title(Authority);
}

/// <summary>
/// Change of residence of a person serving a sentence in the community and the hand-over of the
/// enforcement file to the new place (legal-rules §5.4). Pure functions; the day counts come from
/// <see cref="RuleParameters"/> (<see cref="RuleKeys.TransferHandOverFile"/>, <see cref="RuleKeys.TransferReceiverActs"/>).
/// </summary>
public static class ResidenceChangeRules
{
    // LTHAHS 2019 Điều 68 khoản 2 điểm b, sửa đổi bởi Luật 86/2025/QH15 Điều 2 khoản 1 điểm a [confirmed]:
    // "được sự đồng ý của Công an cấp xã" khi thay đổi nơi cư trú trong phạm vi tỉnh, và của
    // "Cơ quan thi hành án hình sự Công an cấp tỉnh" khi thay đổi nơi cư trú ra ngoài phạm vi tỉnh.
    public const string Source2019 =
        "Luật Thi hành án hình sự 2019, Điều 68 khoản 2 điểm b (sửa đổi, bổ sung bởi Luật số 86/2025/QH15, Điều 2 khoản 1)";

    // LTHAHS 2025 (Luật 127/2025/QH15, hiệu lực 01/07/2026): văn bản chưa được đối chiếu; giữ quy tắc thẩm quyền
    // của LTHAHS 2019 đã sửa đổi cho đến khi đối chiếu được điều khoản tương ứng.
    public const string Source2025 =
        "Luật Thi hành án hình sự 2025 (Luật số 127/2025/QH15) — chưa đối chiếu điều khoản; áp dụng như Điều 68 khoản 2 điểm b Luật Thi hành án hình sự 2019 đã sửa đổi";

    /// <summary>
    /// The body whose consent the move needs: the commune police for a move within the province,
    /// the provincial police's criminal-judgment enforcement agency for a move to another province.
    /// The legal basis is that in force on the day of the request (<see cref="LegalBasis.For"/>).
    /// </summary>
    public static ResidenceChangeConsent WhoConsents(string fromProvinceCode, string toProvinceCode, DateOnly requestedOn)
    {
        var within = fromProvinceCode == toProvinceCode;
        var version = LegalBasis.For(requestedOn);
        return new ResidenceChangeConsent(
            within ? ConsentAuthority.CommunePolice : ConsentAuthority.ProvincePolice, within, version,
            version == LegalBasis.Law2019 ? Source2019 : Source2025);
    }

    /// <summary>
    /// The last day to hand the file over to the new place of residence: <see cref="RuleKeys.TransferHandOverFile"/>
    /// working days after the consent (counted from the next day, weekends and holidays skipped).
    /// </summary>
    // Thông tư hướng dẫn (số hiệu chưa xác định), Điều 9 khoản 4: "trong thời hạn 03 ngày làm việc" [confirmed text, unidentified document].
    public static DateOnly HandOverFileBy(DateOnly consentedOn, RuleParameters p, IReadOnlySet<DateOnly> holidays) =>
        WorkingDays.Add(consentedOn, p.Int(RuleKeys.TransferHandOverFile, consentedOn), holidays);

    /// <summary>
    /// The last day for the new place of residence to act on the notice (receive the person and the file):
    /// <see cref="RuleKeys.TransferReceiverActs"/> days after the notice, counted from the next day (BLDS 2015 Điều 147).
    /// </summary>
    // Thông tư hướng dẫn (số hiệu chưa xác định), Điều 9 khoản 4: "trong thời hạn 07 ngày" kể từ ngày nhận được thông báo.
    public static DateOnly ReceiverActsBy(DateOnly noticeOn, RuleParameters p) =>
        noticeOn.AddDays(p.Int(RuleKeys.TransferReceiverActs, noticeOn));

    public static string Title(ConsentAuthority a) => a switch
    {
        ConsentAuthority.CommunePolice => "Công an cấp xã nơi người chấp hành án đang cư trú",
        ConsentAuthority.ProvincePolice => "Cơ quan thi hành án hình sự Công an cấp tỉnh",
        _ => a.ToString(),
    };
}
