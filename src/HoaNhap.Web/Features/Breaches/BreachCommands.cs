using HoaNhap.Data;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Breaches;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Breaches;

public sealed class BreachInput
{
    public string? Kind { get; set; }
    public string? OccurredOn { get; set; }
    public string? Description { get; set; }
    public bool? Intentional { get; set; }
    public bool? AdministrativeSanction { get; set; }
    public string? Evidence { get; set; }
    /// <summary>API only: the evidence file's name and its bytes in base64 (JPEG, PNG or PDF, at most 5 MB).</summary>
    public string? EvidenceFileName { get; set; }
    public string? EvidenceFileBase64 { get; set; }
}

public sealed class ReminderInput
{
    public string? On { get; set; }
    public string? Content { get; set; }
}

public sealed class ReprimandInput
{
    public string? HeldOn { get; set; }
    public string? Place { get; set; }
    public string? Participants { get; set; }
    public string? Conclusion { get; set; }
}

public sealed class SendInput
{
    public string? SentOn { get; set; }
    public string? Number { get; set; }
    /// <summary>The person sending confirms they checked the draft: a consequential action.</summary>
    public bool? Confirmed { get; set; }
}

public sealed class ProposalDecisionInput
{
    public string? DecidedOn { get; set; }
    public bool? Granted { get; set; }
    public string? DecisionNumber { get; set; }
    public string? Note { get; set; }
}

/// <summary>What recording a breach did: the breach, the advice of the law, the proposal drafted (if any) and the case status after it.</summary>
public sealed record BreachRecorded(Breach Breach, EscalationAdvice Advice, EscalationProposal? Proposal, CaseStatus CaseStatus);

/// <summary>
/// Breaches and escalation (vi phạm và xử lý vi phạm): officers record breaches, reminders and
/// reprimand sessions; when a threshold of <see cref="BreachEscalation"/> is reached the system
/// drafts the proposal; the commune (officer or leader) sends it; the officer records the decision.
/// Every command saves once: nothing is half-written.
/// </summary>
public static class BreachCommands
{

