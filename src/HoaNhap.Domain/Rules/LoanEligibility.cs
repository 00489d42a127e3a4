using HoaNhap.Domain.Text;

namespace HoaNhap.Domain.Rules;

public sealed record LoanInput(DateOnly AsOf, DateOnly SentenceCompletedOn, bool HasCompletionCertificate, bool OnCommuneList, bool HasOutstandingSamePurposeDebt);

public sealed record LoanResult(bool Eligible, DateOnly WindowEndsOn, IReadOnlyList<Criterion> Criteria);

/// <summary>
/// Whether a person who has completed a prison sentence may borrow from the Bank for Social
/// Policies (Ngân hàng Chính sách xã hội) under QĐ 22/2023/QĐ-TTg (legal-rules §10): each condition
/// is a <see cref="Criterion"/> that says what is missing.
/// </summary>
public static class LoanEligibility
{
    const string Basis = "Quyết định 22/2023/QĐ-TTg";

    public static IEnumerable<(string Field, string Message)> Validate(LoanInput input)
    {
        if (input.SentenceCompletedOn > input.AsOf)
            yield return ("sentenceCompletedOn",
                $"Ngày chấp hành xong án phạt tù ({VietnameseDate.Format(input.SentenceCompletedOn)}) không được sau ngày tính ({VietnameseDate.Format(input.AsOf)}).");
    }

    /// <summary>
    /// The day a returnee's window to borrow closes, read from the case (the same completion day as the record's period);
    /// null for a case that is not a returnee's.
    /// </summary>
    public static DateOnly? WindowEndsOn(Cases.CaseFacts f, DateOnly asOf, RuleParameters p) =>
        f.CompletedOn is { } completed ? Evaluate(new LoanInput(asOf, completed, true, true, false), p).WindowEndsOn : null;

    public static LoanResult Evaluate(LoanInput input, RuleParameters p)
    {
        // QĐ 22/2023/QĐ-TTg: thời gian từ khi chấp hành xong án phạt tù đến thời điểm vay vốn không quá 05 năm;
        // counted as a period of years (BLDS 2015 Điều 147, 148).
        var years = p.Int(RuleKeys.LoanWindowYears, input.AsOf);
        var windowEndsOn = Periods.EndAfterYears(input.SentenceCompletedOn, years);
        var completed = VietnameseDate.Format(input.SentenceCompletedOn);
        var asOf = VietnameseDate.Format(input.AsOf);
        var ends = VietnameseDate.Format(windowEndsOn);

        var criteria = new List<Criterion>
        {
            // QĐ 22/2023/QĐ-TTg: người đã chấp hành xong án phạt tù có giấy chứng nhận (hoặc người được đặc xá có giấy chứng nhận đặc xá).
            input.HasCompletionCertificate
                ? new("Có giấy chứng nhận đã chấp hành xong án phạt tù hoặc giấy chứng nhận đặc xá", true,
                    $"Người vay đã có giấy chứng nhận đã chấp hành xong án phạt tù hoặc giấy chứng nhận đặc xá ({Basis}).")
                : new("Có giấy chứng nhận đã chấp hành xong án phạt tù hoặc giấy chứng nhận đặc xá", false,
                    $"Chưa có giấy chứng nhận đã chấp hành xong án phạt tù hoặc giấy chứng nhận đặc xá; người vay cần được cơ quan có thẩm quyền cấp giấy chứng nhận trước khi đề nghị vay ({Basis})."),

            // QĐ 22/2023/QĐ-TTg: có tên trong danh sách do Công an cấp xã lập, được UBND cấp xã xác nhận.
            input.OnCommuneList
                ? new("Có tên trong danh sách do Công an cấp xã lập và Ủy ban nhân dân cấp xã xác nhận", true,
                    $"Người vay có tên trong danh sách người đã chấp hành xong án phạt tù cư trú tại địa phương, chấp hành tốt pháp luật, không vi phạm tệ nạn xã hội, do Công an cấp xã lập và Ủy ban nhân dân cấp xã xác nhận ({Basis}).")
                : new("Có tên trong danh sách do Công an cấp xã lập và Ủy ban nhân dân cấp xã xác nhận", false,
                    $"Người vay chưa có tên trong danh sách người đã chấp hành xong án phạt tù cư trú tại địa phương, chấp hành tốt pháp luật, không vi phạm tệ nạn xã hội, do Công an cấp xã lập và Ủy ban nhân dân cấp xã xác nhận ({Basis})."),

            // QĐ 22/2023/QĐ-TTg: không có dư nợ tại Ngân hàng Chính sách xã hội ở chương trình khác cho cùng mục đích.
            !input.HasOutstandingSamePurposeDebt
                ? new("Không còn dư nợ tại Ngân hàng Chính sách xã hội cho cùng mục đích", true,
                    $"Người vay không còn dư nợ tại Ngân hàng Chính sách xã hội theo chương trình tín dụng khác cho cùng mục đích ({Basis}).")
                : new("Không còn dư nợ tại Ngân hàng Chính sách xã hội cho cùng mục đích", false,
                    $"Người vay còn dư nợ tại Ngân hàng Chính sách xã hội theo chương trình tín dụng khác cho cùng mục đích (học nghề, sản xuất, kinh doanh, tạo việc làm); cần trả hết khoản nợ này trước khi vay theo chương trình này ({Basis})."),

            WindowCriterion(input, years, windowEndsOn, completed, asOf, ends),
        };

        return new LoanResult(criteria.All(c => c.Met), windowEndsOn, criteria);
    }

    static Criterion WindowCriterion(LoanInput input, int years, DateOnly windowEndsOn, string completed, string asOf, string ends)
    {
        var name = $"Vay trong thời hạn {years} năm kể từ ngày chấp hành xong án phạt tù";
        if (input.AsOf < input.SentenceCompletedOn)
            return new(name, false,
                $"Ngày chấp hành xong án phạt tù ({completed}) sau ngày tính ({asOf}): người này chưa chấp hành xong án phạt tù ({Basis}).",
                input.SentenceCompletedOn);
        if (input.AsOf <= windowEndsOn)
            return new(name, true,
                $"Thời hạn {years} năm kể từ ngày chấp hành xong án phạt tù ({completed}) kết thúc ngày {ends}; ngày tính {asOf} còn trong thời hạn ({Basis}; BLDS 2015 Điều 147, 148).",
                input.SentenceCompletedOn);
        return new(name, false,
            $"Thời hạn {years} năm kể từ ngày chấp hành xong án phạt tù ({completed}) đã kết thúc ngày {ends}; ngày tính {asOf} đã quá thời hạn được vay ({Basis}; BLDS 2015 Điều 147, 148).");
    }
}
