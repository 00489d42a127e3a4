using HoaNhap.Data;
using HoaNhap.Domain.Absences;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Audit;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Absences;

/// <summary>An unauthorised absence as the page and the API send it: <c>{"noticedOn","note"}</c>.</summary>
public sealed class UnauthorisedAbsenceInput
{
    public string? NoticedOn { get; set; }
    public string? Note { get; set; }
}

/// <summary>The person is back: <c>{"backOn"}</c>.</summary>
public sealed class UnauthorisedBackInput
{
    public string? BackOn { get; set; }
}

public sealed record UnauthorisedAbsenceDto(Guid Id, Guid CaseId, DateOnly NoticedOn, string Note, DateOnly? BackOn, string ByName, Guid? AlertId)
{
    public static UnauthorisedAbsenceDto Of(UnauthorisedAbsence a, Guid? alertId) => new(a.Id, a.CaseId, a.NoticedOn, a.Note, a.BackOn, a.ByName, alertId);
}

/// <summary>What recording an unauthorised absence did: the absence and the alert it raised.</summary>
public sealed record UnauthorisedRecorded(UnauthorisedAbsence Absence, Guid AlertId);

/// <summary>
/// Vắng mặt không xin phép: the commune police (or the province police) record that the person of an active community sentence is
/// away without permission; the alert <c>UnauthorisedAbsence</c> is raised in the same transaction, its verify step due by
/// <c>Alerts.VerifyDays</c>. The day the person is back is recorded once.
/// </summary>
public static class UnauthorisedAbsenceCommands
{
    public static async Task<List<UnauthorisedAbsence>> ListAsync(HoaNhapDbContext db, Case c, CancellationToken ct) =>
        (await db.Set<UnauthorisedAbsence>().AsNoTracking().Where(a => a.CaseId == c.Id).ToListAsync(ct))
        .OrderByDescending(a => a.NoticedOn).ThenByDescending(a => a.CreatedAt).ToList();

    public static async Task<Outcome<UnauthorisedRecorded>> RecordAsync(HoaNhapDbContext db, CurrentUser me, RuleParameters rules, Guid caseId,
        UnauthorisedAbsenceInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, me, caseId, ct);
        if (c is null) return Outcome<UnauthorisedRecorded>.Missing();
        if (!me.EditsRegistry) return Outcome<UnauthorisedRecorded>.Denied();
        var errors = new Dictionary<string, string[]>();
        var on = FormChecks.Past(db.Today, errors, nameof(UnauthorisedAbsenceInput.NoticedOn), "Ngày phát hiện vắng mặt", input.NoticedOn);
        if (on is { } d && d < c.StartOn)
            errors[nameof(UnauthorisedAbsenceInput.NoticedOn)] = [$"Ngày phát hiện vắng mặt không được trước ngày bắt đầu chấp hành ({Display.Date(c.StartOn)})."];
        FormChecks.Text(errors, nameof(UnauthorisedAbsenceInput.Note), "Nội dung", input.Note, 2000, required: true);
        if (errors.Count > 0) return Outcome<UnauthorisedRecorded>.Invalid(errors);
        if (c.Kind != CaseKind.CommunitySentence || c.Status != CaseStatus.Active)
            return Outcome<UnauthorisedRecorded>.Refused("", $"Chỉ ghi nhận vắng mặt không xin phép khi hồ sơ chấp hành án tại cộng đồng đang ở trạng thái “{CaseText.Status(CaseStatus.Active)}” (hiện tại: “{CaseText.Status(c.Status)}”).");
        // Away on a day an approved absence covers is not unauthorised.
        var covered = await db.Set<AbsencePermission>().AsNoTracking()
            .Where(a => a.CaseId == c.Id && a.Status == AbsenceStatus.Approved && a.From <= on && (a.ReturnDueOn ?? a.To) >= on)
            .Select(a => new { a.From, a.To }).FirstOrDefaultAsync(ct);
        if (covered is not null)
            return Outcome<UnauthorisedRecorded>.Refused(nameof(UnauthorisedAbsenceInput.NoticedOn),
                $"Ngày này người chấp hành án đang vắng mặt có phép (từ {Display.Date(covered.From)} đến {Display.Date(covered.To)}).");

