using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Text;

namespace HoaNhap.Domain.Rules;

/// <summary>A returnee's record on a day, read from the case: the verdict, the date, how it clears, and the sentence that says so.</summary>
public sealed record RecordAnswer(RecordVerdict Verdict, ExpiryMode Mode, DateOnly? ClearFrom, DateOnly? NewOffenceOn, string Explanation)
{
    public int? DaysLeft(DateOnly today) => ClearFrom is { } d ? d.DayNumber - today.DayNumber : null;
}

/// <summary>
/// The record of a returnee (BLHS 2015 Điều 69–73), the one answer that the case page, the end-of-management lists, the
/// expungement request and the almost-eligible forecast all give. The judgment is read by <see cref="JudgmentRecord"/>
/// with the main penalty completed on <see cref="CaseFacts.CompletedOn"/>; a new offence committed before the record would
/// clear stops it (Điều 73 khoản 2).
/// </summary>
public static class RecordExpungement
{
    public static RecordAnswer ForCase(CaseFacts f, DateOnly asOf, RuleParameters p)
    {
        static RecordAnswer Unknown(string why) => new(RecordVerdict.Unknown, ExpiryMode.None, null, null, why);
        if (f.Kind != CaseKind.Reintegration || f.CompletedOn is not { } completedOn) return Unknown("Hồ sơ này không phải hồ sơ tái hòa nhập cộng đồng.");
        if (f.Judgment is not { } j) return Unknown("Chưa có bản án trong sổ quản lý: chưa tính được ngày xóa án tích.");
        var (conviction, problem, assumption) = JudgmentRecord.From(j, completedOn);
        if (conviction is null) return Unknown(problem!);
        Conviction[] convictions = [conviction];
        if (CriminalRecordExpiry.Validate(convictions, asOf).FirstOrDefault() is { Message: { } invalid }) return Unknown(invalid);
        var r = CriminalRecordExpiry.Compute(convictions, asOf, p);
        if (!r.HasRecord)
            return new(RecordVerdict.NoRecord, ExpiryMode.None, null, null,
                "Theo bản án (lỗi vô ý, tội phạm ít nghiêm trọng hoặc nghiêm trọng), người này không bị coi là có án tích (BLHS 2015 Điều 69 khoản 2).");
        if (r.ClearFrom is not { } clearFrom)
            return new(RecordVerdict.Undated, r.Mode, null, null, "Chưa xác định được ngày xóa án tích vì còn hình phạt chưa chấp hành xong (BLHS 2015 Điều 70 khoản 2).");
        if (f.NewOffences.Where(d => d < clearFrom).Select(d => (DateOnly?)d).FirstOrDefault() is { } offence)
            return new(RecordVerdict.StoppedByNewOffence, r.Mode, null, offence,
                $"Phạm tội mới ngày {D(offence)}, trước ngày {D(clearFrom)} được xóa án tích theo bản án cũ: chưa được xóa án tích; "
                + "thời hạn được tính lại từ khi chấp hành xong hình phạt chính của bản án mới (BLHS 2015 Điều 70 khoản 2, Điều 73 khoản 2).");
        var assumed = assumption is null ? "" : " " + assumption;
        return new(r.Verdict, r.Mode, clearFrom, null, r.Mode == ExpiryMode.Automatic
            ? $"Đương nhiên được xóa án tích từ ngày {D(clearFrom)} nếu không phạm tội mới (BLHS 2015 Điều 70): hướng dẫn người này đề nghị cấp Phiếu lý lịch tư pháp.{assumed}"
            // BLHS 2015 Điều 71: time alone never clears this record; it only opens the right to ask the court.
            : $"Từ ngày {D(clearFrom)} đủ thời gian để đề nghị Tòa án xóa án tích (Chương {PenalCodeChapters.Roman(conviction.PenalCodeChapter)} BLHS 2015, Điều 71): "
              + $"án tích chỉ được xóa khi có quyết định của Tòa án; lập đơn kèm nhận xét của UBND xã.{assumed}");
    }

    static string D(DateOnly d) => VietnameseDate.Format(d);
}
