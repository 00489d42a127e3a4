using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;

namespace HoaNhap.Web.Features.Rules;

/// <summary>Collects field errors while reading a calculator's input (dates as yyyy-MM-dd or dd/MM/yyyy).</summary>
public sealed class RuleInputs
{
    readonly Dictionary<string, List<string>> _errors = [];

    public bool Valid => _errors.Count == 0;

    public void Add(string field, string message) =>
        (_errors.TryGetValue(field, out var list) ? list : _errors[field] = []).Add(message);

    public void AddAll(IEnumerable<(string Field, string Message)> errors)
    {
        foreach (var (f, m) in errors) Add(f, m);
    }

    public DateOnly Date(string? text, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(text)) { Add(field, FormMessages.Required(label)); return default; }
        if (!VietnameseDate.TryParse(text, out var d)) { Add(field, FormMessages.DateFormat(label)); return default; }
        // The calculations add years and working days: a date far outside a person's life is a typing error, not a case.
        if (d < Earliest || d > Latest) { Add(field, $"{label} phải trong khoảng {Earliest:dd/MM/yyyy} – {Latest:dd/MM/yyyy}."); return default; }
        return d;
    }

    public static readonly DateOnly Earliest = new(1900, 1, 1);
    public static readonly DateOnly Latest = new(2199, 12, 31);

    public DateOnly? OptionalDate(string? text, string field, string label) =>
        string.IsNullOrWhiteSpace(text) ? null : Date(text, field, label);

    public T Enum<T>(string? text, string field, string label) where T : struct, System.Enum
    {
        if (System.Enum.TryParse<T>(text, out var v) && !int.TryParse(text, out _) && System.Enum.IsDefined(v)) return v;
        Add(field, $"{label} không hợp lệ. Chọn một trong: {string.Join(", ", System.Enum.GetNames<T>())}.");
        return default;
    }

    public int Int(int? value, string field, string label, int min, int max)
    {
        if (value is null) { Add(field, FormMessages.Required(label)); return 0; }
        if (value < min || value > max) Add(field, $"{label} phải từ {min} đến {max}.");
        return value.Value;
    }

    public Outcome<T> Invalid<T>() => Outcome<T>.Invalid(_errors.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray()));
}
