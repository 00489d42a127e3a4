using System.Globalization;
using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Text;

namespace HoaNhap.Domain.Reconciliation;

/// <summary>The columns of a court's or procuracy's list, in the order of the template.</summary>
public static class ListColumns
{
    public const string JudgmentNumber = "so_ban_an";
    public const string JudgmentDate = "ngay_ban_an";
    public const string Court = "toa_an";
    public const string FullName = "ho_ten";
    public const string BirthDate = "ngay_sinh";
    public const string PersonalIdNumber = "so_dinh_danh";
    public const string Gender = "gioi_tinh";
    public const string Address = "noi_cu_tru";
    public const string Penalty = "hinh_phat";
    public const string TermMonths = "thoi_han_thang";
    public const string EffectiveOn = "ngay_hieu_luc";

    public static readonly IReadOnlyList<string> All =
        [JudgmentNumber, JudgmentDate, Court, FullName, BirthDate, PersonalIdNumber, Gender, Address, Penalty, TermMonths, EffectiveOn];

    /// <summary>A header as typed ("Số bản án", "SO_BAN_AN", "so ban an") to its column name, or null.</summary>
    public static string? Recognise(string? header)
    {
        var key = VietnameseText.Fold(header?.Trim('\uFEFF', ' ', '"')).Replace(' ', '_').Replace('-', '_');
        return All.Contains(key) ? key : null;
    }

    /// <summary>An example row of the template.</summary>
    public static readonly IReadOnlyList<string> Example =
        ["25/2026/HS-ST", "15/09/2026", "Tòa án nhân dân khu vực 1 - Phú Thọ", "Nguyễn Văn An", "05/09/1990", "025090001234", "Nam",
         "Tổ 5, Phường Tân Hòa, Tỉnh Phú Thọ", "Án treo", "24", "01/10/2026"];
}

/// <summary>One readable row of a list, normalised (names in NFC, dates parsed, commune found from the address).</summary>
public sealed record ListRow
{
    public required int RowNumber { get; init; }
    /// <summary>The cells as they were in the file, by column name.</summary>
    public required IReadOnlyDictionary<string, string> Raw { get; init; }
    public required string JudgmentNumber { get; init; }
    public required DateOnly JudgmentDate { get; init; }
    public required string Court { get; init; }
    public required string FullName { get; init; }
    public DateOnly? DateOfBirth { get; init; }
    public required int BirthYear { get; init; }
    public string? PersonalIdNumber { get; init; }
    public Gender? Gender { get; init; }
    public required string Address { get; init; }
    public string? CommuneCode { get; init; }
    public MainPenalty? Penalty { get; init; }
    public int? TermMonths { get; init; }
    public required DateOnly EffectiveOn { get; init; }

    public string this[string column] => Raw.TryGetValue(column, out var v) ? v : "";
}

public sealed record RowProblem(int RowNumber, string Reason)
{
    /// <summary>The cells of the row by column name, as they were in the file.</summary>
    public IReadOnlyDictionary<string, string> Raw { get; init; } = new Dictionary<string, string>();
}

/// <summary>The list read from a file: the good rows and, separately, the rows that could not be read.</summary>
public sealed record ParsedList(IReadOnlyList<ListRow> Rows, IReadOnlyList<RowProblem> Problems, string? FileError)
{
    public int TotalRows => Rows.Count + Problems.Count;
}

/// <summary>
/// Reads the cells of a list (from CSV or a spreadsheet) into <see cref="ListRow"/>s. Each bad row is
/// reported with its number (1-based, header excluded) and every reason, in Vietnamese.
/// </summary>
public static class ListParser
{
    public static ParsedList Parse(IReadOnlyList<IReadOnlyList<string>> table, CommuneLocator communes)
    {
        if (table.Count == 0) return new([], [], "Tệp không có dữ liệu: cần một dòng tiêu đề và ít nhất một dòng.");
        var header = table[0];
        var index = new Dictionary<string, int>();
        for (var i = 0; i < header.Count; i++)
            if (ListColumns.Recognise(header[i]) is { } name && !index.ContainsKey(name)) index[name] = i;
        var missing = ListColumns.All.Where(c => !index.ContainsKey(c)).ToList();
        if (missing.Count > 0)
            return new([], [], $"Dòng tiêu đề thiếu cột: {string.Join(", ", missing)}. Các cột cần có, theo thứ tự: {string.Join(", ", ListColumns.All)}. Hãy tải tệp mẫu.");

        var rows = new List<ListRow>();
        var problems = new List<RowProblem>();
        for (var r = 1; r < table.Count; r++)
        {
            var cells = table[r];
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            var raw = ListColumns.All.ToDictionary(c => c, c => index[c] < cells.Count ? VietnameseText.Nfc(cells[index[c]]) : "");
            var (row, reasons) = ReadRow(r, raw, communes);
            if (row is not null) rows.Add(row);
            else problems.Add(new RowProblem(r, string.Join(" ", reasons)) { Raw = raw });
        }
        if (rows.Count == 0 && problems.Count == 0) return new([], [], "Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào.");
        return new(rows, problems, null);
    }

