using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Data;

/// <summary>
/// Loads what <see cref="CaseFacts.Read"/> needs — the judgment, the release day recorded at a returnee's intake, the
/// court's granted decisions, the new offences — for one case or a batch, in a fixed number of queries.
/// </summary>
public static class CaseFactsReader
{
    public static async Task<CaseFacts> ReadAsync(HoaNhapDbContext db, Case c, CancellationToken ct) =>
        (await ReadManyAsync(db, [c], ct))[c.Id];

    public static async Task<IReadOnlyDictionary<Guid, CaseFacts>> ReadManyAsync(HoaNhapDbContext db, IReadOnlyCollection<Case> cases,
        CancellationToken ct)
    {
        var ids = cases.Select(c => c.Id).ToList();
        var judgmentIds = cases.Where(c => c.JudgmentId != null).Select(c => c.JudgmentId!.Value).Distinct().ToList();
        var judgments = await db.Judgments.AsNoTracking().Include(j => j.AdditionalPenalties).Include(j => j.CivilObligations)
            .Where(j => judgmentIds.Contains(j.Id)).ToDictionaryAsync(j => j.Id, ct);
        // A returnee's case registered without its judgment is read with the person's latest one.
        var unlinked = cases.Where(c => c.JudgmentId == null && c.Kind == CaseKind.Reintegration).Select(c => c.PersonId).Distinct().ToList();
        var latest = unlinked.Count == 0 ? new Dictionary<Guid, Judgment>()
            : (await db.Judgments.AsNoTracking().Include(j => j.AdditionalPenalties).Include(j => j.CivilObligations)
                    .Where(j => unlinked.Contains(j.PersonId)).ToListAsync(ct))
                .GroupBy(j => j.PersonId).ToDictionary(g => g.Key, g => g.OrderByDescending(j => j.JudgmentDate).First());
        var released = (await db.Set<ReintegrationIntake>().AsNoTracking().Where(r => ids.Contains(r.CaseId))
            .Select(r => new { r.CaseId, r.ReleasedOn }).ToListAsync(ct)).GroupBy(r => r.CaseId).ToDictionary(g => g.Key, g => g.First().ReleasedOn);
        var granted = (await db.Set<EarlyTerminationProposal>().AsNoTracking()
                .Where(x => ids.Contains(x.CaseId) && x.Status == EarlyTerminationStatus.Granted && x.DecidedOn != null && !x.GrantedWholeRemainder)
                .Select(x => new { x.CaseId, DecidedOn = x.DecidedOn!.Value, Months = x.GrantedMonths ?? 0 }).ToListAsync(ct))
            .ToLookup(x => x.CaseId, x => new GrantedDecision(x.DecidedOn, x.Months));
        var offences = (await db.Set<ReturneeViolation>().AsNoTracking()
                .Where(v => ids.Contains(v.CaseId) && v.Kind == ReturneeViolationKind.NewOffence)
                .Select(v => new { v.CaseId, v.OccurredOn }).ToListAsync(ct))
            .ToLookup(v => v.CaseId, v => v.OccurredOn);
        return cases.ToDictionary(c => c.Id, c => CaseFacts.Read(c,
            c.JudgmentId is { } jid ? judgments.GetValueOrDefault(jid) : latest.GetValueOrDefault(c.PersonId),
            released.TryGetValue(c.Id, out var on) ? on : null, granted[c.Id], offences[c.Id]));
    }
}
