namespace HoaNhap.Domain.Notifications;

/// <summary>A way a message reaches someone.</summary>
public enum MessageChannel { Sms, Zalo, Email, Portal }

/// <summary>Queued → Sent → Delivered, or → Failed (retries exhausted, refused by the provider, or the provider's callback said so).</summary>
public enum MessageStatus { Queued, Sent, Delivered, Failed }

/// <summary>
/// One message in the outbox (issue 18 part 2): written in the same transaction as the event that causes it, then sent by
/// the dispatcher in the background. Its id is the provider's idempotency key, so a retry never makes a second message.
/// The row is also the delivery ledger: status, times and the provider's answer.
/// </summary>
public sealed class OutboxMessage : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    /// <summary>The person the message is to or about (null for a message to a supervisor about several people).</summary>
    public Guid? PersonId { get; set; }
    public Guid? CaseId { get; set; }
    /// <summary>The staff user it is for (supervisors' reminders), else null.</summary>
    public string? UserId { get; set; }
    public MessageChannel Channel { get; set; }
    /// <summary>The approved template's id (<see cref="MessageTemplates"/>).</summary>
    public string Template { get; set; } = "";
    /// <summary>The template's values, JSON object of strings (ZNS sends them; the text is rendered from them).</summary>
    public string Parameters { get; set; } = "{}";
    /// <summary>The rendered Vietnamese text (SMS, e-mail, portal).</summary>
    public string Body { get; set; } = "";
    /// <summary>Phone number (SMS, Zalo), e-mail address, or the portal (empty).</summary>
    public string Recipient { get; set; } = "";
    /// <summary>Asked for by the person (one-time codes): sent regardless of reminder consent and quiet hours.</summary>
    public bool Transactional { get; set; }
    /// <summary>One message per reminder: the same event found twice (the daily run, a retry) adds nothing.</summary>
    public string DedupKey { get; set; } = "";
    /// <summary>Set by the dispatcher's claim and send (database updates) and by the provider's report (<see cref="Report"/>).</summary>
    public MessageStatus Status { get; private set; } = MessageStatus.Queued;
    public DateTimeOffset QueuedAt { get; set; }
    /// <summary>Not sent before this time (quiet hours, back-off after a failed try).</summary>
    public DateTimeOffset NotBefore { get; set; }
    public int Attempts { get; set; }
    /// <summary>The dispatcher instance that holds the row, until <see cref="ClaimedUntil"/>.</summary>
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? ClaimedUntil { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public DateTimeOffset? FailedAt { get; set; }
    /// <summary>The provider's own id of the message (SMS gateway, ZNS msg_id).</summary>
    public string? ProviderMessageId { get; set; }
    public string? Error { get; set; }

    /// <summary>
    /// The provider's delivery report: delivered, or not delivered with its reason. A report of failure after one of delivery
    /// changes nothing (the message reached the phone; a late or repeated report cannot take that back).
    /// </summary>
    public void Report(bool delivered, string? error, DateTimeOffset at)
    {
        if (delivered)
        {
            Status = MessageStatus.Delivered;
            DeliveredAt = at;
            SentAt ??= at;
            Error = null;
        }
        else if (Status != MessageStatus.Delivered)
        {
            Status = MessageStatus.Failed;
            FailedAt = at;
            Error = "Nhà cung cấp báo không chuyển được" + (string.IsNullOrWhiteSpace(error) ? "." : $": {error[..Math.Min(error.Length, 900)]}");
        }
    }
}

public static class MessageText
{
    public static string Channel(MessageChannel c) => c switch
    {
        MessageChannel.Sms => "SMS",
        MessageChannel.Zalo => "Zalo",
        MessageChannel.Email => "Email",
        MessageChannel.Portal => "Cổng thông tin",
        _ => c.ToString(),
    };

    public static string Status(MessageStatus s) => s switch
    {
        MessageStatus.Queued => "Đang chờ gửi",
        MessageStatus.Sent => "Đã gửi",
        MessageStatus.Delivered => "Đã đến máy người nhận",
        MessageStatus.Failed => "Gửi không được",
        _ => s.ToString(),
    };
}
