using System.Globalization;

namespace HoaNhap.Domain.Rules;

/// <summary>
/// Whether a value's source was seen (<see cref="Confirmed"/>), is still to verify (<see cref="ToVerify"/>), or the law fixes no
/// value and the system proposes one until the province confirms it (<see cref="Proposed"/>, e.g. the supervision grades).
/// </summary>
public enum SourceStatus { Confirmed, ToVerify, Proposed }

/// <summary>
/// A value the law sets (a deadline, a limit, a fraction, an amount), with its legal source, whether
/// that source was seen, and the date from which the value applies. Values are text: whole numbers,
/// fractions ("1/2") or amounts in VND.
/// </summary>
public sealed record RuleParameter(string Key, string Title, string Value, string Unit, string Source, SourceStatus Status, DateOnly EffectiveFrom);

/// <summary>All parameter values with their effective dates; the rules ask for the value in force on a date.</summary>
public sealed class RuleParameters(IEnumerable<RuleParameter> values)
{
    readonly Dictionary<string, List<RuleParameter>> _byKey = values.GroupBy(v => v.Key)
        .ToDictionary(g => g.Key, g => g.OrderBy(v => v.EffectiveFrom).ToList());

    public static RuleParameters Defaults { get; } = new(RuleParameterDefaults.All);

    public IEnumerable<string> Keys => _byKey.Keys;

    /// <summary>The value in force on <paramref name="asOf"/> (the latest one effective on or before it).</summary>
    public RuleParameter Get(string key, DateOnly asOf)
    {
        if (!_byKey.TryGetValue(key, out var list)) throw new KeyNotFoundException($"Unknown rule parameter {key}.");
        return list.LastOrDefault(v => v.EffectiveFrom <= asOf) ?? list[0];
    }

    public int Int(string key, DateOnly asOf) => int.Parse(Get(key, asOf).Value, CultureInfo.InvariantCulture);
    public long Money(string key, DateOnly asOf) => long.Parse(Get(key, asOf).Value, CultureInfo.InvariantCulture);
    public Fraction Fraction(string key, DateOnly asOf) => Rules.Fraction.Parse(Get(key, asOf).Value);
    /// <summary>A name (unit <see cref="RuleUnits.Name"/>), e.g. the name of a supervision grade.</summary>
    public string Text(string key, DateOnly asOf) => Get(key, asOf).Value;

    /// <summary>Identifies the values in force on a date, so a stored result can say which it used.</summary>
    public string VersionAsOf(DateOnly asOf) =>
        _byKey.Values.Select(l => (l.LastOrDefault(v => v.EffectiveFrom <= asOf) ?? l[0]).EffectiveFrom).Max().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Whether a text is a valid value for the parameter's unit.</summary>
    public static bool IsValidValue(string unit, string value) => unit switch
    {
        RuleUnits.Fraction => Rules.Fraction.TryParse(value, out _),
        RuleUnits.Name => !string.IsNullOrWhiteSpace(value) && value.Length <= 100,
        "%" => long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var pct) && pct <= 100,
        _ => long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 0,
    };
}

public static class RuleUnits
{
    public const string Fraction = "phân số";
    public const string Days = "ngày";
    public const string WorkingDays = "ngày làm việc";
    public const string Months = "tháng";
    public const string Years = "năm";
    public const string Vnd = "đồng";
    public const string Times = "lần";
    /// <summary>A number of people (a caseload).</summary>
    public const string People = "người";
    /// <summary>A name shown to users (text, at most 100 characters).</summary>
    public const string Name = "tên";
}
