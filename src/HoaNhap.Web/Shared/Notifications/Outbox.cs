using System.Text.Json;
using HoaNhap.Data;
using HoaNhap.Data.Identity;
using HoaNhap.Domain.Notifications;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Portal;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Shared.Notifications;

/// <summary>
/// Writes messages into the outbox, in the caller's unit of work: they are saved with the event that causes them (the
/// caller's <c>SaveChangesAsync</c>), or not at all. Only approved templates; a reminder only on a channel the person
/// consented to (the latest <see cref="ReminderConsent"/> per channel), and not before the end of the quiet hours.
/// </summary>
public static class Outbox
{
    /// <summary>The quiet hours in force (<c>Notifications:QuietHours:Start</c>/<c>End</c>, "HH:mm", default 21:00–07:00).</summary>
    public static QuietHours Quiet(IConfiguration config) => new(
        TimeOnly.TryParse(config["Notifications:QuietHours:Start"], System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : QuietHours.Default.Start,
        TimeOnly.TryParse(config["Notifications:QuietHours:End"], System.Globalization.CultureInfo.InvariantCulture, out var e) ? e : QuietHours.Default.End);

    /// <summary>
    /// A reminder (or news) for the person on every channel they consented to, and in their portal when they have an
    /// account there. <paramref name="key"/> names the event (e.g. "checkin:{case}:{date}"): the same event twice adds
    /// nothing. Returns the messages added (not yet saved).
    /// </summary>
    public static async Task<IReadOnlyList<OutboxMessage>> RemindAsync(HoaNhapDbContext db, QuietHours quiet, MessageTemplate template,
        Person person, Guid? caseId, string key, IReadOnlyDictionary<string, string> values, CancellationToken ct)
    {
        if (MessageTemplates.Find(template.Id) != template) throw new ArgumentException($"Mẫu tin {template.Id} không thuộc danh sách được duyệt.");
        var body = template.Render(values);
        var consents = (await db.Set<ReminderConsent>().AsNoTracking().Where(c => c.PersonId == person.Id).ToListAsync(ct))
            .GroupBy(c => c.Channel).Select(g => g.OrderByDescending(c => c.At).First()).Where(c => c.Granted).ToList();
        var targets = new List<(MessageChannel Channel, string Recipient)>();
        foreach (var c in consents)
        {
            if (c.Channel == ReminderChannel.Sms && !string.IsNullOrWhiteSpace(person.Phone)) targets.Add((MessageChannel.Sms, person.Phone!));
            if (c.Channel == ReminderChannel.Zalo && !string.IsNullOrWhiteSpace(person.Phone)) targets.Add((MessageChannel.Zalo, person.Phone!));
            if (c.Channel == ReminderChannel.Email && !string.IsNullOrWhiteSpace(c.Address)) targets.Add((MessageChannel.Email, c.Address!));
        }
        if (await db.Users.AsNoTracking().AnyAsync(u => u.PersonId == person.Id, ct)) targets.Add((MessageChannel.Portal, ""));
        var now = db.Clock.GetUtcNow();
        var added = new List<OutboxMessage>();
        foreach (var (channel, recipient) in targets)
        {
            var dedup = $"{template.Id}:{key}:{channel}";
            if (await db.Set<OutboxMessage>().AnyAsync(m => m.DedupKey == dedup, ct)
                || db.ChangeTracker.Entries<OutboxMessage>().Any(e => e.Entity.DedupKey == dedup)) continue;
            var m = New(template, values, body, channel, recipient, dedup, now, template.Transactional ? now : quiet.NextAllowed(now));
            m.PersonId = person.Id; m.CaseId = caseId; m.ProvinceCode = person.ProvinceCode; m.CommuneCode = person.CommuneCode;
            db.Add(m);
            added.Add(m);
        }
        return added;
    }

    /// <summary>
    /// A message to a staff user (a supervisor's reminder) by SMS to the phone of their account, if it has one; their work,
    /// not a personal choice, so no consent is asked. Null when there is nowhere to send it or it was already queued.
    /// </summary>
    public static async Task<OutboxMessage?> ToStaffAsync(HoaNhapDbContext db, QuietHours quiet, MessageTemplate template, AppUser user,
        string key, IReadOnlyDictionary<string, string> values, CancellationToken ct)
    {
        if (!template.ToStaff || string.IsNullOrWhiteSpace(user.PhoneNumber)) return null;
        var dedup = $"{template.Id}:{key}:{MessageChannel.Sms}";
        if (await db.Set<OutboxMessage>().AnyAsync(m => m.DedupKey == dedup, ct)) return null;
        var now = db.Clock.GetUtcNow();
        var m = New(template, values, template.Render(values), MessageChannel.Sms, user.PhoneNumber!, dedup, now, quiet.NextAllowed(now));
        m.UserId = user.Id; m.ProvinceCode = user.ProvinceCode; m.CommuneCode = user.CommuneCode ?? "";
        db.Add(m);
        return m;
    }

    /// <summary>
    /// A message the person asked for (a one-time code): by SMS to <paramref name="phone"/>, at once whatever the hour and
    /// whatever their reminder consent, but through the outbox, the dispatcher and an approved template like any other.
    /// </summary>
    public static OutboxMessage Transactional(HoaNhapDbContext db, MessageTemplate template, Person person, string phone,
        IReadOnlyDictionary<string, string> values)
    {
        if (!template.Transactional) throw new ArgumentException($"Mẫu tin {template.Id} không phải tin giao dịch.");
        var now = db.Clock.GetUtcNow();
        var m = New(template, values, template.Render(values), MessageChannel.Sms, phone, $"{template.Id}:{Guid.NewGuid():N}", now, now);
        m.PersonId = person.Id; m.ProvinceCode = person.ProvinceCode; m.CommuneCode = person.CommuneCode;
        db.Add(m);
        return m;
    }

    static OutboxMessage New(MessageTemplate template, IReadOnlyDictionary<string, string> values, string body, MessageChannel channel,
        string recipient, string dedup, DateTimeOffset now, DateTimeOffset notBefore) => new()
    {
        Channel = channel, Template = template.Id, Transactional = template.Transactional, Body = body, Recipient = recipient,
        Parameters = JsonSerializer.Serialize(values), DedupKey = dedup, QueuedAt = now, NotBefore = notBefore,
    };
}
