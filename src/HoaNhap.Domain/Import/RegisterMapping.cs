using System.Text;
using HoaNhap.Domain.Text;

namespace HoaNhap.Domain.Import;

/// <summary>What is imported: people serving community sentences (with their judgment) or returnees.</summary>
public enum RegisterKind { CommunitySentences, Returnees }

/// <summary>The fields a register's column can be mapped to.</summary>
public enum RegisterField
{
    FullName,
    DateOfBirth,
    Gender,
    PersonalIdNumber,
    Address,
    Commune,
    Phone,
    JudgmentNumber,
    JudgmentDate,
    Court,
    Offence,
    Penalty,
    TermMonths,
    ProbationMonths,
    EffectiveOn,
    ReleasedOn,
}

/// <summary>The fields' Vietnamese labels and the headers communes write for them.</summary>
public static class RegisterFields
{
    public static string Label(RegisterField f) => f switch
    {
        RegisterField.FullName => "Họ và tên",
        RegisterField.DateOfBirth => "Ngày sinh",
        RegisterField.Gender => "Giới tính",
        RegisterField.PersonalIdNumber => "Số định danh cá nhân",
        RegisterField.Address => "Nơi cư trú",
        RegisterField.Commune => "Xã, phường",
        RegisterField.Phone => "Số điện thoại",
        RegisterField.JudgmentNumber => "Số bản án",
        RegisterField.JudgmentDate => "Ngày bản án",
        RegisterField.Court => "Tòa án",
        RegisterField.Offence => "Tội danh",
        RegisterField.Penalty => "Hình phạt",
        RegisterField.TermMonths => "Thời hạn (tháng)",
        RegisterField.ProbationMonths => "Thời gian thử thách (tháng)",
        RegisterField.EffectiveOn => "Ngày hiệu lực",
        RegisterField.ReleasedOn => "Ngày chấp hành xong án phạt tù",
        _ => f.ToString(),
    };

    /// <summary>The fields of a kind, in the order of its template.</summary>
    public static IReadOnlyList<RegisterField> Of(RegisterKind kind) => kind == RegisterKind.CommunitySentences
        ? [RegisterField.FullName, RegisterField.DateOfBirth, RegisterField.Gender, RegisterField.PersonalIdNumber, RegisterField.Address,
           RegisterField.Commune, RegisterField.Phone, RegisterField.JudgmentNumber, RegisterField.JudgmentDate, RegisterField.Court,
           RegisterField.Offence, RegisterField.Penalty, RegisterField.TermMonths, RegisterField.ProbationMonths, RegisterField.EffectiveOn]
        : [RegisterField.FullName, RegisterField.DateOfBirth, RegisterField.Gender, RegisterField.PersonalIdNumber, RegisterField.Address,
           RegisterField.Commune, RegisterField.Phone, RegisterField.JudgmentNumber, RegisterField.JudgmentDate, RegisterField.Court,
           RegisterField.Offence, RegisterField.TermMonths, RegisterField.ReleasedOn];

