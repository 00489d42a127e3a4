namespace HoaNhap.Domain.Indicators;

/// <summary>
/// One indicator's figure in one commune for one reporting month, as last computed: the dashboard reads these rows
/// instead of counting cases and events on every page view. A province-level figure is stored with an empty commune code.
/// Computed from the indicator definitions of the web tier, never written by hand; not audited (a computed list, like the worklist).
/// </summary>
public sealed class IndicatorRollup
{
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public string IndicatorKey { get; set; } = "";
    /// <summary>The reporting month, "yyyy-MM" of its last day.</summary>
    public string Month { get; set; } = "";
    public long Numerator { get; set; }
    public long Denominator { get; set; }
    public DateTimeOffset ComputedAt { get; set; }
}

/// <summary>
/// That a province's figures for one reporting month are stored: when, as of which day (figures "as of today" age at midnight),
/// and at which <see cref="RollupState.Version"/> of the province (a change recorded since makes them stale).
/// </summary>
public sealed class RollupMonth
{
    public string ProvinceCode { get; set; } = "";
    public string Month { get; set; } = "";
    public long Version { get; set; }
    /// <summary>The day (Vietnam) the figures were computed for: snapshot figures of an unfinished month are as of that day.</summary>
    public DateOnly ComputedOn { get; set; }
    public DateTimeOffset ComputedAt { get; set; }
}

/// <summary>
/// How fresh a province's stored figures are. A save that records something an indicator reads marks the province dirty
/// from the earliest date the change can move a figure, and counts one more change (<see cref="Version"/>); the rollup job
/// recomputes the dirty months and clears the mark, unless another change arrived meanwhile.
/// </summary>
public sealed class RollupState
{
    public string ProvinceCode { get; set; } = "";
    /// <summary>The earliest day whose figures changed since the last recomputation; null when every stored month is current.</summary>
    public DateOnly? DirtyFrom { get; set; }
    /// <summary>How many times the province was marked dirty: a month computed at an older version is stale from <see cref="DirtyFrom"/>.</summary>
    public long Version { get; set; }
    /// <summary>When the rollup job last brought the province up to date.</summary>
    public DateTimeOffset? ComputedAt { get; set; }
}
