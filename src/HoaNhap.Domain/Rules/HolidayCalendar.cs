namespace HoaNhap.Domain.Rules;

/// <summary>
/// The public holidays that seed the holiday table for 2025–2027. Administrators maintain the
/// table afterwards (each year's official schedule is published late in the previous year).
/// </summary>
/// <remarks>
/// Bộ luật Lao động 2019 Điều 112 khoản 1: Tết Dương lịch 01 ngày (01/01); Tết Âm lịch 05 ngày;
/// Chiến thắng 01 ngày (30/4); Quốc tế lao động 01 ngày (01/5); Quốc khánh 02 ngày (02/9 và 01 ngày
/// liền kề trước hoặc sau); Giỗ Tổ Hùng Vương 01 ngày (10/3 âm lịch). Khoản 3: a holiday that falls on
/// a weekly rest day is compensated on the next working day; for public bodies both Saturday and
/// Sunday are weekly rest days.
///
/// Where each date comes from:
/// <list type="bullet">
/// <item>[law] fixed solar dates (01/01, 30/4, 01/5, 02/9): certain.</item>
/// <item>[published] taken from an official schedule seen or well known: 2025 Tết (nghỉ 25/01–02/02/2025,
/// Thông báo 6150/TB-LĐTBXH), Giỗ Tổ 07/04/2025, Quốc khánh 30/8–02/9/2025; 2026 Tết (nghỉ 14/02–22/02/2026,
/// phương án Bộ Nội vụ được Thủ tướng chốt, báo Công an TP.HCM), Giỗ Tổ 26/04/2026 (Chủ nhật) nghỉ bù
/// 27/04/2026 (báo Thanh Niên 23/02/2026).</item>
/// <item>[computed] derived from the lunar calendar and Điều 112 by this code's author, not from a
/// published schedule: the day adjacent to 02/9/2026 (01/09 chosen), all of Tết 2027 (29 tháng Chạp
/// and mùng 1–4, with compensatory days for the two that fall on a weekend), Giỗ Tổ 16/04/2027,
/// the compensatory day for 01/05/2027 and the day adjacent to 02/9/2027 (03/09 chosen).</item>
/// </list>
/// Not in the table: swapped working days (hoán đổi ngày làm việc), e.g. 02/05/2025 taken off and
/// worked back on Saturday 26/04/2025, because the table cannot mark a Saturday as a working day and a
/// swap moves a working day rather than removing one; and any day off announced after this seed
/// (such as a possible "Ngày Văn hóa Việt Nam" 24/11). Administrators add these when confirmed.
/// </remarks>
public static class HolidayCalendar
{
    public static IReadOnlyList<(DateOnly Date, string Name)> Seed { get; } =
    [
        // 2025
        (new(2025, 1, 1), "Tết Dương lịch"),                                   // [law]
        (new(2025, 1, 27), "Tết Âm lịch Ất Tỵ (28 tháng Chạp)"),               // [published]
        (new(2025, 1, 28), "Tết Âm lịch Ất Tỵ (29 tháng Chạp)"),               // [published]
        (new(2025, 1, 29), "Tết Âm lịch Ất Tỵ (mùng 1 tháng Giêng)"),          // [published]
        (new(2025, 1, 30), "Tết Âm lịch Ất Tỵ (mùng 2 tháng Giêng)"),          // [published]
        (new(2025, 1, 31), "Tết Âm lịch Ất Tỵ (mùng 3 tháng Giêng)"),          // [published]
        (new(2025, 4, 7), "Giỗ Tổ Hùng Vương (10 tháng 3 âm lịch)"),           // [published]
        (new(2025, 4, 30), "Ngày Chiến thắng (30/4)"),                          // [law]
        (new(2025, 5, 1), "Ngày Quốc tế lao động (01/5)"),                      // [law]
        (new(2025, 9, 1), "Quốc khánh (ngày liền kề trước 02/9)"),              // [published]
        (new(2025, 9, 2), "Quốc khánh (02/9)"),                                 // [law]

        // 2026
        (new(2026, 1, 1), "Tết Dương lịch"),                                   // [law]
        (new(2026, 2, 16), "Tết Âm lịch Bính Ngọ (29 tháng Chạp)"),            // [published]
        (new(2026, 2, 17), "Tết Âm lịch Bính Ngọ (mùng 1 tháng Giêng)"),       // [published]
        (new(2026, 2, 18), "Tết Âm lịch Bính Ngọ (mùng 2 tháng Giêng)"),       // [published]
        (new(2026, 2, 19), "Tết Âm lịch Bính Ngọ (mùng 3 tháng Giêng)"),       // [published]
        (new(2026, 2, 20), "Tết Âm lịch Bính Ngọ (mùng 4 tháng Giêng)"),       // [published]
        (new(2026, 4, 26), "Giỗ Tổ Hùng Vương (10 tháng 3 âm lịch)"),          // [published] Chủ nhật
        (new(2026, 4, 27), "Nghỉ bù Giỗ Tổ Hùng Vương (trùng Chủ nhật 26/04/2026)"), // [published]
        (new(2026, 4, 30), "Ngày Chiến thắng (30/4)"),                          // [law]
        (new(2026, 5, 1), "Ngày Quốc tế lao động (01/5)"),                      // [law]
        (new(2026, 9, 1), "Quốc khánh (ngày liền kề trước 02/9)"),              // [computed]
        (new(2026, 9, 2), "Quốc khánh (02/9)"),                                 // [law]

        // 2027
        (new(2027, 1, 1), "Tết Dương lịch"),                                   // [law]
        (new(2027, 2, 5), "Tết Âm lịch Đinh Mùi (29 tháng Chạp)"),             // [computed]
        (new(2027, 2, 6), "Tết Âm lịch Đinh Mùi (mùng 1 tháng Giêng)"),        // [computed] thứ Bảy
        (new(2027, 2, 7), "Tết Âm lịch Đinh Mùi (mùng 2 tháng Giêng)"),        // [computed] Chủ nhật
        (new(2027, 2, 8), "Tết Âm lịch Đinh Mùi (mùng 3 tháng Giêng)"),        // [computed]
        (new(2027, 2, 9), "Tết Âm lịch Đinh Mùi (mùng 4 tháng Giêng)"),        // [computed]
        (new(2027, 2, 10), "Nghỉ bù Tết Âm lịch (trùng thứ Bảy 06/02/2027)"),  // [computed]
        (new(2027, 2, 11), "Nghỉ bù Tết Âm lịch (trùng Chủ nhật 07/02/2027)"), // [computed]
        (new(2027, 4, 16), "Giỗ Tổ Hùng Vương (10 tháng 3 âm lịch)"),          // [computed]
        (new(2027, 4, 30), "Ngày Chiến thắng (30/4)"),                          // [law]
        (new(2027, 5, 1), "Ngày Quốc tế lao động (01/5)"),                      // [law] thứ Bảy
        (new(2027, 5, 3), "Nghỉ bù Ngày Quốc tế lao động (trùng thứ Bảy 01/05/2027)"), // [computed]
        (new(2027, 9, 2), "Quốc khánh (02/9)"),                                 // [law]
        (new(2027, 9, 3), "Quốc khánh (ngày liền kề sau 02/9)"),                // [computed]
    ];

    /// <summary>The seeded dates as a set, for <see cref="WorkingDays"/>.</summary>
    public static IReadOnlySet<DateOnly> SeedDates { get; } = Seed.Select(h => h.Date).ToHashSet();
}
