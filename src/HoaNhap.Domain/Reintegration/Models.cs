namespace HoaNhap.Domain.Reintegration;

/// <summary>
/// A reintegration model of a commune (mô hình tái hòa nhập cộng đồng, e.g. "Tiếp sức hòa nhập cộng đồng"): who leads it,
/// since when, under which decision, what it is for, and whether it still works (stopped on, why). The plans count
/// communes with 10 or more returnees that have at least one working model (overview.md, "Targets").
/// </summary>
public sealed class ReintegrationModel : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public string Name { get; set; } = "";
    public DateOnly EstablishedOn { get; set; }
    /// <summary>The decision establishing the model (e.g. "15/QĐ-UBND"), when there is one.</summary>
    public string? DecisionNumber { get; set; }
    public DateOnly? DecisionDate { get; set; }
    public LeadOrganisation Lead { get; set; }
    public string Goal { get; set; } = "";
    /// <summary>Set when the model stopped working; null while it is active.</summary>
    public DateOnly? StoppedOn { get; set; }
    public string? StopReason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";

    public bool ActiveOn(DateOnly day) => EstablishedOn <= day && (StoppedOn is null || StoppedOn > day);
}

/// <summary>
/// A member of a model: a returnee (linked to their reintegration case in the same commune) or another person
/// (an officer, a mass-organisation member, a relative, a businessperson…), from the day they joined until they left.
/// </summary>
public sealed class ReintegrationModelMember : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ModelId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public MemberRole Role { get; set; }
    /// <summary>For a returnee: the reintegration case and the person.</summary>
    public Guid? CaseId { get; set; }
    public Guid? PersonId { get; set; }
    /// <summary>The member's name (a returnee's name is copied from the registry when they join).</summary>
    public string Name { get; set; } = "";
    /// <summary>Where the member comes from or what they do in the model (e.g. "Chi hội Phụ nữ thôn Đông").</summary>
    public string? Note { get; set; }
    public DateOnly JoinedOn { get; set; }
    public DateOnly? LeftOn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}

/// <summary>One activity of a model (a meeting, a visit, help with work or papers): when, what, how many took part, how many returnees were helped, the result.</summary>
public sealed class ReintegrationModelActivity : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid ModelId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public DateOnly HeldOn { get; set; }
    public string Content { get; set; } = "";
    public int Participants { get; set; }
    public int ReturneesHelped { get; set; }
    public string? Result { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}

/// <summary>
/// A returnee recognised as an exemplary individual (cá nhân điển hình) of the commune: when, by whom (and the decision,
/// if any), for what, with the evidence; an uploaded evidence file is kept in the case file.
/// </summary>
public sealed class ExemplaryIndividual : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public DateOnly RecognisedOn { get; set; }
    public RecognitionBody RecognisedBy { get; set; }
    public string? DecisionNumber { get; set; }
    public string Achievements { get; set; } = "";
    public string Evidence { get; set; } = "";
    /// <summary>The uploaded evidence, kept as a case-file item.</summary>
    public Guid? EvidenceFileId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}

public enum LeadOrganisation
{
    CommunePolice,
    CommuneCommittee,
    FatherlandFront,
    WomenUnion,
    YouthUnion,
    VeteransAssociation,
    FarmersAssociation,
    Other,
}

public enum MemberRole
{
    Returnee,
    Officer,
    MassOrganisation,
    Family,
    Businessperson,
    Other,
}

public enum RecognitionBody
{
    CommuneCommittee,
    CommunePolice,
    ProvincePolice,
    ProvinceCommittee,
    FatherlandFront,
    Other,
}

public static class ModelText
{
    /// <summary>The name most communes give their model (the provincial plan's example).</summary>
    public const string SuggestedName = "Tiếp sức hòa nhập cộng đồng";

    public static string Lead(LeadOrganisation o) => o switch
    {
        LeadOrganisation.CommunePolice => "Công an xã",
        LeadOrganisation.CommuneCommittee => "Ủy ban nhân dân xã",
        LeadOrganisation.FatherlandFront => "Mặt trận Tổ quốc xã",
        LeadOrganisation.WomenUnion => "Hội Liên hiệp Phụ nữ",
        LeadOrganisation.YouthUnion => "Đoàn Thanh niên",
        LeadOrganisation.VeteransAssociation => "Hội Cựu chiến binh",
        LeadOrganisation.FarmersAssociation => "Hội Nông dân",
        _ => "Tổ chức khác",
    };

    public static string Role(MemberRole r) => r switch
    {
        MemberRole.Returnee => "Người chấp hành xong án phạt tù",
        MemberRole.Officer => "Cán bộ",
        MemberRole.MassOrganisation => "Thành viên đoàn thể",
        MemberRole.Family => "Người thân trong gia đình",
        MemberRole.Businessperson => "Doanh nghiệp, chủ cơ sở sản xuất",
        _ => "Thành viên khác",
    };

    public static string Body(RecognitionBody b) => b switch
    {
        RecognitionBody.CommuneCommittee => "Ủy ban nhân dân xã",
        RecognitionBody.CommunePolice => "Công an xã",
        RecognitionBody.ProvincePolice => "Công an tỉnh",
        RecognitionBody.ProvinceCommittee => "Ủy ban nhân dân tỉnh",
        RecognitionBody.FatherlandFront => "Mặt trận Tổ quốc",
        _ => "Cơ quan, tổ chức khác",
    };
}