        var absence = new UnauthorisedAbsence
        {
            CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
            NoticedOn = on!.Value, Note = VietnameseText.Nfc(input.Note!.Trim()), ByName = me.FullName,
        };
        db.Add(absence);
        var name = await db.People.Where(p => p.Id == c.PersonId).Select(p => p.FullName).FirstAsync(ct);
        var alert = HoaNhap.Web.Shared.Alerts.AlertRaising.ForUnauthorisedAbsence(absence, name, rules);
        db.Add(alert);
        await db.SaveChangesAsync(ct);
        return Outcome<UnauthorisedRecorded>.Ok(new UnauthorisedRecorded(absence, alert.Id));
    }

    public static async Task<Outcome<UnauthorisedAbsence>> BackAsync(HoaNhapDbContext db, CurrentUser me, Guid caseId, Guid absenceId,
        UnauthorisedBackInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, me, caseId, ct);
        if (c is null) return Outcome<UnauthorisedAbsence>.Missing();
        if (!me.EditsRegistry) return Outcome<UnauthorisedAbsence>.Denied();
        var absence = await db.Set<UnauthorisedAbsence>().FirstOrDefaultAsync(a => a.Id == absenceId && a.CaseId == c.Id, ct);
        if (absence is null) return Outcome<UnauthorisedAbsence>.Missing();
        var errors = new Dictionary<string, string[]>();
        var on = FormChecks.Past(db.Today, errors, nameof(UnauthorisedBackInput.BackOn), "Ngày có mặt trở lại", input.BackOn);
        if (errors.Count > 0) return Outcome<UnauthorisedAbsence>.Invalid(errors);
        if (absence.RecordBack(on!.Value) is { } refusal) return Outcome<UnauthorisedAbsence>.Refused(nameof(UnauthorisedBackInput.BackOn), refusal);
        await db.SaveChangesAsync(ct);
        return Outcome<UnauthorisedAbsence>.Ok(absence);
    }
}

public static class UnauthorisedAbsencesApi
{
    public static void MapUnauthorisedAbsencesApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/cases/{id:guid}/unauthorised-absences").WithTags("Vắng mặt tại nơi cư trú");
        g.MapGet("/", async (Guid id, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
            {
                var c = await CaseLookup.FindAsync(db, http.Me(), id, ct);
                if (c is null) return ApiResults.NotFound();
                var list = await UnauthorisedAbsenceCommands.ListAsync(db, c, ct);
                var ids = list.Select(a => a.Id).ToList();
                var alerts = await db.Set<Domain.Alerts.Alert>().AsNoTracking()
                    .Where(x => x.SourceKind == HoaNhap.Web.Shared.Alerts.AlertRaising.UnauthorisedAbsenceSource && ids.Contains(x.SourceId))
                    .Select(x => new { x.SourceId, x.Id }).ToListAsync(ct);
                return Results.Ok(list.Select(a => UnauthorisedAbsenceDto.Of(a, alerts.FirstOrDefault(x => x.SourceId == a.Id)?.Id)).ToList());
            })
            .WithSummary("Các lần vắng mặt không xin phép của hồ sơ, mới nhất trước, với cảnh báo đã phát sinh (alertId).")
            .Produces<List<UnauthorisedAbsenceDto>>().ProducesProblem(404)
            .ReadsPersonalData<Case>();
        g.MapPost("/", async (Guid id, UnauthorisedAbsenceInput input, HttpContext http, HoaNhapDbContext db, RuleBook rules, CancellationToken ct) =>
                ApiResults.From(await UnauthorisedAbsenceCommands.RecordAsync(db, http.Me(), await rules.ParametersAsync(ct), id, input, ct),
                    r => Results.Created($"/api/v1/cases/{id}/unauthorised-absences", UnauthorisedAbsenceDto.Of(r.Absence, r.AlertId))))
            .WithSummary("Cán bộ Công an ghi nhận người chấp hành án vắng mặt tại nơi cư trú không xin phép {\"noticedOn\",\"note\"}; "
                + "cảnh báo “UnauthorisedAbsence” phát sinh ngay (alertId). Ngày đang vắng mặt có phép → 422.")
            .Produces<UnauthorisedAbsenceDto>(201).ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
        g.MapPost("/{absenceId:guid}/back", async (Guid id, Guid absenceId, UnauthorisedBackInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await UnauthorisedAbsenceCommands.BackAsync(db, http.Me(), id, absenceId, input, ct), a => Results.Ok(UnauthorisedAbsenceDto.Of(a, null))))
            .WithSummary("Ghi nhận ngày người vắng mặt không xin phép đã có mặt trở lại {\"backOn\"} (một lần).")
            .Produces<UnauthorisedAbsenceDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
    }
}
