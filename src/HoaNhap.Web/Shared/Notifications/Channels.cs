using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using HoaNhap.Domain.Notifications;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace HoaNhap.Web.Shared.Notifications;

/// <summary>What a provider answered: accepted (with its own id), or refused — for good (4xx, bad number) or for now (retry later).</summary>
public sealed record SendResult(bool Accepted, string? ProviderMessageId, string? Error, bool Permanent, bool Delivered = false)
{
    public static SendResult Ok(string? providerId, bool delivered = false) => new(true, providerId, null, false, delivered);
    public static SendResult Retry(string error) => new(false, null, error, false);
    public static SendResult Refused(string error) => new(false, null, error, true);
}

/// <summary>One way of sending (an adapter): SMS gateway, Zalo ZNS, SMTP, the portal. The message id is the idempotency key.</summary>
public interface IMessageChannel
{
    MessageChannel Channel { get; }
    /// <summary>False while the provider is not configured: its messages wait in the outbox, untried.</summary>
    bool Configured { get; }
    Task<SendResult> SendAsync(OutboxMessage message, CancellationToken ct);
}

/// <summary>Vietnamese mobile numbers in the international form the providers take: 0912345678 → 84912345678.</summary>
public static class PhoneNumbers
{
    public static string International(string phone)
    {
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        return digits.StartsWith('0') ? "84" + digits[1..] : digits;
    }
}

static class ProviderAnswers
{
    /// <summary>A 5xx, 408 or 429 after Polly's retries is worth trying again later; any other refusal is final.</summary>
    public static SendResult From(HttpResponseMessage r, string body) =>
        (int)r.StatusCode >= 500 || r.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
            ? SendResult.Retry($"Nhà cung cấp trả lời {(int)r.StatusCode}.")
            : SendResult.Refused($"Nhà cung cấp từ chối ({(int)r.StatusCode}): {Cut(body)}");

    public static string Cut(string s) => s.Length <= 300 ? s : s[..300];
}

/// <summary>
/// A brand-name SMS gateway over HTTP (<c>Notifications:Sms:Url</c>, <c>User</c>, <c>Password</c>, <c>Sender</c>):
/// <c>POST {Url}</c> with HTTP Basic and <c>{"requestId","brandName","phone","message"}</c>; the gateway answers
/// <c>{"messageId"}</c> and later posts the delivery report to <c>/api/v1/notifications/callbacks/sms</c>. The request id is
/// the outbox message id: the gateway drops a repeated one. Retries with back-off by the HTTP client's resilience pipeline.
/// </summary>
public sealed class SmsChannel(IHttpClientFactory http, IConfiguration config) : IMessageChannel
{
    public const string Client = "notifications-sms";
    public MessageChannel Channel => MessageChannel.Sms;
    public bool Configured => !string.IsNullOrEmpty(config["Notifications:Sms:Url"]);

    public async Task<SendResult> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        if (config["Notifications:Sms:Url"] is not { Length: > 0 } url) return SendResult.Retry("Chưa cấu hình cổng SMS (Notifications:Sms:Url).");
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = JsonContent.Create(new SmsRequest(message.Id.ToString(), config["Notifications:Sms:Sender"] ?? "CONG AN",
                PhoneNumbers.International(message.Recipient), SmsText.Unaccented(message.Body))),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{config["Notifications:Sms:User"]}:{config["Notifications:Sms:Password"]}")));
        request.Headers.Add("Idempotency-Key", message.Id.ToString());
        using var response = await http.CreateClient(Client).SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode) return ProviderAnswers.From(response, body);
        try
        {
            var answer = JsonSerializer.Deserialize<SmsAnswer>(body, JsonSerializerOptions.Web);
            return SendResult.Ok(answer?.MessageId);
        }
        catch (JsonException) { return SendResult.Ok(null); }
    }

    public sealed record SmsRequest(string RequestId, string BrandName, string Phone, string Message);
    public sealed record SmsAnswer(string? MessageId);
}

/// <summary>
/// Zalo Notification Service (<c>Notifications:Zalo:Url</c>, default https://business.openapi.zalo.me/message/template;
/// <c>AccessToken</c>; the ZNS template id of each approved template in <c>Notifications:Zalo:Templates:{template}</c>):
/// <c>POST</c> with header <c>access_token</c> and <c>{"phone","template_id","template_data","tracking_id"}</c>; Zalo answers
/// <c>{"error":0,"data":{"msg_id"}}</c>. The tracking id is the outbox message id.
/// </summary>
public sealed class ZaloChannel(IHttpClientFactory http, IConfiguration config) : IMessageChannel
{
    public const string Client = "notifications-zalo";
    public MessageChannel Channel => MessageChannel.Zalo;
    public bool Configured => !string.IsNullOrEmpty(config["Notifications:Zalo:AccessToken"]);

