using System.Globalization;
using System.Text.RegularExpressions;
using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Reconciliation;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Text;

namespace HoaNhap.Domain.Import;

/// <summary>One problem of a register's row, for the preview: the 1-based data row (header excluded), the field, the message.</summary>
public sealed record RegisterProblem(int Row, RegisterField? Field, string Message);

/// <summary>One data row of a register, read and normalised (names in NFC and title case, dates parsed, commune found).</summary>
public sealed record RegisterRow
{
    public required int RowNumber { get; init; }
    public string FullName { get; init; } = "";
    public DateOnly? DateOfBirth { get; init; }
    public int BirthYear { get; init; }
    public Gender? Gender { get; init; }
    public string? PersonalIdNumber { get; init; }
    public string Address { get; init; } = "";
    public string? CommuneCode { get; init; }
    public string? Phone { get; init; }
    public string? JudgmentNumber { get; init; }
    public DateOnly? JudgmentDate { get; init; }
    public string? Court { get; init; }
    public string? Offence { get; init; }
    /// <summary>The offences as articles of the Penal Code ("Điều 173"), as a judgment records them.</summary>
    public IReadOnlyList<string> Offences { get; init; } = [];
    public MainPenalty? Penalty { get; init; }
    public int? TermMonths { get; init; }
    public int? ProbationMonths { get; init; }
    public DateOnly? EffectiveOn { get; init; }
    public DateOnly? ReleasedOn { get; init; }
    public IReadOnlyList<RegisterProblem> Problems { get; init; } = [];
    public bool IsValid => Problems.Count == 0;
}

/// <summary>
/// Reads the data rows of a register (a table of text cells, header first) with a column mapping: every cell normalised,
/// every problem named by row and field in Vietnamese. The same rules as a form: the personal ID's structure
/// (<see cref="PersonalIdNumberRule"/>), the penalty's limits (<see cref="PenaltyLimits"/>), communes of the official list
/// (<see cref="CommuneLocator"/>). Pure: nothing is stored.
/// </summary>
public static partial class RegisterReader
{
    public sealed record Options(RegisterKind Kind, CommuneLocator Communes, DateOnly Today)
    {
        /// <summary>The commune whose register this is: rows that name no commune belong to it.</summary>
        public string? DefaultCommuneCode { get; init; }
    }

    public static List<RegisterRow> Read(IReadOnlyList<IReadOnlyList<string>> table, IReadOnlyList<RegisterField?> mapping, Options options)
    {
        var rows = new List<RegisterRow>(Math.Max(0, table.Count - 1));
        for (var r = 1; r < table.Count; r++)
        {
            var cells = table[r];
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            var values = new Dictionary<RegisterField, string>();
            for (var i = 0; i < mapping.Count && i < cells.Count; i++)
                if (mapping[i] is { } f && !values.ContainsKey(f)) values[f] = VietnameseText.Nfc(cells[i]);
            rows.Add(ReadRow(r, values, options));
        }
        return rows;
    }

