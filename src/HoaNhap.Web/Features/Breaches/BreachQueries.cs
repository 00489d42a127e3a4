using HoaNhap.Data;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Breaches;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Breaches;

public sealed record ReminderDto(Guid Id, DateOnly On, string Content);
public sealed record ReprimandDto(Guid Id, DateOnly HeldOn, string Place, string Participants, string Conclusion, Guid? MinutesFileId);
public sealed record BreachDto(Guid Id, string Kind, string KindTitle, DateOnly OccurredOn, string Description, bool Intentional,
    bool AdministrativeSanction, string? Evidence, Guid? EvidenceFileId, Guid? MinutesFileId,
    IReadOnlyList<ReminderDto> Reminders, IReadOnlyList<ReprimandDto> Reprimands);
public sealed record ProposalDto(Guid Id, string Kind, string Title, string Status, DateOnly ProposedOn, DateOnly SendBy, bool SendOverdue,
    string Because, string LegalBasis, int IntentionalCount, Guid? DraftFileId, DateOnly? SentOn, string? SentNumber,
    DateOnly? DecidedOn, bool? Granted, string? DecisionNumber, string? DecisionNote)
{
    public static ProposalDto From(EscalationProposal x, DateOnly today) => new(x.Id, x.Kind.ToString(), BreachText.Proposal(x.Kind),
        x.Status.ToString(), x.ProposedOn, x.SendBy, x.Status == ProposalStatus.Proposed && today > x.SendBy, x.Because, x.LegalBasis,
        x.IntentionalCount, x.DraftFileId, x.SentOn, x.SentNumber, x.DecidedOn, x.Granted, x.DecisionNumber, x.DecisionNote);
}
public sealed record AdviceDto(string Step, string Because, string LegalBasis, int IntentionalCount, int SanctionCount, int? Threshold, int? SanctionThreshold)
{
    public static AdviceDto From(EscalationAdvice a) =>
        new(a.Step.ToString(), a.Because, a.LegalBasis, a.IntentionalCount, a.SanctionCount, a.Threshold, a.SanctionThreshold);
}

/// <summary>Everything about a case's breaches: the status, the count of intentional breaches and the law's advice first.</summary>
public sealed record BreachesView(Guid CaseId, string CaseStatus, string CaseStatusTitle, AdviceDto Advice,
    IReadOnlyList<BreachDto> Breaches, IReadOnlyList<ProposalDto> Proposals);

public static class BreachQueries
{
    /// <summary>The case's breaches (the case was found through the caller's scope); the read is audited unless the caller (the case page) already audited it.</summary>
    public static async Task<BreachesView> LoadAsync(HoaNhapDbContext db, Case c, RuleParameters p, CancellationToken ct, bool audit = true)
    {
        var breaches = await db.Set<Breach>().AsNoTracking().Where(b => b.CaseId == c.Id).ToListAsync(ct);
        var reminders = await db.Set<Reminder>().AsNoTracking().Where(r => r.CaseId == c.Id).ToListAsync(ct);
        var reprimands = await db.Set<Reprimand>().AsNoTracking().Where(r => r.CaseId == c.Id).ToListAsync(ct);
        var proposals = await db.Set<EscalationProposal>().AsNoTracking().Where(x => x.CaseId == c.Id).ToListAsync(ct);
        var today = db.Today;
        var advice = c.SentenceType is { } t
            ? BreachCommands.Advise(c, t, breaches, today, p)
            : new EscalationAdvice(EscalationStep.None, "Hồ sơ này không phải chấp hành án tại cộng đồng.", "", 0, 0, null, null);
        return new BreachesView(c.Id, c.Status.ToString(), CaseText.Status(c.Status), AdviceDto.From(advice),
            breaches.OrderByDescending(b => b.OccurredOn).ThenByDescending(b => b.CreatedAt).Select(b => new BreachDto(
                b.Id, b.Kind.ToString(), BreachText.Kind(b.Kind), b.OccurredOn, b.Description, b.Intentional, b.AdministrativeSanction,
                b.Evidence, b.EvidenceFileId, b.MinutesFileId,
                reminders.Where(r => r.BreachId == b.Id).OrderBy(r => r.On).Select(r => new ReminderDto(r.Id, r.On, r.Content)).ToList(),
                reprimands.Where(r => r.BreachId == b.Id).OrderBy(r => r.HeldOn)
                    .Select(r => new ReprimandDto(r.Id, r.HeldOn, r.Place, r.Participants, r.Conclusion, r.MinutesFileId)).ToList())).ToList(),
            proposals.OrderByDescending(x => x.ProposedOn).ThenByDescending(x => x.CreatedAt).Select(x => ProposalDto.From(x, today)).ToList());
    }
}
