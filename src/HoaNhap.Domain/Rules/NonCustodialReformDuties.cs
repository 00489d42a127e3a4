using static HoaNhap.Domain.Text.VietnameseDate;

namespace HoaNhap.Domain.Rules;

/// <summary>
/// Income deduction of non-custodial reform (khấu trừ thu nhập): BLHS 2015 Điều 36 khoản 3 —
/// 05% to 20% of income, deducted every month for the state budget; the court may exempt it
/// (the case's percentage is then null). Bounds are the parameters
/// <c>CTKGG.IncomeDeduction.MinPercent/MaxPercent</c>.
/// </summary>
public static class IncomeDeductionRule
{
    /// <summary>Income × percentage in whole đồng, half a đồng rounded up.</summary>
    public static long ExpectedAmount(long income, int percent)
    {
        if (income < 0) throw new ArgumentOutOfRangeException(nameof(income));
        if (percent is < 0 or > 100) throw new ArgumentOutOfRangeException(nameof(percent));
        return (long)Math.Round(income * (decimal)percent / 100m, MidpointRounding.AwayFromZero);
    }

    /// <summary>Null when the percentage is within the legal bounds; otherwise the reason in Vietnamese.</summary>
    public static string? CheckPercent(int percent, int minPercent, int maxPercent) =>
        percent < minPercent || percent > maxPercent
            ? $"Mức khấu trừ thu nhập phải từ {minPercent}% đến {maxPercent}% (Bộ luật Hình sự 2015, Điều 36 khoản 3)."
            : null;
}

/// <summary>
/// Community labour of non-custodial reform for a person without a job (lao động phục vụ cộng
/// đồng): at most <c>CTKGG.CommunityLabour.MaxHoursPerDay</c> hours a day (4) and
/// <c>MaxDaysPerWeek</c> days a week (5), BLHS 2015 Điều 36 khoản 4 [recalled: legal-rules §2, §5.6].
/// A week runs Monday to Sunday.
/// </summary>
public static class CommunityLabourRule
{
    public static DateOnly WeekStart(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    /// <summary>Null when <paramref name="hours"/> more on <paramref name="on"/> stays within both caps; otherwise the refusal in Vietnamese.</summary>
    public static string? Refusal(IEnumerable<(DateOnly On, int Hours)> logged, DateOnly on, int hours, int maxHoursPerDay, int maxDaysPerWeek)
    {
        var list = logged.ToList();
        var sameDay = list.Where(x => x.On == on).Sum(x => x.Hours);
        if (sameDay + hours > maxHoursPerDay)
            return sameDay == 0
                ? $"Không ghi được {hours} giờ: lao động phục vụ cộng đồng không quá {maxHoursPerDay} giờ trong một ngày (Bộ luật Hình sự 2015, Điều 36 khoản 4)."
                : $"Không ghi được thêm {hours} giờ: ngày {Format(on)} đã ghi {sameDay} giờ, mà lao động phục vụ cộng đồng không quá {maxHoursPerDay} giờ trong một ngày (Bộ luật Hình sự 2015, Điều 36 khoản 4).";
        var monday = WeekStart(on);
        var days = list.Where(x => x.Hours > 0 && x.On >= monday && x.On <= monday.AddDays(6)).Select(x => x.On).Append(on).Distinct().Count();
        if (days > maxDaysPerWeek)
            return $"Không ghi được ngày {Format(on)}: tuần từ {Format(monday)} đến {Format(monday.AddDays(6))} đã có {days - 1} ngày lao động, "
                + $"mà lao động phục vụ cộng đồng không quá {maxDaysPerWeek} ngày trong một tuần (Bộ luật Hình sự 2015, Điều 36 khoản 4).";
        return null;
    }
}
