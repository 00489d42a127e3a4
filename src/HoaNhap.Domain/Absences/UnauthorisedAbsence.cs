using HoaNhap.Domain.Supervision;

namespace HoaNhap.Domain.Absences;

/// <summary>
/// The person is away from the place of residence without permission (vắng mặt không xin phép): found by the commune police or
/// the supervisor when no approved absence covers the day (TT 65/2019/TT-BCA Điều 9 khoản 2: an absence of one day or more needs
/// the commune's decision). Recording it raises an alert at once; the day the person is back is recorded once (<see cref="RecordBack"/>).
/// </summary>
public sealed class UnauthorisedAbsence : ISupervisionRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    /// <summary>The day the person was found to be away.</summary>
    public DateOnly NoticedOn { get; set; }
    /// <summary>What was found: who said so, where the person is believed to be.</summary>
    public string Note { get; set; } = "";
    public DateOnly? BackOn { get; private set; }
    public string ByName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The person is back (seen at home or reported to the commune police) on <paramref name="on"/>; once, not before the day found away.</summary>
    public string? RecordBack(DateOnly on)
    {
        if (BackOn is { } back) return $"Đã ghi nhận người chấp hành án có mặt trở lại ngày {Text.VietnameseDate.Format(back)}.";
        if (on < NoticedOn) return $"Ngày có mặt trở lại không được trước ngày phát hiện vắng mặt ({Text.VietnameseDate.Format(NoticedOn)}).";
        BackOn = on;
        return null;
    }
}
