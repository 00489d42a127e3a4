using System.Text;

namespace HoaNhap.Domain.Import;

/// <summary>
/// TCVN3 ("ABC", TCVN 5712:1993 VN3), the 8-bit encoding of the .VnTime fonts that older Vietnamese
/// spreadsheets and text files use. Each byte 0xA1–0xFE stands for one precomposed lower-case letter or one of the seven
/// upper-case letters Ă Â Ê Ô Ơ Ư Đ; upper-case letters with a tone mark live in a separate font (.VnTimeH) whose bytes are
/// those of the lower-case letter, so they read back as lower case. Bytes below 0x80 are ASCII. A cell of an .xls/.xlsx
/// typed in a .VnTime font holds the same bytes as characters U+00A1–U+00FE, so <see cref="Decode(string)"/> applies to
/// both.
/// </summary>
public static class Tcvn3
{
    /// <summary>(byte, letter): the whole table, tested letter by letter.</summary>
    public static readonly IReadOnlyList<(byte Byte, char Letter)> Table =
    [
        (0xA1, 'Ă'), (0xA2, 'Â'), (0xA3, 'Ê'), (0xA4, 'Ô'), (0xA5, 'Ơ'), (0xA6, 'Ư'), (0xA7, 'Đ'),
        (0xA8, 'ă'), (0xA9, 'â'), (0xAA, 'ê'), (0xAB, 'ô'), (0xAC, 'ơ'), (0xAD, 'ư'), (0xAE, 'đ'),
        (0xB5, 'à'), (0xB6, 'ả'), (0xB7, 'ã'), (0xB8, 'á'), (0xB9, 'ạ'),
        (0xBB, 'ằ'), (0xBC, 'ẳ'), (0xBD, 'ẵ'), (0xBE, 'ắ'), (0xC6, 'ặ'),
        (0xC7, 'ầ'), (0xC8, 'ẩ'), (0xC9, 'ẫ'), (0xCA, 'ấ'), (0xCB, 'ậ'),
        (0xCC, 'è'), (0xCE, 'ẻ'), (0xCF, 'ẽ'), (0xD0, 'é'), (0xD1, 'ẹ'),
        (0xD2, 'ề'), (0xD3, 'ể'), (0xD4, 'ễ'), (0xD5, 'ế'), (0xD6, 'ệ'),
        (0xD7, 'ì'), (0xD8, 'ỉ'), (0xDC, 'ĩ'), (0xDD, 'í'), (0xDE, 'ị'),
        (0xDF, 'ò'), (0xE1, 'ỏ'), (0xE2, 'õ'), (0xE3, 'ó'), (0xE4, 'ọ'),
        (0xE5, 'ồ'), (0xE6, 'ổ'), (0xE7, 'ỗ'), (0xE8, 'ố'), (0xE9, 'ộ'),
        (0xEA, 'ờ'), (0xEB, 'ở'), (0xEC, 'ỡ'), (0xED, 'ớ'), (0xEE, 'ợ'),
        (0xEF, 'ù'), (0xF1, 'ủ'), (0xF2, 'ũ'), (0xF3, 'ú'), (0xF4, 'ụ'),
        (0xF5, 'ừ'), (0xF6, 'ử'), (0xF7, 'ữ'), (0xF8, 'ứ'), (0xF9, 'ự'),
        (0xFA, 'ỳ'), (0xFB, 'ỷ'), (0xFC, 'ỹ'), (0xFD, 'ý'), (0xFE, 'ỵ'),
    ];

    static readonly char[] ToUnicode = BuildToUnicode();
    static readonly Dictionary<char, byte> FromUnicode = Table.ToDictionary(t => t.Letter, t => t.Byte);

    static char[] BuildToUnicode()
    {
        var map = new char[256];
        for (var i = 0; i < 256; i++) map[i] = (char)i;
        foreach (var (b, letter) in Table) map[b] = letter;
        return map;
    }

    /// <summary>True when <paramref name="b"/> stands for a Vietnamese letter in TCVN3.</summary>
    public static bool IsLetterByte(byte b) => ToUnicode[b] != (char)b;

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++) chars[i] = ToUnicode[bytes[i]];
        return new string(chars).Normalize(NormalizationForm.FormC);
    }

    /// <summary>A cell typed in a .VnTime font (its characters are the TCVN3 bytes) as Unicode NFC.</summary>
    public static string Decode(string cell)
    {
        var chars = cell.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (chars[i] < 256) chars[i] = ToUnicode[chars[i]];
        return new string(chars).Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Unicode text as TCVN3 bytes (for templates and generated test files). An upper-case letter with a tone mark has no
    /// byte of its own and is written as its lower-case form, as the .VnTimeH font does; another character outside the
    /// table gives '?'.
    /// </summary>
    public static byte[] Encode(string text)
    {
        var nfc = text.Normalize(NormalizationForm.FormC);
        var bytes = new byte[nfc.Length];
        for (var i = 0; i < nfc.Length; i++)
        {
            var c = nfc[i];
            if (c < 0x80) bytes[i] = (byte)c;
            else if (FromUnicode.TryGetValue(c, out var b)) bytes[i] = b;
            else if (FromUnicode.TryGetValue(char.ToLowerInvariant(c), out var lower)) bytes[i] = lower;
            else bytes[i] = (byte)'?';
        }
        return bytes;
    }
}
