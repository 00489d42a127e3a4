using static HoaNhap.Domain.Text.VietnameseDate;

namespace HoaNhap.Domain.Judgments;

/// <summary>
/// Where a person sentenced to prison stands while they are not in prison (người bị kết án phạt tù chưa chấp hành án): not yet
/// gone to serve, granted a deferral (hoãn, BLHS 2015 Điều 67) or a suspension (tạm đình chỉ, Điều 68), absconded before serving
/// (LTHAHS 2019 Điều 23 khoản 4: the province police then issue a wanted notice). One record per prison judgment; its status moves
/// by <see cref="Change"/> only, and ends when the person is serving (<see cref="AtLargeStatus.Serving"/>).
/// </summary>
public sealed class AtLargeRecord : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PersonId { get; set; }
    public Guid JudgmentId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public AtLargeStatus Status { get; private set; }
    /// <summary>The day the current status began.</summary>
    public DateOnly Since { get; private set; }
    public string Note { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";

    /// <summary>A new record of a prison judgment, or why it cannot be one.</summary>
    public static (AtLargeRecord? Record, string? Refusal) Open(Judgment j, AtLargeStatus status, DateOnly since, string note)
    {
        if (!SentencesToPrison(j.MainPenalty)) return (null, "Chỉ ghi nhận người bị kết án phạt tù (tù có thời hạn, tù chung thân).");
        if (status == AtLargeStatus.Serving) return (null, "Người đã đi chấp hành án phạt tù thì không cần ghi vào danh sách này.");
        if (since < j.JudgmentDate) return (null, $"Ngày không được trước ngày tuyên án ({Format(j.JudgmentDate)}).");
        return (new AtLargeRecord
        {
            PersonId = j.PersonId, JudgmentId = j.Id, ProvinceCode = j.ProvinceCode, CommuneCode = j.CommuneCode,
            Status = status, Since = since, Note = note,
        }, null);
    }

    /// <summary>The status changes on <paramref name="since"/>, or why not: the same status again, a day before the current one, or the record has ended.</summary>
    public string? Change(AtLargeStatus status, DateOnly since, string note)
    {
        if (Status == AtLargeStatus.Serving) return "Người này đã đi chấp hành án phạt tù; hồ sơ theo dõi đã kết thúc.";
        if (status == Status) return $"Tình trạng hiện tại đã là “{AtLargeText.Status(status)}”.";
        if (since < Since) return $"Ngày thay đổi không được trước ngày của tình trạng hiện tại ({Format(Since)}).";
        (Status, Since, Note) = (status, since, note);
        return null;
    }

    public static bool SentencesToPrison(MainPenalty p) => p is MainPenalty.Imprisonment or MainPenalty.LifeImprisonment or MainPenalty.DeathCommuted;
}

public enum AtLargeStatus
{
    /// <summary>Chưa đi chấp hành án (tại ngoại, chờ thi hành).</summary>
    NotYetServing,
    /// <summary>Được hoãn chấp hành án phạt tù.</summary>
    Deferred,
    /// <summary>Được tạm đình chỉ chấp hành án phạt tù.</summary>
    Suspended,
    /// <summary>Bỏ trốn trước khi chấp hành án.</summary>
    Absconded,
    /// <summary>Đã đi chấp hành án: the record ends.</summary>
    Serving,
}

public static class AtLargeText
{
    public static string Status(AtLargeStatus s) => s switch
    {
        AtLargeStatus.NotYetServing => "Chưa đi chấp hành án",
        AtLargeStatus.Deferred => "Được hoãn chấp hành án phạt tù",
        AtLargeStatus.Suspended => "Được tạm đình chỉ chấp hành án phạt tù",
        AtLargeStatus.Absconded => "Bỏ trốn trước khi chấp hành án",
        AtLargeStatus.Serving => "Đã đi chấp hành án",
        _ => s.ToString(),
    };
}
