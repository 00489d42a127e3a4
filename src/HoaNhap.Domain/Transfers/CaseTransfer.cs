using HoaNhap.Domain.Rules;

namespace HoaNhap.Domain.Transfers;

/// <summary>
/// A change of residence (ResidenceChange) and the transfer of the case (CaseTransfer) to the new
/// commune: requested by the current commune, consented by the competent body, sent with the notice,
/// then acknowledged (the case, the person and their file move) or refused by the receiving commune.
/// The row never moves: its place codes (<see cref="ProvinceCode"/>, <see cref="CommuneCode"/>) are the
/// sending side, <see cref="ToProvinceCode"/> and <see cref="ToCommuneCode"/> the receiving side, so both
/// keep the record. Steps go through the methods, which refuse an out-of-order step with a reason.
/// </summary>
public sealed class CaseTransfer : IPlaced, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    /// <summary>The sending province (where the person lived when the move was requested).</summary>
    public string ProvinceCode { get; set; } = "";
    /// <summary>The sending commune.</summary>
    public string CommuneCode { get; set; } = "";
    public string ToProvinceCode { get; set; } = "";
    public string ToCommuneCode { get; set; } = "";
    public string FromAddress { get; set; } = "";
    public string NewAddress { get; set; } = "";
    public string Reason { get; set; } = "";
    public DateOnly RequestedOn { get; set; }
    public string RequestedBy { get; set; } = "";
    public TransferStatus Status { get; private set; } = TransferStatus.Requested;

    /// <summary>Who must consent (<see cref="ResidenceChangeRules.WhoConsents"/>) and the law it rests on.</summary>
    public ConsentAuthority ConsentAuthority { get; set; }
    public string LegalBasisVersion { get; set; } = "";
    public string LegalSource { get; set; } = "";

    public DateOnly? ConsentedOn { get; set; }
    public string? ConsentedBy { get; set; }
    public string? ConsentNumber { get; set; }
    /// <summary>The notice is sent on the day of the consent; the file is handed over by <see cref="HandOverDueOn"/>.</summary>
    public DateOnly? SentOn { get; set; }
    public DateOnly? HandOverDueOn { get; set; }
    /// <summary>The receiving commune acts on the notice by this day.</summary>
    public DateOnly? ReceiverDueOn { get; set; }
    public Guid? NoticeFileItemId { get; set; }

    public DateOnly? AcknowledgedOn { get; set; }
    public string? AcknowledgedBy { get; set; }
    /// <summary>How many rows moved with the case when it was acknowledged (per table), for the record.</summary>
    public string? MovedSummary { get; set; }

    public DateOnly? RefusedOn { get; set; }
    public string? RefusedBy { get; set; }
    public string? RefusalReason { get; set; }

    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    public bool WithinProvince => ToProvinceCode == ProvinceCode;
    public bool IsOpen => Status is TransferStatus.Requested or TransferStatus.Sent;

    /// <summary>The competent body consents: the transfer is sent on the same day.</summary>
    public string? Consent(DateOnly on, string by, string? number, DateOnly handOverDue, DateOnly receiverDue)
    {
        if (Status != TransferStatus.Requested)
            return $"Chỉ đồng ý được với đề nghị đang chờ đồng ý; đề nghị này đang ở trạng thái “{TransferText.Status(Status)}”.";
        if (on < RequestedOn) return "Ngày đồng ý không được trước ngày đề nghị thay đổi nơi cư trú.";
        Status = TransferStatus.Sent;
        ConsentedOn = on; ConsentedBy = by; ConsentNumber = number;
        SentOn = on; HandOverDueOn = handOverDue; ReceiverDueOn = receiverDue;
        return null;
    }

    /// <summary>The receiving commune acknowledges: the case is now theirs.</summary>
    public string? Acknowledge(DateOnly on, string by)
    {
        if (Status != TransferStatus.Sent)
            return $"Chỉ tiếp nhận được hồ sơ đã được gửi đến; hồ sơ này đang ở trạng thái “{TransferText.Status(Status)}”.";
        if (on < SentOn) return "Ngày tiếp nhận không được trước ngày gửi thông báo chuyển hồ sơ.";
        Status = TransferStatus.Acknowledged;
        AcknowledgedOn = on; AcknowledgedBy = by;
        return null;
    }

    /// <summary>Refused: consent refused by the competent body (while requested) or the receiving commune refuses (once sent). The case stays.</summary>
    public string? Refuse(DateOnly on, string by, string reason)
    {
        if (!IsOpen) return $"Không thể từ chối: đề nghị này đã ở trạng thái “{TransferText.Status(Status)}”.";
        if (on < (SentOn ?? RequestedOn)) return "Ngày từ chối không được trước ngày đề nghị hoặc ngày gửi thông báo.";
        Status = Status == TransferStatus.Requested ? TransferStatus.ConsentRefused : TransferStatus.Refused;
        RefusedOn = on; RefusedBy = by; RefusalReason = reason;
        return null;
    }
}

public enum TransferStatus { Requested, Sent, Acknowledged, Refused, ConsentRefused }

public static class TransferText
{
    public static string Status(TransferStatus s) => s switch
    {
        TransferStatus.Requested => "Chờ đồng ý thay đổi nơi cư trú",
        TransferStatus.Sent => "Đã gửi, chờ nơi cư trú mới tiếp nhận",
        TransferStatus.Acknowledged => "Nơi cư trú mới đã tiếp nhận",
        TransferStatus.Refused => "Nơi cư trú mới từ chối tiếp nhận",
        TransferStatus.ConsentRefused => "Không đồng ý thay đổi nơi cư trú",
        _ => s.ToString(),
    };
}
