using HoaNhap.Domain.Text;

namespace HoaNhap.Domain.Tests;

public class VietnameseDateTests
{
    [Theory]
    [InlineData("15/03/2024", 2024, 3, 15)]
    [InlineData("5/3/2024", 2024, 3, 5)]
    [InlineData("05/3/2024", 2024, 3, 5)]
    [InlineData("2024-03-15", 2024, 3, 15)]
    [InlineData(" 01/07/2026 ", 2026, 7, 1)]
    public void Day_month_year_and_iso_dates_are_read(string text, int y, int m, int d)
    {
        Assert.True(VietnameseDate.TryParse(text, out var date));
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Fact]
    public void Day_comes_before_month_not_the_American_order()
    {
        Assert.True(VietnameseDate.TryParse("03/04/2025", out var date));
        Assert.Equal(new DateOnly(2025, 4, 3), date);
    }

    [Fact]
    public void The_29th_of_February_is_read_in_a_leap_year()
    {
        Assert.True(VietnameseDate.TryParse("29/02/2024", out var date));
        Assert.Equal(new DateOnly(2024, 2, 29), date);
    }

    [Theory]
    [InlineData("29/02/2025")]
    [InlineData("2025-02-29")]
    [InlineData("29/02/1900")] // 1900 is not a leap year
    [InlineData("31/04/2025")]
    [InlineData("32/01/2025")]
    [InlineData("15/13/2025")]
    [InlineData("00/01/2025")]
    public void A_day_that_does_not_exist_is_refused_not_rolled_over(string text)
        => Assert.False(VietnameseDate.TryParse(text, out _));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("15/03/24")]
    [InlineData("15-03-2024")]
    [InlineData("15.03.2024")]
    [InlineData("2024/03/15")]
    [InlineData("2024-3-15")]
    [InlineData("15/03/2024 10:00")]
    [InlineData("Mar 15, 2024")]
    [InlineData("١٥/٠٣/٢٠٢٤")]
    public void Other_formats_are_refused(string? text)
        => Assert.False(VietnameseDate.TryParse(text, out _));

    [Fact]
    public void Format_pads_day_and_month()
        => Assert.Equal("05/03/2024", VietnameseDate.Format(new DateOnly(2024, 3, 5)));

    [Fact]
    public void Format_then_parse_gives_the_same_date()
    {
        var d = new DateOnly(2024, 2, 29);
        Assert.True(VietnameseDate.TryParse(VietnameseDate.Format(d), out var back));
        Assert.Equal(d, back);
    }

    [Fact]
    public void Birth_date_may_be_a_year_alone()
    {
        Assert.True(VietnameseDate.TryParseBirthDate("1987", out var full, out var year));
        Assert.Null(full);
        Assert.Equal(1987, year);
    }

    [Theory]
    [InlineData("29/02/2000")]
    [InlineData("2000-02-29")]
    public void Birth_date_may_be_a_full_date_in_either_format(string text)
    {
        Assert.True(VietnameseDate.TryParseBirthDate(text, out var full, out var year));
        Assert.Equal(new DateOnly(2000, 2, 29), full);
        Assert.Equal(2000, year);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("87")]
    [InlineData("19870")]
    [InlineData("0000")]
    [InlineData("29/02/2001")]
    [InlineData("02/1987")]
    public void Birth_date_that_is_neither_a_date_nor_a_year_is_refused(string? text)
    {
        Assert.False(VietnameseDate.TryParseBirthDate(text, out var full, out var year));
        Assert.Null(full);
        Assert.Equal(0, year);
    }
}