    public static async Task<Outcome<BreachRecorded>> RecordAsync(HoaNhapDbContext db, CurrentUser user, RuleBook rules, Guid caseId,
        BreachInput input, EvidenceUpload? upload, string? uploadError, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<BreachRecorded>.Missing();
        if (!user.EditsRegistry) return Outcome<BreachRecorded>.Denied();

        var errors = new Dictionary<string, string[]>();
        if (!Enum.TryParse<BreachKind>(input.Kind, out var kind) || int.TryParse(input.Kind, out _))
            errors[nameof(BreachInput.Kind)] = ["Hãy chọn loại vi phạm."];
        var on = FormChecks.Past(db.Today, errors, nameof(BreachInput.OccurredOn), "Ngày vi phạm", input.OccurredOn);
        if (on is { } d && d < c.StartOn)
            errors[nameof(BreachInput.OccurredOn)] = [$"Ngày vi phạm không được trước ngày bắt đầu chấp hành ({Display.Date(c.StartOn)})."];
        FormChecks.Text(errors, nameof(BreachInput.Description), "Nội dung vi phạm", input.Description, 2000, required: true);
        if (input.Intentional is null) errors[nameof(BreachInput.Intentional)] = ["Hãy cho biết vi phạm có phải do cố ý không."];
        FormChecks.Text(errors, nameof(BreachInput.Evidence), "Chứng cứ", input.Evidence, 2000, required: false);
        if (upload is null && input.EvidenceFileBase64 is not null)
            (upload, uploadError) = EvidenceUpload.FromBase64(input.EvidenceFileName, input.EvidenceFileBase64);
        if (uploadError is not null) errors["EvidenceFile"] = [uploadError];
        if (errors.Count > 0) return Outcome<BreachRecorded>.Invalid(errors);

        // The law's guard, in the words the case page shows beside the button it does not offer.
        if (CaseActions.RecordBreach(c) is { } block || c.SentenceType is not { } sentence)
            return Outcome<BreachRecorded>.Refused("", CaseActions.RecordBreach(c) is { } b ? $"{b.Why} {b.WhatFirst}" : "Hồ sơ chưa có loại hình phạt.");
        if (kind == BreachKind.Absconding && c.MoveTo(CaseStatus.Absconded, on!.Value) is { } refusal)
            return Outcome<BreachRecorded>.Refused(nameof(BreachInput.Kind), refusal);

        var breach = new Breach
        {
            CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
            Kind = kind, OccurredOn = on!.Value, Description = VietnameseText.Nfc(input.Description!.Trim()),
            Intentional = input.Intentional!.Value, AdministrativeSanction = input.AdministrativeSanction ?? false,
            Evidence = string.IsNullOrWhiteSpace(input.Evidence) ? null : VietnameseText.Nfc(input.Evidence.Trim()),
        };
        var person = await db.People.AsNoTracking().FirstAsync(p => p.Id == c.PersonId, ct);
        if (upload is not null)
        {
            var file = new CaseFileItem
            {
                CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
                Kind = CaseFileItemKind.Other, Title = $"Chứng cứ vi phạm ngày {Display.Date(breach.OccurredOn)}", On = breach.OccurredOn,
                FileName = upload.FileName, ContentType = upload.ContentType, Content = upload.Content, Generated = false,
            };
            db.Set<CaseFileItem>().Add(file);
            breach.EvidenceFileId = file.Id;
        }
        var police = await CaseDocuments.CommunePoliceAsync(db, c.CommuneCode, ct);
        breach.MinutesFileId = CaseDocuments.Add(db, c, BreachDocuments.Minutes(police, c, person, breach, db.Today)).Id;

        var p = await rules.ParametersAsync(ct);
        var all = await db.Set<Breach>().AsNoTracking().Where(b => b.CaseId == c.Id).ToListAsync(ct);
        all.Add(breach);
        var advice = Advise(c, sentence, all, breach.OccurredOn > db.Today ? breach.OccurredOn : db.Today, p);

        EscalationProposal? proposal = null;
        if (advice.Proposal is { } proposalKind)
        {
            // One open proposal of a kind at a time; after a decision, a new one only for a breach after it.
            var existing = await db.Set<EscalationProposal>().AsNoTracking()
                .Where(x => x.CaseId == c.Id && x.Kind == proposalKind).ToListAsync(ct);
            if (!existing.Any(x => x.Status != ProposalStatus.Decided || x.DecidedOn >= breach.OccurredOn))
            {
                var today = db.Today;
                proposal = new EscalationProposal
                {
                    CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
                    Kind = proposalKind, BreachId = breach.Id, ProposedOn = today,
                    SendBy = BreachEscalation.SendProposalBy(today, p, await rules.HolidaysAsync(ct)),
                    Because = advice.Because, LegalBasis = advice.LegalBasis, IntentionalCount = advice.IntentionalCount,
                };
                var draft = BreachDocuments.Proposal(police, await ProvinceNameAsync(db, c, ct), c, person, proposal, all,
                    proposalKind == ProposalKind.SuspensionRevocation ? await RevocationTermAsync(db, c, ct) : null);
                proposal.DraftFileId = CaseDocuments.Add(db, c, draft, BreachDocuments.ProposalTitle(proposalKind)).Id;
                db.Set<EscalationProposal>().Add(proposal);
                db.Record(AuditActions.Create, nameof(EscalationProposal), proposal.Id.ToString(), c.PersonId, c.ProvinceCode, c.CommuneCode,
                    BreachText.Proposal(proposalKind));
            }
        }
        db.Set<Breach>().Add(breach);
        db.Record(AuditActions.Create, nameof(Breach), breach.Id.ToString(), c.PersonId, c.ProvinceCode, c.CommuneCode,
            $"{BreachText.Kind(kind)} ngày {Display.Date(breach.OccurredOn)}");
        await db.SaveChangesAsync(ct);
        return Outcome<BreachRecorded>.Ok(new BreachRecorded(breach, advice, proposal, c.Status));
    }

    public static EscalationAdvice Advise(Case c, SentenceType sentence, IEnumerable<Breach> breaches, DateOnly asOf, RuleParameters p) =>
        BreachEscalation.Advise(new EscalationInput(sentence, c.StartOn, asOf,
            breaches.Select(b => new BreachFact(b.Kind, b.OccurredOn, b.Intentional, b.AdministrativeSanction)).ToList()), p);

    // The prison term of the suspended sentence; shortenings granted earlier are not credited (LTHAHS 2019 Điều 89).
    static async Task<RevocationTerm?> RevocationTermAsync(HoaNhapDbContext db, Case c, CancellationToken ct)
    {
        var prison = c.JudgmentId is { } jid ? await db.Judgments.AsNoTracking().Where(j => j.Id == jid).Select(j => j.TermMonths).FirstOrDefaultAsync(ct) : null;
        if (prison is not > 0) return null;
        var shortened = await db.Set<EarlyTerminationProposal>().AsNoTracking()
            .Where(x => x.CaseId == c.Id && x.Status == EarlyTerminationStatus.Granted).SumAsync(x => x.GrantedMonths ?? 0, ct);
        return SuspensionRevocation.PrisonToServe(prison.Value, shortened);
    }

    static async Task<string> ProvinceNameAsync(HoaNhapDbContext db, Case c, CancellationToken ct) =>
        (await db.Provinces.AsNoTracking().FirstAsync(x => x.Code == c.ProvinceCode, ct)).FullName;

