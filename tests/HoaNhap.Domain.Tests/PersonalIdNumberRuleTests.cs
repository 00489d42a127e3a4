using HoaNhap.Domain.People;
using HoaNhap.Domain.Rules;

namespace HoaNhap.Domain.Tests;

/// <summary>Worked cases for the 12-digit personal ID. // NĐ 137/2015/NĐ-CP Điều 13; TT 07/2016/TT-BCA</summary>
public class PersonalIdNumberRuleTests
{
    [Fact]
    public void Male_born_1990_registered_in_Ha_Noi_is_valid_ND137_Art13()
        => Assert.Null(PersonalIdNumberRule.Validate("001090123456", 1990, Gender.Male));

    [Fact]
    public void Female_born_2001_has_century_digit_3_ND137_Art13()
        => Assert.Null(PersonalIdNumberRule.Validate("001301000123", 2001, Gender.Female));

    [Fact]
    public void Number_alone_is_valid_when_year_and_gender_are_not_declared()
        => Assert.Null(PersonalIdNumberRule.Validate("079190000001", null, null));

    [Theory]
    [InlineData("00109012345")]
    [InlineData("0010901234567")]
    [InlineData(" 001090123456")]
    public void Wrong_length_is_refused(string number)
        => Assert.Equal("Số định danh cá nhân phải gồm đúng 12 chữ số.",
            PersonalIdNumberRule.Validate(number, 1990, Gender.Male));

    [Theory]
    [InlineData("00109012345A")]
    [InlineData("001-90123456")]
    [InlineData("٠٠١٠٩٠١٢٣٤٥٦")] // Arabic-Indic digits: digits to .NET's \d, but not an ID number
    public void Letters_or_other_characters_are_refused(string number)
        => Assert.Equal("Số định danh cá nhân phải gồm đúng 12 chữ số.",
            PersonalIdNumberRule.Validate(number, null, null));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Missing_number_is_reported_as_missing(string? number)
        => Assert.Equal("Chưa nhập số định danh cá nhân.", PersonalIdNumberRule.Validate(number, null, null));

    [Fact]
    public void Unknown_province_code_003_is_refused_TT07_2016()
    {
        var message = PersonalIdNumberRule.Validate("003090123456", 1990, Gender.Male);
        Assert.Equal("Ba chữ số đầu của số định danh cá nhân (003) không phải là mã tỉnh nơi đăng ký khai sinh.", message);
    }

    [Fact]
    public void Century_digit_of_the_1900s_refuses_a_person_born_in_2001()
    {
        // Digit 4 is 1 (female, 1900–1999), digits 5–6 are 01: right year digits, wrong century.
        var message = PersonalIdNumberRule.Validate("001101000123", 2001, Gender.Female);
        Assert.NotNull(message);
        Assert.StartsWith("Chữ số thứ tư của số định danh cá nhân (1)", message);
        Assert.Contains("1900–1999", message);
        Assert.Contains("2001", message);
    }

    [Fact]
    public void Year_digits_that_differ_from_the_declared_year_are_refused()
    {
        var message = PersonalIdNumberRule.Validate("001090123456", 1991, Gender.Male);
        Assert.NotNull(message);
        Assert.StartsWith("Chữ số thứ 5–6 của số định danh cá nhân (90) không khớp với năm sinh", message);
        Assert.Contains("91", message);
    }

    [Fact]
    public void Even_century_digit_for_a_declared_woman_is_a_gender_mismatch()
    {
        var message = PersonalIdNumberRule.Validate("001090123456", 1990, Gender.Female);
        Assert.NotNull(message);
        Assert.StartsWith("Chữ số thứ tư của số định danh cá nhân (0)", message);
        Assert.Contains("không khớp với giới tính đã khai (nữ)", message);
    }

    [Fact]
    public void Odd_century_digit_for_a_declared_man_is_a_gender_mismatch()
    {
        var message = PersonalIdNumberRule.Validate("001301000123", 2001, Gender.Male);
        Assert.NotNull(message);
        Assert.Contains("không khớp với giới tính đã khai (nam)", message);
    }

    [Fact]
    public void Only_the_first_problem_is_reported()
    {
        // Unknown province, wrong year and wrong gender: the province is reported.
        var message = PersonalIdNumberRule.Validate("003190123456", 2005, Gender.Male);
        Assert.NotNull(message);
        Assert.StartsWith("Ba chữ số đầu", message);
    }

    [Theory]
    [InlineData(1900, Gender.Male, "0")]
    [InlineData(1999, Gender.Female, "1")]
    [InlineData(2000, Gender.Male, "2")]
    [InlineData(2099, Gender.Female, "3")]
    [InlineData(2100, Gender.Male, "4")]
    [InlineData(2399, Gender.Female, "9")]
    public void Century_and_gender_digit_follows_the_table(int year, Gender gender, string digit)
    {
        var number = PersonalIdNumberRule.Make("001", year, gender, 42);
        Assert.Equal(digit, number.Substring(3, 1));
        Assert.Null(PersonalIdNumberRule.Validate(number, year, gender));
    }

    [Fact]
    public void Make_builds_province_century_year_and_serial()
        => Assert.Equal("079305000042", PersonalIdNumberRule.Make("079", 2005, Gender.Female, 42));

    [Fact]
    public void Make_refuses_an_unknown_province()
        => Assert.Throws<ArgumentOutOfRangeException>(() => PersonalIdNumberRule.Make("003", 1990, Gender.Male, 1));

    [Theory]
    [InlineData(1899, 1)]
    [InlineData(2400, 1)]
    [InlineData(1990, -1)]
    [InlineData(1990, 1_000_000)]
    public void Make_refuses_what_twelve_digits_cannot_hold(int year, int serial)
        => Assert.Throws<ArgumentOutOfRangeException>(() => PersonalIdNumberRule.Make("001", year, Gender.Male, serial));

    [Fact]
    public void Every_number_made_from_the_table_is_valid()
    {
        var i = 0;
        foreach (var code in PersonalIdNumberRule.BirthRegistrationProvinces.Keys)
        {
            var year = 1930 + i * 3 / 2; // spans both centuries: 1930…2023
            var gender = i % 2 == 0 ? Gender.Male : Gender.Female;
            var number = PersonalIdNumberRule.Make(code, year, gender, i * 15_873);
            Assert.Null(PersonalIdNumberRule.Validate(number, year, gender));
            i++;
        }
    }

    [Fact]
    public void Province_table_holds_the_63_old_provinces_TT07_2016()
    {
        var table = PersonalIdNumberRule.BirthRegistrationProvinces;
        Assert.Equal(63, table.Count);
        Assert.Equal("Hà Nội", table["001"]);
        Assert.Equal("Thành phố Hồ Chí Minh", table["079"]);
        Assert.Equal("Cà Mau", table["096"]);
        Assert.All(table.Keys, k => Assert.Matches("^[0-9]{3}$", k));
        Assert.Equal(63, table.Values.Distinct().Count());
    }
}
