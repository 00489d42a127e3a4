using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Worklist;
using HoaNhap.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Worklist;

/// <summary>
/// Active community sentences whose expected end falls within the next <see cref="Days"/> days: the
/// commune prepares the completion (certificate on the last day, legal-rules §6) and the supervisor knows.
/// </summary>
public sealed class SentenceEndingSoonSource : IWorklistSource
{
    /// <summary>How far ahead the worklist looks (issue 4, part 9: "sentences ending within 30 days").</summary>
    public const int Days = 30;

    public async Task<IReadOnlyList<WorklistItem>> CollectAsync(HoaNhapDbContext db, DateOnly today, WorklistScope scope, CancellationToken ct)
    {
        var until = today.AddDays(Days);
        var rows = await db.Cases.AsNoTracking().InScope(scope)
            .Where(c => c.Kind == CaseKind.CommunitySentence && c.Status == CaseStatus.Active
                && c.ExpectedEndOn != null && c.ExpectedEndOn >= today && c.ExpectedEndOn <= until)
            .Join(db.People, c => c.PersonId, p => p.Id, (c, p) => new
            {
                c.Id, c.PersonId, c.ProvinceCode, c.CommuneCode, c.SentenceType, End = c.ExpectedEndOn!.Value, p.FullName,
                Supervisor = db.SupervisorAssignments.Where(a => a.PersonId == c.PersonId && a.EndedOn == null)
                    .OrderByDescending(a => a.AssignedOn).Select(a => a.SupervisorUserId).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.Select(r => new WorklistItem
        {
            Kind = WorklistKind.SentenceEndingSoon, PersonId = r.PersonId, CaseId = r.Id,
            ProvinceCode = r.ProvinceCode, CommuneCode = r.CommuneCode, SupervisorUserId = r.Supervisor, DueOn = r.End,
            Title = $"Hết thời hạn chấp hành ngày {Display.Date(r.End)}"
                + $"{(r.SentenceType is { } st ? $" ({CaseText.Sentence(st).ToLowerInvariant()})" : "")}: {r.FullName}",
            Link = $"/Cases/Details/{r.Id}",
        }).ToList();
    }
}
