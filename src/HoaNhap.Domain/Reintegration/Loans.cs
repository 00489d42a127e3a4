namespace HoaNhap.Domain.Reintegration;

/// <summary>Policy counselling of a returnee (TT 10/2024/TT-BCA Điều 9 khoản 1: advise on jobs and loans; the 100 % target).</summary>
public sealed class PolicyCounselling : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public DateOnly CounselledOn { get; set; }
    public string Topics { get; set; } = "";
    public bool WantsLoan { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}

/// <summary>
/// A loan under QĐ 22/2023/QĐ-TTg on the commune's list to the Social Policy Bank: of a returnee (individual)
/// or of a business employing returnees. The bank records what happens to it through <see cref="Record"/>,
/// which refuses an event that does not fit the loan's state:
/// Listed → Approved | Rejected; Approved → Disbursed → Repaying ⇄ Overdue → Repaid.
/// </summary>
public sealed class ReintegrationLoan : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public LoanKind Kind { get; set; }
    public Guid? CaseId { get; set; }
    public Guid? PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    /// <summary>The borrower's name as on the list: the returnee or the business.</summary>
    public string BorrowerName { get; set; } = "";
    public string Purpose { get; set; } = "";
    public long RequestedAmount { get; set; }
    public DateOnly ListedOn { get; set; }
    /// <summary>For an individual: the day the prison sentence was completed (start of the 5-year window).</summary>
    public DateOnly? SentenceCompletedOn { get; set; }
    public int? Workers { get; set; }
    public int? EligibleWorkers { get; set; }
    public LoanState Status { get; private set; } = LoanState.Listed;
    public DateOnly? ApprovedOn { get; private set; }
    public long? ApprovedAmount { get; private set; }
    public DateOnly? DisbursedOn { get; private set; }
    public long? DisbursedAmount { get; private set; }
    public long RepaidAmount { get; private set; }
    public bool Misuse { get; private set; }
    public string? MisuseNote { get; private set; }
    public DateOnly? LastEventOn { get; private set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";

    public long Outstanding => Math.Max(0, (DisbursedAmount ?? 0) - RepaidAmount);

    /// <summary>Applies what the bank recorded, or says in Vietnamese why the event does not fit the loan's state.</summary>
    public string? Record(LoanEventKind kind, DateOnly on, long? amount, string? note)
    {
        var s = Status;
        switch (kind)
        {
            case LoanEventKind.Approved:
                if (s != LoanState.Listed) return $"Khoản vay đang ở tình trạng “{LoanText.State(s)}”, không thể phê duyệt.";
                Status = LoanState.Approved; ApprovedOn = on; ApprovedAmount = amount ?? RequestedAmount; break;
            case LoanEventKind.Rejected:
                if (s != LoanState.Listed) return $"Khoản vay đang ở tình trạng “{LoanText.State(s)}”, không thể ghi nhận không cho vay.";
                Status = LoanState.Rejected; break;
            case LoanEventKind.Disbursed:
                if (s != LoanState.Approved) return "Chỉ giải ngân khoản vay đã được phê duyệt.";
                if (amount > ApprovedAmount) return $"Số tiền giải ngân không được vượt số tiền đã phê duyệt ({Rules.LoanLimits.Vnd(ApprovedAmount ?? 0)}).";
                Status = LoanState.Disbursed; DisbursedOn = on; DisbursedAmount = amount ?? ApprovedAmount; break;
            case LoanEventKind.Repayment:
                if (s is not (LoanState.Disbursed or LoanState.Repaying or LoanState.Overdue)) return "Chỉ ghi nhận trả nợ cho khoản vay đã giải ngân.";
                if (amount is { } a && a > Outstanding) return $"Số tiền trả nợ vượt dư nợ còn lại ({Rules.LoanLimits.Vnd(Outstanding)}).";
                RepaidAmount += amount ?? 0;
                Status = Outstanding == 0 ? LoanState.Repaid : s == LoanState.Overdue ? LoanState.Overdue : LoanState.Repaying; break;
            case LoanEventKind.Overdue:
                if (s is not (LoanState.Disbursed or LoanState.Repaying)) return "Chỉ chuyển nợ quá hạn cho khoản vay đã giải ngân, đang trả nợ.";
                Status = LoanState.Overdue; break;
            case LoanEventKind.Repaid:
                if (s is not (LoanState.Disbursed or LoanState.Repaying or LoanState.Overdue)) return "Chỉ ghi nhận trả hết nợ cho khoản vay đã giải ngân.";
                RepaidAmount = DisbursedAmount ?? RepaidAmount; Status = LoanState.Repaid; break;
            case LoanEventKind.Misuse:
                if (s is not (LoanState.Disbursed or LoanState.Repaying or LoanState.Overdue)) return "Chỉ ghi nhận sử dụng vốn sai mục đích cho khoản vay đã giải ngân.";
                Misuse = true; MisuseNote = note; break;
            default:
                return "Việc cần ghi nhận không hợp lệ.";
        }
        LastEventOn = on;
        return null;
    }
}

/// <summary>What the bank recorded about a loan; <see cref="Reference"/> is the bank system's reference when pushed.</summary>
public sealed class LoanEvent : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid LoanId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public LoanEventKind Kind { get; set; }
    public DateOnly On { get; set; }
    public long? Amount { get; set; }
    public string? Note { get; set; }
    public string? Reference { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}

public enum LoanKind { Individual, Business }

public enum LoanState { Listed, Approved, Rejected, Disbursed, Repaying, Repaid, Overdue }

public enum LoanEventKind { Approved, Rejected, Disbursed, Repayment, Overdue, Repaid, Misuse }

public static class LoanText
{
    public static string State(LoanState s) => s switch
    {
        LoanState.Listed => "Có tên trong danh sách gửi Ngân hàng",
        LoanState.Approved => "Đã được phê duyệt",
        LoanState.Rejected => "Không được cho vay",
        LoanState.Disbursed => "Đã giải ngân",
        LoanState.Repaying => "Đang trả nợ",
        LoanState.Repaid => "Đã trả hết nợ",
        LoanState.Overdue => "Nợ quá hạn",
        _ => s.ToString(),
    };

    public static string Event(LoanEventKind k) => k switch
    {
        LoanEventKind.Approved => "Phê duyệt cho vay",
        LoanEventKind.Rejected => "Không cho vay",
        LoanEventKind.Disbursed => "Giải ngân",
        LoanEventKind.Repayment => "Trả nợ",
        LoanEventKind.Overdue => "Chuyển nợ quá hạn",
        LoanEventKind.Repaid => "Trả hết nợ",
        LoanEventKind.Misuse => "Sử dụng vốn sai mục đích",
        _ => k.ToString(),
    };

    public static string Kind(LoanKind k) => k == LoanKind.Individual ? "Cá nhân" : "Cơ sở sản xuất, kinh doanh";
}
