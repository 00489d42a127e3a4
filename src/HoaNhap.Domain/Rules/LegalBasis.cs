namespace HoaNhap.Domain.Rules;

/// <summary>
/// Which criminal-judgment enforcement law (Luật Thi hành án hình sự) governs an event,
/// stored on each case and deadline as its legal-basis version.
/// </summary>
public static class LegalBasis
{
    /// <summary>LTHAHS 2019 (Luật 41/2019/QH14, in force 01/01/2020) as amended, incl. Luật 86/2025/QH15.</summary>
    public const string Law2019 = "LTHAHS 2019";

    /// <summary>LTHAHS 2025 (Luật 127/2025/QH15).</summary>
    public const string Law2025 = "LTHAHS 2025";

    /// <summary>First day on which LTHAHS 2025 applies.</summary>
    // Luật 127/2025/QH15: có hiệu lực thi hành từ ngày 01/07/2026 (legal-rules §0).
    public static readonly DateOnly Law2025EffectiveFrom = new(2026, 7, 1);

    /// <summary>LTHAHS 2019 for events up to and including 30/06/2026; LTHAHS 2025 from 01/07/2026.</summary>
    public static string For(DateOnly eventDate) => eventDate < Law2025EffectiveFrom ? Law2019 : Law2025;
}
