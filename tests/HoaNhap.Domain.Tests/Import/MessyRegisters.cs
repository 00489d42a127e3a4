using System.Globalization;
using System.Text;
using HoaNhap.Domain.Import;
using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Rules;

namespace HoaNhap.Domain.Tests.Import;

/// <summary>What a generated row really is: the values that must be read, or the field whose problem must be reported.</summary>
public sealed record TruthRow(
    string FullName, DateOnly? DateOfBirth, int BirthYear, Gender Gender, string? PersonalIdNumber, string CommuneCode,
    string JudgmentNumber, DateOnly JudgmentDate, string Court, string Offence, MainPenalty Penalty, int TermMonths, int? ProbationMonths,
    DateOnly EffectiveOn, RegisterField? BadField);

/// <summary>A generated register file: bytes (CSV) or cells (a spreadsheet), and the truth of each data row.</summary>
public sealed record MessyRegister(string Description, byte[]? Bytes, List<IReadOnlyList<string>>? Cells, RegisterEncoding? Encoding,
    IReadOnlyList<RegisterField?> TrueMapping, IReadOnlyList<TruthRow> Truth);

/// <summary>
/// Generates registers as communes keep them: three encodings (UTF-8, Windows-1258, TCVN3 — also as .VnTime cells of a
/// spreadsheet), headers with or without diacritics, abbreviated or mistyped, columns in any order with extra ones, dates in
/// every form (dd/MM/yyyy, d/M/yy, dd-MM-yyyy, dd.MM.yyyy, Excel serials, year of birth only), names in capitals or small
/// letters with stray spaces, personal IDs with spaces or without their leading zeros, and one row in twenty wrong on
/// purpose (impossible date, ID of the wrong structure, term outside the law, unknown commune). Deterministic by seed.
/// </summary>
public static class MessyRegisters
{
    public static readonly DateOnly Today = new(2026, 12, 7);
    static readonly Encoding Windows1258 = CreateWindows1258();

    static Encoding CreateWindows1258()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1258, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    static readonly string[] Families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
    static readonly string[] Middles = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc", "Xuân", "Thế"];
    static readonly string[] Givens = ["An", "Bình", "Cường", "Dũng", "Hải", "Hương", "Lan", "Long", "Nam", "Phúc", "Quang", "Sơn", "Tâm", "Thảo",
        "Trung", "Vinh", "Yến", "Hiếu", "Nghĩa", "Tuấn", "Hằng", "Khoa", "Lợi", "Mạnh"];
    static readonly (string Code, string Address)[] Places =
    [
        ("04792", "Tổ 5, Phường Tân Hòa, Tỉnh Phú Thọ"), ("04792", "Tổ 12, P. Tân Hòa"), ("04795", "Khu 3, phường Hòa Bình, Phú Thọ"),
        ("04801", "Xóm Mới, Xã Đà Bắc, Tỉnh Phú Thọ"), ("04801", "Thôn Tày Mường - xã Đà Bắc"),
    ];
    static readonly string[] Offences = ["Trộm cắp tài sản", "Cố ý gây thương tích", "Đánh bạc", "Lừa đảo chiếm đoạt tài sản", "Vi phạm quy định về tham gia giao thông đường bộ"];

    static readonly Dictionary<RegisterField, string[]> Headers = new()
    {
        [RegisterField.FullName] = ["Họ và tên", "HỌ VÀ TÊN", "Họ tên", "Ho ten", "Họ và tên đối tượng", "Ho va ten"],
        [RegisterField.DateOfBirth] = ["Ngày sinh", "NS", "Ngày, tháng, năm sinh", "Năm sinh", "NGAY SINH", "Ngày sihn"],
        [RegisterField.Gender] = ["Giới tính", "GT", "Nam/Nữ", "Gioi tinh"],
        [RegisterField.PersonalIdNumber] = ["Số CCCD", "Số định danh", "CMND/CCCD", "So CCCD", "Số định danh cá nhân", "Số căn cước"],
        [RegisterField.Address] = ["Nơi cư trú", "Địa chỉ", "HKTT", "Noi cu tru", "Nơi ở hiện nay"],
        [RegisterField.JudgmentNumber] = ["Số BA", "Số bản án", "Bản án số", "SO BA"],
        [RegisterField.JudgmentDate] = ["Ngày BA", "Ngày bản án", "Ngày xét xử", "Ngay ban an"],
        [RegisterField.Court] = ["Tòa án", "Toà án xét xử", "Tòa án đã xét xử", "TOA AN"],
        [RegisterField.Offence] = ["Tội danh", "Tội", "TỘI DANH", "Toi danh"],
        [RegisterField.Penalty] = ["Hình phạt", "Loại án", "Hình phạt chính", "Hinh phat", "Hình phạtt"],
        [RegisterField.TermMonths] = ["Thời hạn", "Mức án", "Thời hạn (tháng)", "Thoi han"],
        [RegisterField.ProbationMonths] = ["Thử thách", "Thời gian thử thách", "TGTT", "Thời gian thử thách (tháng)"],
        [RegisterField.EffectiveOn] = ["Ngày hiệu lực", "Ngày có hiệu lực", "Ngày HL", "Ngay hieu luc"],
    };

