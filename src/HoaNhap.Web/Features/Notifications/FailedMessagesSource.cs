using HoaNhap.Data;
using HoaNhap.Domain.Notifications;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Notifications;

/// <summary>
/// Messages that did not arrive, on the commune officer's worklist (one item per person, dated by the latest failure in the
/// last <see cref="Days"/> days, unless a later message on the same channel got through): the number may be wrong, or the
/// person must be told another way.
/// </summary>
public sealed class FailedMessagesSource : IWorklistSource
{
    public const int Days = 14;

    public async Task<IReadOnlyList<WorklistItem>> CollectAsync(HoaNhapDbContext db, DateOnly today, WorklistScope scope, CancellationToken ct)
    {
        var since = new DateTimeOffset(today.AddDays(-Days).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var messages = db.Set<OutboxMessage>().AsNoTracking().Where(m => m.PersonId != null);
        messages = scope.PersonId is { } one ? messages.Where(m => m.PersonId == one) : messages.Where(m => m.ProvinceCode == scope.ProvinceCode);
        var failed = await messages.Where(m => m.Status == MessageStatus.Failed && m.FailedAt >= since)
            .Select(m => new { PersonId = m.PersonId!.Value, m.CaseId, m.Channel, m.FailedAt, m.ProvinceCode, m.CommuneCode }).ToListAsync(ct);
        if (failed.Count == 0) return [];
        var people = failed.Select(f => f.PersonId).Distinct().ToList();
        var later = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.PersonId != null && people.Contains(m.PersonId.Value) && (m.Status == MessageStatus.Sent || m.Status == MessageStatus.Delivered))
            .Select(m => new { PersonId = m.PersonId!.Value, m.Channel, m.SentAt }).ToListAsync(ct);
        var names = await db.People.AsNoTracking().Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        var cases = await db.Cases.AsNoTracking().Where(c => people.Contains(c.PersonId))
            .Select(c => new { c.Id, c.PersonId, c.StartOn }).ToListAsync(ct);
        return failed.Where(f => !later.Any(l => l.PersonId == f.PersonId && l.Channel == f.Channel && l.SentAt > f.FailedAt))
            .GroupBy(f => f.PersonId)
            .Select(g =>
            {
                var last = g.OrderByDescending(f => f.FailedAt).First();
                var caseId = last.CaseId ?? cases.Where(c => c.PersonId == g.Key).OrderByDescending(c => c.StartOn).Select(c => (Guid?)c.Id).FirstOrDefault();
                var channels = string.Join(", ", g.Select(f => f.Channel).Distinct().Select(MessageText.Channel));
                return new WorklistItem
                {
                    Kind = WorklistKind.MessageFailed, PersonId = g.Key, CaseId = caseId, ProvinceCode = last.ProvinceCode, CommuneCode = last.CommuneCode,
                    DueOn = DateOnly.FromDateTime(last.FailedAt!.Value.ToOffset(QuietHours.Vietnam).DateTime), ComputedOn = today,
                    Title = $"Tin nhắn gửi không được ({channels}): {names.GetValueOrDefault(g.Key)}",
                    Link = caseId is { } id ? $"/Cases/Details/{id}#messages" : $"/People/Details/{g.Key}",
                };
            }).ToList();
    }
}
