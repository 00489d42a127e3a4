using System.Globalization;

namespace HoaNhap.Web.Shared;

/// <summary>How dates, times and money read to a Vietnamese user.</summary>
public static class Display
{
    public static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
    public static string Date(DateOnly? d) => d is { } v ? Date(v) : "";
    public static string Time(DateTimeOffset t) =>
        TimeZoneInfo.ConvertTime(t, Data.VietnamClock.Zone).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);
    public static string Money(long? vnd) => vnd is { } v ? v.ToString("#,##0", Vi) + " đồng" : "";
    /// <summary>Who did something, as a person reads it.</summary>
    public static string Actor(string userName) => userName switch
    {
        "system" => "hệ thống (tự động)",
        "anonymous" => "người chưa đăng nhập",
        _ => userName,
    };

    /// <summary>A phone number as a tap-to-call link target: "tel:" and its digits (a leading + kept).</summary>
    public static string TelHref(string phone) =>
        "tel:" + string.Concat(phone.Trim().Where((ch, i) => char.IsAsciiDigit(ch) || (ch == '+' && i == 0)));
}
