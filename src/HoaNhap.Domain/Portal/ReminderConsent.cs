namespace HoaNhap.Domain.Portal;

/// <summary>A channel a person may receive reminders on.</summary>
public enum ReminderChannel { Sms, Zalo, Email }

/// <summary>
/// One change of a person's consent to reminders on one channel, with when and by whom (Luật Bảo vệ dữ liệu cá nhân số
/// 91/2025/QH15: consent per purpose, shown and withdrawable). Rows are only added; the latest per channel is in force.
/// </summary>
public sealed class ReminderConsent : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public ReminderChannel Channel { get; set; }
    public bool Granted { get; set; }
    /// <summary>Where to send: the e-mail address for <see cref="ReminderChannel.Email"/>; SMS and Zalo use the registered phone.</summary>
    public string? Address { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>The user who recorded it (the person themself through the portal).</summary>
    public string By { get; set; } = "";
}

public static class ReminderText
{
    public static string Channel(ReminderChannel c) => c switch
    {
        ReminderChannel.Sms => "Tin nhắn SMS",
        ReminderChannel.Zalo => "Zalo",
        ReminderChannel.Email => "Thư điện tử (email)",
        _ => c.ToString(),
    };
}
