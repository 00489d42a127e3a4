using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Cases;

/// <summary>The intake view of a case: its legal deadlines and the checklist of its file, from what is recorded.</summary>
public sealed record CaseFileView(IReadOnlyList<Deadline> Deadlines, IReadOnlyList<ChecklistItem> Checklist)
{
    /// <summary>The intake as a task list (empty for a reintegration period).</summary>
    public IReadOnlyList<IntakeTask> Tasks { get; init; } = [];
}

public static class CaseFileQueries
{
    public static async Task<IntakeFacts?> FactsAsync(HoaNhapDbContext db, Case c, CancellationToken ct) =>
        c.SentenceType is null ? null : (await FactsAndPapersAsync(db, c, ct)).Facts;

    /// <summary>The intake facts and the kinds of paper in the case file, from one read of the file.</summary>
    static async Task<(IntakeFacts Facts, List<CaseFileItemKind> Present)> FactsAndPapersAsync(HoaNhapDbContext db, Case c, CancellationToken ct)
    {
        var files = await db.Set<CaseFileItem>().AsNoTracking().Where(i => i.CaseId == c.Id)
            .Select(i => new { i.Kind, i.On }).ToListAsync(ct);
        var assignments = await db.SupervisorAssignments.AsNoTracking().Where(a => a.PersonId == c.PersonId)
            .Select(a => a.AssignedOn).ToListAsync(ct);
        return (Facts(c, files.Select(f => (f.Kind, f.On)), assignments), files.Select(f => f.Kind).Distinct().ToList());
    }

    /// <summary>
    /// The facts the intake deadlines count from, read off the case, the papers in its file and the
    /// person's supervisor assignments (one built for this case: made on or after it started).
    /// </summary>
    public static IntakeFacts Facts(Case c, IEnumerable<(CaseFileItemKind Kind, DateOnly On)> files, IEnumerable<DateOnly> assignedOn)
    {
        var list = files.ToList();
        DateOnly? First(CaseFileItemKind k) => list.Where(f => f.Kind == k).Select(f => (DateOnly?)f.On).Min();
        var assigned = assignedOn.Where(d => d >= c.StartOn).Select(d => (DateOnly?)d).Min();
        return new IntakeFacts(c.SentenceType!.Value, c.DecisionDate, c.DecisionReceivedOn, First(CaseFileItemKind.Summons), First(CaseFileItemKind.Undertaking),
            c.FileOpenedOn, assigned ?? First(CaseFileItemKind.SupervisorAssignmentDecision), c.ExpectedEndOn, First(CaseFileItemKind.CompletionCertificate));
    }

    public static async Task<CaseFileView> ViewAsync(HoaNhapDbContext db, RuleBook rules, Case c, CancellationToken ct)
    {
        if (c.SentenceType is null) return new CaseFileView([], []);
        var (facts, present) = await FactsAndPapersAsync(db, c, ct);
        var p = await rules.ParametersAsync(ct);
        var holidays = await rules.HolidaysAsync(ct);
        var deadlines = IntakeDeadlines.Compute(facts, p, holidays, db.Today);
        if (c.DecisionNumber is not null) present.Add(CaseFileItemKind.EnforcementDecision);
        if (facts.SupervisorAssignedOn is not null) present.Add(CaseFileItemKind.SupervisorAssignmentDecision);
        var checklist = CaseFileChecklist.For(facts.Type, present);
        return new CaseFileView(deadlines, checklist) { Tasks = IntakeTasks.For(c, facts, checklist, deadlines) };
    }
}

/// <summary>What the intake task list of the case page needs: the case, its tasks, and what the user may do.</summary>
public sealed record IntakeTasksModel(Case Case, IReadOnlyList<IntakeTask> Tasks, bool Edits, bool Assigns);
