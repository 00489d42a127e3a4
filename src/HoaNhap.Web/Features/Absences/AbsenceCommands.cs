using HoaNhap.Data;
using HoaNhap.Domain.Notifications;
using HoaNhap.Web.Shared.Notifications;
using HoaNhap.Domain.Absences;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Absences;

public sealed class AbsenceInput
{
    public string? RequestedOn { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Destination { get; set; }
    public string? Reason { get; set; }
    public bool? MedicalTreatment { get; set; }
}

public sealed class AbsenceDecisionInput
{
    public bool? Approved { get; set; }
    public string? DecidedOn { get; set; }
    public string? DecisionNumber { get; set; }
    public string? Reason { get; set; }
}

public sealed class AbsenceReturnInput
{
    public string? ReturnedOn { get; set; }
}

/// <summary>
/// Absence from the place of residence: the officer records the person's application, the commune
/// People's Committee decides (a commune officer records it for the leader, or the leader does),
/// the officer records the return check-in. The limits of <see cref="AbsenceLimits"/> are checked
/// when the application is recorded and again when it is approved; a request beyond them is refused
/// with the rule named and nothing is stored.
/// </summary>
public static class AbsenceCommands
{
    /// <summary>The term the absence limits are measured against: start → expected end (or start + term months).</summary>
    public static (DateOnly Start, DateOnly End)? Term(Case c) =>
        c.ExpectedEndOn is { } end ? (c.StartOn, end)
        : c.TermMonths is { } m ? (c.StartOn, Periods.EndAfterMonths(c.StartOn, m)) : null;

    public static async Task<Outcome<AbsencePermission>> RequestAsync(HoaNhapDbContext db, CurrentUser user, RuleBook rules, Guid caseId,
        AbsenceInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<AbsencePermission>.Missing();
        if (!user.EditsRegistry) return Outcome<AbsencePermission>.Denied();
        return await RecordRequestAsync(db, rules, c, input, ct);
    }

    /// <summary>
    /// The person's own application from the portal (issue 18): the same checks and limits as the officer's record, filed on
    /// the day it is sent, and on the commune's worklist at once as an application waiting for the decision.
    /// </summary>
    public static async Task<Outcome<AbsencePermission>> RequestFromPortalAsync(HoaNhapDbContext db, CurrentUser me, RuleBook rules,
        AbsenceInput input, CancellationToken ct)
    {
        if (!me.May(Domain.Access.Act.UsePortal)) return Outcome<AbsencePermission>.Denied();
        var c = await Shared.Portal.PortalFile.CaseAsync(db, me, ct, tracking: true);
        if (c is null) return Outcome<AbsencePermission>.Missing();
        input.RequestedOn = Display.Date(db.Today);
        return await RecordRequestAsync(db, rules, c, input, ct);
    }

    static async Task<Outcome<AbsencePermission>> RecordRequestAsync(HoaNhapDbContext db, RuleBook rules, Case c, AbsenceInput input, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var requested = FormChecks.Past(db.Today, errors, nameof(AbsenceInput.RequestedOn), "Ngày nộp đơn", input.RequestedOn);
        var from = FormChecks.Date(errors, nameof(AbsenceInput.From), "Ngày đi", input.From);
        var to = FormChecks.Date(errors, nameof(AbsenceInput.To), "Ngày về", input.To);
        if (from is { } f && to is { } t && t < f) errors[nameof(AbsenceInput.To)] = ["Ngày về không được trước ngày đi."];
        if (from is { } f2 && requested is { } r && f2 < r) errors[nameof(AbsenceInput.From)] = ["Ngày đi không được trước ngày nộp đơn: phải xin phép trước khi vắng mặt."];
        FormChecks.Text(errors, nameof(AbsenceInput.Destination), "Nơi đến", input.Destination, 300, required: true);
        FormChecks.Text(errors, nameof(AbsenceInput.Reason), "Lý do vắng mặt", input.Reason, 2000, required: true);
        if (input.MedicalTreatment is null) errors[nameof(AbsenceInput.MedicalTreatment)] = ["Hãy cho biết có phải đi chữa bệnh theo chỉ định của bác sĩ không."];
        if (errors.Count > 0) return Outcome<AbsencePermission>.Invalid(errors);

        if (CaseActions.RequestAbsence(c) is { } block)
            return Outcome<AbsencePermission>.Refused("", $"{block.Why} {block.WhatFirst}");
        if (Term(c) is not { } term)
            return Outcome<AbsencePermission>.Refused("", "Hồ sơ chưa có ngày kết thúc dự kiến hoặc thời hạn chấp hành nên chưa kiểm tra được tổng thời gian vắng mặt cho phép (LTHAHS 2019 Điều 92, 100). Hãy cập nhật thời hạn trước.");
        var p = await rules.ParametersAsync(ct);
        var request = new AbsenceSpan(from!.Value, to!.Value, input.MedicalTreatment!.Value);
        var check = await CheckAsync(db, c, request, null, term, p, ct);
        if (check.Refusal is { } refusal) return Outcome<AbsencePermission>.Refused(refusal.Field, refusal.Message);

        var absence = new AbsencePermission
        {
            CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
            RequestedOn = requested!.Value, From = request.From, To = request.To, MedicalTreatment = request.MedicalTreatment,
            Destination = VietnameseText.Nfc(input.Destination!.Trim()), Reason = VietnameseText.Nfc(input.Reason!.Trim()),
            DecisionDueOn = AbsenceLimits.DecisionDueOn(requested.Value, p, await rules.HolidaysAsync(ct)),
        };
        db.Set<AbsencePermission>().Add(absence);
        // The application is the person's paper: it is listed in the case file.
        db.Set<CaseFileItem>().Add(new CaseFileItem
        {
            CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
            Kind = CaseFileItemKind.AbsenceApplication, Title = CaseFileText.Kind(CaseFileItemKind.AbsenceApplication),
            On = absence.RequestedOn, Note = $"Từ {Display.Date(absence.From)} đến {Display.Date(absence.To)}, nơi đến: {absence.Destination}",
        });
        db.Record(AuditActions.Create, nameof(AbsencePermission), absence.Id.ToString(), c.PersonId, c.ProvinceCode, c.CommuneCode,
            $"Từ {Display.Date(absence.From)} đến {Display.Date(absence.To)}");
        await db.SaveChangesAsync(ct);
        return Outcome<AbsencePermission>.Ok(absence);
    }

