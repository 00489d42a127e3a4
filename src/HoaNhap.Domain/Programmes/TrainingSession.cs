namespace HoaNhap.Domain.Programmes;

/// <summary>
/// A training session (tập huấn) for the officers of a commune on community-sentence enforcement and
/// reintegration work: who organised it, on what, which units and how many people were trained. It feeds
/// the "100 % of communes trained" target (overview.md, "Targets").
/// </summary>
public sealed class TrainingSession : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string ProvinceCode { get; set; } = "";
    /// <summary>The commune whose officers were trained.</summary>
    public string CommuneCode { get; set; } = "";
    public DateOnly HeldOn { get; set; }
    public string Organiser { get; set; } = "";
    public string Topic { get; set; } = "";
    /// <summary>The units trained (Công an xã, UBND xã, Mặt trận, đoàn thể…), in words.</summary>
    public string UnitsTrained { get; set; } = "";
    public int PeopleTrained { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}
