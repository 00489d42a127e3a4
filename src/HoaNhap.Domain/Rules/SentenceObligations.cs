using HoaNhap.Domain.Cases;

namespace HoaNhap.Domain.Rules;

/// <summary>One obligation of the person, with its source and whether that source was seen (Confirmed) or recalled (ToVerify).</summary>
public sealed record Obligation(string Text, string Source, SourceStatus Status);

/// <summary>What the case and the plan say, filled into the obligations' words.</summary>
public sealed record ObligationTerms(
    int? IncomeDeductionPercent,
    bool CommunityLabour,
    string? Restrictions,
    int CheckInIntervalMonths,
    int SelfReportIntervalMonths,
    int LabourMaxHoursPerDay,
    int LabourMaxDaysPerWeek);

/// <summary>
/// The obligations of the person for each form of sentence served in the community, as far as
/// legal-rules.md §2 and §5 read the law. Items the team only recalled are marked ToVerify and
/// shown "Cần kiểm tra lại". The 2025 law (LTHAHS 2025, from 01/07/2026) was not seen; the
/// 2019 articles are cited until it is.
/// </summary>
public static class SentenceObligations
{
    const SourceStatus C = SourceStatus.Confirmed;
    const SourceStatus V = SourceStatus.ToVerify;

    public static IReadOnlyList<Obligation> For(SentenceType type, ObligationTerms t)
    {
        var list = new List<Obligation>();
        void Add(string text, string source, SourceStatus status) => list.Add(new Obligation(text, source, status));
        var banned = string.IsNullOrWhiteSpace(t.Restrictions) ? "theo bản án (chưa ghi nội dung cụ thể vào hồ sơ)" : t.Restrictions.Trim();

        // Điểm danh and bản tự nhận xét: duties recalled for those supervised in the commune (legal-rules §5.1, §5.2).
        void Reporting(string article)
        {
            Add($"Có mặt khi được yêu cầu; điểm danh, kiểm diện định kỳ {Every(t.CheckInIntervalMonths)} theo kế hoạch giám sát.", article, V);
            Add($"Nộp bản tự nhận xét về việc chấp hành nghĩa vụ {Every(t.SelfReportIntervalMonths)}.", article + "; tần suất chưa xác định", V);
        }
        void Absence(string article) =>
            Add("Vắng mặt tại nơi cư trú từ 01 ngày trở lên phải có đơn xin phép và quyết định đồng ý của UBND cấp xã; thay đổi nơi cư trú theo quy định.",
                $"{article}; Thông tư 65/2019/TT-BCA Điều 9 khoản 2 điểm a", C);
        void TemporaryAbsence() =>
            Add("Khai báo tạm vắng khi đi khỏi xã, phường nơi cư trú từ 01 ngày trở lên.", "Luật Cư trú 2020 Điều 31 khoản 1", C);

        switch (type)
        {
            case SentenceType.SuspendedSentence:
                Add("Có mặt theo giấy triệu tập và làm bản cam kết về việc chấp hành án.", "LTHAHS 2019 Điều 87", C);
                Add("Chấp hành nghiêm cam kết, pháp luật, nghĩa vụ công dân, nội quy, quy chế nơi cư trú, làm việc.", "LTHAHS 2019 Điều 87", C);
                Add("Chấp hành hình phạt bổ sung; bồi thường thiệt hại, trừ trường hợp có lý do khách quan được xác nhận.", "LTHAHS 2019 Điều 87", C);
                Add("Chịu sự giám sát, giáo dục của UBND cấp xã hoặc đơn vị quân đội được giao.", "LTHAHS 2019 Điều 87; BLHS 2015 Điều 65 khoản 2", C);
                Absence("LTHAHS 2019 Điều 87, Điều 92");
                TemporaryAbsence();
                Reporting("LTHAHS 2019 Điều 87");
                Add("Cố ý vi phạm nghĩa vụ từ 02 lần trở lên trong thời gian thử thách thì Tòa án có thể buộc chấp hành hình phạt tù của bản án đã cho hưởng án treo.",
                    "BLHS 2015 Điều 65 khoản 5", C);
                break;

            case SentenceType.NonCustodialReform:
                Add("Có mặt theo giấy triệu tập và làm bản cam kết về việc chấp hành án.", "LTHAHS 2019 Điều 99 khoản 1, Điều 97 khoản 1", C);
                Add("Chấp hành nghiêm cam kết, pháp luật, nghĩa vụ công dân, nội quy nơi cư trú; tích cực lao động, học tập; bồi thường thiệt hại; chấp hành hình phạt bổ sung.",
                    "LTHAHS 2019 Điều 99 khoản 2", C);
                Add(t.IncomeDeductionPercent is { } p
                        ? $"Bị khấu trừ {p}% thu nhập hằng tháng để sung quỹ nhà nước; nộp khoản khấu trừ hằng tháng."
                        : "Được Tòa án miễn khấu trừ thu nhập.",
                    "LTHAHS 2019 Điều 99 khoản 3; BLHS 2015 Điều 36 khoản 3", C);
                if (t.CommunityLabour)
                    Add($"Lao động phục vụ cộng đồng theo phân công của UBND cấp xã: không quá {t.LabourMaxHoursPerDay} giờ một ngày và không quá {t.LabourMaxDaysPerWeek} ngày một tuần.",
                        "LTHAHS 2019 Điều 99 khoản 3; BLHS 2015 Điều 36 khoản 4", V);
                Add("Chịu sự giám sát, giáo dục của UBND cấp xã, đơn vị quân đội hoặc cơ quan, tổ chức nơi làm việc, học tập.", "LTHAHS 2019 Điều 99 khoản 4", C);
                Absence("LTHAHS 2019 Điều 99 khoản 5, Điều 100");
                TemporaryAbsence();
                Reporting("LTHAHS 2019 Điều 99");
                break;

            case SentenceType.ResidenceBan:
                Add($"Không được tạm trú, thường trú ở những địa phương bị cấm: {banned}.", "BLHS 2015 Điều 42", V);
                Add("Thời hạn cấm cư trú từ 01 đến 05 năm, tính từ ngày chấp hành xong hình phạt tù.", "BLHS 2015 Điều 42", V);
                Add("Được xét miễn chấp hành phần còn lại khi đã chấp hành được một nửa thời hạn và cải tạo tốt.", "BLHS 2015 Điều 62 khoản 6", C);
                break;

            case SentenceType.ControlledResidence:
                Add("Cư trú, làm ăn sinh sống ở địa phương nhất định dưới sự kiểm soát, giáo dục của chính quyền và nhân dân địa phương.", "BLHS 2015 Điều 43", V);
                Add("Không được tự ý ra khỏi nơi quản chế; việc đi khỏi nơi quản chế phải được cho phép.", "LTHAHS 2019 Điều 115; Thông tư 65/2019/TT-BCA Điều 9 khoản 2 điểm a", C);
                TemporaryAbsence();
                if (!string.IsNullOrWhiteSpace(t.Restrictions))
                    Add($"Các quyền bị tước, nghề hoặc công việc bị cấm theo bản án: {banned}.", "BLHS 2015 Điều 43", V);
                Add("Thời hạn quản chế từ 01 đến 05 năm, tính từ ngày chấp hành xong hình phạt tù.", "BLHS 2015 Điều 43", V);
                Add("Được xét miễn chấp hành phần còn lại khi đã chấp hành được một nửa thời hạn và cải tạo tốt.", "BLHS 2015 Điều 62 khoản 6", C);
                Reporting("LTHAHS 2019 (chương quản chế)");
                break;

            case SentenceType.CivicRightsDeprivation:
                Add($"Không được thực hiện các quyền công dân đã bị tước: {banned}.", "BLHS 2015 Điều 44", V);
                Add("Thời hạn từ 01 đến 05 năm, tính từ ngày chấp hành xong hình phạt tù hoặc từ ngày bản án cho hưởng án treo có hiệu lực.", "BLHS 2015 Điều 44", V);
                break;

            case SentenceType.OccupationBan:
                Add($"Không được đảm nhiệm chức vụ, hành nghề hoặc làm công việc bị cấm: {banned}.", "BLHS 2015 Điều 41", V);
                Add("Thời hạn cấm từ 01 đến 05 năm.", "BLHS 2015 Điều 41", V);
                break;

            case SentenceType.DeferredImprisonment:
            case SentenceType.SuspendedImprisonment:
                Add("Chịu sự quản lý của UBND cấp xã nơi cư trú hoặc đơn vị quân đội trong thời gian được "
                    + (type == SentenceType.DeferredImprisonment ? "hoãn" : "tạm đình chỉ") + " chấp hành án phạt tù.",
                    "LTHAHS 2025 (Luật 127/2025/QH15): các điều mới về người được hoãn, tạm đình chỉ, chưa xem văn bản", V);
                Absence("LTHAHS 2019");
                TemporaryAbsence();
                Add("Có mặt để chấp hành án phạt tù khi hết thời hạn " + (type == SentenceType.DeferredImprisonment ? "hoãn" : "tạm đình chỉ") + ".",
                    type == SentenceType.DeferredImprisonment ? "BLHS 2015 Điều 67" : "BLHS 2015 Điều 68", V);
                if (type == SentenceType.SuspendedImprisonment)
                    Add("Thời gian tạm đình chỉ không được tính vào thời gian chấp hành án phạt tù.", "BLHS 2015 Điều 68; LTHAHS 2019 Điều 36", V);
                break;

            case SentenceType.ConditionalEarlyRelease:
                Add("Chấp hành nghiêm pháp luật và các nghĩa vụ trong thời gian thử thách (bằng thời gian còn lại của hình phạt tù).", "BLHS 2015 Điều 66", V);
                Add("Chịu sự quản lý, giám sát của UBND cấp xã nơi cư trú.", "BLHS 2015 Điều 66", V);
                Absence("LTHAHS 2019");
                TemporaryAbsence();
                Reporting("LTHAHS 2019");
                Add("Cố ý vi phạm nghĩa vụ từ 02 lần trở lên hoặc bị xử phạt vi phạm hành chính từ 02 lần trở lên thì Tòa án có thể hủy quyết định tha tù trước thời hạn có điều kiện.",
                    "BLHS 2015 Điều 66 khoản 4", V);
                break;
        }
        return list;
    }

    static string Every(int months) => months == 1 ? "hằng tháng" : $"{months} tháng một lần";
}
