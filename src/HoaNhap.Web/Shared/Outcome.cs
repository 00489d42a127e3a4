namespace HoaNhap.Web.Shared;

/// <summary>
/// What a command handler answers, for both the page and the API: a value, validation errors
/// keyed by field (PascalCase property names), "not found" (also for anything outside the
/// user's scope), "forbidden" (visible, but the role may not act), or a concurrency conflict.
/// </summary>
public sealed class Outcome<T>
{
    public T? Value { get; private init; }
    public IReadOnlyDictionary<string, string[]> Errors { get; private init; } = new Dictionary<string, string[]>();
    public bool NotFound { get; private init; }
    public bool Forbidden { get; private init; }
    public Conflict? Conflict { get; private init; }
    /// <summary>The input was well formed but the law does not allow the request (API: 422); <see cref="Errors"/> says which rule.</summary>
    public bool RefusedByRule { get; private init; }
    public bool Succeeded => !NotFound && !Forbidden && Conflict is null && Errors.Count == 0;

    public static Outcome<T> Ok(T value) => new() { Value = value };
    public static Outcome<T> Invalid(IReadOnlyDictionary<string, string[]> errors) => new() { Errors = errors };
    public static Outcome<T> Invalid(string field, string message) => new() { Errors = new Dictionary<string, string[]> { [field] = [message] } };
    /// <summary>A request the law does not allow (e.g. an absence longer than the limit): nothing is stored.</summary>
    public static Outcome<T> Refused(string field, string message) =>
        new() { Errors = new Dictionary<string, string[]> { [field] = [message] }, RefusedByRule = true };
    public static Outcome<T> Missing() => new() { NotFound = true };
    public static Outcome<T> Denied() => new() { Forbidden = true };
    public static Outcome<T> Conflicted(Conflict conflict) => new() { Conflict = conflict };
}

/// <summary>Someone else saved the record first: who, when, and how their values differ from yours.</summary>
public sealed record Conflict(string UpdatedBy, DateTimeOffset UpdatedAt, long CurrentVersion, IReadOnlyList<FieldDifference> Differences)
{
    public string Message =>
        $"Hồ sơ này vừa được {Display.Actor(UpdatedBy)} sửa lúc {Display.Time(UpdatedAt)}, trong khi bạn đang sửa. " +
        "Thay đổi của bạn chưa được lưu. Hãy xem các thay đổi của người kia dưới đây, kiểm tra lại rồi lưu lại nếu vẫn muốn sửa.";
}

public sealed record FieldDifference(string Field, string Label, string? Theirs, string? Yours);

/// <summary>What the conflict panel (<c>Features/Shared/_Conflict.cshtml</c>) shows: the conflict and the label of the form's save button.</summary>
public sealed record ConflictPanel(Conflict Conflict, string Save);
