using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Worklist;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Cases;

/// <summary>
/// Worklist: intake deadlines not yet met that fall due within 7 days or are already past
/// (the completion certificate is left to the "sentence ending" item). Cases are read one
/// province at a time so the job's memory stays bounded at national scale.
/// </summary>
public sealed class DeadlineWorklistSource(RuleBook rules) : IWorklistSource
{
    public const int WindowDays = 7;

    public async Task<IReadOnlyList<WorklistItem>> CollectAsync(HoaNhapDbContext db, DateOnly today, WorklistScope scope, CancellationToken ct)
    {
        var p = await rules.ParametersAsync(ct);
        var holidays = await rules.HolidaysAsync(ct);
        var items = new List<WorklistItem>();
        var province = scope.ProvinceCode;
        {
            var cases = await db.Cases.AsNoTracking().InScope(scope)
                .Where(c => c.Kind == CaseKind.CommunitySentence
                    && (c.Status == CaseStatus.Intake || c.Status == CaseStatus.Active))
                .Join(db.People, c => c.PersonId, x => x.Id, (c, x) => new { Case = c, x.FullName })
                .ToListAsync(ct);
            var ids = cases.Select(c => c.Case.Id).ToList();
            var personIds = cases.Select(c => c.Case.PersonId).ToList();
            var files = (await db.Set<CaseFileItem>().AsNoTracking()
                    .Where(i => i.ProvinceCode == province && ids.Contains(i.CaseId))
                    .Select(i => new { i.CaseId, i.Kind, i.On }).ToListAsync(ct))
                .ToLookup(i => i.CaseId);
            var assignments = (await db.SupervisorAssignments.AsNoTracking()
                    .Where(a => personIds.Contains(a.PersonId))
                    .Select(a => new { a.PersonId, a.AssignedOn, a.EndedOn, a.SupervisorUserId }).ToListAsync(ct))
                .ToLookup(a => a.PersonId);
            foreach (var row in cases)
            {
                var c = row.Case;
                var facts = CaseFileQueries.Facts(c, files[c.Id].Select(f => (f.Kind, f.On)), assignments[c.PersonId].Select(a => a.AssignedOn));
                var supervisor = assignments[c.PersonId].FirstOrDefault(a => a.EndedOn == null)?.SupervisorUserId;
                foreach (var d in IntakeDeadlines.Compute(facts, p, holidays, today))
                {
                    if (d.Key == "certificate" || d.DoneOn is not null || d.DueOn > today.AddDays(WindowDays)) continue;
                    items.Add(new WorklistItem
                    {
                        ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode, Kind = WorklistKind.DeadlineSoon,
                        PersonId = c.PersonId, CaseId = c.Id, SupervisorUserId = supervisor, DueOn = d.DueOn,
                        Title = $"{d.Name}: {row.FullName}" + (d.State == DeadlineState.Overdue ? " (quá hạn)" : ""),
                        Link = $"/Cases/Details/{c.Id}", ComputedOn = today,
                    });
                }
            }
        }
        return items;
    }
}
