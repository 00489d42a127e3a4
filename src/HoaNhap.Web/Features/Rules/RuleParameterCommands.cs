using HoaNhap.Data;
using HoaNhap.Data.Rules;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Rules;

/// <summary>A new value of a rule parameter from a date on, as typed in the form or sent to the API.</summary>
public sealed class ParameterValueInput
{
    public string? Value { get; set; }
    public string? EffectiveFrom { get; set; }
    public string? Source { get; set; }
    /// <summary>Confirmed (the text was seen) or ToVerify.</summary>
    public string? Status { get; set; }
}

/// <summary>One stored value of a parameter: what it was, from when, on which source, who recorded it.</summary>
public sealed record ParameterValueView(string Value, DateOnly EffectiveFrom, string Source, SourceStatus Status, DateTimeOffset ChangedAt, string ChangedBy);

/// <summary>A parameter with the value in force on the day asked about, and every value by effective date (oldest first).</summary>
public sealed record ParameterView(string Key, string Title, string Value, string Unit, string Source, SourceStatus Status,
    DateOnly EffectiveFrom, IReadOnlyList<ParameterValueView> History);

public sealed class HolidayInput
{
    public string? Date { get; set; }
    public string? Name { get; set; }
}

public sealed record HolidayView(DateOnly Date, string Name, string Weekday);

/// <summary>
/// The rule parameters administrators maintain. A change never edits a stored value: it adds a value
/// from a date on, so that what was computed before keeps the value it used (legal-rules.md §14).
/// </summary>
public static class RuleParameterCommands
{
    public const int SourceMaxLength = 300;
    const int ValueMaxLength = 32;

