using System.Text;

namespace HoaNhap.Domain.Import;

/// <summary>The encodings a commune's CSV register comes in.</summary>
public enum RegisterEncoding
{
    Utf8,
    /// <summary>Windows-1258 (Vietnamese Windows code page: base letters plus combining tone marks).</summary>
    Windows1258,
    /// <summary>TCVN3 "ABC" (.VnTime fonts).</summary>
    Tcvn3,
}

/// <summary>
/// Turns the bytes of a text register into Unicode NFC: UTF-8 when the bytes are valid UTF-8 (with or without a byte order
/// mark), otherwise whichever of Windows-1258 and TCVN3 reads as more Vietnamese words (<see cref="VietnameseWords"/>). The
/// officer sees a sample and may choose another encoding (<see cref="Decode(byte[], RegisterEncoding)"/>).
/// </summary>
public static class RegisterText
{
    static readonly Encoding Windows1258 = CreateWindows1258();

    static Encoding CreateWindows1258()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1258);
    }

    public static string Name(RegisterEncoding e) => e switch
    {
        RegisterEncoding.Utf8 => "UTF-8 (Unicode)",
        RegisterEncoding.Windows1258 => "Windows-1258",
        RegisterEncoding.Tcvn3 => "TCVN3 (ABC)",
        _ => e.ToString(),
    };

    public static RegisterEncoding Detect(byte[] bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..]) return RegisterEncoding.Utf8;
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return RegisterEncoding.Utf8;
        }
        catch (DecoderFallbackException)
        {
        }
        var windows = VietnameseWords.Score(Decode(bytes, RegisterEncoding.Windows1258));
        var tcvn = VietnameseWords.Score(Decode(bytes, RegisterEncoding.Tcvn3));
        return tcvn > windows ? RegisterEncoding.Tcvn3 : RegisterEncoding.Windows1258;
    }

    /// <summary>The text in the given encoding, as Unicode NFC (a UTF-8 byte order mark dropped).</summary>
    public static string Decode(byte[] bytes, RegisterEncoding encoding)
    {
        var text = encoding switch
        {
            RegisterEncoding.Utf8 => new UTF8Encoding(false, throwOnInvalidBytes: false).GetString(bytes),
            RegisterEncoding.Windows1258 => Windows1258.GetString(bytes),
            RegisterEncoding.Tcvn3 => Tcvn3.Decode(bytes),
            _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
        };
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        return text.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Detected, then decoded.</summary>
    public static (string Text, RegisterEncoding Encoding) Decode(byte[] bytes)
    {
        var encoding = Detect(bytes);
        return (Decode(bytes, encoding), encoding);
    }

    /// <summary>
    /// Cells of a spreadsheet typed in a .VnTime font hold TCVN3 bytes as Latin-1 characters: when the table's text reads
    /// as more Vietnamese words that way, every cell is converted. Unicode sheets are returned as they are.
    /// </summary>
    public static (List<IReadOnlyList<string>> Table, bool Converted) RepairSpreadsheet(IReadOnlyList<IReadOnlyList<string>> table)
    {
        var legacy = table.SelectMany(r => r).Where(c => c.Any(ch => ch is >= '\u00A1' and <= '\u00FE')).Take(2000).ToList();
        var asIs = legacy.Sum(VietnameseWords.Score);
        var asTcvn = legacy.Sum(c => VietnameseWords.Score(Tcvn3.Decode(c)));
        if (legacy.Count == 0 || asTcvn <= asIs) return (table.Select(r => (IReadOnlyList<string>)r.ToList()).ToList(), false);
        return (table.Select(r => (IReadOnlyList<string>)r.Select(Tcvn3.Decode).ToList()).ToList(), true);
    }
}

/// <summary>
/// How Vietnamese a text looks: the number of its words made only of Vietnamese letters and digits, with at most one tone
/// mark and no capital after a small letter. Text read in the wrong legacy encoding gives symbols (¸ µ ¶), stray
/// combining marks, two tone marks in one syllable ("Nguyờịn") or capitals inside words ("NguyÔn").
/// </summary>
public static class VietnameseWords
{
    const string Letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyfjwz";
    static readonly HashSet<char> Tones = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

    public static int Score(string text)
    {
        var score = 0;
        foreach (var word in text.Split([' ', '\t', '\r', '\n', ',', ';', '"', '/', '.', '(', ')', '-', ':'], StringSplitOptions.RemoveEmptyEntries))
            score += IsPlausible(word) ? 1 : -1;
        return score;
    }

    static bool IsPlausible(string word)
    {
        var tones = 0;
        var sawLower = false;
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (Tones.Contains(c)) { if (++tones > 1) return false; continue; }
            if (c is '\u0302' or '\u0306' or '\u031B') continue; // circumflex, breve, horn
            if (char.IsAsciiDigit(c)) continue;
            var lower = char.ToLowerInvariant(c);
            if (!Letters.Contains(lower)) return false;
            if (c != lower && sawLower) return false;
            if (c == lower) sawLower = true;
        }
        return true;
    }
}
