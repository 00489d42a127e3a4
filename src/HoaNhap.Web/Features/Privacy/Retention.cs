using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Privacy;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Privacy;

/// <summary>A file whose retention period has passed, waiting for a province officer's decision.</summary>
public sealed record RetentionDue(Guid PersonId, string FullName, string CommuneCode, string CommuneName, DateOnly ManagementEndedOn,
    DateOnly ReviewOn, int Years, string Because);

public sealed class RetentionDecisionInput
{
    /// <summary>"Keep" or "Archive".</summary>
    public string? Decision { get; set; }
    public string? Reason { get; set; }
}

/// <summary>
/// Archival review of files whose management has ended (<see cref="FileRetention"/>): the province officer lists the files
/// due and records a decision for each — keep for another period, or archive (the file leaves the registry's lists and
/// searches; nothing is deleted). The decision and the change of the file are audited; one transaction each.
/// </summary>
public static class RetentionCommands
{
    public const int MaxListed = 500;


    public static async Task<Outcome<List<RetentionDue>>> DueAsync(HoaNhapDbContext db, RuleBook rules, CurrentUser me, CancellationToken ct)
    {
        if (!me.May(Act.ReviewRetention)) return Outcome<List<RetentionDue>>.Denied();
        var p = await rules.ParametersAsync(ct);
        var today = db.Today;
        var open = new[] { CaseStatus.Intake, CaseStatus.Active, CaseStatus.Absconded };
        var people = await db.People.AsNoTracking().People(me)
            .Where(x => x.ArchivedOn == null && x.Cases.Any() && !x.Cases.Any(c => open.Contains(c.Status) || c.EndedOn == null))
            .Select(x => new { x.Id, x.FullName, x.CommuneCode, x.ProvinceCode })
            .ToListAsync(ct);
        var ids = people.Select(x => x.Id).ToList();
        var cases = new List<(Guid PersonId, CaseStatus Status, DateOnly? EndedOn)>();
        var kept = new Dictionary<Guid, DateOnly>();
        foreach (var chunk in ids.Chunk(500))
        {
            cases.AddRange((await db.Cases.AsNoTracking().Where(c => chunk.Contains(c.PersonId))
                .Select(c => new { c.PersonId, c.Status, c.EndedOn }).ToListAsync(ct)).Select(c => (c.PersonId, c.Status, c.EndedOn)));
            foreach (var k in await db.Set<RetentionDecision>().AsNoTracking()
                         .Where(d => chunk.Contains(d.PersonId) && d.Outcome == RetentionOutcome.Keep)
                         .GroupBy(d => d.PersonId).Select(g => new { g.Key, On = g.Max(d => d.DecidedOn) }).ToListAsync(ct))
                kept[k.Key] = k.On;
        }
        var byPerson = cases.ToLookup(c => c.PersonId);
        var communes = await db.Communes.AsNoTracking().Where(c => c.ProvinceCode == me.ProvinceCode).ToDictionaryAsync(c => c.Code, c => c.FullName, ct);
        var due = new List<RetentionDue>();
        foreach (var x in people)
        {
            var r = FileRetention.Assess(byPerson[x.Id].Select(c => new CaseEnd(c.Status, c.EndedOn)).ToList(),
                kept.TryGetValue(x.Id, out var k) ? k : null, p, today);
            if (r.IsDue)
                due.Add(new(x.Id, x.FullName, x.CommuneCode, communes.GetValueOrDefault(x.CommuneCode, x.CommuneCode), r.ManagementEndedOn!.Value, r.ReviewOn!.Value, r.Years, r.Because));
        }
        return Outcome<List<RetentionDue>>.Ok(due.OrderBy(d => d.ReviewOn).ThenBy(d => d.FullName, StringComparer.Ordinal).Take(MaxListed).ToList());
    }

    public static async Task<Outcome<RetentionDecision>> DecideAsync(HoaNhapDbContext db, RuleBook rules, CurrentUser me, Guid personId,
        RetentionDecisionInput input, CancellationToken ct)
    {
        var person = await db.People.People(me).FirstOrDefaultAsync(x => x.Id == personId, ct);
        if (person is null) return Outcome<RetentionDecision>.Missing();
        if (!me.May(Act.ReviewRetention)) return Outcome<RetentionDecision>.Denied();

        var errors = new Dictionary<string, string[]>();
        RetentionOutcome? outcome = input.Decision switch { "Keep" => RetentionOutcome.Keep, "Archive" => RetentionOutcome.Archive, _ => null };
        if (outcome is null) errors[nameof(input.Decision)] = ["Hãy chọn quyết định: tiếp tục lưu giữ (Keep) hoặc chuyển lưu trữ (Archive)."];
        var reason = FormChecks.Required(input.Reason, nameof(input.Reason), "Lý do quyết định", 1000, errors) ?? "";
        if (errors.Count > 0) return Outcome<RetentionDecision>.Invalid(errors);

        if (person.ArchivedOn is { } archived)
            return Outcome<RetentionDecision>.Refused(nameof(input.Decision), $"Hồ sơ này đã được chuyển lưu trữ ngày {Display.Date(archived)}.");
        var today = db.Today;
        var cases = await db.Cases.AsNoTracking().Where(c => c.PersonId == personId).Select(c => new CaseEnd(c.Status, c.EndedOn)).ToListAsync(ct);
        var lastKept = await db.Set<RetentionDecision>().AsNoTracking()
            .Where(d => d.PersonId == personId && d.Outcome == RetentionOutcome.Keep).OrderByDescending(d => d.DecidedOn)
            .Select(d => (DateOnly?)d.DecidedOn).FirstOrDefaultAsync(ct);
        var r = FileRetention.Assess(cases, lastKept, await rules.ParametersAsync(ct), today);
        if (!r.IsDue)
            return Outcome<RetentionDecision>.Refused(nameof(input.Decision), "Hồ sơ chưa đến hạn xem xét lưu trữ: " + r.Because);

        var decision = new RetentionDecision
        {
            PersonId = personId, ProvinceCode = person.ProvinceCode, CommuneCode = person.CommuneCode, Outcome = outcome!.Value,
            DecidedOn = today, ReviewDueOn = r.ReviewOn!.Value, Reason = reason, CreatedAt = db.Clock.GetUtcNow(), CreatedBy = me.UserName,
        };
        db.Add(decision);
        if (outcome == RetentionOutcome.Archive) person.ArchivedOn = today;
        await db.SaveChangesAsync(ct);
        return Outcome<RetentionDecision>.Ok(decision);
    }
}