    public static IEnumerable<MessyRegister> Generate(int files, int rowsPerFile, int seed)
    {
        var random = new Random(seed);
        for (var f = 0; f < files; f++) yield return One(random, f, rowsPerFile);
    }

    static T Pick<T>(Random r, IReadOnlyList<T> items) => items[r.Next(items.Count)];

    static MessyRegister One(Random r, int index, int rowCount)
    {
        var form = index % 4; // 0 UTF-8 CSV, 1 Windows-1258 CSV, 2 TCVN3 CSV, 3 spreadsheet cells (a third of them .VnTime)
        var fields = Headers.Keys.OrderBy(_ => r.Next()).ToList();
        var columns = new List<(RegisterField? Field, string Header)>(fields.Select(x => ((RegisterField?)x, Pick(r, Headers[x]))));
        columns.Insert(0, (null, "STT"));
        if (r.Next(2) == 0) columns.Add((null, "Ghi chú"));

        var truth = new List<TruthRow>();
        var table = new List<IReadOnlyList<string>> { columns.Select(c => c.Header).ToList() };
        for (var i = 0; i < rowCount; i++)
        {
            var row = Row(r, i);
            var cells = columns.Select(c => c.Field is { } field ? Cell(r, row, field, spreadsheet: form == 3) : c.Header == "STT" ? (i + 1).ToString(CultureInfo.InvariantCulture) : "").ToList();
            if (row.BadField is { } bad) Spoil(r, row, columns.FindIndex(c => c.Field == bad), cells);
            truth.Add(row);
            table.Add(cells);
        }
        var mapping = columns.Select(c => c.Field).ToList();
        var csv = string.Join("\r\n", table.Select(t => string.Join(',', t.Select(Quote)))) + "\r\n";
        return form switch
        {
            0 => new($"#{index} UTF-8", [.. (r.Next(2) == 0 ? Encoding.UTF8.GetPreamble() : []), .. Encoding.UTF8.GetBytes(csv)], null, RegisterEncoding.Utf8, mapping, truth),
            1 => new($"#{index} Windows-1258", Windows1258.GetBytes(ForWindows1258(csv)), null, RegisterEncoding.Windows1258, mapping, truth),
            2 => new($"#{index} TCVN3", Tcvn3.Encode(csv), null, RegisterEncoding.Tcvn3, mapping, truth),
            _ => index % 12 == 3
                ? new($"#{index} .VnTime spreadsheet", null, table.Select(t => (IReadOnlyList<string>)t.Select(c => Latin1(Tcvn3.Encode(c))).ToList()).ToList(), RegisterEncoding.Tcvn3, mapping, truth)
                : new($"#{index} spreadsheet", null, table, null, mapping, truth),
        };
    }

    static string Latin1(byte[] bytes) => new(bytes.Select(b => (char)b).ToArray());