    /// <summary>Headers as communes write them, folded (no diacritics, lower case, punctuation as spaces).</summary>
    static readonly Dictionary<RegisterField, string[]> Synonyms = new()
    {
        [RegisterField.FullName] = ["ho va ten", "ho ten", "ten", "hvt", "ho ten doi tuong", "ho va ten doi tuong", "ho ten nguoi chap hanh an",
            "ho va ten nguoi chap hanh an", "ho ten nguoi chap hanh xong an phat tu", "ho ten khai sinh", "ho va ten khai sinh"],
        [RegisterField.DateOfBirth] = ["ngay sinh", "ns", "nam sinh", "ngay thang nam sinh", "sinh ngay", "ngay sinh nam sinh", "nsinh", "ngay sn", "ntns"],
        [RegisterField.Gender] = ["gioi tinh", "gt", "nam nu", "phai", "gioi"],
        [RegisterField.PersonalIdNumber] = ["so dinh danh ca nhan", "so dinh danh", "so cccd", "cccd", "so can cuoc", "so can cuoc cong dan", "so cmnd",
            "cmnd", "cmnd cccd", "so cmnd cccd", "so cccd cmnd", "cccd cmnd", "ma dinh danh", "so ddcn", "ddcn", "so can cuoc cccd"],
        [RegisterField.Address] = ["noi cu tru", "dia chi", "noi o", "cho o", "dia chi cu tru", "noi thuong tru", "hktt", "dc", "ho khau thuong tru",
            "noi o hien nay", "cho o hien nay", "dia chi thuong tru", "thuong tru", "noi dktt", "dktt"],
        [RegisterField.Commune] = ["xa phuong", "xa", "phuong", "xa phuong dac khu", "xa phuong thi tran", "don vi", "don vi hanh chinh", "ma xa", "xa phuong noi cu tru"],
        [RegisterField.Phone] = ["so dien thoai", "dien thoai", "sdt", "dt", "so dt"],
        [RegisterField.JudgmentNumber] = ["so ban an", "so ba", "ban an so", "ban an", "ba so", "so ban an quyet dinh", "so ban an hs"],
        [RegisterField.JudgmentDate] = ["ngay ban an", "ngay ba", "ngay xet xu", "ngay tuyen an", "ngay ban an quyet dinh", "ngay ky ban an"],
        [RegisterField.Court] = ["toa an", "toa", "toa xet xu", "toa an xet xu", "co quan xet xu", "toa an da xet xu", "tand"],
        [RegisterField.Offence] = ["toi danh", "toi", "pham toi", "toi pham", "hanh vi pham toi"],
        [RegisterField.Penalty] = ["hinh phat", "hinh phat chinh", "loai an", "loai hinh phat", "hinh thuc", "loai"],
        [RegisterField.TermMonths] = ["thoi han", "thoi han thang", "so thang", "thoi han an", "muc an", "muc an thang", "thoi han chap hanh", "an phat", "thoi han tu"],
        [RegisterField.ProbationMonths] = ["thoi gian thu thach", "thu thach", "tgtt", "thoi gian thu thach thang", "tg thu thach"],
        [RegisterField.EffectiveOn] = ["ngay hieu luc", "ngay co hieu luc", "hieu luc", "ngay hl", "ngay ban an co hieu luc"],
        [RegisterField.ReleasedOn] = ["ngay chap hanh xong", "ngay ra trai", "ngay ra tu", "ra trai", "ngay tha", "ngay chap hanh xong an phat tu",
            "ngay chxapt", "ngay ra trai tam giam"],
    };

    static readonly HashSet<string> Ignored = ["stt", "tt", "so tt", "ghi chu", "gc"];

    /// <summary>A header folded for comparing: no diacritics, lower case, every run of punctuation a space.</summary>
    public static string FoldHeader(string? header)
    {
        var folded = VietnameseText.Fold(header);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded) sb.Append(char.IsLetterOrDigit(c) ? c : ' ');
        return VietnameseText.Nfc(sb.ToString());
    }

    /// <summary>
    /// The field each header most likely names, or null (a column to leave out). Exact headers first, then a header that
    /// contains a known one, then one typing mistake away; each field is proposed for one column only.
    /// </summary>
    public static IReadOnlyList<RegisterField?> Propose(IReadOnlyList<string> headers, RegisterKind kind)
    {
        var allowed = Of(kind).ToHashSet();
        var folded = headers.Select(FoldHeader).ToList();
        var result = new RegisterField?[headers.Count];
        var taken = new HashSet<RegisterField>();
        foreach (var pass in new Func<string, string, bool>[]
                 {
                     (h, s) => h == s,
                     (h, s) => s.Length >= 4 && (" " + h + " ").Contains(" " + s + " ", StringComparison.Ordinal),
                     (h, s) => s.Length >= 6 && Distance(h, s) <= (s.Length >= 10 ? 2 : 1),
                 })
        {
            for (var i = 0; i < headers.Count; i++)
            {
                if (result[i] is not null || folded[i].Length == 0 || Ignored.Contains(folded[i])) continue;
                // Longest synonym first: "ngay ban an co hieu luc" is the effective date, not the judgment's date.
                var match = Synonyms.Where(f => allowed.Contains(f.Key) && !taken.Contains(f.Key))
                    .SelectMany(f => f.Value.Select(s => (Field: f.Key, Synonym: s)))
                    .Where(x => pass(folded[i], x.Synonym))
                    .OrderByDescending(x => x.Synonym.Length).FirstOrDefault();
                if (match.Synonym is null) continue;
                result[i] = match.Field;
                taken.Add(match.Field);
            }
        }
        return result;
    }

    /// <summary>Edit distance counting a swap of two neighbouring letters as one mistake ("sihn" for "sinh").</summary>
    static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2) return int.MaxValue;
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