    static async Task<AbsenceCheck> CheckAsync(HoaNhapDbContext db, Case c, AbsenceSpan request, Guid? except,
        (DateOnly Start, DateOnly End) term, RuleParameters p, CancellationToken ct)
    {
        var others = await db.Set<AbsencePermission>().AsNoTracking()
            .Where(a => a.CaseId == c.Id && a.Status != AbsenceStatus.Refused && a.Id != except).ToListAsync(ct);
        static AbsenceSpan Span(AbsencePermission a) => new(a.From, a.To, a.MedicalTreatment);
        return AbsenceLimits.Check(request, term.Start, term.End,
            others.Where(a => a.Status == AbsenceStatus.Approved).Select(Span).ToList(),
            others.Where(a => a.Status == AbsenceStatus.Requested).Select(Span).ToList(), p);
    }

    /// <summary>The decision of the commune People's Committee: reasons are required when it refuses (TT 65/2019/TT-BCA Điều 9 khoản 2).</summary>
    public static async Task<Outcome<AbsencePermission>> DecideAsync(HoaNhapDbContext db, CurrentUser user, RuleBook rules, Guid caseId,
        Guid requestId, AbsenceDecisionInput input, CancellationToken ct, QuietHours? quiet = null)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<AbsencePermission>.Missing();
        if (!user.AssignsSupervisors) return Outcome<AbsencePermission>.Denied();
        var errors = new Dictionary<string, string[]>();
        if (input.Approved is null) errors[nameof(AbsenceDecisionInput.Approved)] = ["Hãy chọn đồng ý hoặc không đồng ý."];
        var on = FormChecks.Past(db.Today, errors, nameof(AbsenceDecisionInput.DecidedOn), "Ngày quyết định", input.DecidedOn);
        FormChecks.Text(errors, nameof(AbsenceDecisionInput.DecisionNumber), "Số quyết định", input.DecisionNumber, 100, required: false);
        FormChecks.Text(errors, nameof(AbsenceDecisionInput.Reason), "Lý do", input.Reason, 2000, required: input.Approved == false);
        if (input.Approved == false && string.IsNullOrWhiteSpace(input.Reason))
            errors[nameof(AbsenceDecisionInput.Reason)] = ["Khi không đồng ý phải nêu rõ lý do (Thông tư 65/2019/TT-BCA Điều 9 khoản 2)."];
        if (errors.Count > 0) return Outcome<AbsencePermission>.Invalid(errors);
        var absence = await db.Set<AbsencePermission>().FirstOrDefaultAsync(a => a.Id == requestId && a.CaseId == c.Id, ct);
        if (absence is null) return Outcome<AbsencePermission>.Missing();
        if (absence.WhyNotDecidable() is { } decided) return Outcome<AbsencePermission>.Refused("", decided);
        if (on < absence.RequestedOn)
            return Outcome<AbsencePermission>.Invalid(nameof(AbsenceDecisionInput.DecidedOn), $"Ngày quyết định không được trước ngày nộp đơn ({Display.Date(absence.RequestedOn)}).");
        var p = await rules.ParametersAsync(ct);
        DateOnly? returnDueOn = null;
        if (input.Approved == true)
        {
            if (Term(c) is not { } term || c.Status != CaseStatus.Active)
                return Outcome<AbsencePermission>.Refused("", $"Không thể đồng ý: hồ sơ đang ở trạng thái “{CaseText.Status(c.Status)}” hoặc chưa có thời hạn chấp hành.");
            // Approvals given since the application may have used up the total: check again.
            var check = await CheckAsync(db, c, new AbsenceSpan(absence.From, absence.To, absence.MedicalTreatment), absence.Id, term, p, ct);
            if (check.Refusal is { } refusal) return Outcome<AbsencePermission>.Refused(nameof(AbsenceDecisionInput.Approved), refusal.Message);
            returnDueOn = AbsenceLimits.ReturnDueOn(absence.To, p, await rules.HolidaysAsync(ct));
        }
        if (absence.Decide(input.Approved == true, on!.Value,
                string.IsNullOrWhiteSpace(input.DecisionNumber) ? null : VietnameseText.Nfc(input.DecisionNumber.Trim()),
                string.IsNullOrWhiteSpace(input.Reason) ? null : VietnameseText.Nfc(input.Reason.Trim()), returnDueOn) is { } refused)
            return Outcome<AbsencePermission>.Refused("", refused);
        var person = await db.People.AsNoTracking().FirstAsync(x => x.Id == c.PersonId, ct);
        var committee = await CaseDocuments.CommuneCommitteeAsync(db, c.CommuneCode, ct);
        absence.DecisionFileId = CaseDocuments.Add(db, c, AbsenceDocuments.Decision(committee, c, person, absence)).Id;
        db.Record(AuditActions.Update, nameof(AbsencePermission), absence.Id.ToString(), c.PersonId, c.ProvinceCode, c.CommuneCode,
            $"{AbsenceText.Status(absence.Status)} ngày {Display.Date(on.Value)}");
        // The person hears of the decision on the channels they chose: queued in this transaction, sent by the dispatcher.
        await Outbox.RemindAsync(db, quiet ?? QuietHours.Default, MessageTemplates.AbsenceDecided, person, c.Id, $"{absence.Id:N}",
            new Dictionary<string, string>
            {
                ["commune"] = (await db.Communes.AsNoTracking().FirstAsync(x => x.Code == c.CommuneCode, ct)).FullName, ["name"] = person.FullName, ["dates"] = $"{Display.Date(absence.From)}–{Display.Date(absence.To)}",
                ["decision"] = absence.Status == AbsenceStatus.Approved ? "đồng ý" : "không đồng ý",
            }, ct);
        await db.SaveChangesAsync(ct);
        return Outcome<AbsencePermission>.Ok(absence);
    }

