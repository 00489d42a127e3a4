namespace HoaNhap.Domain.Rules;

/// <summary>One value of a rule parameter from a date on; a change adds a row, old rows stay.</summary>
public sealed class RuleParameterValue
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Key { get; set; } = "";
    public string Title { get; set; } = "";
    public string Value { get; set; } = "";
    public string Unit { get; set; } = "";
    public string Source { get; set; } = "";
    public SourceStatus Status { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public string ChangedBy { get; set; } = "";

    public RuleParameter ToParameter() => new(Key, Title, Value, Unit, Source, Status, EffectiveFrom);
}

/// <summary>A public holiday (ngày nghỉ lễ, Tết), maintained by administrators per year.</summary>
public sealed class Holiday
{
    public DateOnly Date { get; set; }
    public string Name { get; set; } = "";
}
