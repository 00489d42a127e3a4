using System.Text;
using HoaNhap.Domain.Text;

namespace HoaNhap.Domain.Tests;

public class VietnameseTextTests
{
    [Fact]
    public void Nfc_of_null_is_empty() => Assert.Equal("", VietnameseText.Nfc(null));

    [Fact]
    public void Nfc_trims_and_collapses_inner_whitespace()
        => Assert.Equal("Nguyễn Văn Ân", VietnameseText.Nfc("  Nguyễn \t Văn\u00A0\u00A0 Ân \n"));

    [Fact]
    public void Nfc_composes_decomposed_input_so_equal_names_compare_equal()
    {
        var decomposed = "Nguyễn Văn Ân".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("Nguyễn Văn Ân", decomposed);

        var result = VietnameseText.Nfc(decomposed);

        Assert.Equal("Nguyễn Văn Ân", result);
        Assert.True(result.IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("Nguyễn Văn Ân", "nguyen van an")]
    [InlineData("ĐẶNG Thị Thuỷ", "dang thi thuy")]
    [InlineData("Đặng thị thủy", "dang thi thuy")]
    [InlineData("  Trần   Quốc\tToản ", "tran quoc toan")]
    [InlineData("Hoà", "hoa")]
    [InlineData("Hòa", "hoa")]
    [InlineData("Lê Thị Ngọc Trâm", "le thi ngoc tram")]
    [InlineData("Ưng Hoàng Phúc", "ung hoang phuc")]
    public void Fold_removes_diacritics_and_case(string input, string expected)
        => Assert.Equal(expected, VietnameseText.Fold(input));

    [Theory]
    [InlineData("Đ")]
    [InlineData("đ")]
    public void Fold_reads_d_with_stroke_as_d(string input) => Assert.Equal("d", VietnameseText.Fold(input));

    [Fact]
    public void Fold_gives_the_same_key_for_composed_and_decomposed_input()
        => Assert.Equal(
            VietnameseText.Fold("Phạm Đức Mạnh"),
            VietnameseText.Fold("Phạm Đức Mạnh".Normalize(NormalizationForm.FormD)));

    [Fact]
    public void Fold_of_null_is_empty() => Assert.Equal("", VietnameseText.Fold(null));

    [Fact]
    public void Fold_keeps_digits_so_an_id_number_stays_searchable()
        => Assert.Equal("001090123456 nguyen", VietnameseText.Fold(" 001090123456  Nguyễn "));
}