    public async Task<SendResult> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var url = config["Notifications:Zalo:Url"] is { Length: > 0 } u ? u : "https://business.openapi.zalo.me/message/template";
        if (config["Notifications:Zalo:AccessToken"] is not { Length: > 0 } token) return SendResult.Retry("Chưa cấu hình Zalo ZNS (Notifications:Zalo:AccessToken).");
        if (config[$"Notifications:Zalo:Templates:{message.Template}"] is not { Length: > 0 } templateId)
            return SendResult.Refused($"Mẫu tin {message.Template} chưa có mẫu ZNS được Zalo duyệt (Notifications:Zalo:Templates:{message.Template}).");
        var data = JsonSerializer.Deserialize<Dictionary<string, string>>(message.Parameters) ?? [];
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = JsonContent.Create(new ZnsRequest(PhoneNumbers.International(message.Recipient), templateId, data, message.Id.ToString())),
        };
        request.Headers.Add("access_token", token);
        using var response = await http.CreateClient(Client).SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode) return ProviderAnswers.From(response, body);
        try
        {
            var answer = JsonSerializer.Deserialize<ZnsAnswer>(body);
            return answer is { Error: 0 } ? SendResult.Ok(answer.Data?.MsgId) : SendResult.Refused($"Zalo từ chối (mã {answer?.Error}): {answer?.Message}");
        }
        catch (JsonException) { return SendResult.Refused("Zalo trả lời không đọc được: " + ProviderAnswers.Cut(body)); }
    }

    public sealed record ZnsRequest([property: JsonPropertyName("phone")] string Phone, [property: JsonPropertyName("template_id")] string TemplateId,
        [property: JsonPropertyName("template_data")] IReadOnlyDictionary<string, string> TemplateData, [property: JsonPropertyName("tracking_id")] string TrackingId);
    public sealed record ZnsAnswer([property: JsonPropertyName("error")] int Error, [property: JsonPropertyName("message")] string? Message,
        [property: JsonPropertyName("data")] ZnsData? Data);
    public sealed record ZnsData([property: JsonPropertyName("msg_id")] string? MsgId);
}

/// <summary>
/// E-mail by SMTP with MailKit (<c>Notifications:Email:Host</c>, <c>Port</c> (default 587), <c>Security</c> (None, StartTls,
/// SslOnConnect; default StartTls), <c>User</c>, <c>Password</c>, <c>From</c>). The Message-ID carries the outbox id.
/// SMTP gives no delivery report: the status stays "sent".
/// </summary>
public sealed class EmailChannel(IConfiguration config) : IMessageChannel
{
    public MessageChannel Channel => MessageChannel.Email;
    public bool Configured => !string.IsNullOrEmpty(config["Notifications:Email:Host"]);

    public async Task<SendResult> SendAsync(OutboxMessage message, CancellationToken ct)
    {
        if (config["Notifications:Email:Host"] is not { Length: > 0 } host) return SendResult.Retry("Chưa cấu hình máy chủ thư (Notifications:Email:Host).");
        var mail = new MimeMessage();
        mail.From.Add(MailboxAddress.Parse(config["Notifications:Email:From"] is { Length: > 0 } f ? f : "khong-tra-loi@hoanhap.local"));
        mail.To.Add(MailboxAddress.Parse(message.Recipient));
        mail.Subject = MessageTemplates.Find(message.Template)?.Title ?? "Thông báo";
        mail.MessageId = $"{message.Id:N}@hoanhap";
        mail.Body = new TextPart("plain") { Text = message.Body };
        using var smtp = new SmtpClient();
        try
        {
            var security = Enum.TryParse<SecureSocketOptions>(config["Notifications:Email:Security"], true, out var s) ? s : SecureSocketOptions.StartTls;
            await smtp.ConnectAsync(host, config.GetValue("Notifications:Email:Port", 587), security, ct);
            if (config["Notifications:Email:User"] is { Length: > 0 } user)
                await smtp.AuthenticateAsync(user, config["Notifications:Email:Password"] ?? "", ct);
            await smtp.SendAsync(mail, ct);
            await smtp.DisconnectAsync(true, ct);
            return SendResult.Ok(mail.MessageId);
        }
        catch (SmtpCommandException e) when ((int)e.StatusCode >= 500)
        {
            return SendResult.Refused($"Máy chủ thư từ chối: {e.Message}");
        }
        catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or IOException or System.Net.Sockets.SocketException or AuthenticationException)
        {
            return SendResult.Retry($"Không gửi được thư: {e.Message}");
        }
    }
}

/// <summary>In the person's own portal: nothing leaves the system, the message is there as soon as it is dispatched.</summary>
public sealed class PortalChannel : IMessageChannel
{
    public MessageChannel Channel => MessageChannel.Portal;
    public bool Configured => true;
    public Task<SendResult> SendAsync(OutboxMessage message, CancellationToken ct) => Task.FromResult(SendResult.Ok(null, delivered: true));
}
