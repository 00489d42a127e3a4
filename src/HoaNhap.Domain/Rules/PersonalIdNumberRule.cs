using System.Globalization;
using HoaNhap.Domain.People;

namespace HoaNhap.Domain.Rules;

/// <summary>
/// Số định danh cá nhân (12 digits, also the number on the căn cước card):
/// 3 digits province of birth registration + 1 digit century and gender + 2 digits year of birth
/// + 6 random digits. // NĐ 137/2015/NĐ-CP Điều 13; TT 07/2016/TT-BCA
/// There is no check digit, so a number that passes here may still not exist.
/// </summary>
public static class PersonalIdNumberRule
{
    public const int Length = 12;

    /// <summary>
    /// Province codes of the place of birth registration, the old 63-province list.
    /// Numbers already issued keep their prefix after the 2025 province mergers.
    /// </summary>
    // TT 07/2016/TT-BCA, Phụ lục danh sách mã tỉnh (later TT 59/2021/TT-BCA).
    public static IReadOnlyDictionary<string, string> BirthRegistrationProvinces { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["001"] = "Hà Nội",
            ["002"] = "Hà Giang",
            ["004"] = "Cao Bằng",
            ["006"] = "Bắc Kạn",
            ["008"] = "Tuyên Quang",
            ["010"] = "Lào Cai",
            ["011"] = "Điện Biên",
            ["012"] = "Lai Châu",
            ["014"] = "Sơn La",
            ["015"] = "Yên Bái",
            ["017"] = "Hòa Bình",
            ["019"] = "Thái Nguyên",
            ["020"] = "Lạng Sơn",
            ["022"] = "Quảng Ninh",
            ["024"] = "Bắc Giang",
            ["025"] = "Phú Thọ",
            ["026"] = "Vĩnh Phúc",
            ["027"] = "Bắc Ninh",
            ["030"] = "Hải Dương",
            ["031"] = "Hải Phòng",
            ["033"] = "Hưng Yên",
            ["034"] = "Thái Bình",
            ["035"] = "Hà Nam",
            ["036"] = "Nam Định",
            ["037"] = "Ninh Bình",
            ["038"] = "Thanh Hóa",
            ["040"] = "Nghệ An",
            ["042"] = "Hà Tĩnh",
            ["044"] = "Quảng Bình",
            ["045"] = "Quảng Trị",
            ["046"] = "Thừa Thiên Huế",
            ["048"] = "Đà Nẵng",
            ["049"] = "Quảng Nam",
            ["051"] = "Quảng Ngãi",
            ["052"] = "Bình Định",
            ["054"] = "Phú Yên",
            ["056"] = "Khánh Hòa",
            ["058"] = "Ninh Thuận",
            ["060"] = "Bình Thuận",
            ["062"] = "Kon Tum",
            ["064"] = "Gia Lai",
            ["066"] = "Đắk Lắk",
            ["067"] = "Đắk Nông",
            ["068"] = "Lâm Đồng",
            ["070"] = "Bình Phước",
            ["072"] = "Tây Ninh",
            ["074"] = "Bình Dương",
            ["075"] = "Đồng Nai",
            ["077"] = "Bà Rịa - Vũng Tàu",
            ["079"] = "Thành phố Hồ Chí Minh",
            ["080"] = "Long An",
            ["082"] = "Tiền Giang",
            ["083"] = "Bến Tre",
            ["084"] = "Trà Vinh",
            ["086"] = "Vĩnh Long",
            ["087"] = "Đồng Tháp",
            ["089"] = "An Giang",
            ["091"] = "Kiên Giang",
            ["092"] = "Cần Thơ",
            ["093"] = "Hậu Giang",
            ["094"] = "Sóc Trăng",
            ["095"] = "Bạc Liêu",
            ["096"] = "Cà Mau",
        }.AsReadOnly();

    /// <summary>
    /// Null when <paramref name="number"/> is a well-formed personal ID consistent with the declared
    /// year of birth and gender (each checked only when given); otherwise one message, in Vietnamese,
    /// describing the first problem found. The number is checked as given: normalise input first.
    /// </summary>
    public static string? Validate(string? number, int? birthYear, Gender? gender)
    {
        if (string.IsNullOrEmpty(number))
            return "Chưa nhập số định danh cá nhân.";
        if (number.Length != Length || !number.All(char.IsAsciiDigit))
            return "Số định danh cá nhân phải gồm đúng 12 chữ số.";

        var province = number[..3];
        if (!BirthRegistrationProvinces.ContainsKey(province))
            return $"Ba chữ số đầu của số định danh cá nhân ({province}) không phải là mã tỉnh nơi đăng ký khai sinh.";

        // NĐ 137/2015/NĐ-CP Điều 13; legal-rules §13.1: 0/1 = thế kỷ 20 nam/nữ, 2/3 = thế kỷ 21 nam/nữ, …
        var centuryDigit = number[3] - '0';
        var centuryStart = CenturyStart(centuryDigit);
        var yearDigits = number.Substring(4, 2);

        if (birthYear is { } year)
        {
            if (year < centuryStart || year > centuryStart + 99)
                return $"Chữ số thứ tư của số định danh cá nhân ({centuryDigit}) ứng với người sinh trong các năm "
                    + $"{centuryStart}–{centuryStart + 99}, không khớp với năm sinh đã khai ({year}).";
            var expected = (year % 100).ToString("00", CultureInfo.InvariantCulture);
            if (yearDigits != expected)
                return $"Chữ số thứ 5–6 của số định danh cá nhân ({yearDigits}) không khớp với năm sinh đã khai ({year}); "
                    + $"với năm sinh này, hai chữ số đó phải là {expected}.";
        }

        if (gender is { } g && GenderOf(centuryDigit) != g)
            return $"Chữ số thứ tư của số định danh cá nhân ({centuryDigit}) ứng với giới tính "
                + $"{GenderName(GenderOf(centuryDigit))}, không khớp với giới tính đã khai ({GenderName(g)}).";

        return null;
    }

    /// <summary>
    /// Builds a well-formed number, for demo data and tests.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Unknown province code, a year outside 1900–2399, or a serial outside 0–999999.</exception>
    public static string Make(string provinceCode3, int birthYear, Gender gender, int serial6)
    {
        if (provinceCode3 is null || !BirthRegistrationProvinces.ContainsKey(provinceCode3))
            throw new ArgumentOutOfRangeException(nameof(provinceCode3), provinceCode3, "Not a province code of TT 07/2016/TT-BCA.");
        if (birthYear is < 1900 or > 2399)
            throw new ArgumentOutOfRangeException(nameof(birthYear), birthYear, "The century digit covers the years 1900–2399.");
        if (serial6 is < 0 or > 999_999)
            throw new ArgumentOutOfRangeException(nameof(serial6), serial6, "The serial has six digits.");

        var centuryDigit = (birthYear - 1900) / 100 * 2 + (gender == Gender.Female ? 1 : 0);
        return string.Create(CultureInfo.InvariantCulture, $"{provinceCode3}{centuryDigit}{birthYear % 100:00}{serial6:000000}");
    }

    private static int CenturyStart(int centuryDigit) => 1900 + 100 * (centuryDigit / 2);

    private static Gender GenderOf(int centuryDigit) => centuryDigit % 2 == 0 ? Gender.Male : Gender.Female;

    private static string GenderName(Gender g) => PeopleText.Gender(g).ToLowerInvariant();
}
