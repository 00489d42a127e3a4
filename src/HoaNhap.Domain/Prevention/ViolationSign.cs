using HoaNhap.Domain.Supervision;

namespace HoaNhap.Domain.Prevention;

/// <summary>What the officer or the supervisor saw (dấu hiệu vi phạm), from the list the plans name.</summary>
public enum ViolationSignKind
{
    /// <summary>Vắng mặt tại nơi cư trú không rõ lý do.</summary>
    AbsentFromHome,
    /// <summary>Giao du, tụ tập với nhóm đối tượng có biểu hiện vi phạm pháp luật.</summary>
    AssociatingWithGroup,
    /// <summary>Có biểu hiện sử dụng ma túy.</summary>
    DrugUse,
    /// <summary>Mâu thuẫn, xung đột gia đình.</summary>
    FamilyConflict,
    /// <summary>Đe dọa, gây rối.</summary>
    Threats,
    Other,
}

/// <summary>
/// A sign of violation (dấu hiệu vi phạm) seen in a person serving a community sentence, before any breach: the plans ask
/// for prevention "khi người chấp hành án có dấu hiệu vi phạm pháp luật". Recorded by the commune officer or the person's
/// supervisor; it counts toward the supervision grade (<see cref="Rules.SupervisionGrading"/>).
/// </summary>
public sealed class ViolationSign : ISupervisionRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public ViolationSignKind Kind { get; set; }
    public DateOnly ObservedOn { get; set; }
    public string Note { get; set; } = "";
    /// <summary>The user who saw it and recorded it.</summary>
    public string ByUserId { get; set; } = "";
    public string ByName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}

/// <summary>How closely a person serving a community sentence is supervised (mức quản lý); the names are rule parameters.</summary>
public enum SupervisionGrade { Strict, Normal, Relaxed }

/// <summary>
/// An officer's decision on a case's grade (loosen, keep after review, or tighten), with its reason. Automatic tightenings
/// are not stored: they follow from the events themselves (<see cref="Rules.SupervisionGrading"/>).
/// </summary>
public sealed class GradeDecision : ISupervisionRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public SupervisionGrade Grade { get; set; }
    public DateOnly On { get; set; }
    public string Reason { get; set; } = "";
    public string ByUserId { get; set; } = "";
    public string ByName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}

public static class PreventionText
{
    public static string Kind(ViolationSignKind k) => k switch
    {
        ViolationSignKind.AbsentFromHome => "Vắng mặt tại nơi cư trú không rõ lý do",
        ViolationSignKind.AssociatingWithGroup => "Giao du với nhóm đối tượng có biểu hiện vi phạm pháp luật",
        ViolationSignKind.DrugUse => "Có biểu hiện sử dụng ma túy",
        ViolationSignKind.FamilyConflict => "Mâu thuẫn, xung đột gia đình",
        ViolationSignKind.Threats => "Đe dọa, gây rối",
        _ => "Dấu hiệu khác",
    };
}

public enum CadenceRequestStatus { Requested, Approved, Refused }

/// <summary>
/// A contact cadence other than the grade's (tần suất tiếp xúc khác mức quản lý). More frequent contact is the officer's to set;
/// less frequent than the grade's minimum needs the approval of the commune leader (UBND xã). It holds while the grade it was set
/// under (<see cref="Grade"/> since <see cref="GradeSince"/>) holds: a tightening ends it.
/// </summary>
public sealed class CadenceRequest : ISupervisionRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public int IntervalDays { get; set; }
    public string Reason { get; set; } = "";
    public SupervisionGrade Grade { get; set; }
    public DateOnly GradeSince { get; set; }
    public DateOnly RequestedOn { get; set; }
    public string RequestedByName { get; set; } = "";
    public CadenceRequestStatus Status { get; private set; }
    public DateOnly? DecidedOn { get; private set; }
    public string? DecidedByName { get; private set; }
    public string? DecisionNote { get; private set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>A cadence not less frequent than the grade's minimum needs no approval: in force from the day it is set.</summary>
    public void InForceWithoutApproval(DateOnly on, string byName)
    {
        Status = CadenceRequestStatus.Approved;
        DecidedOn = on;
        DecidedByName = byName;
        DecisionNote = "Không thưa hơn mức tối thiểu: không cần phê duyệt.";
    }

    /// <summary>The commune leader's decision; refused (with why) when one was already given.</summary>
    public string? Decide(bool approved, DateOnly on, string byName, string? note)
    {
        if (Status != CadenceRequestStatus.Requested)
            return $"Đề nghị này đã có ý kiến ngày {Text.VietnameseDate.Format(DecidedOn ?? on)}.";
        Status = approved ? CadenceRequestStatus.Approved : CadenceRequestStatus.Refused;
        DecidedOn = on;
        DecidedByName = byName;
        DecisionNote = note;
        return null;
    }
}
