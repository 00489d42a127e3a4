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
/// or of a business employing returnees. The bank records what happens to it.
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
    public LoanState Status { get; set; } = LoanState.Listed;
    public DateOnly? ApprovedOn { get; set; }
    public long? ApprovedAmount { get; set; }
    public DateOnly? DisbursedOn { get; set; }
    public long? DisbursedAmount { get; set; }
    public long RepaidAmount { get; set; }
    public bool Misuse { get; set; }
    public string? MisuseNote { get; set; }
    public DateOnly? LastEventOn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";

    public long Outstanding => Math.Max(0, (DisbursedAmount ?? 0) - RepaidAmount);
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
