using HoaNhap.Domain.Rules;

namespace HoaNhap.Data.Rules;

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

/// <summary>What can be foreseen for a person: the date a rule will be met (or a window closes).</summary>
public enum ForecastKind { ProbationShortening, SentenceReduction, SentenceRemission, RecordExpungement, LoanWindowCloses }

/// <summary>
/// A row of the daily "almost eligible" list: computed each day for every open case, with the
/// parameter version it used, and the codes of the person's place for scoping.
/// </summary>
public sealed class EligibilityForecast : Domain.IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PersonId { get; set; }
    public Guid? CaseId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public ForecastKind Kind { get; set; }
    public DateOnly On { get; set; }
    public string Summary { get; set; } = "";
    public DateOnly ComputedOn { get; set; }
    public string ParametersVersion { get; set; } = "";
}
