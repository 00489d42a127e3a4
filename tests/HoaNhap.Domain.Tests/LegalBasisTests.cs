using HoaNhap.Domain.Rules;

namespace HoaNhap.Domain.Tests;

/// <summary>Which enforcement law applies to an event. // Luật 127/2025/QH15: hiệu lực từ 01/07/2026</summary>
public class LegalBasisTests
{
    [Fact]
    public void Event_on_30_June_2026_falls_under_the_2019_law()
        => Assert.Equal("LTHAHS 2019", LegalBasis.For(new DateOnly(2026, 6, 30)));

    [Fact]
    public void Event_on_1_July_2026_falls_under_the_2025_law_Luat_127_2025()
        => Assert.Equal("LTHAHS 2025", LegalBasis.For(new DateOnly(2026, 7, 1)));

    [Fact]
    public void Event_in_2020_falls_under_the_2019_law()
        => Assert.Equal(LegalBasis.Law2019, LegalBasis.For(new DateOnly(2020, 1, 1)));

    [Fact]
    public void Event_in_2030_falls_under_the_2025_law()
        => Assert.Equal(LegalBasis.Law2025, LegalBasis.For(new DateOnly(2030, 12, 31)));
}
