namespace HoaNhap.Domain.Rules;

/// <summary>
/// One condition of a rule, met or not, with the reason in Vietnamese and, for a condition that
/// time will satisfy, the first date on which it is met.
/// </summary>
public sealed record Criterion(string Name, bool Met, string Reason, DateOnly? MetOn = null);