    public static RegisterRow ReadRow(int number, IReadOnlyDictionary<RegisterField, string> values, Options o)
    {
        var problems = new List<RegisterProblem>();
        string Get(RegisterField f) => values.TryGetValue(f, out var v) ? v : "";
        void Problem(RegisterField f, string message) => problems.Add(new RegisterProblem(number, f, message));
        string? Required(RegisterField f)
        {
            var v = Get(f);
            if (v.Length == 0) { Problem(f, $"Thiếu {RegisterFields.Label(f).ToLowerInvariant()}."); return null; }
            return v;
        }
        DateOnly? Date(RegisterField f, bool required)
        {
            var v = Get(f);
            if (v.Length == 0)
            {
                if (required) Problem(f, $"Thiếu {RegisterFields.Label(f).ToLowerInvariant()}.");
                return null;
            }
            if (!RegisterDate.TryParse(v, o.Today, out var d))
            {
                Problem(f, $"{RegisterFields.Label(f)} “{v}” không phải là một ngày có thật ở dạng ngày/tháng/năm.");
                return null;
            }
            if (d > o.Today) { Problem(f, $"{RegisterFields.Label(f)} ({VietnameseDate.Format(d)}) không được sau ngày hôm nay."); return null; }
            return d;
        }

        var name = Required(RegisterField.FullName) is { } n ? TitleCase(n) : "";
        if (!name.All(c => char.IsLetter(c) || c is ' ' or '\'' or '-' or '.'))
            Problem(RegisterField.FullName, $"Họ và tên “{name}” chỉ được gồm chữ cái.");

        DateOnly? dob = null;
        var year = 0;
        var birth = Get(RegisterField.DateOfBirth);
        if (birth.Length == 0) Problem(RegisterField.DateOfBirth, "Thiếu ngày sinh.");
        else if (!RegisterDate.TryParseBirth(birth, o.Today, out dob, out year) || year < 1900 || dob > o.Today)
        {
            Problem(RegisterField.DateOfBirth, $"Ngày sinh “{birth}” không phải là một ngày có thật ở dạng ngày/tháng/năm (hoặc chỉ năm sinh).");
            dob = null;
            year = 0;
        }

        var id = PersonalId(Get(RegisterField.PersonalIdNumber));
        Gender? gender = VietnameseText.Fold(Get(RegisterField.Gender)) switch
        {
            "" => null,
            "nam" or "m" or "male" => People.Gender.Male,
            "nu" or "f" or "female" => People.Gender.Female,
            _ => Bad<Gender>(() => Problem(RegisterField.Gender, $"Giới tính “{Get(RegisterField.Gender)}” phải là Nam hoặc Nữ.")),
        };
        if (id is not null)
        {
            if (PersonalIdNumberRule.Validate(id, year > 0 ? year : null, gender) is { } idProblem)
                Problem(RegisterField.PersonalIdNumber, $"{idProblem} (“{Get(RegisterField.PersonalIdNumber)}”)");
            else if (gender is null && !problems.Any(x => x.Field == RegisterField.Gender))
                // The fourth digit gives the gender (NĐ 137/2015/NĐ-CP Điều 13: even for men, odd for women).
                gender = (id[3] - '0') % 2 == 0 ? People.Gender.Male : People.Gender.Female;
        }
        if (gender is null && !problems.Any(p => p.Field == RegisterField.Gender))
            Problem(RegisterField.Gender, "Thiếu giới tính (Nam hoặc Nữ).");

        var address = Required(RegisterField.Address) ?? "";
        var communeText = Get(RegisterField.Commune);
        string? commune = null;
        if (communeText.Length > 0)
        {
            commune = Units.UnitCode.IsCommuneCode(communeText) && o.Communes.Contains(communeText) ? communeText : o.Communes.Find(communeText);
            if (commune is null) Problem(RegisterField.Commune, $"Không tìm thấy xã, phường “{communeText}” trong danh mục đơn vị hành chính của tỉnh.");
        }
        else if (address.Length > 0 && o.Communes.Find(address) is { } fromAddress) commune = fromAddress;
        else if (o.DefaultCommuneCode is { } home) commune = home;
        else Problem(RegisterField.Commune, "Không xác định được xã, phường: cần cột Xã, phường hoặc nơi cư trú ghi rõ tên xã, phường.");
        if (commune is not null && o.DefaultCommuneCode is { } only && commune != only)
        {
            Problem(RegisterField.Commune, "Người này thuộc xã, phường khác với đơn vị đang nhập sổ.");
            commune = null;
        }

        var phone = Get(RegisterField.Phone) is { Length: > 0 } p ? p.Replace(" ", "").Replace(".", "") : null;
        if (phone is not null && !(phone.Length is >= 8 and <= 15 && phone.TrimStart('+').All(char.IsAsciiDigit)))
            Problem(RegisterField.Phone, $"Số điện thoại “{Get(RegisterField.Phone)}” chỉ gồm chữ số (8 đến 15 số).");

        MainPenalty? penalty = null;
        List<string>? offences = null;
        int? term = Months(RegisterField.TermMonths), probation = Months(RegisterField.ProbationMonths);
        string? judgmentNumber, court;
        DateOnly? judged, effective = null, released = null;
        if (o.Kind == RegisterKind.CommunitySentences)
        {
            judgmentNumber = Required(RegisterField.JudgmentNumber);
            judged = Date(RegisterField.JudgmentDate, required: true);
            court = Required(RegisterField.Court);
            var penaltyText = Get(RegisterField.Penalty);
            if (penaltyText.Length == 0) Problem(RegisterField.Penalty, "Thiếu hình phạt.");
            else if ((penalty = Penalties.Parse(penaltyText)) is not (MainPenalty.SuspendedSentence or MainPenalty.NonCustodialReform or MainPenalty.Warning or MainPenalty.Fine))
            {
                Problem(RegisterField.Penalty, $"Hình phạt “{penaltyText}” không phải là hình phạt chấp hành tại cộng đồng; ví dụ: Án treo, Cải tạo không giam giữ.");
                penalty = null;
            }
            if (Required(RegisterField.Offence) is { } offenceText && (offences = OffenceArticles.Read(offenceText)) is null)
                Problem(RegisterField.Offence, $"Tội danh “{offenceText}” chưa nhận ra: hãy ghi theo điều của Bộ luật Hình sự 2015, ví dụ “Trộm cắp tài sản (Điều 173)”.");
            effective = Date(RegisterField.EffectiveOn, required: true);
            if (penalty is { } pen && !problems.Any(x => x.Field is RegisterField.TermMonths or RegisterField.ProbationMonths))
                foreach (var (field, message) in PenaltyLimits.Check(pen, term, probation, null).Where(x => x.Field != PenaltyLimits.FineField))
                    Problem(field == PenaltyLimits.TermField ? RegisterField.TermMonths : RegisterField.ProbationMonths, message);
            if (judged is { } j && effective is { } e && e < j) Problem(RegisterField.EffectiveOn, "Ngày hiệu lực không được trước ngày bản án.");
        }
        else
        {
            judgmentNumber = Get(RegisterField.JudgmentNumber) is { Length: > 0 } jn ? jn : null;
            court = Get(RegisterField.Court) is { Length: > 0 } c ? c : null;
            judged = Date(RegisterField.JudgmentDate, required: false);
            released = Date(RegisterField.ReleasedOn, required: true);
            if (Get(RegisterField.Offence) is { Length: > 0 } offenceText) offences = OffenceArticles.Read(offenceText);
            if (judged is { } j && released is { } rel && rel < j) Problem(RegisterField.ReleasedOn, "Ngày chấp hành xong án phạt tù không được trước ngày bản án.");
        }
        if (dob is { } born && (judged ?? effective ?? released) is { } later && later < born)
            Problem(RegisterField.DateOfBirth, "Ngày sinh không được sau ngày bản án.");

        return new RegisterRow
        {
            RowNumber = number, FullName = name, DateOfBirth = dob, BirthYear = year, Gender = gender, PersonalIdNumber = id,
            Address = address, CommuneCode = commune, Phone = phone, JudgmentNumber = judgmentNumber, JudgmentDate = judged, Court = court,
            Offence = Get(RegisterField.Offence) is { Length: > 0 } off ? off : null, Offences = offences ?? [], Penalty = penalty, TermMonths = term,
            ProbationMonths = probation, EffectiveOn = effective, ReleasedOn = released, Problems = problems,
        };

        int? Months(RegisterField f)
        {
            var v = Get(f);
            if (v.Length == 0) return null;
            if (Term.TryParseMonths(v) is { } m) return m;
            Problem(f, $"{RegisterFields.Label(f)} “{v}” phải là số tháng (ví dụ 24), hoặc dạng “2 năm 6 tháng”.");
            return null;
        }
    }