    /// <summary>Windows-1258 spells a toned letter as its base letter (with ^, ˘ or horn) followed by a combining tone mark.</summary>
    public static string ForWindows1258(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            var d = c.ToString().Normalize(NormalizationForm.FormD);
            var tones = new string(d.Where(x => x is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323').ToArray());
            sb.Append(new string(d.Where(x => !tones.Contains(x)).ToArray()).Normalize(NormalizationForm.FormC)).Append(tones);
        }
        return sb.ToString();
    }

    static string Quote(string s) => s.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;

    static TruthRow Row(Random r, int i)
    {
        var gender = r.Next(2) == 0 ? Gender.Male : Gender.Female;
        var name = $"{Pick(r, Families)} {(gender == Gender.Female ? "Thị" : Pick(r, Middles))} {Pick(r, Givens)}";
        var born = new DateOnly(1960, 1, 1).AddDays(r.Next(0, 45 * 365));
        var yearOnly = r.Next(10) == 0;
        var id = r.Next(5) == 0 ? null : PersonalIdNumberRule.Make(Pick(r, new[] { "025", "001", "079" }), born.Year, gender, r.Next(1_000_000));
        var place = Pick(r, Places);
        var judged = new DateOnly(2024, 1, 1).AddDays(r.Next(0, 900));
        var suspended = r.Next(2) == 0;
        var term = suspended ? r.Next(6, 37) : r.Next(6, 37);
        int? probation = suspended ? r.Next(12, 61) : null;
        var bad = r.Next(20) == 0
            ? Pick(r, new[] { RegisterField.DateOfBirth, RegisterField.PersonalIdNumber, RegisterField.TermMonths, RegisterField.Address })
            : (RegisterField?)null;
        if (bad == RegisterField.PersonalIdNumber && id is null) id = PersonalIdNumberRule.Make("025", born.Year, gender, 1);
        return new TruthRow(name, yearOnly ? null : born, born.Year, gender, id, place.Code + "|" + place.Address,
            $"{r.Next(1, 400)}/{judged.Year}/HS-ST", judged, $"Tòa án nhân dân khu vực {r.Next(1, 9)} - Phú Thọ", Pick(r, Offences),
            suspended ? MainPenalty.SuspendedSentence : MainPenalty.NonCustodialReform, term, probation, judged.AddDays(r.Next(15, 45)), bad);
    }

    static string Date(Random r, DateOnly d, bool spreadsheet) => (spreadsheet ? r.Next(7) : r.Next(6)) switch
    {
        0 => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        1 => d.ToString("d/M/yyyy", CultureInfo.InvariantCulture),
        2 => d.ToString("d/M/yy", CultureInfo.InvariantCulture),
        3 => d.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
        4 => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        5 => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => (d.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(CultureInfo.InvariantCulture),
    };

    static string Cell(Random r, TruthRow t, RegisterField field, bool spreadsheet)
    {
        switch (field)
        {
            case RegisterField.FullName:
                return r.Next(4) switch { 0 => t.FullName.ToUpperInvariant(), 1 => " " + t.FullName.Replace(" ", "  ") + " ", 2 => t.FullName.ToLowerInvariant(), _ => t.FullName };
            case RegisterField.DateOfBirth:
                return t.DateOfBirth is { } dob ? Date(r, dob, spreadsheet) : t.BirthYear.ToString(CultureInfo.InvariantCulture);
            case RegisterField.Gender:
                return (t.Gender, r.Next(3)) switch { (Gender.Male, 0) => "Nam", (Gender.Male, 1) => "nam", (Gender.Male, _) => "NAM", (_, 0) => "Nữ", (_, 1) => "nữ", _ => "Nu" };
            case RegisterField.PersonalIdNumber:
                if (t.PersonalIdNumber is not { } id) return "";
                return r.Next(4) switch { 0 => $"{id[..3]} {id[3..6]} {id[6..]}", 1 => id.TrimStart('0'), 2 => "'" + id, _ => id };
            case RegisterField.Address:
                return t.CommuneCode.Split('|')[1];
            case RegisterField.JudgmentNumber: return t.JudgmentNumber;
            case RegisterField.JudgmentDate: return Date(r, t.JudgmentDate, spreadsheet);
            case RegisterField.Court: return t.Court;
            case RegisterField.Offence: return t.Offence;
            case RegisterField.Penalty:
                return t.Penalty == MainPenalty.SuspendedSentence ? Pick(r, new[] { "Án treo", "án treo", "ÁN TREO", "Tù cho hưởng án treo" })
                    : Pick(r, new[] { "Cải tạo không giam giữ", "CTKGG", "cải tạo không giam giữ" });
            case RegisterField.TermMonths:
                return r.Next(3) switch
                {
                    0 => $"{t.TermMonths} tháng",
                    1 when t.TermMonths % 12 == 0 => $"{t.TermMonths / 12} năm",
                    1 when t.TermMonths > 12 => $"{t.TermMonths / 12} năm {t.TermMonths % 12} tháng",
                    _ => t.TermMonths.ToString(CultureInfo.InvariantCulture),
                };
            case RegisterField.ProbationMonths:
                return t.ProbationMonths?.ToString(CultureInfo.InvariantCulture) ?? "";
            case RegisterField.EffectiveOn: return Date(r, t.EffectiveOn, spreadsheet);
            default: return "";
        }
    }

    static void Spoil(Random r, TruthRow t, int column, List<string> cells)
    {
        cells[column] = t.BadField switch
        {
            RegisterField.DateOfBirth => Pick(r, new[] { "31/02/1990", "30/2/85", "12/13/1979", "00/05/1988" }),
            // Born in another year than the ID says (digits 5–6).
            RegisterField.PersonalIdNumber => t.PersonalIdNumber![..4] + ((int.Parse(t.PersonalIdNumber[4..6], CultureInfo.InvariantCulture) + 1) % 100).ToString("00", CultureInfo.InvariantCulture) + t.PersonalIdNumber[6..],
            RegisterField.TermMonths => t.Penalty == MainPenalty.SuspendedSentence ? "48" : "3",
            RegisterField.Address => "Thôn 2, Xã Không Có, Tỉnh Phú Thọ",
            _ => cells[column],
        };
    }
}
