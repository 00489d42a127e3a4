using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Features.Rules;
using HoaNhap.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Cases;

/// <summary>The intake view of a case: its legal deadlines and the checklist of its file, from what is recorded.</summary>
public sealed record CaseFileView(IReadOnlyList<Deadline> Deadlines, IReadOnlyList<ChecklistItem> Checklist);

public static class CaseFileQueries
{
    public static async Task<IntakeFacts?> FactsAsync(HoaNhapDbContext db, Case c, CancellationToken ct)
    {
        if (c.SentenceType is not { } type) return null;
        var files = await db.Set<CaseFileItem>().AsNoTracking().Where(i => i.CaseId == c.Id)
            .Select(i => new { i.Kind, i.On }).ToListAsync(ct);
        DateOnly? First(CaseFileItemKind k) => files.Where(f => f.Kind == k).Select(f => (DateOnly?)f.On).Min();
        // The supervisor assigned for this case: the first assignment made on or after the case started.
        var assigned = await db.SupervisorAssignments.AsNoTracking()
            .Where(a => a.PersonId == c.PersonId && a.AssignedOn >= c.StartOn)
            .Select(a => (DateOnly?)a.AssignedOn).MinAsync(ct);
        return new IntakeFacts(type, c.DecisionDate, c.DecisionReceivedOn, First(CaseFileItemKind.Summons), First(CaseFileItemKind.Undertaking),
            c.FileOpenedOn, assigned ?? First(CaseFileItemKind.SupervisorAssignmentDecision), c.ExpectedEndOn, First(CaseFileItemKind.CompletionCertificate));
    }

    public static async Task<CaseFileView> ViewAsync(HoaNhapDbContext db, RuleBook rules, Case c, CancellationToken ct)
    {
        var facts = await FactsAsync(db, c, ct);
        if (facts is null) return new CaseFileView([], []);
        var p = await rules.ParametersAsync(ct);
        var holidays = await rules.HolidaysAsync(ct);
        var deadlines = IntakeDeadlines.Compute(facts, p, holidays, Display.Today);
        var present = await db.Set<CaseFileItem>().AsNoTracking().Where(i => i.CaseId == c.Id).Select(i => i.Kind).Distinct().ToListAsync(ct);
        if (c.DecisionNumber is not null) present.Add(CaseFileItemKind.EnforcementDecision);
        if (facts.SupervisorAssignedOn is not null) present.Add(CaseFileItemKind.SupervisorAssignmentDecision);
        return new CaseFileView(deadlines, CaseFileChecklist.For(facts.Type, present));
    }
}