    /// <summary>
    /// A personal ID as typed: spaces, dots and a leading apostrophe removed; a number that lost its leading zeros in a
    /// spreadsheet (10 or 11 digits) padded back to 12. Null when empty.
    /// </summary>
    public static string? PersonalId(string text)
    {
        var s = new string(text.Where(c => c is not (' ' or '.' or '\'' or '-')).ToArray());
        if (s.Length == 0) return null;
        if (s.Length is 10 or 11 && s.All(char.IsAsciiDigit)) s = s.PadLeft(12, '0');
        return s;
    }

    /// <summary>Each word with a capital first letter and the rest small ("NGUYỄN văn an" → "Nguyễn Văn An").</summary>
    public static string TitleCase(string name) => string.Join(' ', VietnameseText.Nfc(name).Split(' ')
        .Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));

    static T? Bad<T>(Action report) where T : struct
    {
        report();
        return null;
    }
}

/// <summary>Terms as registers write them: "24", "24 tháng", "2 năm", "2 năm 6 tháng", "1,5 năm".</summary>
public static partial class Term
{
    [GeneratedRegex(@"^(?:([0-9]+(?:[.,]5)?)\s*(?:nam|n)\b)?\s*(?:([0-9]+)\s*(?:thang|th|t)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex YearsMonths();

    public static int? TryParseMonths(string text)
    {
        var s = VietnameseText.Fold(text).Trim();
        if (s.Length == 0) return null;
        var m = YearsMonths().Match(s);
        if (!m.Success || (!m.Groups[1].Success && !m.Groups[2].Success)) return null;
        var months = 0m;
        if (m.Groups[1].Success) months += decimal.Parse(m.Groups[1].Value.Replace(',', '.'), CultureInfo.InvariantCulture) * 12;
        if (m.Groups[2].Success) months += int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        return months is > 0 and <= 600 ? (int)months : null;
    }
}
