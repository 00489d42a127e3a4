namespace HoaNhap.Domain.Judgments;

/// <summary>Bản án: a court judgment against a person.</summary>
public sealed class Judgment : IPlaced, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public string Number { get; set; } = "";
    /// <summary>Number folded for searching.</summary>
    public string NumberKey { get; set; } = "";
    public string Court { get; set; } = "";
    public DateOnly JudgmentDate { get; set; }
    public DateOnly EffectiveOn { get; set; }
    /// <summary>Offences as articles of the Penal Code 2015, e.g. "Điều 173".</summary>
    public List<string> Offences { get; set; } = [];
    /// <summary>Fault as the judgment states it: intentional (cố ý) or not (vô ý); null when not recorded.</summary>
    public bool? Intentional { get; set; }
    /// <summary>The category of the crime (BLHS 2015 Điều 9) as the judgment states it; null when not recorded.</summary>
    public Rules.CrimeCategory? Category { get; set; }
    public MainPenalty MainPenalty { get; set; }
    public int? TermMonths { get; set; }
    public int? ProbationMonths { get; set; }
    public long? FineAmount { get; set; }
    public List<AdditionalPenalty> AdditionalPenalties { get; set; } = [];
    public List<CivilObligation> CivilObligations { get; set; } = [];
    public List<EnforcementDecision> EnforcementDecisions { get; set; } = [];
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}

/// <summary>Hình phạt chính (BLHS 2015 Điều 32 khoản 1), plus the suspended and commuted forms the registry tracks.</summary>
public enum MainPenalty
{
    Warning,
    Fine,
    NonCustodialReform,
    SuspendedSentence,
    Imprisonment,
    LifeImprisonment,
    DeathCommuted,
}

/// <summary>Hình phạt bổ sung (BLHS 2015 Điều 32 khoản 2).</summary>
public sealed class AdditionalPenalty
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid JudgmentId { get; set; }
    public AdditionalPenaltyKind Kind { get; set; }
    public int? TermMonths { get; set; }
    public long? Amount { get; set; }
}

public enum AdditionalPenaltyKind
{
    OccupationBan,
    ResidenceBan,
    ControlledResidence,
    CivicRightsDeprivation,
    Fine,
    Confiscation,
}

/// <summary>Nghĩa vụ dân sự: án phí, bồi thường… ordered by the judgment, in VND.</summary>
public sealed class CivilObligation
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid JudgmentId { get; set; }
    public CivilObligationKind Kind { get; set; }
    public long Amount { get; set; }
    public DateOnly? SettledOn { get; set; }
}

public enum CivilObligationKind { CourtFee, Compensation, Other }

/// <summary>Quyết định thi hành án issued by the court for a judgment (LTHAHS 2019 Điều 84 khoản 1).</summary>
public sealed class EnforcementDecision : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid JudgmentId { get; set; }
    public Guid PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public string Number { get; set; } = "";
    public DateOnly IssuedOn { get; set; }
    public string IssuedBy { get; set; } = "";
    public DateOnly? ReceivedOn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}
