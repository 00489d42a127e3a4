namespace HoaNhap.Domain.Reintegration;

/// <summary>
/// One need of a returnee and the action that answers it (NĐ 49/2020/NĐ-CP support measures; TT 10/2024/TT-BCA
/// Điều 9): the area, the body responsible, the due date and the outcome. Recorded at intake and whenever
/// things change. Open → Done | NotPossible, once, through <see cref="Close"/>.
/// </summary>
public sealed class SupportAction : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public NeedArea Area { get; set; }
    /// <summary>What the person needs, in the officer's words.</summary>
    public string Need { get; set; } = "";
    /// <summary>What will be done about it.</summary>
    public string Action { get; set; } = "";
    public ResponsibleBody Responsible { get; set; }
    public DateOnly IdentifiedOn { get; set; }
    public DateOnly DueOn { get; set; }
    public SupportStatus Status { get; private set; } = SupportStatus.Open;
    public DateOnly? ClosedOn { get; private set; }
    public string? Outcome { get; private set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";

    public bool Overdue(DateOnly today) => Status == SupportStatus.Open && today > DueOn;

    /// <summary>Records the outcome (done, or not possible) of an open action, or says why not.</summary>
    public string? Close(SupportStatus result, DateOnly on, string outcome)
    {
        if (result == SupportStatus.Open) return "Hãy chọn kết quả: đã giải quyết hoặc không thực hiện được.";
        if (Status != SupportStatus.Open && ClosedOn is { } closed)
            return $"Việc hỗ trợ này đã có kết quả ngày {closed.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)}.";
        if (Status != SupportStatus.Open) return "Việc hỗ trợ này đã có kết quả.";
        Status = result;
        ClosedOn = on;
        Outcome = outcome;
        return null;
    }
}

public enum NeedArea
{
    IdentityCard,
    ResidenceRegistration,
    ElectronicIdentity,
    Housing,
    Health,
    Family,
    Work,
    VocationalTraining,
    DebtsAndCivilObligations,
    SocialAssistance,
}

public enum ResponsibleBody
{
    CommunePolice,
    CultureSocialOffice,
    EducationLabour,
    SocialPolicyBank,
    CivilEnforcement,
    MassOrganisation,
    Employer,
}

public enum SupportStatus { Open, Done, NotPossible }

public static class SupportText
{
    public static string Area(NeedArea a) => a switch
    {
        NeedArea.IdentityCard => "Thẻ căn cước",
        NeedArea.ResidenceRegistration => "Đăng ký cư trú",
        NeedArea.ElectronicIdentity => "Định danh điện tử mức độ 2",
        NeedArea.Housing => "Nhà ở",
        NeedArea.Health => "Sức khỏe",
        NeedArea.Family => "Gia đình",
        NeedArea.Work => "Việc làm",
        NeedArea.VocationalTraining => "Học nghề",
        NeedArea.DebtsAndCivilObligations => "Nợ, nghĩa vụ dân sự",
        NeedArea.SocialAssistance => "Trợ giúp xã hội",
        _ => a.ToString(),
    };

    public static string Body(ResponsibleBody b) => b switch
    {
        ResponsibleBody.CommunePolice => "Công an xã",
        ResponsibleBody.CultureSocialOffice => "Phòng Văn hóa - Xã hội",
        ResponsibleBody.EducationLabour => "Cơ quan giáo dục, lao động",
        ResponsibleBody.SocialPolicyBank => "Ngân hàng Chính sách xã hội",
        ResponsibleBody.CivilEnforcement => "Cơ quan thi hành án dân sự",
        ResponsibleBody.MassOrganisation => "Tổ chức chính trị - xã hội, đoàn thể",
        ResponsibleBody.Employer => "Doanh nghiệp, người sử dụng lao động",
        _ => b.ToString(),
    };

    public static string Status(SupportStatus s) => s switch
    {
        SupportStatus.Open => "Đang thực hiện",
        SupportStatus.Done => "Đã giải quyết",
        SupportStatus.NotPossible => "Không thực hiện được",
        _ => s.ToString(),
    };
}