    public static async Task<List<ParameterView>> ListAsync(HoaNhapDbContext db, DateOnly asOf, CancellationToken ct)
    {
        var rows = await db.RuleParameterValues.AsNoTracking().ToListAsync(ct);
        var order = RuleParameterDefaults.All.Select((p, i) => (p.Key, i)).DistinctBy(x => x.Key).ToDictionary(x => x.Key, x => x.i);
        return rows.GroupBy(r => r.Key)
            .OrderBy(g => order.TryGetValue(g.Key, out var i) ? i : int.MaxValue).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => View(g.ToList(), asOf)).ToList();
    }

    public static async Task<ParameterView?> GetAsync(HoaNhapDbContext db, string key, DateOnly asOf, CancellationToken ct)
    {
        var rows = await db.RuleParameterValues.AsNoTracking().Where(r => r.Key == key).ToListAsync(ct);
        return rows.Count == 0 ? null : View(rows, asOf);
    }

    /// <summary>Adds a value of <paramref name="key"/> from a date on; the title and unit stay those of the parameter.</summary>
    public static async Task<Outcome<ParameterView>> AddValueAsync(HoaNhapDbContext db, string key, ParameterValueInput input, CancellationToken ct)
    {
        var rows = await db.RuleParameterValues.AsNoTracking().Where(r => r.Key == key).ToListAsync(ct);
        if (rows.Count == 0) return Outcome<ParameterView>.Missing();
        var latest = rows.MaxBy(r => r.EffectiveFrom)!;

        var inputs = new RuleInputs();
        var value = input.Value?.Trim() ?? "";
        if (value.Length == 0) inputs.Add(nameof(input.Value), FormMessages.Required("Giá trị"));
        else if (value.Length > ValueMaxLength || !RuleParameters.IsValidValue(latest.Unit, value))
            inputs.Add(nameof(input.Value), ValueFormatMessage(latest.Unit));

        var from = inputs.Date(input.EffectiveFrom, nameof(input.EffectiveFrom), "Ngày bắt đầu áp dụng");
        if (from != default && rows.FirstOrDefault(r => r.EffectiveFrom == from) is { } same)
            inputs.Add(nameof(input.EffectiveFrom), DuplicateDateMessage(same));

        var source = VietnameseText.Nfc(input.Source?.Trim());
        if (source.Length == 0) inputs.Add(nameof(input.Source), FormMessages.Required("Nguồn văn bản"));
        else if (source.Length > SourceMaxLength) inputs.Add(nameof(input.Source), FormMessages.TooLong("Nguồn văn bản", SourceMaxLength));

        var status = ReadStatus(input.Status, inputs);
        if (!inputs.Valid) return inputs.Invalid<ParameterView>();

        var row = new RuleParameterValue
        {
            Key = key, Title = latest.Title, Unit = latest.Unit, Value = value, Source = source, Status = status,
            EffectiveFrom = from, ChangedAt = db.Clock.GetUtcNow(), ChangedBy = db.Actor.UserName,
        };
        db.RuleParameterValues.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another administrator added a value for the same date at the same moment (unique index).
            db.Entry(row).State = EntityState.Detached;
            var raced = await db.RuleParameterValues.AsNoTracking().FirstOrDefaultAsync(r => r.Key == key && r.EffectiveFrom == from, ct);
            if (raced is null) throw;
            return Outcome<ParameterView>.Invalid(nameof(input.EffectiveFrom), DuplicateDateMessage(raced));
        }
        return Outcome<ParameterView>.Ok((await GetAsync(db, key, db.Today, ct))!);
    }

    static ParameterView View(List<RuleParameterValue> rows, DateOnly asOf)
    {
        var history = rows.OrderBy(r => r.EffectiveFrom).ToList();
        // As RuleParameters.Get: the latest value effective on or before the day, else the earliest.
        var current = history.LastOrDefault(r => r.EffectiveFrom <= asOf) ?? history[0];
        return new ParameterView(current.Key, current.Title, current.Value, current.Unit, current.Source, current.Status, current.EffectiveFrom,
            history.Select(r => new ParameterValueView(r.Value, r.EffectiveFrom, r.Source, r.Status, r.ChangedAt, r.ChangedBy)).ToList());
    }

    static SourceStatus ReadStatus(string? text, RuleInputs inputs)
    {
        var s = text?.Trim();
        if (string.IsNullOrEmpty(s))
        {
            inputs.Add(nameof(ParameterValueInput.Status), "Chọn tình trạng nguồn văn bản: đã đối chiếu văn bản hoặc cần kiểm tra lại.");
            return default;
        }
        if (Enum.TryParse<SourceStatus>(s, ignoreCase: true, out var status) && !int.TryParse(s, out _) && Enum.IsDefined(status)) return status;
        inputs.Add(nameof(ParameterValueInput.Status),
            "Tình trạng nguồn văn bản không hợp lệ. Chọn Confirmed (đã đối chiếu văn bản) hoặc ToVerify (cần kiểm tra lại).");
        return default;
    }

    static string ValueFormatMessage(string unit) => unit switch
    {
        RuleUnits.Fraction => "Giá trị phải là một phân số không lớn hơn 1, dạng tử số/mẫu số, ví dụ 1/2 hoặc 3/4.",
        RuleUnits.Name => "Giá trị phải là một tên, không để trống, không quá 100 ký tự.",
        RuleUnits.Vnd => "Giá trị phải là số tiền bằng đồng, chỉ gồm chữ số, không có dấu chấm hay dấu cách, ví dụ 100000000.",
        _ => $"Giá trị phải là một số nguyên không âm, chỉ gồm chữ số (đơn vị: {unit}), ví dụ 12.",
    };

    static string DuplicateDateMessage(RuleParameterValue existing) =>
        $"Tham số này đã có giá trị {existing.Value} áp dụng từ ngày {Display.Date(existing.EffectiveFrom)}; mỗi ngày chỉ có một giá trị. Hãy chọn ngày bắt đầu áp dụng khác.";

    /// <summary>How a value reads with its unit: "1/2", "3 ngày làm việc", "100.000.000 đồng", "10%".</summary>
    public static string ValueWithUnit(string value, string unit) => unit switch
    {
        RuleUnits.Fraction or RuleUnits.Name => value,
        RuleUnits.Vnd when long.TryParse(value, out var vnd) => Display.Money(vnd),
        "%" => value + "%",
        _ => $"{value} {unit}",
    };

    public static string StatusTitle(SourceStatus status) => status switch
    {
        SourceStatus.Confirmed => "Đã đối chiếu văn bản",
        SourceStatus.Proposed => "Hệ thống đề xuất, chờ xác nhận",
        _ => "Cần kiểm tra lại",
    };
}

