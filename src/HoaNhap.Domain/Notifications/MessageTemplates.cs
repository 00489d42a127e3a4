namespace HoaNhap.Domain.Notifications;

/// <summary>
/// An approved message: its id, what it is for, and its Vietnamese text with named values in braces. Nothing is sent that
/// is not one of <see cref="MessageTemplates.All"/>; the text never carries the offence or the sentence.
/// </summary>
public sealed record MessageTemplate(string Id, string Title, string Text, bool Transactional, bool ToStaff = false)
{
    /// <summary>The names of the values the text needs.</summary>
    public IReadOnlyList<string> Fields =>
        System.Text.RegularExpressions.Regex.Matches(Text, @"\{(\w+)\}").Select(m => m.Groups[1].Value).Distinct().ToList();

    /// <summary>The text with the values put in; a missing value is an error (never a message with a hole in it).</summary>
    public string Render(IReadOnlyDictionary<string, string> values)
    {
        var text = Text;
        foreach (var f in Fields)
        {
            if (!values.TryGetValue(f, out var v) || string.IsNullOrWhiteSpace(v))
                throw new ArgumentException($"Mẫu tin {Id} thiếu giá trị {f}.", nameof(values));
            text = text.Replace("{" + f + "}", v);
        }
        return text;
    }
}

/// <summary>
/// The approved list of messages (Vietnamese). SMS carries them without diacritics (<see cref="SmsText"/>): brand-name
/// gateways bill a Unicode message as two or three.
/// </summary>
public static class MessageTemplates
{
    public static readonly MessageTemplate CheckInTomorrow = new("checkin-tomorrow", "Nhắc điểm danh, trình diện ngày mai",
        "Công an {commune} nhắc: ngày {date} ông/bà {name} đến trụ sở Công an xã để điểm danh, trình diện. Tin nhắn tự động, không trả lời.", false);
    public static readonly MessageTemplate SummonsTomorrow = new("summons-tomorrow", "Nhắc lịch hẹn, giấy triệu tập ngày mai",
        "Công an {commune} nhắc: ngày {date} ông/bà {name} có lịch hẹn, giấy triệu tập: {what}. Tin nhắn tự động, không trả lời.", false);
    public static readonly MessageTemplate SelfReportDue = new("self-report-due", "Nhắc nộp bản tự nhận xét (còn 3 ngày)",
        "Công an {commune} nhắc: hạn nộp bản tự nhận xét của ông/bà {name} là ngày {date}. Có thể nộp trên cổng thông tin. Tin nhắn tự động.", false);
    public static readonly MessageTemplate AbsenceDecided = new("absence-decided", "Báo kết quả đơn xin vắng mặt",
        "UBND {commune} đã quyết định về đơn xin vắng mặt của ông/bà {name} ({dates}): {decision}. Xem chi tiết trên cổng thông tin.", false);
    public static readonly MessageTemplate OwnDeadline = new("own-deadline", "Nhắc một thời hạn của người chấp hành án",
        "Công an {commune} nhắc: ngày {date} là hạn {what} của ông/bà {name}. Tin nhắn tự động, không trả lời.", false);
    public static readonly MessageTemplate EndOfTerm = new("end-of-term", "Báo sắp hết thời hạn chấp hành án",
        "Công an {commune} báo: thời hạn chấp hành án của ông/bà {name} dự kiến hết vào ngày {date}. Xin mời đến Công an xã theo lịch hẹn.", false);
    public static readonly MessageTemplate SupervisorCheckIns = new("supervisor-checkins", "Nhắc người giám sát: người đến hạn điểm danh",
        "HoaNhap nhắc: ngày {date} có {count} người do đồng chí giám sát đến hạn điểm danh, trình diện. Xem Việc cần làm.", false, ToStaff: true);
    public static readonly MessageTemplate OneTimeCode = new("one-time-code", "Mã đăng nhập một lần",
        "Mã đăng nhập cổng thông tin HoaNhap của bạn là {code}, có hiệu lực {minutes} phút. Không đưa mã này cho bất kỳ ai.", true);
    public static readonly MessageTemplate PhoneChangeCode = new("phone-change-code", "Mã xác nhận đổi số điện thoại",
        "Mã xác nhận số điện thoại mới trên cổng thông tin HoaNhap là {code}, có hiệu lực {minutes} phút. Nếu bạn không yêu cầu, hãy bỏ qua tin này.", true);

    public static readonly IReadOnlyList<MessageTemplate> All =
        [CheckInTomorrow, SummonsTomorrow, SelfReportDue, AbsenceDecided, OwnDeadline, EndOfTerm, SupervisorCheckIns, OneTimeCode, PhoneChangeCode];

    public static MessageTemplate? Find(string? id) => All.FirstOrDefault(t => t.Id == id);
}

/// <summary>The text of an SMS: Vietnamese without diacritics (đ → d), capitals kept.</summary>
public static class SmsText
{
    public static string Unaccented(string text)
    {
        var decomposed = text.Normalize(System.Text.NormalizationForm.FormD);
        var sb = new System.Text.StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
        }
        return sb.ToString().Normalize(System.Text.NormalizationForm.FormC);
    }
}
