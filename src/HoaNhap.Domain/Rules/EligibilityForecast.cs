namespace HoaNhap.Domain.Rules;

/// <summary>What can be foreseen for a person: the date a rule will be met (or a window closes).</summary>
public enum ForecastKind { ProbationShortening, SentenceReduction, SentenceRemission, RecordExpungement, LoanWindowCloses }

/// <summary>
/// A row of the daily "almost eligible" list: computed each day for every open case, with the
/// parameter version it used, and the codes of the person's place for scoping.
/// </summary>
public sealed class EligibilityForecast : IPlaced
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
