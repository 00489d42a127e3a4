using System.Text.Json;
using System.Text.Json.Serialization;
using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Notifications;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Audit;
using HoaNhap.Web.Shared.Notifications;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Notifications;

public sealed record MessageDto(Guid Id, string Channel, string ChannelTitle, string Template, string TemplateTitle, string Status, string StatusTitle,
    DateTimeOffset QueuedAt, DateTimeOffset? SentAt, DateTimeOffset? DeliveredAt, string? Error);

public static class MessageQueries
{
    /// <summary>The messages to or about the case's person (the case found in the caller's scope), newest first.</summary>
    public static async Task<IReadOnlyList<MessageDto>> ForCaseAsync(HoaNhapDbContext db, Case c, CancellationToken ct, int take = 100)
    {
        var rows = await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.PersonId == c.PersonId)
            .OrderByDescending(m => m.QueuedAt).Take(take).ToListAsync(ct);
        return rows.Select(Of).ToList();
    }

    public static MessageDto Of(OutboxMessage m) => new(m.Id, m.Channel.ToString(), MessageText.Channel(m.Channel), m.Template,
        MessageTemplates.Find(m.Template)?.Title ?? m.Template, m.Status.ToString(), MessageText.Status(m.Status), m.QueuedAt, m.SentAt, m.DeliveredAt, m.Error);
}

/// <summary>A delivery report of the SMS gateway: our request id (the outbox message id), its id, DELIVERED or FAILED.</summary>
public sealed record SmsDeliveryReport(string? RequestId, string? MessageId, string? Status, string? Error);

/// <summary>A ZNS delivery event (<c>user_received_message</c>), with the tracking id we sent.</summary>
public sealed record ZaloDeliveryEvent([property: JsonPropertyName("event_name")] string? EventName,
    [property: JsonPropertyName("message")] ZaloEventMessage? Message);
public sealed record ZaloEventMessage([property: JsonPropertyName("msg_id")] string? MsgId, [property: JsonPropertyName("tracking_id")] string? TrackingId);

public static class MessagesApi
{
    public const string SecretHeader = "X-HoaNhap-Callback-Secret";

    public static void MapMessagesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/cases/{id:guid}/messages", async (Guid id, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                await CaseLookup.FindAsync(db, http.Me(), id, ct) is { } c ? Results.Ok(await MessageQueries.ForCaseAsync(db, c, ct)) : ApiResults.NotFound())
            .WithTags("Tin nhắn, nhắc việc")
            .WithSummary("Các tin nhắn gửi người chấp hành án của hồ sơ (kênh, mẫu tin, trạng thái: Queued, Sent, Delivered, Failed; thời điểm xếp hàng, gửi; lỗi).")
            .Produces<List<MessageDto>>().ProducesProblem(404).ReadsPersonalData<Case>();

        var callbacks = api.MapGroup("/notifications/callbacks").WithTags("Tin nhắn, nhắc việc").AllowAnonymous().NoPersonalData();
        callbacks.MapPost("/sms", async (SmsDeliveryReport report, HttpContext http, HoaNhapDbContext db, IConfiguration config, CancellationToken ct) =>
            {
                if (!SecretMatches(http, config, "Sms")) return Results.Problem(title: "Không xác thực được", statusCode: 401);
                if (!Guid.TryParse(report.RequestId, out var messageId))
                    return ApiResults.Invalid(new Dictionary<string, string[]> { ["requestId"] = ["Mã yêu cầu (requestId) phải là mã tin nhắn đã gửi."] });
                var delivered = string.Equals(report.Status, "DELIVERED", StringComparison.OrdinalIgnoreCase);
                if (!delivered && !string.Equals(report.Status, "FAILED", StringComparison.OrdinalIgnoreCase))
                    return ApiResults.Invalid(new Dictionary<string, string[]> { ["status"] = ["Trạng thái (status) phải là DELIVERED hoặc FAILED."] });
                return await RecordDeliveryAsync(http, db, m => m.Id == messageId && m.Channel == MessageChannel.Sms, delivered, report.Error, ct);
            })
            .WithSummary("Báo cáo chuyển phát của cổng SMS (xác thực bằng khóa chung trong tiêu đề X-HoaNhap-Callback-Secret).")
            .Produces(204).ProducesValidationProblem().ProducesProblem(401).ProducesProblem(404);
        callbacks.MapPost("/zalo", async (ZaloDeliveryEvent report, HttpContext http, HoaNhapDbContext db, IConfiguration config, CancellationToken ct) =>
            {
                if (!SecretMatches(http, config, "Zalo")) return Results.Problem(title: "Không xác thực được", statusCode: 401);
                if (!Guid.TryParse(report.Message?.TrackingId, out var messageId))
                    return ApiResults.Invalid(new Dictionary<string, string[]> { ["message.tracking_id"] = ["Mã theo dõi (tracking_id) phải là mã tin nhắn đã gửi."] });
                if (report.EventName != "user_received_message") return Results.NoContent();
                return await RecordDeliveryAsync(http, db, m => m.Id == messageId && m.Channel == MessageChannel.Zalo, true, null, ct);
            })
            .WithSummary("Sự kiện của Zalo ZNS: user_received_message → tin đã đến (xác thực bằng khóa chung trong tiêu đề X-HoaNhap-Callback-Secret).")
            .Produces(204).ProducesValidationProblem().ProducesProblem(401).ProducesProblem(404);
    }

    /// <summary>The provider's shared secret (<c>Notifications:{Sms|Zalo}:CallbackSecret</c>), compared in constant time; none configured → refused.</summary>
    static bool SecretMatches(HttpContext http, IConfiguration config, string provider)
    {
        var expected = config[$"Notifications:{provider}:CallbackSecret"];
        var given = http.Request.Headers[SecretHeader].ToString();
        if (string.IsNullOrEmpty(expected) || string.IsNullOrEmpty(given)) return false;
        return System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(expected), System.Text.Encoding.UTF8.GetBytes(given));
    }

    static async Task<IResult> RecordDeliveryAsync(HttpContext http, HoaNhapDbContext db, System.Linq.Expressions.Expression<Func<OutboxMessage, bool>> which,
        bool delivered, string? error, CancellationToken ct)
    {
        var message = await db.Set<OutboxMessage>().FirstOrDefaultAsync(which, ct);
        if (message is null) return ApiResults.NotFound();
        message.Report(delivered, error, db.Clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        if (!delivered && message.PersonId is { } person) await MessageStatusChanges.RefreshWorklistAsync(http.RequestServices, db, person, ct);
        return Results.NoContent();
    }
}
