namespace HoaNhap.Domain.Programmes;

/// <summary>
/// A commendation (khen thưởng) for work on community-sentence enforcement and reintegration: who is commended
/// (a person of the registry, or a collective or individual by name), the achievement, who proposed it and when,
/// and the decision: granted (on, by, decision number) or not granted, once (<see cref="Decide"/>).
/// CommuneCode is empty for a province-level entry.
/// </summary>
public sealed class Commendation : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public Guid? PersonId { get; set; }
    public string CommendedName { get; set; } = "";
    public string Achievement { get; set; } = "";
    public DateOnly ProposedOn { get; set; }
    public string ProposedBy { get; set; } = "";
    public CommendationStatus Status { get; private set; } = CommendationStatus.Proposed;
    public DateOnly? DecidedOn { get; private set; }
    public string? GrantedBy { get; private set; }
    public string? DecisionNumber { get; private set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";

    /// <summary>Proposed → Granted (by whom, decision number) or NotGranted, or why not.</summary>
    public string? Decide(bool granted, DateOnly on, string? grantedBy, string? number)
    {
        if (Status != CommendationStatus.Proposed)
            return $"Đề nghị khen thưởng này đã có kết quả ({CommendationText.Status(Status).ToLowerInvariant()}); không ghi nhận lại.";
        Status = granted ? CommendationStatus.Granted : CommendationStatus.NotGranted;
        DecidedOn = on;
        GrantedBy = granted ? grantedBy : null;
        DecisionNumber = granted ? number : null;
        return null;
    }
}

public enum CommendationStatus { Proposed, Granted, NotGranted }

public static class CommendationText
{
    public static string Status(CommendationStatus s) => s switch
    {
        CommendationStatus.Proposed => "Đã đề nghị",
        CommendationStatus.Granted => "Đã được khen thưởng",
        _ => "Không được khen thưởng",
    };
}
