namespace HoaNhap.Web.Shared.Forms;

/// <summary>A Vietnamese mobile number, the one form an SMS gateway takes: the portal's phone change and staff accounts.</summary>
public static class MobilePhone
{
    public const string Problem = "Số điện thoại di động gồm 10 chữ số, bắt đầu bằng 0 (ví dụ 0912 345 678).";

    /// <summary>0 and 9 more digits (or +84 / 84 and 9 digits); spaces and dots allowed. Null when it is not one.</summary>
    public static string? Normalise(string? typed)
    {
        var digits = new string((typed ?? "").Where(char.IsAsciiDigit).ToArray());
        if (digits.StartsWith("84", StringComparison.Ordinal) && digits.Length == 11) digits = "0" + digits[2..];
        return digits.Length == 10 && digits[0] == '0' && digits[1] != '0' ? digits : null;
    }
}