    public static async Task<Outcome<Reminder>> RemindAsync(HoaNhapDbContext db, CurrentUser user, Guid caseId, Guid breachId,
        ReminderInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<Reminder>.Missing();
        if (!user.EditsRegistry) return Outcome<Reminder>.Denied();
        var errors = new Dictionary<string, string[]>();
        var on = FormChecks.Past(db.Today, errors, nameof(ReminderInput.On), "Ngày nhắc nhở", input.On);
        FormChecks.Text(errors, nameof(ReminderInput.Content), "Nội dung nhắc nhở", input.Content, 2000, required: true);
        if (errors.Count > 0) return Outcome<Reminder>.Invalid(errors);
        var breach = await db.Set<Breach>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == breachId && b.CaseId == c.Id, ct);
        if (breach is null) return Outcome<Reminder>.Missing();
        if (on < breach.OccurredOn)
            return Outcome<Reminder>.Invalid(nameof(ReminderInput.On), $"Ngày nhắc nhở không được trước ngày vi phạm ({Display.Date(breach.OccurredOn)}).");
        var reminder = new Reminder
        {
            CaseId = c.Id, PersonId = c.PersonId, BreachId = breach.Id, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
            On = on!.Value, Content = VietnameseText.Nfc(input.Content!.Trim()),
        };
        db.Set<Reminder>().Add(reminder);
        db.Record(AuditActions.Create, nameof(Reminder), reminder.Id.ToString(), c.PersonId, c.ProvinceCode, c.CommuneCode);
        await db.SaveChangesAsync(ct);
        return Outcome<Reminder>.Ok(reminder);
    }

    public static async Task<Outcome<Reprimand>> ReprimandAsync(HoaNhapDbContext db, CurrentUser user, Guid caseId, Guid breachId,
        ReprimandInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<Reprimand>.Missing();
        if (!user.EditsRegistry) return Outcome<Reprimand>.Denied();
        var errors = new Dictionary<string, string[]>();
        var on = FormChecks.Past(db.Today, errors, nameof(ReprimandInput.HeldOn), "Ngày họp kiểm điểm", input.HeldOn);
        FormChecks.Text(errors, nameof(ReprimandInput.Place), "Địa điểm", input.Place, 300, required: true);
        FormChecks.Text(errors, nameof(ReprimandInput.Participants), "Thành phần tham dự", input.Participants, 2000, required: true);
        FormChecks.Text(errors, nameof(ReprimandInput.Conclusion), "Kết luận", input.Conclusion, 2000, required: true);
        if (errors.Count > 0) return Outcome<Reprimand>.Invalid(errors);
        var breach = await db.Set<Breach>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == breachId && b.CaseId == c.Id, ct);
        if (breach is null) return Outcome<Reprimand>.Missing();
        if (on < breach.OccurredOn)
            return Outcome<Reprimand>.Invalid(nameof(ReprimandInput.HeldOn), $"Ngày họp kiểm điểm không được trước ngày vi phạm ({Display.Date(breach.OccurredOn)}).");
        var reprimand = new Reprimand
        {
            CaseId = c.Id, PersonId = c.PersonId, BreachId = breach.Id, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
            HeldOn = on!.Value, Place = VietnameseText.Nfc(input.Place!.Trim()),
            Participants = VietnameseText.Nfc(input.Participants!.Trim()), Conclusion = VietnameseText.Nfc(input.Conclusion!.Trim()),
        };
        var person = await db.People.AsNoTracking().FirstAsync(p => p.Id == c.PersonId, ct);
        var committee = await CaseDocuments.CommuneCommitteeAsync(db, c.CommuneCode, ct);
        reprimand.MinutesFileId = CaseDocuments.Add(db, c, BreachDocuments.ReprimandMinutes(committee, c, person, breach, reprimand)).Id;
        db.Set<Reprimand>().Add(reprimand);
        db.Record(AuditActions.Create, nameof(Reprimand), reprimand.Id.ToString(), c.PersonId, c.ProvinceCode, c.CommuneCode);
        await db.SaveChangesAsync(ct);
        return Outcome<Reprimand>.Ok(reprimand);
    }

    /// <summary>Sends a proposal the system drafted (commune officer or leader, after checking the draft).</summary>
    public static async Task<Outcome<EscalationProposal>> SendAsync(HoaNhapDbContext db, CurrentUser user, Guid caseId, Guid proposalId,
        SendInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<EscalationProposal>.Missing();
        if (!user.AssignsSupervisors) return Outcome<EscalationProposal>.Denied();
        var errors = new Dictionary<string, string[]>();
        var on = FormChecks.Past(db.Today, errors, nameof(SendInput.SentOn), "Ngày gửi", input.SentOn);
        FormChecks.Text(errors, nameof(SendInput.Number), "Số, ký hiệu văn bản", input.Number, 100, required: false);
        if (input.Confirmed != true) errors[nameof(SendInput.Confirmed)] = ["Hãy xác nhận đã kiểm tra dự thảo văn bản trước khi gửi."];
        if (errors.Count > 0) return Outcome<EscalationProposal>.Invalid(errors);
        var proposal = await db.Set<EscalationProposal>().FirstOrDefaultAsync(x => x.Id == proposalId && x.CaseId == c.Id, ct);
        if (proposal is null) return Outcome<EscalationProposal>.Missing();
        if (proposal.Status == ProposalStatus.Proposed && on < proposal.ProposedOn)
            return Outcome<EscalationProposal>.Invalid(nameof(SendInput.SentOn), $"Ngày gửi không được trước ngày đề xuất ({Display.Date(proposal.ProposedOn)}).");
        if (proposal.Send(on!.Value, string.IsNullOrWhiteSpace(input.Number) ? null : VietnameseText.Nfc(input.Number.Trim())) is { } refusal)
            return Outcome<EscalationProposal>.Refused("", refusal);
        db.Record(AuditActions.Update, nameof(EscalationProposal), proposal.Id.ToString(), c.PersonId, c.ProvinceCode, c.CommuneCode,
            $"Đã gửi ngày {Display.Date(on!.Value)}");
        await db.SaveChangesAsync(ct);
        return Outcome<EscalationProposal>.Ok(proposal);
    }

    /// <summary>
    /// Records the decision on a proposal that was sent. A granted revocation (or a new offence the court
    /// acted on) moves the case to "Revoked" through <see cref="Case.MoveTo"/>; a refused move changes nothing.
    /// </summary>
    public static async Task<Outcome<EscalationProposal>> DecideAsync(HoaNhapDbContext db, CurrentUser user, Guid caseId, Guid proposalId,
        ProposalDecisionInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<EscalationProposal>.Missing();
        if (!user.EditsRegistry) return Outcome<EscalationProposal>.Denied();
        var errors = new Dictionary<string, string[]>();
        var on = FormChecks.Past(db.Today, errors, nameof(ProposalDecisionInput.DecidedOn), "Ngày quyết định", input.DecidedOn);
        if (input.Granted is null) errors[nameof(ProposalDecisionInput.Granted)] = ["Hãy cho biết đề nghị có được chấp nhận không."];
        FormChecks.Text(errors, nameof(ProposalDecisionInput.DecisionNumber), "Số quyết định", input.DecisionNumber, 100, required: true);
        FormChecks.Text(errors, nameof(ProposalDecisionInput.Note), "Ghi chú", input.Note, 2000, required: false);
        if (errors.Count > 0) return Outcome<EscalationProposal>.Invalid(errors);
        var proposal = await db.Set<EscalationProposal>().FirstOrDefaultAsync(x => x.Id == proposalId && x.CaseId == c.Id, ct);
        if (proposal is null) return Outcome<EscalationProposal>.Missing();
        if (proposal.WhyNotDecidable() is { } notNow) return Outcome<EscalationProposal>.Refused("", notNow);
        if (on < proposal.SentOn)
            return Outcome<EscalationProposal>.Invalid(nameof(ProposalDecisionInput.DecidedOn), $"Ngày quyết định không được trước ngày gửi đề nghị ({Display.Date(proposal.SentOn!.Value)}).");
        if (input.Granted == true && proposal.Kind is ProposalKind.SuspensionRevocation or ProposalKind.EarlyReleaseRevocation or ProposalKind.NewOffenceReport
            && c.MoveTo(CaseStatus.Revoked, on!.Value) is { } refusal)
            return Outcome<EscalationProposal>.Refused(nameof(ProposalDecisionInput.Granted), refusal);
        proposal.Decide(on!.Value, input.Granted!.Value, VietnameseText.Nfc(input.DecisionNumber!.Trim()),
            string.IsNullOrWhiteSpace(input.Note) ? null : VietnameseText.Nfc(input.Note.Trim()));
        db.Set<CaseFileItem>().Add(new CaseFileItem
        {
            CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
            Kind = proposal.Kind == ProposalKind.WantedNotice ? CaseFileItemKind.Other : CaseFileItemKind.CourtDecision,
            Title = proposal.Kind == ProposalKind.WantedNotice ? "Quyết định truy nã" : CaseFileText.Kind(CaseFileItemKind.CourtDecision),
            On = on!.Value, Number = proposal.DecisionNumber, Note = proposal.DecisionNote,
        });
        db.Record(AuditActions.Update, nameof(EscalationProposal), proposal.Id.ToString(), c.PersonId, c.ProvinceCode, c.CommuneCode,
            $"Quyết định {proposal.DecisionNumber} ngày {Display.Date(on.Value)}: {(input.Granted == true ? "chấp nhận" : "không chấp nhận")}");
        await db.SaveChangesAsync(ct);
        return Outcome<EscalationProposal>.Ok(proposal);
    }
}