/// <summary>The table of public holidays (ngày nghỉ lễ, Tết) that working-day deadlines skip, kept per year by administrators.</summary>
public static class HolidayCommands
{
    public const int NameMaxLength = 200;
    public const int MinYear = 1990;
    public const int MaxYear = 2200;

    public static async Task<List<HolidayView>> ListAsync(HoaNhapDbContext db, int year, CancellationToken ct)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        return (await db.Holidays.AsNoTracking().Where(h => h.Date >= first && h.Date <= last).OrderBy(h => h.Date).ToListAsync(ct))
            .Select(View).ToList();
    }

    /// <summary>Adds a day off; a day on a weekend is allowed (the table may record it for completeness).</summary>
    public static async Task<Outcome<HolidayView>> AddAsync(HoaNhapDbContext db, HolidayInput input, CancellationToken ct)
    {
        var inputs = new RuleInputs();
        var date = inputs.Date(input.Date, nameof(input.Date), "Ngày nghỉ");
        if (date != default && (date.Year < MinYear || date.Year > MaxYear))
            inputs.Add(nameof(input.Date), $"Ngày nghỉ phải thuộc các năm từ {MinYear} đến {MaxYear}.");
        else if (date != default && await db.Holidays.AsNoTracking().FirstOrDefaultAsync(h => h.Date == date, ct) is { } existing)
            inputs.Add(nameof(input.Date), DuplicateMessage(existing));
        var name = VietnameseText.Nfc(input.Name?.Trim());
        if (name.Length == 0) inputs.Add(nameof(input.Name), FormMessages.Required("Tên ngày nghỉ"));
        else if (name.Length > NameMaxLength) inputs.Add(nameof(input.Name), FormMessages.TooLong("Tên ngày nghỉ", NameMaxLength));
        if (!inputs.Valid) return inputs.Invalid<HolidayView>();

        var holiday = new Holiday { Date = date, Name = name };
        db.Holidays.Add(holiday);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.Entry(holiday).State = EntityState.Detached;
            var raced = await db.Holidays.AsNoTracking().FirstOrDefaultAsync(h => h.Date == date, ct);
            if (raced is null) throw;
            return Outcome<HolidayView>.Invalid(nameof(input.Date), DuplicateMessage(raced));
        }
        return Outcome<HolidayView>.Ok(View(holiday));
    }

    public static async Task<Outcome<HolidayView>> RemoveAsync(HoaNhapDbContext db, DateOnly date, CancellationToken ct)
    {
        var holiday = await db.Holidays.FirstOrDefaultAsync(h => h.Date == date, ct);
        if (holiday is null) return Outcome<HolidayView>.Missing();
        db.Holidays.Remove(holiday);
        await db.SaveChangesAsync(ct);
        return Outcome<HolidayView>.Ok(View(holiday));
    }

    static HolidayView View(Holiday h) => new(h.Date, h.Name, Weekday(h.Date));

    static string DuplicateMessage(Holiday existing) =>
        $"Ngày {Display.Date(existing.Date)} đã có trong bảng ngày nghỉ ({existing.Name}).";

    public static string Weekday(DateOnly d) => d.DayOfWeek switch
    {
        DayOfWeek.Monday => "Thứ Hai",
        DayOfWeek.Tuesday => "Thứ Ba",
        DayOfWeek.Wednesday => "Thứ Tư",
        DayOfWeek.Thursday => "Thứ Năm",
        DayOfWeek.Friday => "Thứ Sáu",
        DayOfWeek.Saturday => "Thứ Bảy",
        _ => "Chủ nhật",
    };
}