    /// <summary>The return check-in: the person reported back to the commune police on <see cref="AbsenceReturnInput.ReturnedOn"/>.</summary>
    public static async Task<Outcome<AbsencePermission>> ReturnAsync(HoaNhapDbContext db, CurrentUser user, Guid caseId, Guid requestId,
        AbsenceReturnInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<AbsencePermission>.Missing();
        if (!user.EditsRegistry) return Outcome<AbsencePermission>.Denied();
        var errors = new Dictionary<string, string[]>();
        var on = FormChecks.Past(db.Today, errors, nameof(AbsenceReturnInput.ReturnedOn), "Ngày trình diện khi về", input.ReturnedOn);
        if (errors.Count > 0) return Outcome<AbsencePermission>.Invalid(errors);
        var absence = await db.Set<AbsencePermission>().FirstOrDefaultAsync(a => a.Id == requestId && a.CaseId == c.Id, ct);
        if (absence is null) return Outcome<AbsencePermission>.Missing();
        if (absence.Status == AbsenceStatus.Approved && absence.ReturnedOn is null && on < absence.From)
            return Outcome<AbsencePermission>.Invalid(nameof(AbsenceReturnInput.ReturnedOn), $"Ngày trình diện không được trước ngày đi ({Display.Date(absence.From)}).");
        if (absence.RecordReturn(on!.Value) is { } refusal) return Outcome<AbsencePermission>.Refused("", refusal);
        db.Record(AuditActions.Update, nameof(AbsencePermission), absence.Id.ToString(), c.PersonId, c.ProvinceCode, c.CommuneCode,
            $"Trình diện khi về ngày {Display.Date(on.Value)}");
        // Back after the due day: the overrun is an alert at once, in this transaction.
        if (absence.ReturnLate(db.Today))
        {
            var name = await db.People.Where(p => p.Id == c.PersonId).Select(p => p.FullName).FirstAsync(ct);
            await HoaNhap.Web.Shared.Alerts.AlertRaising.ForLateReturnAsync(db, absence, name, db.Today, await new RuleBook(db).ParametersAsync(ct), ct);
        }
        await db.SaveChangesAsync(ct);
        return Outcome<AbsencePermission>.Ok(absence);
    }
}