    static (ListRow? Row, List<string> Reasons) ReadRow(int number, Dictionary<string, string> raw, CommuneLocator communes)
    {
        var reasons = new List<string>();
        string Required(string column, string label)
        {
            var v = raw[column];
            if (v.Length == 0) reasons.Add($"Thiếu {label} ({column}).");
            return v;
        }
        DateOnly Date(string column, string label)
        {
            var v = raw[column];
            if (v.Length == 0) { reasons.Add($"Thiếu {label} ({column})."); return default; }
            if (!VietnameseDate.TryParse(v, out var d)) reasons.Add($"{label} ({column}) “{v}” không đúng dạng ngày/tháng/năm.");
            return d;
        }

        var judgmentNumber = Required(ListColumns.JudgmentNumber, "số bản án");
        var judged = Date(ListColumns.JudgmentDate, "ngày bản án");
        var court = Required(ListColumns.Court, "tòa án");
        var name = Required(ListColumns.FullName, "họ tên");
        DateOnly? dob = null;
        var year = 0;
        var birth = raw[ListColumns.BirthDate];
        if (birth.Length == 0) reasons.Add($"Thiếu ngày sinh ({ListColumns.BirthDate}).");
        else if (!VietnameseDate.TryParseBirthDate(birth, out dob, out year) || year < 1900)
            reasons.Add($"Ngày sinh ({ListColumns.BirthDate}) “{birth}” phải có dạng ngày/tháng/năm hoặc chỉ năm sinh.");

        string? id = raw[ListColumns.PersonalIdNumber].Replace(" ", "").Replace(".", "");
        if (id.Length == 0) id = null;
        else if (id.Length != 12 || !id.All(char.IsAsciiDigit))
            reasons.Add($"Số định danh ({ListColumns.PersonalIdNumber}) “{raw[ListColumns.PersonalIdNumber]}” phải gồm đúng 12 chữ số.");

        Gender? gender = VietnameseText.Fold(raw[ListColumns.Gender]) switch
        {
            "" => null,
            "nam" => People.Gender.Male,
            "nu" => People.Gender.Female,
            _ => Bad<Gender>(reasons, $"Giới tính ({ListColumns.Gender}) phải là Nam hoặc Nữ."),
        };
        var address = Required(ListColumns.Address, "nơi cư trú");
        MainPenalty? penalty = raw[ListColumns.Penalty].Length == 0 ? null : Penalties.Parse(raw[ListColumns.Penalty]);
        if (raw[ListColumns.Penalty].Length > 0 && penalty is null)
            reasons.Add($"Hình phạt ({ListColumns.Penalty}) “{raw[ListColumns.Penalty]}” không nhận ra; ví dụ: Án treo, Cải tạo không giam giữ, Cảnh cáo, Phạt tiền, Tù.");
        int? term = null;
        var termText = raw[ListColumns.TermMonths];
        if (termText.Length > 0)
        {
            if (int.TryParse(termText, NumberStyles.None, CultureInfo.InvariantCulture, out var t) && t <= 600) term = t;
            else reasons.Add($"Thời hạn ({ListColumns.TermMonths}) “{termText}” phải là số tháng (số nguyên).");
        }
        var effective = Date(ListColumns.EffectiveOn, "ngày hiệu lực");
        if (reasons.Count == 0 && effective < judged) reasons.Add("Ngày hiệu lực không được trước ngày bản án.");
        if (reasons.Count > 0) return (null, reasons);

        return (new ListRow
        {
            RowNumber = number, Raw = raw, JudgmentNumber = judgmentNumber, JudgmentDate = judged, Court = court,
            FullName = name, DateOfBirth = dob, BirthYear = year, PersonalIdNumber = id, Gender = gender,
            Address = address, CommuneCode = communes.Find(address), Penalty = penalty, TermMonths = term, EffectiveOn = effective,
        }, reasons);
    }

    static T? Bad<T>(List<string> reasons, string reason) where T : struct
    {
        reasons.Add(reason);
        return null;
    }
}

/// <summary>Penalties as courts write them in lists.</summary>
public static class Penalties
{
    public static MainPenalty? Parse(string? text) => VietnameseText.Fold(text) switch
    {
        "an treo" or "tu treo" or "tu cho huong an treo" => MainPenalty.SuspendedSentence,
        "cai tao khong giam giu" or "ctkgg" => MainPenalty.NonCustodialReform,
        "canh cao" => MainPenalty.Warning,
        "phat tien" => MainPenalty.Fine,
        "tu" or "tu co thoi han" => MainPenalty.Imprisonment,
        "tu chung than" => MainPenalty.LifeImprisonment,
        _ => null,
    };
}
